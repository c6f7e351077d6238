// SPDX-License-Identifier: GPL-3.0-or-later
// Every ResearchProblem of the patient's side, every ActionError a research call ends with, every
// unverified study's line and every address refusal through the app's words
// (qml/research/researchwords.cpp) with the French catalogue the app ships: each has words, no
// placeholder is left, and none of it is English. Also the ether amounts: 0.001 ETH, 0,001 ETH.
#include "qml/research/researchrows.h"
#include "qml/research/researchwords.h"
#include "qml/translator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace carnet::core::service;
using carnet::core::ledger::U256;
using carnet::qml::ResearchRows;
using carnet::qml::ResearchWords;
using carnet::qml::Translator;

namespace {

const QStringList kEnglishWords = {
    QStringLiteral("the"),   QStringLiteral("of"),      QStringLiteral("and"),     QStringLiteral("node"),
    QStringLiteral("nodes"), QStringLiteral("study"),   QStringLiteral("studies"), QStringLiteral("not"),
    QStringLiteral("with"),  QStringLiteral("wallet"),  QStringLiteral("can't"),   QStringLiteral("is"),
    QStringLiteral("are"),   QStringLiteral("was"),     QStringLiteral("has"),     QStringLiteral("have"),
    QStringLiteral("this"),  QStringLiteral("to"),      QStringLiteral("try"),     QStringLiteral("again"),
    QStringLiteral("nothing"), QStringLiteral("no"),    QStringLiteral("it"),      QStringLiteral("file"),
    QStringLiteral("sent"),  QStringLiteral("record"),  QStringLiteral("address"), QStringLiteral("joined"),
    QStringLiteral("terms"), QStringLiteral("network"), QStringLiteral("earnings"),
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

/** Every sentence the words give: name and text. */
std::vector<std::pair<QString, QString>> sentences()
{
    std::vector<std::pair<QString, QString>> out;
    for (int p = static_cast<int>(ResearchProblem::NoMarket); p <= static_cast<int>(ResearchProblem::BadAddress); ++p)
        out.emplace_back(QStringLiteral("problem %1").arg(p), ResearchWords::failure(researchFailure(static_cast<ResearchProblem>(p))));
    for (int e = 0; e < static_cast<int>(ActionError::Research); ++e) {
        if (static_cast<ActionError>(e) == ActionError::NetworkFile) {
            for (auto n : {carnet::core::ledger::NetworkFileError::NotFound, carnet::core::ledger::NetworkFileError::Unreadable}) {
                ActionFailure f = actionFailure(ActionError::NetworkFile);
                f.network.error = n;
                out.emplace_back(QStringLiteral("NetworkFile/%1").arg(int(n)), ResearchWords::failure(f));
            }
            continue;
        }
        out.emplace_back(QStringLiteral("ActionError %1").arg(e), ResearchWords::failure(actionFailure(static_cast<ActionError>(e))));
    }
    for (auto p : {ResearchProblem::CantVerify, ResearchProblem::TermsForged, ResearchProblem::TermsInvalid, ResearchProblem::TermsMismatch})
        out.emplace_back(QStringLiteral("unverified %1").arg(int(p)), ResearchWords::unverified(p));
    for (const char *address : {"", "0x12", "0x52908400098527886e0F7030069857D2E4169EE8", "0x0000000000000000000000000000000000000000"})
        out.emplace_back(QStringLiteral("address %1").arg(QLatin1String(address)), ResearchWords::addressProblem(QLatin1String(address)));
    return out;
}

} // namespace

class TestResearchWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeIsFrench()
    {
        const auto english = sentences();
        QVERIFY(english.size() > 30);
        Translator translator;
        QVERIFY(translator.load(QStringLiteral("fr")));
        const auto french = sentences();
        static const QRegularExpression placeholder(QStringLiteral("%\\d|%n"));
        for (std::size_t i = 0; i < french.size(); ++i) {
            const auto &[name, text] = french[i];
            QVERIFY2(!text.isEmpty() && !english[i].second.isEmpty(), qPrintable(name));
            QVERIFY2(text != english[i].second, qPrintable(name + QStringLiteral(": not translated: ") + text));
            QVERIFY2(!text.contains(placeholder), qPrintable(name + QStringLiteral(": ") + text));
            const QStringList words = englishWordsIn(text);
            QVERIFY2(words.isEmpty(), qPrintable(name + QStringLiteral(": English words ") + words.join(QLatin1Char(','))
                                                 + QStringLiteral(" in: ") + text));
        }
        QVERIFY(translator.load(QStringLiteral("en")));
    }

    void validAddressesPass()
    {
        QVERIFY(ResearchWords::addressProblem(QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).isEmpty());
        QVERIFY(ResearchWords::addressProblem(QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")).isEmpty());
        QVERIFY(!ResearchWords::addressProblem(QStringLiteral("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).isEmpty());
    }

    void distinctProblemsReadDifferently()
    {
        QSet<QString> seen;
        for (int p = static_cast<int>(ResearchProblem::NoMarket); p <= static_cast<int>(ResearchProblem::BadAddress); ++p) {
            const QString text = ResearchWords::problem(researchFailure(static_cast<ResearchProblem>(p)).research);
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
    }

    void etherAmounts()
    {
        QCOMPARE(ResearchRows::ethText(U256(1'000'000'000'000'000ULL)), QStringLiteral("0.001 ETH"));
        QCOMPARE(ResearchRows::ethText(U256(0)), QStringLiteral("0 ETH"));
        QCOMPARE(ResearchRows::ethText(U256(1ULL)), QStringLiteral("0.000000000000000001 ETH"));
        QCOMPARE(ResearchRows::ethText(*U256::fromDecimal("2500000000000000000")), QStringLiteral("2.5 ETH"));
        QCOMPARE(ResearchRows::weiText(U256(1'000'000'000'000'000ULL)), QStringLiteral("1000000000000000 wei"));
        QLocale::setDefault(QLocale(QStringLiteral("fr")));
        QCOMPARE(ResearchRows::ethText(U256(1'000'000'000'000'000ULL)), QStringLiteral("0,001 ETH"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestResearchWords)
#include "tst_researchwords.moc"
