// SPDX-License-Identifier: GPL-3.0-or-later
// Locking while vault work waits on a stalled node (issue 9, item 9). The sync and publishing run on
// the vault's worker and wait for each JSON-RPC answer in a nested event loop there, which also runs
// the lock WalletSession::lockNow() posts. The lock must not destroy the vault under the running task:
// the session is Locked at once, new work gets no vault, the task ends by its cancellation check or
// the request deadline, then the vault is closed (file lock released), and a later unlock finds
// everything committed before.
//
// Real objects throughout: a WalletSession over a real vault (floor KDF), SyncViewModel and
// AddMeasurementViewModel, the ctest devnet fixture's anvil behind a LyingProxy (tests/core) that
// stalls one method; the network file points at the proxy alone. Meant to run under ASan too.
#include "../core/fakekeystore.h"
#include "../core/lyingproxy.h"
#include "core/ledger/networkconfig.h"
#include "core/sync/recordstore.h"
#include "core/sync/syncengine.h"
#include "core/sync/walletrecords.h"
#include "core/vault/fileops.h"
#include "core/vault/header.h"
#include "qml/secretinput.h"
#include "qml/sync/addmeasurementviewmodel.h"
#include "qml/sync/syncviewmodel.h"
#include "qml/walletsession.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace carnet;
using namespace carnet::qml;
using carnet::test::LyingProxy;

namespace {

const QString kPassphrase = QStringLiteral("locking during a network wait, long enough");
constexpr int kWait = 60000; // generous (ASan, a loaded 2-core machine); a failing QTRY waits 2x more, under the 300 s watchdog

/** The sync's whole-request deadline (SyncViewModel keeps the core's default). */
qint64 requestDeadlineMs()
{
    return core::sync::SyncOptions::defaultRpcOptions().timeout.count();
}

/** A WalletSession over a new vault (a random phrase, so its records are its own on the shared devnet). */
struct Wallet
{
    QTemporaryDir root;
    core::test::FakeKeyStore keyStore;
    std::unique_ptr<WalletSession> session;

    QString dir() const { return root.filePath(QStringLiteral("vault")); }
    QString lockFile() const { return root.filePath(QStringLiteral("vault/vault.lock")); }

    bool start()
    {
        WalletSession::Options options;
        options.newVaultParams = [] { return core::kArgon2Floor; };
        session = std::make_unique<WalletSession>(dir(), &keyStore, options);
        WalletSession::publish(session.get());
        bool done = false;
        bool ok = false;
        session->createVault(secureCopy(kPassphrase), session->newPhrase(), session.get(), [&](VaultOutcome &outcome) {
            ok = outcome.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, kWait) && ok && session->state() == WalletSession::Unlocked;
    }
    ~Wallet() { WalletSession::publish(nullptr); }
};

/** The fixture's network file with one node, a LyingProxy in front of the fixture's anvil; CARNET_HOME
 *  points at it while this lives. */
struct ProxiedNetwork
{
    QTemporaryDir home;
    QByteArray savedHome = qgetenv("CARNET_HOME");
    std::unique_ptr<LyingProxy> proxy;

    bool start()
    {
        QFile file(core::ledger::NetworkConfig::defaultPath());
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray nodes = config.value(QLatin1String("nodes")).toArray();
        if (nodes.isEmpty())
            return false;
        proxy = std::make_unique<LyingProxy>(QUrl(nodes.at(0).toString()));
        config.insert(QStringLiteral("nodes"), QJsonArray{proxy->url().toString()});
        QFile out(home.filePath(QStringLiteral("network.json")));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(config).toJson()) <= 0)
            return false;
        out.close();
        qputenv("CARNET_HOME", home.path().toUtf8());
        return core::ledger::NetworkConfig::load(core::ledger::NetworkConfig::defaultPath()).ok();
    }
    ~ProxiedNetwork() { qputenv("CARNET_HOME", savedHome); }
};

/** Runs `read` on the worker with the vault (nullptr when locked) and waits for its result. */
template <typename R>
std::optional<R> onWorker(WalletSession &session, std::function<R(core::service::Wallet *)> read)
{
    std::optional<R> out;
    QObject receiver;
    session.withWallet<R>(
        &receiver, [read](core::service::Wallet *wallet, quint64) { return read(wallet); }, [&](R &result) { out = std::move(result); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, kWait))
        return std::nullopt;
    return out;
}

std::vector<core::sync::StoredEntry> storedEntries(WalletSession &session)
{
    auto entries = onWorker<std::vector<core::sync::StoredEntry>>(session, [](core::service::Wallet *wallet) {
        std::vector<core::sync::StoredEntry> out;
        if (wallet) {
            if (auto view = wallet->read())
                out = std::move(view->entries);
        }
        return out;
    });
    return entries ? std::move(*entries) : std::vector<core::sync::StoredEntry>{};
}

