// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings view models over a real, unlocked vault: changing the passphrase (the old one is
// checked, the new one rated, then only the new one opens the vault) and revealing the recovery phrase
// (after the passphrase, also when the vault was opened by quick unlock; dropped by hide() and by a lock).
#include "qml/changepassphraseviewmodel.h"
#include "qml/revealphraseviewmodel.h"
#include "qml/unlockviewmodel.h"
#include "sessiontestutil.h"

#include <QGuiApplication>
#include <QMetaProperty>
#include <QSignalSpy>
#include <QTest>

using namespace carnet::qml;
using namespace carnet::qml::test;
using carnet::core::Vault;

namespace {
const QString kNewPassphrase = QStringLiteral("amber kettle drifts past seven harbours");
}

class TestSettingsViewModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<SessionFixture> m_fixture;
    KnownIdentity m_identity = knownIdentity(QStringLiteral("fr"), 24);

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settings); }

    void init()
    {
        m_fixture = std::make_unique<SessionFixture>();
        m_fixture->start();
        QVERIFY(m_fixture->makeVault(kGoodPassphrase, m_identity.phrase));
        UnlockViewModel unlock;
        QSignalSpy unlocked(&unlock, &UnlockViewModel::unlocked);
        unlock.unlock(kGoodPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 20000);
    }

    void cleanup() { m_fixture.reset(); }

    void changePassphrase()
    {
        ChangePassphraseViewModel vm;
        QSignalSpy changed(&vm, &ChangePassphraseViewModel::changed);
        vm.change(QStringLiteral("not the old one"), kNewPassphrase, kNewPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 20000);
        QCOMPARE(vm.errorText(), QStringLiteral("Wrong passphrase. Check it and try again."));
        vm.change(kGoodPassphrase, kNewPassphrase, kNewPassphrase + QLatin1Char('!'));
        QCOMPARE(vm.errorText(), QStringLiteral("The two passphrases are not the same."));
        QCOMPARE(changed.count(), 0);

        vm.change(kGoodPassphrase, kNewPassphrase, kNewPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        QCOMPARE(vm.errorText(), QString());
        QCOMPARE(m_fixture->session->state(), WalletSession::Unlocked);

        m_fixture->session->lockNow();
        QTRY_COMPARE_WITH_TIMEOUT(Vault::open(m_fixture->vaultDir(), bufferOf(kGoodPassphrase)).error(),
                                  carnet::core::VaultError::WrongPassphrase, 20000);
        QVERIFY(Vault::open(m_fixture->vaultDir(), bufferOf(kNewPassphrase)).ok());
    }

    void revealAndHide()
    {
        RevealPhraseViewModel vm;
        QVERIFY(!vm.revealed());
        QVERIFY(vm.phraseToShow() == nullptr);
        vm.reveal(QStringLiteral("wrong"));
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 20000);
        QCOMPARE(vm.errorText(), QStringLiteral("Wrong passphrase. Check it and try again."));
        QVERIFY(!vm.revealed());

        QSignalSpy revealed(&vm, &RevealPhraseViewModel::revealedChanged);
        vm.reveal(kGoodPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 20000);
        QVERIFY(vm.revealed());
        QVERIFY(vm.phraseToShow() != nullptr);
        // The vault keeps the phrase in its canonical form: the same words, single spaces.
        const QString shown = QString::fromUtf8(vm.phraseToShow()->asStringView().data(),
                                                static_cast<qsizetype>(vm.phraseToShow()->size()));
        QCOMPARE(shown.normalized(QString::NormalizationForm_C), m_identity.phrase.normalized(QString::NormalizationForm_C));

        vm.hide();
        QVERIFY(!vm.revealed());
        QVERIFY(vm.phraseToShow() == nullptr);

        vm.reveal(kGoodPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(vm.revealed(), 20000);
        m_fixture->session->lockNow();
        QVERIFY2(!vm.revealed(), "a lock drops the revealed phrase");
    }

    void revealAfterQuickUnlockAsksForThePassphrase()
    {
        // Quick unlock opens the vault with the keystore's data key, which cannot open the phrase:
        // the reveal page still takes the passphrase, and a wrong one shows nothing.
        m_fixture->session->enableQuickUnlock(kGoodPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->session->quickUnlockEnabled(), 20000);
        m_fixture->session->lockNow();
        UnlockViewModel unlock;
        QSignalSpy unlocked(&unlock, &UnlockViewModel::unlocked);
        unlock.quickUnlock();
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 10000);
        QCOMPARE(m_fixture->session->state(), WalletSession::Unlocked);

        RevealPhraseViewModel vm;
        vm.reveal(QString());
        QCOMPARE(vm.errorText(), QStringLiteral("Type your passphrase."));
        QVERIFY(!vm.busy());
        vm.reveal(QStringLiteral("wrong"));
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 20000);
        QCOMPARE(vm.errorText(), QStringLiteral("Wrong passphrase. Check it and try again."));
        QVERIFY(!vm.revealed());
        QVERIFY(vm.phraseToShow() == nullptr);

        QSignalSpy revealed(&vm, &RevealPhraseViewModel::revealedChanged);
        vm.reveal(kGoodPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 20000);
        QCOMPARE(QString::fromUtf8(vm.phraseToShow()->asStringView().data(),
                                   static_cast<qsizetype>(vm.phraseToShow()->size())),
                 m_identity.phrase);
        // The phrase is painted from C++ only: no property of the view model carries it.
        const QMetaObject *meta = vm.metaObject();
        for (int i = 0; i < meta->propertyCount(); ++i) {
            const QVariant value = meta->property(i).read(&vm);
            QVERIFY(!value.toString().contains(m_identity.phrase.section(QLatin1Char(' '), 0, 2)));
        }
        m_fixture->session->lockNow();
        QVERIFY(!vm.revealed());
    }
};

QTEST_MAIN(TestSettingsViewModels)
#include "tst_settingsviewmodels.moc"
