// SPDX-License-Identifier: GPL-3.0-or-later
// RestoreWalletViewModel: the live check names a word position or the checksum (never a word), and a
// restored wallet (English or French phrase) is unlocked with the address ethers derives from it.
#include "qml/restorewalletviewmodel.h"
#include "sessiontestutil.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace carnet::qml;
using namespace carnet::qml::test;

class TestRestoreWalletViewModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<SessionFixture> m_fixture;

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settings); }

    void init()
    {
        m_fixture = std::make_unique<SessionFixture>();
        m_fixture->start();
    }

    void cleanup() { m_fixture.reset(); }

    void restoreUnlocks_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("words");
        QTest::newRow("French, 24 words") << QStringLiteral("fr") << 24;
        QTest::newRow("French, 12 words") << QStringLiteral("fr") << 12;
        QTest::newRow("English, 18 words") << QStringLiteral("en") << 18;
    }

    void restoreUnlocks()
    {
        QFETCH(QString, language);
        QFETCH(int, words);
        const KnownIdentity identity = knownIdentity(language, words);
        QVERIFY(!identity.phrase.isEmpty());
        RestoreWalletViewModel vm;
        // Typed with extra spaces and a line break, as people do.
        const QString typed = QLatin1String("  ") + identity.phrase.section(QLatin1Char(' '), 0, 5) + QLatin1String("\n")
            + identity.phrase.section(QLatin1Char(' '), 6) + QLatin1String("  ");
        QVERIFY(vm.checkPhrase(typed));
        QVERIFY(vm.phraseValid());
        QCOMPARE(vm.phraseError(), QString());

        QSignalSpy restored(&vm, &RestoreWalletViewModel::restored);
        vm.restore(typed, kGoodPassphrase, kGoodPassphrase);
        QVERIFY(vm.busy());
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
        QCOMPARE(m_fixture->session->state(), WalletSession::Unlocked);
        QCOMPARE(m_fixture->session->address(), identity.address);
    }

    void phraseErrorsNamePositions_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("error");
        const QString valid = knownIdentity(QStringLiteral("en"), 12).phrase;
        QStringList words = valid.split(QLatin1Char(' '));
        QStringList unknown = words;
        unknown[6] = QStringLiteral("qwertyzz");
        QTest::newRow("unknown word") << unknown.join(QLatin1Char(' '))
                                      << QStringLiteral("Word 7 is not in the English or French word list.");
        QTest::newRow("word count") << words.mid(0, 5).join(QLatin1Char(' '))
                                    << QStringLiteral("A recovery phrase has 12, 15, 18, 21 or 24 words. This one has 5.");
        QStringList swapped = words;
        swapped.swapItemsAt(0, 11);
        QTest::newRow("checksum") << swapped.join(QLatin1Char(' '))
                                  << QStringLiteral("Every word is known, but together they are not a valid phrase. "
                                                    "Check their order and spelling.");
        QTest::newRow("empty") << QString() << QString();
    }

    void phraseErrorsNamePositions()
    {
        QFETCH(QString, phrase);
        QFETCH(QString, error);
        RestoreWalletViewModel vm;
        QVERIFY(!vm.checkPhrase(phrase));
        QCOMPARE(vm.phraseError(), error);
        QVERIFY(!vm.phraseValid());
        // Nothing is written for an invalid phrase.
        vm.restore(phrase, kGoodPassphrase, kGoodPassphrase);
        QVERIFY(!vm.busy());
        QVERIFY(!vm.errorText().isEmpty());
        QVERIFY(!carnet::core::Vault::exists(m_fixture->vaultDir()));
    }

    void weakPassphraseIsRefused()
    {
        RestoreWalletViewModel vm;
        const QString phrase = knownIdentity(QStringLiteral("fr"), 12).phrase;
        vm.restore(phrase, QStringLiteral("short"), QStringLiteral("short"));
        QCOMPARE(vm.errorText(), QStringLiteral("This passphrase is too easy to guess. Add another unrelated word."));
        QVERIFY(!carnet::core::Vault::exists(m_fixture->vaultDir()));
    }
};

QTEST_MAIN(TestRestoreWalletViewModel)
#include "tst_restorewalletviewmodel.moc"
