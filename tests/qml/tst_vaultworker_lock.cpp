// SPDX-License-Identifier: GPL-3.0-or-later
// A lock that comes while vault work waits in a nested event loop on the worker (what the JSON-RPC
// client does during a sync or a publish), without a network: the wait is a QEventLoop ended by a
// timer. The task keeps the vault it began with until it returns, and only then is the vault closed;
// nothing posted after the lock gets the vault; an unlock asked for meanwhile waits for the close;
// destroying the session lets the wait end normally instead of cutting it short.
// tests/qml_sync/tst_lockduringwait.cpp does the same with a real sync against a stalled node.
#include "core/sync/recordstore.h"
#include "core/vault/fileops.h"
#include "sessiontestutil.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace carnet;
using namespace carnet::qml;
using namespace carnet::qml::test;
using carnet::core::VaultError;

namespace {

constexpr int kWaitMs = 1500; // the nested wait of the task

/** What the waiting task saw, written on the worker. */
struct TaskLog
{
    std::atomic<bool> waiting{false};
    QMutex mutex;
    bool ended = false;
    bool hadVault = false;
    bool waitEndedByItsTimer = false; ///< false when the nested loop was ended from outside
    bool databaseUsableAfter = false;
};

} // namespace

class TestVaultWorkerLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<SessionFixture> m_fixture;
    KnownIdentity m_identity = knownIdentity(QStringLiteral("en"), 12);

    WalletSession &session() { return *m_fixture->session; }
    QString lockFile() const { return m_fixture->vaultDir() + QStringLiteral("/vault.lock"); }

    bool unlockAndWait()
    {
        std::optional<bool> ok;
        session().unlock(bufferOf(kGoodPassphrase), &session(), [&](VaultOutcome &o) { ok = o.ok(); });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 30000) && *ok;
    }

    /** Posts work that waits kWaitMs in a nested event loop on the worker, then reads the vault's
     *  database through the pointer it was given, and waits until it is waiting. */
    bool startWaitingTask(const std::shared_ptr<TaskLog> &log)
    {
        session().withWallet<int>(
            &session(),
            [log](core::service::Wallet *vault, quint64) {
                bool fired = false;
                QEventLoop loop;
                QTimer::singleShot(kWaitMs, &loop, [&] {
                    fired = true;
                    loop.quit();
                });
                log->waiting = true;
                loop.exec();
                bool usable = false;
                if (vault)
                    usable = vault->records().ok();
                QMutexLocker lock(&log->mutex);
                log->hadVault = vault != nullptr;
                log->waitEndedByItsTimer = fired;
                log->databaseUsableAfter = usable;
                log->ended = true;
                return 0;
            },
            [](int &) {});
        return QTest::qWaitFor([&] { return log->waiting.load(); }, 10000);
    }

    /** A task posted now; true when it got no vault. */
    bool newWorkGetsNoVault()
    {
        std::optional<bool> sawVault;
        QObject receiver;
        session().withWallet<bool>(
            &receiver, [](core::service::Wallet *vault, quint64) { return vault != nullptr; }, [&](bool &v) { sawVault = v; });
        return QTest::qWaitFor([&] { return sawVault.has_value(); }, 10000) && !*sawVault;
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settings); }

    void init()
    {
        m_fixture = std::make_unique<SessionFixture>();
        m_fixture->start();
        QVERIFY(m_fixture->makeVault(kGoodPassphrase, m_identity.phrase));
        QVERIFY(unlockAndWait());
        QCOMPARE(session().state(), WalletSession::Unlocked);
    }

    void cleanup() { m_fixture.reset(); }

    void lockDuringANestedWaitClosesTheVaultAfterTheTask()
    {
        auto log = std::make_shared<TaskLog>();
        QVERIFY(startWaitingTask(log));
        QSignalSpy closed(&session(), &WalletSession::vaultClosed);
        session().lockNow();
        QCOMPARE(session().state(), WalletSession::Locked);

        // The lock ran inside the task's wait: the vault is set aside, not destroyed.
        QVERIFY(newWorkGetsNoVault());
        std::optional<VaultError> revealed;
        session().revealPhrase(bufferOf(kGoodPassphrase), &session(),
                               [&](VaultOutcome &o) { revealed = o.error.value_or(VaultError::IoError); });
        QTRY_VERIFY_WITH_TIMEOUT(revealed.has_value(), 10000);
        QCOMPARE(*revealed, VaultError::Locked);
        QCOMPARE(closed.count(), 0);
        QVERIFY(!core::fileops::FileLock::isFree(lockFile()));
        {
            QMutexLocker lock(&log->mutex);
            QVERIFY(!log->ended);
        }

        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 30000);
        QVERIFY(core::fileops::FileLock::isFree(lockFile()));
        QMutexLocker lock(&log->mutex);
        QVERIFY(log->ended);
        QVERIFY(log->hadVault);
        QVERIFY(log->waitEndedByItsTimer);
        QVERIFY2(log->databaseUsableAfter, "the task's vault outlived the lock until it returned");
    }

    void unlockDuringANestedWaitWaitsForTheClose()
    {
        auto log = std::make_shared<TaskLog>();
        QVERIFY(startWaitingTask(log));
        QSignalSpy closed(&session(), &WalletSession::vaultClosed);
        session().lockNow();
        int closedAtUnlock = -1;
        std::optional<VaultOutcome> outcome;
        session().unlock(bufferOf(kGoodPassphrase), &session(), [&](VaultOutcome &o) {
            closedAtUnlock = static_cast<int>(closed.count());
            VaultOutcome copy;
            copy.error = o.error;
            outcome = std::move(copy);
        });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QVERIFY2(outcome->ok(), "not InUse: the unlock waited for the set-aside vault to close");
        QCOMPARE(closedAtUnlock, 1);
        QCOMPARE(session().state(), WalletSession::Unlocked);
        QMutexLocker lock(&log->mutex);
        QVERIFY(log->ended);
        QVERIFY(log->databaseUsableAfter);
    }

    // Work queued before a lock that starts after it (behind a busy worker) never gets the vault.
    void workQueuedBeforeALockGetsNoVault()
    {
        session().withWallet<int>(
            &session(), [](core::service::Wallet *, quint64) { QThread::msleep(500); return 0; }, [](int &) {});
        std::atomic<int> sawVault{-1};
        session().withWallet<int>(
            &session(), [&sawVault](core::service::Wallet *vault, quint64) { sawVault = vault != nullptr ? 1 : 0; return 0; },
            [](int &) {});
        std::optional<VaultError> revealed;
        session().revealPhrase(bufferOf(kGoodPassphrase), &session(),
                               [&](VaultOutcome &o) { revealed = o.error.value_or(VaultError::IoError); });
        session().lockNow();
        QTRY_VERIFY_WITH_TIMEOUT(sawVault.load() >= 0, 10000);
        QCOMPARE(sawVault.load(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(revealed.has_value(), 10000);
        QCOMPARE(*revealed, VaultError::Locked);
        QTRY_VERIFY_WITH_TIMEOUT(core::fileops::FileLock::isFree(lockFile()), 10000);
    }

    // An unlock asked for before a lock that the worker reaches first opens nothing.
    void unlockQueuedBeforeALockOpensNothing()
    {
        auto log = std::make_shared<TaskLog>();
        QVERIFY(startWaitingTask(log));
        session().lockNow();
        std::optional<VaultError> error;
        session().unlock(bufferOf(kGoodPassphrase), &session(),
                         [&](VaultOutcome &o) { error = o.error.value_or(VaultError::IoError); });
        session().lockNow(); // before the unlock could run: it waits for the task
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 30000);
        QCOMPARE(*error, VaultError::Locked);
        QCOMPARE(session().state(), WalletSession::Locked);
        QVERIFY(core::fileops::FileLock::isFree(lockFile()));
    }

    // Destroying the session while a task waits: the wait ends by its own timer (QThread::quit()
    // would end the nested loop at once, and a request would come back unanswered), then the vault
    // is locked and the file lock released.
    void destroyingTheSessionLetsANestedWaitEnd()
    {
        auto log = std::make_shared<TaskLog>();
        QVERIFY(startWaitingTask(log));
        m_fixture->session.reset();
        QMutexLocker lock(&log->mutex);
        QVERIFY(log->ended);
        QVERIFY(log->waitEndedByItsTimer);
        QVERIFY(log->databaseUsableAfter);
        QVERIFY(core::fileops::FileLock::isFree(lockFile()));
    }
};

QTEST_MAIN(TestVaultWorkerLock)
#include "tst_vaultworker_lock.moc"
