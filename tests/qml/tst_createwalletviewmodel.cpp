// SPDX-License-Identifier: GPL-3.0-or-later
// CreateWalletViewModel over a real vault: the quiz gates creation, weak or mismatched passphrases
// write nothing, and a created wallet is unlocked with the address ethers derives from its phrase.
#include "qml/createwalletviewmodel.h"
#include "sessiontestutil.h"

#include <QDir>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace carnet::qml;
using namespace carnet::qml::test;

class TestCreateWalletViewModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<SessionFixture> m_fixture;

    void passQuiz(CreateWalletViewModel &vm)
    {
        const QStringList words = m_fixture->identity.phrase.split(QLatin1Char(' '));
        for (int position : vm.quizPositions())
            QVERIFY(vm.checkQuizWord(position, words.at(position - 1)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_settings);
    }

    void init()
    {
        m_fixture = std::make_unique<SessionFixture>();
        QVERIFY(!m_fixture->identity.phrase.isEmpty());
        m_fixture->start();
        QCOMPARE(m_fixture->session->state(), WalletSession::NoWallet);
    }

    void cleanup() { m_fixture.reset(); }

    void createUnlocksWithTheAddressOfThePhrase()
    {
        CreateWalletViewModel vm;
        vm.generatePhrase();
        QCOMPARE(vm.wordCount(), 24);
        QVERIFY(vm.hasPhrase());
        QVERIFY(vm.phraseToShow() != nullptr);
        QCOMPARE(vm.quizPositions().size(), 3);
        passQuiz(vm);
        QVERIFY(vm.quizPassed());
        QVERIFY2(vm.phraseToShow() == nullptr, "the phrase is not shown again after the quiz");

        QSignalSpy created(&vm, &CreateWalletViewModel::created);
        QSignalSpy unlocked(m_fixture->session.get(), &WalletSession::unlocked);
        vm.create(kGoodPassphrase, kGoodPassphrase);
        QVERIFY(vm.busy());
        QVERIFY(m_fixture->session->busy());
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
        QVERIFY(!vm.busy());
        QCOMPARE(vm.errorText(), QString());
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(m_fixture->session->state(), WalletSession::Unlocked);
        QCOMPARE(m_fixture->session->address(), m_fixture->identity.address);
        QVERIFY(carnet::core::Vault::exists(m_fixture->vaultDir()));
    }

    void choosePassphraseThenCreate()
    {
        CreateWalletViewModel vm;
        QVERIFY(vm.choosePassphrase(kGoodPassphrase, kGoodPassphrase));
        QVERIFY(vm.passphraseChosen());
        vm.generatePhrase();
        passQuiz(vm);
        QSignalSpy created(&vm, &CreateWalletViewModel::created);
        vm.createWithChosenPassphrase();
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
        QVERIFY(!vm.passphraseChosen());
        QCOMPARE(m_fixture->session->address(), m_fixture->identity.address);

        // The vault opens with that passphrase, in the core, once the session has locked it.
        m_fixture->session->lockNow();
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);
        QTRY_VERIFY_WITH_TIMEOUT(carnet::core::Vault::open(m_fixture->vaultDir(), bufferOf(kGoodPassphrase)).ok(), 5000);
    }

    void wrongQuizWordsAreRefused()
    {
        CreateWalletViewModel vm;
        vm.generatePhrase();
        const QList<int> positions = vm.quizPositions();
        const QStringList words = m_fixture->identity.phrase.split(QLatin1Char(' '));
        QVERIFY(!vm.checkQuizWord(positions.at(0), QStringLiteral("zoo")));
        // A word at a position the quiz did not ask for does not count.
        int other = 1;
        while (positions.contains(other))
            ++other;
        QVERIFY(!vm.checkQuizWord(other, words.at(other - 1)));
        // Case and surrounding spaces do not matter.
        QVERIFY(vm.checkQuizWord(positions.at(0), QLatin1String("  ") + words.at(positions.at(0) - 1).toUpper()));
        QVERIFY(!vm.quizPassed());
        QVERIFY(vm.hasPhrase());
    }

    void nothingIsCreatedBeforeTheQuiz()
    {
        CreateWalletViewModel vm;
        vm.generatePhrase();
        vm.create(kGoodPassphrase, kGoodPassphrase);
        QVERIFY(!vm.busy());
        QVERIFY(!vm.errorText().isEmpty());
        QVERIFY(!QDir(m_fixture->vaultDir()).exists());
        QCOMPARE(m_fixture->session->state(), WalletSession::NoWallet);
    }

    void badPassphrasesWriteNothing_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("error");
        QTest::newRow("mismatch") << kGoodPassphrase << (kGoodPassphrase + QLatin1Char('x'))
                                  << QStringLiteral("The two passphrases are not the same.");
        QTest::newRow("weak") << QStringLiteral("password123") << QStringLiteral("password123")
                              << QStringLiteral("This passphrase is too easy to guess. Add another unrelated word.");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("Choose a passphrase.");
    }

    void badPassphrasesWriteNothing()
    {
        QFETCH(QString, passphrase);
        QFETCH(QString, confirmation);
        QFETCH(QString, error);
        CreateWalletViewModel vm;
        vm.generatePhrase();
        passQuiz(vm);
        vm.create(passphrase, confirmation);
        QCOMPARE(vm.errorText(), error);
        QVERIFY(!vm.busy());
        QVERIFY(!vm.choosePassphrase(passphrase, confirmation));
        QVERIFY(!QDir(m_fixture->vaultDir()).exists());
    }

    void strengthIsRated()
    {
        CreateWalletViewModel vm;
        QSignalSpy changed(&vm, &CreateWalletViewModel::strengthChanged);
        vm.ratePassphrase(QStringLiteral("abc"));
        QCOMPARE(vm.strengthLabel(), QStringLiteral("Too short"));
        QVERIFY(!vm.passphraseAcceptable());
        vm.ratePassphrase(kGoodPassphrase);
        QVERIFY(vm.passphraseAcceptable());
        QVERIFY(vm.strengthScore() >= 3);
        QVERIFY(changed.count() >= 2);
    }

    void anExistingWalletIsNeverReplaced()
    {
        QVERIFY(m_fixture->makeVault(kGoodPassphrase, knownIdentity(QStringLiteral("en"), 12).phrase));
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);
        CreateWalletViewModel vm;
        vm.generatePhrase();
        passQuiz(vm);
        vm.create(kGoodPassphrase, kGoodPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 20000);
        QCOMPARE(vm.errorText(), QStringLiteral("A wallet already exists on this device. Carnet never replaces it."));
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);
    }
};

QTEST_MAIN(TestCreateWalletViewModel)
#include "tst_createwalletviewmodel.moc"
