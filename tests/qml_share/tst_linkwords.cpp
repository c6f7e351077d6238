// SPDX-License-Identifier: GPL-3.0-or-later
// Every LinkProblem (with the details it carries: a scope rule, an HTTP status, a size), every
// ActionError a link call can end with, every link kind, status and access through the app's words
// (qml/share/linkwords.cpp) with the French catalogue the app ships: each has words, every
// placeholder is filled, every number shows, and none of it is left in English.
#include "qml/share/linkwords.h"
#include "qml/translator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace carnet::core::service;
using namespace carnet::core::share;
using carnet::qml::LinkWords;
using carnet::qml::Translator;

namespace {

const QStringList kEnglishWords = {
    QStringLiteral("the"),    QStringLiteral("of"),     QStringLiteral("and"),     QStringLiteral("link"),
    QStringLiteral("links"),  QStringLiteral("host"),   QStringLiteral("share"),   QStringLiteral("not"),
    QStringLiteral("with"),   QStringLiteral("wallet"), QStringLiteral("can't"),   QStringLiteral("is"),
    QStringLiteral("are"),    QStringLiteral("was"),    QStringLiteral("has"),     QStringLiteral("this"),
    QStringLiteral("to"),     QStringLiteral("try"),    QStringLiteral("again"),   QStringLiteral("nothing"),
    QStringLiteral("no"),     QStringLiteral("passcode"), QStringLiteral("it"),    QStringLiteral("revoked"),
    QStringLiteral("card"),   QStringLiteral("record"), QStringLiteral("opened"),  QStringLiteral("summary"),
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
    std::function<QString()> words;
    QString number; ///< a number that must show ("" none)
};

std::vector<Sample> samples()
{
    std::vector<Sample> out;
    for (int p = static_cast<int>(LinkProblem::NoHost); p <= static_cast<int>(LinkProblem::KeyUnknown); ++p) {
        const auto code = static_cast<LinkProblem>(p);
        if (code == LinkProblem::BadScope) {
            for (int e = 0; e <= static_cast<int>(ScopeError::Empty); ++e) {
                ActionFailure f = linkFailure(code);
                f.link.scope = static_cast<ScopeError>(e);
                out.push_back({QStringLiteral("BadScope/%1").arg(e), [f] { return LinkWords::failure(f); }, {}});
            }
        } else if (code == LinkProblem::HostRefused) {
            ActionFailure f = linkFailure(code);
            f.link.status = 503;
            out.push_back({QStringLiteral("HostRefused"), [f] { return LinkWords::failure(f); }, QStringLiteral("503")});
        } else {
            ActionFailure f = linkFailure(code);
            f.link.count = 3u << 20;
            out.push_back({QStringLiteral("problem %1").arg(p), [f] { return LinkWords::failure(f); }, {}});
        }
    }
    for (ActionError e : {ActionError::Locked, ActionError::Vault, ActionError::Store, ActionError::Unreachable}) {
        const ActionFailure f = actionFailure(e);
        out.push_back({QStringLiteral("ActionError %1").arg(int(e)), [f] { return LinkWords::failure(f); }, {}});
    }
    for (auto n : {carnet::core::ledger::NetworkFileError::NotFound, carnet::core::ledger::NetworkFileError::Malformed}) {
        ActionFailure f = actionFailure(ActionError::NetworkFile);
        f.network.error = n;
        out.push_back({QStringLiteral("NetworkFile/%1").arg(int(n)), [f] { return LinkWords::failure(f); }, {}});
    }
    for (GrantProblem g : {GrantProblem::NothingInScope, GrantProblem::BadScope}) {
        const ActionFailure f = grantFailure(g);
        out.push_back({QStringLiteral("Grant/%1").arg(int(g)), [f] { return LinkWords::failure(f); }, {}});
    }
    for (LinkKind k : {LinkKind::Bundle, LinkKind::Summary, LinkKind::Emergency})
        out.push_back({QStringLiteral("kind %1").arg(int(k)), [k] { return LinkWords::kind(k); }, {}});
    for (const char *s : {"active", "revoked", "expired", "disabled", "unreachable"}) {
        const QString key = QLatin1String(s);
        out.push_back({QStringLiteral("status ") + key, [key] { return LinkWords::status(key); }, {}});
    }
    for (auto w : {LinkAccess::What::Manifest, LinkAccess::What::File, LinkAccess::What::Direct, LinkAccess::What::WrongPasscode})
        out.push_back({QStringLiteral("access %1").arg(int(w)), [w] { return LinkWords::access(w); }, {}});
    return out;
}

} // namespace

class TestLinkWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeIsFrench()
    {
        const std::vector<Sample> all = samples();
        std::vector<QString> english;
        for (const Sample &s : all)
            english.push_back(s.words());
        Translator translator;
        QVERIFY(translator.load(QStringLiteral("fr")));
        static const QRegularExpression placeholder(QStringLiteral("%\\d|%n"));
        for (std::size_t i = 0; i < all.size(); ++i) {
            const Sample &s = all[i];
            const QString french = s.words();
            QVERIFY2(!english[i].isEmpty() && !french.isEmpty(), qPrintable(s.name));
            QVERIFY2(french != english[i], qPrintable(s.name + QStringLiteral(": not translated: ") + french));
            QVERIFY2(!french.contains(placeholder), qPrintable(s.name + QStringLiteral(": ") + french));
            const QStringList words = englishWordsIn(french);
            QVERIFY2(words.isEmpty(), qPrintable(s.name + QStringLiteral(": English words ") + words.join(QLatin1Char(','))
                                                 + QStringLiteral(" in: ") + french));
            if (!s.number.isEmpty())
                QVERIFY2(french.contains(s.number), qPrintable(s.name + QStringLiteral(": ") + french));
        }
        QVERIFY(translator.load(QStringLiteral("en")));
    }

    void distinctProblemsReadDifferently()
    {
        QSet<QString> seen;
        for (int p = static_cast<int>(LinkProblem::NoHost); p <= static_cast<int>(LinkProblem::KeyUnknown); ++p) {
            const QString text = LinkWords::problem(linkFailure(static_cast<LinkProblem>(p)).link);
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
    }
};

QTEST_GUILESS_MAIN(TestLinkWords)
#include "tst_linkwords.moc"
