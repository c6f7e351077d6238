// SPDX-License-Identifier: GPL-3.0-or-later
// WalletSession's state machine and its locks: lockNow, the idle timer fed by user input, and the
// app going to the background all lock; a lock releases the vault (another opener is no longer
// refused with InUse) and clears the address; the auto-lock choice persists.
#include "qml/unlockviewmodel.h"
#include "sessiontestutil.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QTimer>
#include <QSignalSpy>
#include <QTest>

using namespace carnet::qml;
using namespace carnet::qml::test;
using carnet::core::Vault;
using carnet::core::VaultError;

class TestWalletSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<SessionFixture> m_fixture;
    KnownIdentity m_identity = knownIdentity(QStringLiteral("en"), 12);

    void unlock()
    {
        UnlockViewModel vm;
        QSignalSpy unlocked(&vm, &UnlockViewModel::unlocked);
        vm.unlock(kGoodPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 20000);
        QCOMPARE(m_fixture->session->state(), WalletSession::Unlocked);
    }

    /** What a second opener of the vault gets (InUse while the session holds it). */
    VaultError secondOpener()
    {
        auto opened = Vault::open(m_fixture->vaultDir(), bufferOf(kGoodPassphrase));
        return opened ? VaultError::Locked : opened.error(); // Locked here means "it opened"
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settings); }

    void init()
    {
        m_fixture = std::make_unique<SessionFixture>();
        m_fixture->start();
    }

    void cleanup() { m_fixture.reset(); }

    void statesFollowTheDirectory()
    {
        QCOMPARE(m_fixture->session->state(), WalletSession::NoWallet);
        QVERIFY(m_fixture->makeVault(kGoodPassphrase, m_identity.phrase));
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);
        QCOMPARE(m_fixture->session->address(), QString());
        unlock();
        QCOMPARE(m_fixture->session->address(), m_identity.address);
    }

    void lockReleasesTheVault()
    {
        QVERIFY(m_fixture->makeVault(kGoodPassphrase, m_identity.phrase));
        unlock();
        QCOMPARE(secondOpener(), VaultError::InUse);

        QSignalSpy locked(m_fixture->session.get(), &WalletSession::locked);
        m_fixture->session->lockNow();
        QCOMPARE(locked.count(), 1);
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);
        QCOMPARE(m_fixture->session->address(), QString());
        // The worker has closed the database, wiped the key and released the file lock.
        QTRY_COMPARE_WITH_TIMEOUT(secondOpener(), VaultError::Locked, 5000);
    }

    void idleTimeoutLocks()
    {
        QVERIFY(m_fixture->makeVault(kGoodPassphrase, m_identity.phrase));
        unlock();
        m_fixture->session->autoLock().setTimeout(std::chrono::milliseconds(600));
        QVERIFY(m_fixture->session->autoLock().isArmed());

        // Key presses anywhere in the application count as activity and postpone the lock.
        QObject target;
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(200);
            QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
            QCoreApplication::sendEvent(&target, &press);
        }
        QCOMPARE(m_fixture->session->state(), WalletSession::Unlocked);

        QSignalSpy locked(m_fixture->session.get(), &WalletSession::locked);
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 3000);
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);
        QTRY_COMPARE_WITH_TIMEOUT(secondOpener(), VaultError::Locked, 5000);
    }

    void backgroundLocksAtOnce()
    {
        QVERIFY(m_fixture->makeVault(kGoodPassphrase, m_identity.phrase));
        unlock();
        QSignalSpy locked(m_fixture->session.get(), &WalletSession::locked);
        // What QGuiApplication emits when the app is hidden or suspended.
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationHidden);
        QCOMPARE(locked.count(), 1);
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);
    }

    void lockDuringUnlockWins()
    {
        QVERIFY(m_fixture->makeVault(kGoodPassphrase, m_identity.phrase));
        UnlockViewModel vm;
        vm.unlock(kGoodPassphrase);
        QVERIFY(vm.busy());
        m_fixture->session->lockNow(); // while Argon2id runs on the worker
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 20000);
        QCOMPARE(m_fixture->session->state(), WalletSession::Locked);
        QCOMPARE(vm.errorText(), QStringLiteral("The wallet was locked. Unlock it and try again."));
        QTRY_COMPARE_WITH_TIMEOUT(secondOpener(), VaultError::Locked, 5000);
    }

    void uiThreadStaysResponsive()
    {
        // Argon2id (and SQLCipher) run on the worker: the UI thread's event loop keeps turning.
        QVERIFY(m_fixture->makeVault(kGoodPassphrase, m_identity.phrase));
        UnlockViewModel vm;
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        timer.start();
        vm.unlock(kGoodPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 20000);
        const qint64 total = clock.elapsed();
        timer.stop();
        QCOMPARE(m_fixture->session->state(), WalletSession::Unlocked);
        QVERIFY2(total > 100, qPrintable(QStringLiteral("the unlock took only %1 ms").arg(total)));
        QVERIFY2(longestGap < 100, qPrintable(QStringLiteral("the UI thread stalled for %1 ms").arg(longestGap)));
        QVERIFY(ticks > 10);
        qInfo("unlock at the floor: %lld ms, longest UI-thread gap %lld ms", total, longestGap);
    }

    void autoLockMinutesPersist()
    {
        QCOMPARE(m_fixture->session->autoLockMinutes(), 5);
        QSignalSpy changed(m_fixture->session.get(), &WalletSession::autoLockMinutesChanged);
        m_fixture->session->setAutoLockMinutes(7); // not one of the choices
        QCOMPARE(m_fixture->session->autoLockMinutes(), 5);
        m_fixture->session->setAutoLockMinutes(15);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_fixture->session->autoLock().timeout(), std::chrono::milliseconds(15 * 60 * 1000));
        m_fixture.reset();
        m_fixture = std::make_unique<SessionFixture>();
        m_fixture->start();
        QCOMPARE(m_fixture->session->autoLockMinutes(), 15);
        m_fixture->session->setAutoLockMinutes(5);
    }

    void errorsAreWords_data()
    {
        QTest::addColumn<int>("error");
        for (int e = 0; e <= static_cast<int>(VaultError::Locked); ++e)
            QTest::newRow(carnet::core::vaultErrorName(static_cast<VaultError>(e))) << e;
    }

    void errorsAreWords()
    {
        QFETCH(int, error);
        const QString text = WalletSession::describe(static_cast<VaultError>(error), 7);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(QLatin1String(carnet::core::vaultErrorName(static_cast<VaultError>(error)))),
                 qPrintable(text));
        QVERIFY(text.endsWith(QLatin1Char('.')));
    }

    void damagedIsNotWrongPassphrase()
    {
        QVERIFY(m_fixture->makeVault(kGoodPassphrase, m_identity.phrase));
        QFile header(m_fixture->vaultDir() + QStringLiteral("/vault.header"));
        QVERIFY(header.open(QIODevice::ReadWrite));
        header.seek(50);
        header.write("\xff", 1);
        header.close();
        UnlockViewModel vm;
        vm.unlock(kGoodPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 20000);
        QVERIFY2(vm.errorText().startsWith(QStringLiteral("This wallet is damaged")), qPrintable(vm.errorText()));
    }
};

QTEST_MAIN(TestWalletSession)
#include "tst_walletsession.moc"
