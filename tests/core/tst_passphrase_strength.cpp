// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/passphrasestrength.h"

#include <QTest>

using carnet::core::PassphraseStrength;
using carnet::core::ratePassphrase;
using Verdict = PassphraseStrength::Verdict;

class PassphraseStrengthTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("verdict");
        QTest::newRow("empty") << QString() << int(Verdict::TooShort);
        QTest::newRow("short random") << QStringLiteral("x7#Qp") << int(Verdict::TooShort);
        QTest::newRow("common word repeated") << QStringLiteral("passwordpassword") << int(Verdict::TooWeak);
        QTest::newRow("keyboard walk") << QStringLiteral("qwertyuiop") << int(Verdict::TooWeak);
        QTest::newRow("sequence") << QStringLiteral("1234567890") << int(Verdict::TooWeak);
        QTest::newRow("app words") << QStringLiteral("carnetsante") << int(Verdict::TooWeak);
        QTest::newRow("four random words") << QStringLiteral("correct horse battery staple") << int(Verdict::Strong);
        QTest::newRow("french sentence") << QStringLiteral("Mon chat Brindille dort sur le piano")
                                         << int(Verdict::Strong);
    }
    void verdicts()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, verdict);
        const PassphraseStrength s = ratePassphrase(passphrase);
        QCOMPARE(int(s.verdict), verdict);
        QCOMPARE(s.acceptable(), verdict == int(Verdict::Acceptable) || verdict == int(Verdict::Strong));
    }

    void scoreGrowsWithLength()
    {
        const double shortBits = ratePassphrase(QStringLiteral("tulip")).entropyBits;
        const double longBits = ratePassphrase(QStringLiteral("tulip glacier ferment ochre")).entropyBits;
        QVERIFY(longBits > shortBits + 20);
        QVERIFY(ratePassphrase(QStringLiteral("tulip")).score <= 2);
    }
};

QTEST_GUILESS_MAIN(PassphraseStrengthTest)
#include "tst_passphrase_strength.moc"
