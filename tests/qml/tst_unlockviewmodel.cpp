// SPDX-License-Identifier: GPL-3.0-or-later
// UnlockViewModel over a real vault: a wrong passphrase says so in words, repeated failures start a
// countdown that blocks attempts, the right passphrase unlocks, quick unlock goes through the keystore.
#include "qml/unlockviewmodel.h"
#include "sessiontestutil.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace carnet::qml;
using namespace carnet::qml::test;

class TestUnlockViewModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<SessionFixture> m_fixture;
    KnownIdentity m_identity = knownIdentity(QStringLiteral("en"), 12);

    void attempt(UnlockViewModel &vm, const QString &passphrase)
    {
        vm.unlock(passphrase);
        QVERIFY(vm.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 20000);
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settings); }

    void init()
    {
        m_fixture = std::make_unique<SessionFixture>();
        m_fixture->start();
        QVERIFY(m_fixture->makeVault(kGoodPassphrase, m_identity.phrase));
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);
    }

    void cleanup() { m_fixture.reset(); }

    void wrongThenRightPassphrase()
    {
        UnlockViewModel vm;
        QSignalSpy unlocked(&vm, &UnlockViewModel::unlocked);
        attempt(vm, QStringLiteral("not the passphrase at all"));
        QCOMPARE(vm.errorText(), QStringLiteral("Wrong passphrase. Check it and try again."));
        QCOMPARE(vm.retryInSeconds(), 0);
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);
        QCOMPARE(unlocked.count(), 0);

        attempt(vm, kGoodPassphrase);
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(vm.errorText(), QString());
        QCOMPARE(m_fixture->session->state(), WalletSession::Unlocked);
        QCOMPARE(m_fixture->session->address(), m_identity.address);
    }

    void repeatedFailuresStartACountdown()
    {
        UnlockViewModel vm;
        for (int i = 0; i < 5; ++i)
            attempt(vm, QStringLiteral("wrong guess number %1").arg(i));
        // After the fifth failure the throttle asks for a wait (1 s, then 2, 4 …).
        QVERIFY2(vm.retryInSeconds() >= 1, qPrintable(QString::number(vm.retryInSeconds())));
        QCOMPARE(vm.errorText(), QStringLiteral("Wrong passphrase. Check it and try again."));

        // While counting down, unlock() does nothing, even with the right passphrase.
        vm.unlock(kGoodPassphrase);
        QVERIFY(!vm.busy());
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);

        QSignalSpy ticks(&vm, &UnlockViewModel::retryInSecondsChanged);
        QTRY_COMPARE_WITH_TIMEOUT(vm.retryInSeconds(), 0, 5000);
        QVERIFY(ticks.count() >= 1);

        // A new page over the same vault shows the wait left by earlier attempts.
        attempt(vm, QStringLiteral("sixth wrong guess"));
        QVERIFY(vm.retryInSeconds() >= 1);
        UnlockViewModel fresh;
        QTRY_VERIFY_WITH_TIMEOUT(fresh.retryInSeconds() >= 1, 5000);

        QTRY_COMPARE_WITH_TIMEOUT(vm.retryInSeconds(), 0, 8000);
        attempt(vm, kGoodPassphrase);
        QCOMPARE(m_fixture->session->state(), WalletSession::Unlocked);
    }

    void quickUnlockThroughTheKeystore()
    {
        UnlockViewModel vm;
        QVERIFY(!vm.quickUnlockAvailable());
        attempt(vm, kGoodPassphrase);
        QCOMPARE(m_fixture->session->state(), WalletSession::Unlocked);

        // Enabling re-authenticates: a wrong passphrase stores nothing.
        m_fixture->session->enableQuickUnlock(QStringLiteral("not it"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->session->busy(), 20000);
        QCOMPARE(m_fixture->keyStore.size(), std::size_t(0));
        QCOMPARE(m_fixture->session->errorText(), QStringLiteral("Wrong passphrase. Check it and try again."));
        QVERIFY(!m_fixture->session->quickUnlockEnabled());

        QSignalSpy available(&vm, &UnlockViewModel::quickUnlockAvailableChanged);
        m_fixture->session->enableQuickUnlock(kGoodPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->session->quickUnlockEnabled(), 20000);
        QCOMPARE(m_fixture->keyStore.size(), std::size_t(1));
        QCOMPARE(available.count(), 1);
        QVERIFY(vm.quickUnlockAvailable());

        m_fixture->session->lockNow();
        QSignalSpy unlocked(&vm, &UnlockViewModel::unlocked);
        vm.quickUnlock();
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 10000);
        QCOMPARE(m_fixture->session->state(), WalletSession::Unlocked);
        QCOMPARE(m_fixture->session->address(), m_identity.address);

        // A keystore that refuses: said in words, the passphrase still works.
        m_fixture->session->lockNow();
        m_fixture->keyStore.failWith = carnet::core::KeyStoreError::Denied;
        vm.quickUnlock();
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 10000);
        QCOMPARE(vm.errorText(), QStringLiteral("Quick unlock is not available right now. Use your passphrase."));
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);
    }
};

QTEST_MAIN(TestUnlockViewModel)
#include "tst_unlockviewmodel.moc"
