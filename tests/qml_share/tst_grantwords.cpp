// SPDX-License-Identifier: GPL-3.0-or-later
// Every GrantProblem (with each detail it carries: a scope rule, a share or clinician code's first
// failed check, a count) and every ActionError of a grant action through the app's words
// (qml/share/grantwords.cpp) with the French catalogue the app ships: each has words, every
// placeholder is filled, every count shows, and none of it is left in English.
#include "qml/share/grantwords.h"
#include "qml/translator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace carnet::core::service;
using namespace carnet::core::share;
using carnet::qml::GrantWords;
using carnet::qml::Translator;

namespace {

/** Words that are English and not French: one of them in a French sentence means an untranslated part. */
const QStringList kEnglishWords = {
    QStringLiteral("the"),     QStringLiteral("of"),      QStringLiteral("and"),      QStringLiteral("node"),
    QStringLiteral("nodes"),   QStringLiteral("entry"),   QStringLiteral("entries"),  QStringLiteral("share"),
    QStringLiteral("shared"),  QStringLiteral("clinician"), QStringLiteral("not"),    QStringLiteral("with"),
    QStringLiteral("wallet"),  QStringLiteral("can't"),   QStringLiteral("is"),       QStringLiteral("are"),
    QStringLiteral("was"),     QStringLiteral("has"),     QStringLiteral("have"),     QStringLiteral("other"),
    QStringLiteral("network"), QStringLiteral("key"),     QStringLiteral("this"),     QStringLiteral("to"),
    QStringLiteral("try"),     QStringLiteral("again"),   QStringLiteral("nothing"),  QStringLiteral("no"),
    QStringLiteral("passcode"), QStringLiteral("it"),     QStringLiteral("file"),     QStringLiteral("revoked"),
};

QStringList englishWordsIn(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\w']+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    for (const auto &match : word.globalMatch(text.toLower()))
        if (kEnglishWords.contains(match.captured()))
            found.append(match.captured());
    return found;
}

struct Sample
{
    QString name;
    ActionFailure failure;
    std::uint64_t count = 0; ///< a number that must show (0: none)
};

std::vector<Sample> samples()
{
    std::vector<Sample> out;
    const auto problem = [](GrantProblem p) { return grantFailure(p); };
    for (int p = static_cast<int>(GrantProblem::NoAccessGrants); p <= static_cast<int>(GrantProblem::ReceiptRefused); ++p) {
        const auto code = static_cast<GrantProblem>(p);
        if (code == GrantProblem::BadScope) {
            for (int e = 0; e <= static_cast<int>(ScopeError::Empty); ++e) {
                ActionFailure f = problem(code);
                f.grant.scope = static_cast<ScopeError>(e);
                out.push_back({QStringLiteral("BadScope/%1").arg(e), f});
            }
        } else if (code == GrantProblem::NotAShareCode) {
            for (int e = 0; e <= static_cast<int>(ShareCodeError::WrongNetwork); ++e) {
                ActionFailure f = problem(code);
                f.grant.shareCode = static_cast<ShareCodeError>(e);
                out.push_back({QStringLiteral("NotAShareCode/%1").arg(e), f});
            }
        } else if (code == GrantProblem::BadClinicianCode) {
            for (int e = 0; e <= static_cast<int>(ClinicianCodeError::InvalidKey); ++e) {
                ActionFailure f = problem(code);
                f.grant.clinicianCode = static_cast<ClinicianCodeError>(e);
                out.push_back({QStringLiteral("BadClinicianCode/%1").arg(e), f});
            }
        } else if (code == GrantProblem::TooManyEntries || code == GrantProblem::KeysUnavailable) {
            for (std::uint64_t n : {1u, 3u, 70000u}) {
                ActionFailure f = problem(code);
                f.grant.count = n;
                out.push_back({QStringLiteral("problem %1, count %2").arg(p).arg(n), f, n});
            }
        } else {
            out.push_back({QStringLiteral("problem %1").arg(p), problem(code)});
        }
    }
    for (int e = 0; e <= static_cast<int>(ActionError::Grant); ++e) {
        const auto error = static_cast<ActionError>(e);
        if (error == ActionError::Grant)
            continue; // every GrantProblem above
        if (error == ActionError::NetworkFile) {
            for (auto n : {carnet::core::ledger::NetworkFileError::NotFound, carnet::core::ledger::NetworkFileError::Unreadable,
                           carnet::core::ledger::NetworkFileError::Malformed}) {
                ActionFailure f = actionFailure(error);
                f.network.error = n;
                out.push_back({QStringLiteral("NetworkFile/%1").arg(int(n)), f});
            }
            continue;
        }
        out.push_back({QStringLiteral("ActionError %1").arg(e), actionFailure(error)});
    }
    return out;
}

} // namespace

class TestGrantWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeIsFrench()
    {
        const std::vector<Sample> all = samples();
        QVERIFY(all.size() > 50);
        std::vector<QString> english;
        for (const Sample &s : all)
            english.push_back(GrantWords::failure(s.failure));

        Translator translator;
        QVERIFY(translator.load(QStringLiteral("fr")));
        static const QRegularExpression placeholder(QStringLiteral("%\\d|%n"));
        for (std::size_t i = 0; i < all.size(); ++i) {
            const Sample &s = all[i];
            const QString french = GrantWords::failure(s.failure);
            QVERIFY2(!english[i].isEmpty() && !french.isEmpty(), qPrintable(s.name));
            QVERIFY2(french != english[i], qPrintable(s.name + QStringLiteral(": not translated: ") + french));
            QVERIFY2(!french.contains(placeholder), qPrintable(s.name + QStringLiteral(": ") + french));
            QVERIFY2(!english[i].contains(placeholder), qPrintable(s.name + QStringLiteral(": ") + english[i]));
            const QStringList words = englishWordsIn(french);
            QVERIFY2(words.isEmpty(), qPrintable(s.name + QStringLiteral(": English words ") + words.join(QLatin1Char(','))
                                                 + QStringLiteral(" in: ") + french));
            if (s.count > 0) {
                QVERIFY2(french.contains(QLocale(QStringLiteral("fr")).toString(qulonglong(s.count)))
                             || french.contains(QString::number(s.count)),
                         qPrintable(s.name + QStringLiteral(": ") + french));
            }
            QVERIFY2(french.at(0).isUpper() || !french.at(0).isLetter(), qPrintable(french));
        }
        QVERIFY(translator.load(QStringLiteral("en")));
    }

    void distinctProblemsReadDifferently()
    {
        // Two problems sharing one sentence would hide which it was (details of one problem may share).
        QSet<QString> seen;
        for (int p = static_cast<int>(GrantProblem::NoAccessGrants); p <= static_cast<int>(GrantProblem::ReceiptRefused); ++p) {
            const QString text = GrantWords::problem(grantFailure(static_cast<GrantProblem>(p)).grant);
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
    }
};

QTEST_GUILESS_MAIN(TestGrantWords)
#include "tst_grantwords.moc"