std::vector<core::sync::StoredRecord> storedRecords(WalletSession &session)
{
    auto records = onWorker<std::vector<core::sync::StoredRecord>>(session, [](core::service::Wallet *wallet) {
        std::vector<core::sync::StoredRecord> out;
        if (wallet) {
            if (auto all = wallet->records())
                out = std::move(*all);
        }
        return out;
    });
    return records ? std::move(*records) : std::vector<core::sync::StoredRecord>{};
}

/** Publishes a weight through the page's view model (no SyncViewModel alive: nothing syncs after). */
bool publishWeight(WalletSession &session, const QString &kilograms)
{
    AddMeasurementViewModel add(&session);
    add.submit(QStringLiteral("weight"), {kilograms}, add.nowText(), {});
    return QTest::qWaitFor([&] { return add.published() || !add.errorText().isEmpty(); }, kWait) && add.published();
}

/** One SyncViewModel round (a new view model starts one at once when unlocked); its new entries, or -1. */
int syncOnce(WalletSession &session)
{
    SyncViewModel sync(&session);
    QSignalSpy finished(&sync, &SyncViewModel::finished);
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, kWait) || sync.state() != SyncViewModel::Done)
        return -1;
    return sync.lastNewEntries();
}

/** Asks for an unlock; `outcome` is filled when it is reported. */
void unlock(WalletSession &session, QObject *receiver, std::optional<VaultOutcome> &outcome)
{
    session.unlock(secureCopy(kPassphrase), receiver, [&outcome](VaultOutcome &o) {
        VaultOutcome copy;
        copy.error = o.error;
        copy.address = o.address;
        outcome = std::move(copy);
    });
}

/** Posted while the worker waits in a stalled request, a task runs inside that wait: it must get no vault. */
bool newWorkGetsNoVault(WalletSession &session, qint64 withinMs)
{
    QElapsedTimer timer;
    timer.start();
    auto sawVault = onWorker<bool>(session, [](core::service::Wallet *wallet) { return wallet != nullptr; });
    return sawVault.has_value() && !*sawVault && timer.elapsed() < withinMs;
}

bool sameEntries(const std::vector<core::sync::StoredEntry> &a, const std::vector<core::sync::StoredEntry> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].recordId != b[i].recordId || a[i].sequence != b[i].sequence || a[i].sealedHash != b[i].sealedHash
            || a[i].content != b[i].content || a[i].state != b[i].state)
            return false;
    return true;
}

} // namespace

class TestLockDuringWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QVERIFY2(QFile::exists(core::ledger::NetworkConfig::defaultPath()), "needs the devnet fixture");
    }

    // SyncViewModel's round waits for eth_getLogs (a record with a new entry); lockNow() meanwhile,
    // and an unlock asked for at once: the unlock waits for the round to let go of the vault.
    void lockWhileTheSyncWaitsForLogs()
    {
        Wallet wallet;
        QVERIFY(wallet.start());
        ProxiedNetwork net;
        QVERIFY(net.start());
        WalletSession &session = *wallet.session;

        QVERIFY(publishWeight(session, QStringLiteral("70.5")));
        QCOMPARE(syncOnce(session), 1);
        const auto committed = storedEntries(session);
        QCOMPARE(committed.size(), std::size_t(1));
        QVERIFY(publishWeight(session, QStringLiteral("71.25"))); // on the chain, not in the vault yet

        net.proxy->setRaw(QStringLiteral("eth_getLogs"), LyingProxy::Raw::Stall);
        const int logsBefore = net.proxy->calls(QStringLiteral("eth_getLogs"));
        SyncViewModel sync(&session); // starts a round at once
        QTRY_VERIFY_WITH_TIMEOUT(net.proxy->calls(QStringLiteral("eth_getLogs")) > logsBefore, kWait);
        QCOMPARE(sync.state(), SyncViewModel::Syncing);

        QSignalSpy closed(&session, &WalletSession::vaultClosed);
        QElapsedTimer sinceLock;
        sinceLock.start();
        session.lockNow();
        QCOMPARE(session.state(), WalletSession::Locked); // at once, for the UI
        QCOMPARE(sync.state(), SyncViewModel::Idle);
        net.proxy->setRaw(QStringLiteral("eth_getLogs"), LyingProxy::Raw::None); // the stalled request stays stalled

        QVERIFY(newWorkGetsNoVault(session, requestDeadlineMs() / 2));
        QCOMPARE(closed.count(), 0);                              // still under the waiting round…
        QVERIFY(!core::fileops::FileLock::isFree(wallet.lockFile())); // …which keeps it open until it returns

        // Every round's end from here on, with the state it left: the unlock below starts a round that can
        // end before this function looks (a fast node), so it is recorded, not waited for with a late spy.
        QObject receiver;
        std::vector<SyncViewModel::State> ended;
        connect(&sync, &SyncViewModel::finished, &receiver, [&] { ended.push_back(sync.state()); });
        const auto roundAfterUnlock = [&ended] {
            return std::find_if(ended.begin(), ended.end(), [](SyncViewModel::State s) { return s != SyncViewModel::Idle; });
        };

        std::optional<VaultOutcome> unlocked;
        int closedWhenUnlocked = -1;
        unlock(session, &receiver, unlocked);
        connect(&session, &WalletSession::unlocked, &receiver, [&] { closedWhenUnlocked = static_cast<int>(closed.count()); });

        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, kWait);
        const qint64 heldFor = sinceLock.elapsed();
        qInfo("the round let go of the vault %lld ms after the lock (request deadline %lld ms)",
              static_cast<long long>(heldFor), static_cast<long long>(requestDeadlineMs()));
        QVERIFY2(heldFor < requestDeadlineMs() + 20000, "bounded by the request deadline");

        QTRY_VERIFY_WITH_TIMEOUT(unlocked.has_value(), kWait);
        QVERIFY2(unlocked->ok(), "the unlock waited for the old vault to close (no InUse)");
        QCOMPARE(closedWhenUnlocked, 1);
        QCOMPARE(session.state(), WalletSession::Unlocked);

        // The round the unlock starts finds the second entry; the first is as it was.
        // (The cancelled round ends Idle; the unlock's round ends Done, Failed or Offline.)
        QTRY_VERIFY_WITH_TIMEOUT(roundAfterUnlock() != ended.end(), kWait);
        QCOMPARE(*roundAfterUnlock(), SyncViewModel::Done);
        QCOMPARE(sync.lastNewEntries(), 1);
        const auto after = storedEntries(session);
        QCOMPARE(after.size(), std::size_t(2));
        QVERIFY(sameEntries({after.front()}, committed));
        QVERIFY2(after.back().content.contains("\"value\":71.25,"), after.back().content.constData());
    }

    // service::Wallet::sync through withWallet, as SyncViewModel runs it, stalled on eth_blockNumber:
    // the round ends (cancelled, or the node unreachable by the deadline), still able to use its store,
    // then the vault is closed; a later unlock finds what was committed.
    void lockWhileASyncWaitsForTheHead()
    {
        Wallet wallet;
        QVERIFY(wallet.start());
        ProxiedNetwork net;
        QVERIFY(net.start());
        WalletSession &session = *wallet.session;
        QVERIFY(publishWeight(session, QStringLiteral("80.0")));
        QCOMPARE(syncOnce(session), 1);
        const auto committed = storedEntries(session);
        QCOMPARE(committed.size(), std::size_t(1));

        struct Report
        {
            QMutex mutex;
            bool ended = false;
            bool ok = false;
            bool cancelled = false;
            std::vector<core::sync::NodeReport> nodes;
            bool storeReadable = false;
            std::size_t entries = 0;
        };
        auto report = std::make_shared<Report>();
        net.proxy->setRaw(QStringLiteral("eth_blockNumber"), LyingProxy::Raw::Stall);
        const int headsBefore = net.proxy->calls(QStringLiteral("eth_blockNumber"));
        WalletSession *s = &session;
        QObject receiver;
        bool reported = false;
        session.withWallet<int>(
            &receiver,
            [s, report](core::service::Wallet *open, quint64 generation) {
                if (!open)
                    return 0;
                core::sync::SyncOptions options;
                options.cancelled = [s, generation] { return s->lockRequested(generation); };
                const auto synced = open->sync(options);
                if (!synced)
                    return 0;
                const core::sync::SyncResult &result = synced->round;
                // The store after the wait: the vault's database must still be there.
                auto view = open->read();
                auto nodes = open->syncStatus();
                QMutexLocker lock(&report->mutex);
                report->ok = result.ok;
                report->cancelled = result.cancelled;
                report->nodes = result.nodes;
                report->storeReadable = view.ok() && nodes.ok();
                report->entries = view ? view->entries.size() : 0;
                report->ended = true;
                return 1;
            },
            [&](int &) { reported = true; });
        QTRY_VERIFY_WITH_TIMEOUT(net.proxy->calls(QStringLiteral("eth_blockNumber")) > headsBefore, kWait);

        QSignalSpy closed(&session, &WalletSession::vaultClosed);
        QElapsedTimer sinceLock;
        sinceLock.start();
        session.lockNow();
        QCOMPARE(session.state(), WalletSession::Locked);
        net.proxy->setRaw(QStringLiteral("eth_blockNumber"), LyingProxy::Raw::None);
        QVERIFY(newWorkGetsNoVault(session, requestDeadlineMs() / 2));
        {
            QMutexLocker lock(&report->mutex);
            QVERIFY(!report->ended);
        }
        QCOMPARE(closed.count(), 0);
        QVERIFY(!core::fileops::FileLock::isFree(wallet.lockFile()));

        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, kWait);
        const qint64 heldFor = sinceLock.elapsed();
        qInfo("the sync let go of the vault %lld ms after the lock", static_cast<long long>(heldFor));
        QVERIFY(heldFor < requestDeadlineMs() + 20000);
        QVERIFY2(core::fileops::FileLock::isFree(wallet.lockFile()), "the worker's vault is gone");
        {
            QMutexLocker lock(&report->mutex);
            QVERIFY(report->ended);
            QVERIFY(report->storeReadable);
            QCOMPARE(report->entries, std::size_t(1));
            QVERIFY(!report->ok);
            if (!report->cancelled) {
                QCOMPARE(report->nodes.size(), std::size_t(1));
                QCOMPARE(report->nodes.front().verdict, core::sync::NodeVerdict::Unreachable);
            }
            qInfo("the round ended %s", report->cancelled ? "cancelled" : "with the node unreachable");
        }
        QTest::qWait(200);
        QVERIFY2(!reported, "the result of work begun before the lock is dropped");
        QCOMPARE(session.state(), WalletSession::Locked);

        std::optional<VaultOutcome> unlocked;
        unlock(session, &receiver, unlocked);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked.has_value(), kWait);
        QVERIFY(unlocked->ok());
        QCOMPARE(session.state(), WalletSession::Unlocked);
        QVERIFY(sameEntries(storedEntries(session), committed));
    }

    // Publishing waits for the receipt of the self record's reservation; lockNow() meanwhile. The
    // publish is not cancelled (it does not poll the lock): it ends after the stalled request, still
    // writing through the vault it began with; nothing else gets the vault meanwhile.
    void lockWhileAPublishWaitsForItsReceipt()
    {
        Wallet wallet;
        QVERIFY(wallet.start());
        ProxiedNetwork net;
        QVERIFY(net.start());
        WalletSession &session = *wallet.session;
        QVERIFY(storedRecords(session).empty());

        net.proxy->setRaw(QStringLiteral("eth_getTransactionReceipt"), LyingProxy::Raw::Stall);
        AddMeasurementViewModel add(&session);
        add.submit(QStringLiteral("weight"), {QStringLiteral("68.0")}, add.nowText(), {});
        QVERIFY(add.busy());
        QTRY_VERIFY_WITH_TIMEOUT(net.proxy->calls(QStringLiteral("eth_getTransactionReceipt")) > 0, kWait);

        QSignalSpy closed(&session, &WalletSession::vaultClosed);
        QElapsedTimer sinceLock;
        sinceLock.start();
        session.lockNow();
        QCOMPARE(session.state(), WalletSession::Locked);
        net.proxy->setRaw(QStringLiteral("eth_getTransactionReceipt"), LyingProxy::Raw::None);
        QVERIFY(newWorkGetsNoVault(session, requestDeadlineMs() / 2));
        QCOMPARE(closed.count(), 0);
        QVERIFY(!core::fileops::FileLock::isFree(wallet.lockFile()));

        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, kWait);
        qInfo("the publish let go of the vault %lld ms after the lock", static_cast<long long>(sinceLock.elapsed()));
        QVERIFY(core::fileops::FileLock::isFree(wallet.lockFile()));
        QCOMPARE(session.state(), WalletSession::Locked);

        QObject receiver;
        std::optional<VaultOutcome> unlocked;
        unlock(session, &receiver, unlocked);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked.has_value(), kWait);
        QVERIFY(unlocked->ok());
        // The reservation the publish confirmed after the lock was kept: one self record.
        const auto records = storedRecords(session);
        int selves = 0;
        for (const auto &r : records)
            selves += r.kind == core::sync::RecordKind::Self ? 1 : 0;
        QCOMPARE(selves, 1);
        // Whatever reached the chain is synced and verified (the publish ran on after the lock).
        const int added = syncOnce(session);
        QVERIFY(added == 0 || added == 1);
        const auto entries = storedEntries(session);
        QCOMPARE(entries.size(), std::size_t(added));
        for (const auto &e : entries) {
            QVERIFY(e.patientReported);
            QCOMPARE(e.state, core::sync::EntryState::Verified);
            QVERIFY(e.content.contains("\"value\":68.0,"));
        }
        qInfo("after the lock the publish %s", added == 1 ? "still sent the measurement" : "sent nothing");
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestLockDuringWait)
#include "tst_lockduringwait.moc"
