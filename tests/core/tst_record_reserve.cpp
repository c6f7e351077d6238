// SPDX-License-Identifier: GPL-3.0-or-later
// Record indexes are never handed out twice (docs/PROTOCOL.md §1, "Handing out an index"), on the
// fixture's anvil: a second device of the same phrase gets another index and another record id; a
// restore does not reuse a code that was issued and never used; two devices racing for one index
// end with exactly one winner (lined up deterministically, and on two threads at once); a node that
// lies about the reservation is outvoted, and two liars of three get no code handed out; without a
// usable network nothing is handed out and the vault is unchanged.
#include "core/ledger/contracts/recordlog.h"
#include "tests/core/lyingproxy.h"
#include "tests/core/synctestutil.h"

#include <QThread>
#include <QtTest>

#include <atomic>
#include <set>

using namespace carnet;
using namespace carnet::test;
using core::sync::ReserveError;

namespace {

/** Another device holding the scenario's phrase: a vault of its own, its record store and keyring. */
struct Device
{
    std::unique_ptr<core::Vault> vault;
    std::unique_ptr<core::sync::RecordStore> store;
    std::optional<core::record::RecordKeyring> keyring;

    bool open(const QString &path, const std::string &phrase)
    {
        auto created = core::Vault::create(path, core::test::secret("correct horse battery"), core::test::secret(phrase),
                                           core::test::kFloor);
        if (!created)
            return false;
        vault = std::move(*created);
        store = std::make_unique<core::sync::RecordStore>(*vault->database());
        auto k = core::sync::keyringOf(*vault);
        if (!k)
            return false;
        keyring.emplace(std::move(*k));
        return true;
    }

    core::Result<core::sync::Reservation, core::sync::ReserveFailure>
    reserve(const core::ledger::NetworkConfig &network, const core::sync::ReserveOptions &options = quick())
    {
        return core::sync::reserveRecord(network, *store, *keyring, core::sync::RecordKind::Provider, QStringLiteral("Clinic"),
                                         QDateTime::currentSecsSinceEpoch(), options);
    }

    static core::sync::ReserveOptions quick()
    {
        core::sync::ReserveOptions o;
        o.rpc.timeout = std::chrono::seconds(5);
        o.rpc.maxRetries = 0;
        o.verifyTimeout = std::chrono::seconds(2);
        return o;
    }
};

QString hexSelector(const contracts::Selector &s)
{
    return QStringLiteral("0x") + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(s.data()), 4).toHex());
}

/** A lie about RecordLog.recordState: every record has no entry and is (`reserved`) or is not reserved. */
LyingProxy::Rewrite recordStateSays(bool reserved)
{
    const QString selector = hexSelector(contracts::recordLog::fnRecordState);
    return [selector, reserved](const QJsonObject &request, QJsonObject answer) {
        if (callSelector(request) != selector)
            return answer;
        const QString word0 = QString(64, QLatin1Char('0'));
        const QString last = QString(63, QLatin1Char('0')) + (reserved ? QLatin1Char('1') : QLatin1Char('0'));
        answer.insert(QStringLiteral("result"), QString(QStringLiteral("0x") + word0 + word0 + last));
        return answer;
    };
}

QString describeFailure(const core::sync::ReserveFailure &f)
{
    return QStringLiteral("%1 at index %2: %3 of %4 answered, %5 confirmed; %6")
        .arg(core::sync::reserveErrorKey(f.error))
        .arg(f.index)
        .arg(f.answered)
        .arg(f.nodes)
        .arg(f.confirmed)
        .arg(f.rpc.toString());
}

#define RESERVED(result) QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable(describeFailure((result).error())))

} // namespace

class TestRecordReserve : public QObject
{
    Q_OBJECT

    /** The reservation on the chain, as the fixture's first node says. */
    core::ledger::RecordState chainState(SyncScenario &s, const crypto::Hash32 &recordId)
    {
        core::ledger::RecordLog log(*s.client, s.recordLog);
        auto state = log.state(recordId);
        return state ? *state : core::ledger::RecordState{};
    }

private Q_SLOTS:
    // (a) Wallet A issues a code for index n; a second device restored from the same phrase issues its
    // next code: another index, another record id; A's next code is past both.
    void secondDeviceGetsAnotherIndex()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto a = core::sync::connectProvider(s.network, *s.store, *s.keyring, QStringLiteral("GP"), 1'770'000'000);
        RESERVED(a);
        QCOMPARE(a->record.index, 0u);
        QVERIFY(chainState(s, a->record.recordId).reserved);
        auto code = core::record::decodeConnectCode(a->code);
        QVERIFY(code);
        QCOMPARE(code->recordId, a->record.recordId);

        Device b;
        QVERIFY(b.open(s.dir.filePath(QStringLiteral("second")), s.phrase));
        QCOMPARE(b.store->nextRecordIndex().value(), 0u); // the second device knows nothing yet
        auto second = core::sync::connectProvider(s.network, *b.store, *b.keyring, QStringLiteral("Lab"), 1'770'000'000);
        RESERVED(second);
        QVERIFY(second->record.index != a->record.index);
        QCOMPARE(second->record.index, 1u);
        QVERIFY(second->record.recordId != a->record.recordId);
        QVERIFY(second->code != a->code);
        QVERIFY(chainState(s, second->record.recordId).reserved);
        // Index 0 was found taken and is remembered as used; nothing of it is a record of device B.
        QCOMPARE(b.store->records()->size(), std::size_t(1));
        QVERIFY(b.store->nextRecordIndex().value() > 1u);

        // A, who does not know of B's record, skips it too.
        auto third = core::sync::connectProvider(s.network, *s.store, *s.keyring, QStringLiteral("Pharmacy"), 1'770'000'000);
        RESERVED(third);
        QCOMPARE(third->record.index, 2u);
        std::set<crypto::Hash32> ids{a->record.recordId, second->record.recordId, third->record.recordId};
        QCOMPARE(ids.size(), std::size_t(3));
    }

    // (b) A code issued and never used by a provider is not handed out again after a restore, whether or
    // not discovery lists it; records with entries are found as before.
    void restoreDoesNotReuseAnUnusedCode()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider(QStringLiteral("Hôpital Nord"));
        QVERIFY(provider);
        auto used = s.connect(QStringLiteral("GP"));          // index 0: gets entries
        auto unused = s.connect(QStringLiteral("Dentist"));   // index 1: the provider never writes
        QVERIFY(used && unused);
        QVERIFY(s.publishMany(*used, *provider, 2));

        QVERIFY2(s.openWallet(s.dir.path() + QStringLiteral("/restored"), &why), qPrintable(why));
        const auto result = s.syncWith(s.withNodes({}));
        QVERIFY2(result.ok, qPrintable(core::sync::encodeMessage(result.problem)));
        auto fresh = core::sync::connectProvider(s.network, *s.store, *s.keyring, QStringLiteral("Lab"), 1'770'000'000);
        RESERVED(fresh);
        QCOMPARE(fresh->record.index, 2u);
        QVERIFY(fresh->record.recordId != used->recordId);
        QVERIFY(fresh->record.recordId != unused->recordId);
        // The record with entries came back by discovery.
        const auto records = s.store->records();
        QVERIFY(records);
        bool foundUsed = false;
        for (const auto &r : *records)
            foundUsed = foundUsed || (r.recordId == used->recordId && r.index == 0u && r.entryCount == 2);
        QVERIFY(foundUsed);

        // Restored again, without any sync: the reservation alone skips both taken indexes.
        QVERIFY2(s.openWallet(s.dir.path() + QStringLiteral("/restored-again"), &why), qPrintable(why));
        auto raw = core::sync::reserveRecord(s.network, *s.store, *s.keyring, core::sync::RecordKind::Self,
                                             QStringLiteral("self"), 1'770'000'000, Device::quick());
        RESERVED(raw);
        QCOMPARE(raw->record.index, 3u);
        QCOMPARE(raw->skipped, (std::vector<std::uint32_t>{0, 1, 2}));
    }

    // (c) Two devices of one phrase race for the same index (both would take n = 0): exactly one gets
    // it. Lined up deterministically: A's reservation is about to be sent when B's runs in full.
    void racingDevicesOneWinner()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        Device a, b;
        QVERIFY(a.open(s.dir.filePath(QStringLiteral("a")), s.phrase));
        QVERIFY(b.open(s.dir.filePath(QStringLiteral("b")), s.phrase));
        std::optional<core::Result<core::sync::Reservation, core::sync::ReserveFailure>> bResult;
        auto options = Device::quick();
        options.beforeSend = [&](std::uint32_t n) {
            if (n == 0 && !bResult)
                bResult.emplace(b.reserve(s.network)); // B takes index 0 while A is about to send for it
        };
        auto aResult = a.reserve(s.network, options);
        QVERIFY(bResult);
        RESERVED(*bResult);
        RESERVED(aResult);
        QCOMPARE((*bResult)->record.index, 0u);
        QCOMPARE(aResult->record.index, 1u);
        QCOMPARE(aResult->skipped, std::vector<std::uint32_t>{0});
        QVERIFY(aResult->transaction != (*bResult)->transaction);
    }

    // (c) The same race on two threads at once: both devices send their reservation for index 0 at the
    // same moment; one gets 0, the other 1, never both 0.
    void racingOnTwoThreads()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        Device devices[2];
        QVERIFY(devices[0].open(s.dir.filePath(QStringLiteral("a")), s.phrase));
        QVERIFY(devices[1].open(s.dir.filePath(QStringLiteral("b")), s.phrase));
        std::atomic<int> waiting{0};
        auto options = Device::quick();
        options.beforeSend = [&](std::uint32_t n) {
            if (n != 0)
                return;
            ++waiting; // both threads reach the send for index 0 before either sends
            for (int i = 0; i < 2000 && waiting.load() < 2; ++i)
                QThread::msleep(5);
        };
        std::optional<core::Result<core::sync::Reservation, core::sync::ReserveFailure>> results[2];
        const core::ledger::NetworkConfig network = s.network;
        std::unique_ptr<QThread> threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i].reset(QThread::create([&, i] { results[i].emplace(devices[i].reserve(network, options)); }));
            threads[i]->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(120000));
        QCOMPARE(waiting.load(), 2);
        RESERVED(*results[0]);
        RESERVED(*results[1]);
        const std::uint32_t first = (*results[0])->record.index;
        const std::uint32_t second = (*results[1])->record.index;
        QCOMPARE(std::set<std::uint32_t>({first, second}), (std::set<std::uint32_t>{0, 1}));
        QVERIFY((*results[0])->record.recordId != (*results[1])->record.recordId);
        // The loser found 0 taken (and never stored it).
        const int loser = first == 0 ? 1 : 0;
        QCOMPARE((*results[loser])->skipped, std::vector<std::uint32_t>{0});
    }

    // (d) One node of three lies that every record id is free: it is outvoted, both when the wallet
    // reserves (its own reservation is still confirmed by 2 of 3) and when a second device meets the
    // taken index (2 of 3 say it is taken). The liar is the first node, so transactions go through it.
    void liarSayingFreeIsOutvoted()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        LyingProxy liar(s.network.nodes.front());
        liar.setRewrite(QStringLiteral("eth_call"), recordStateSays(false));
        core::ledger::NetworkConfig net = s.withNodes({});
        net.nodes.prepend(liar.url());
        QCOMPARE(net.nodes.size(), 3);

        Device a, b;
        QVERIFY(a.open(s.dir.filePath(QStringLiteral("a")), s.phrase));
        QVERIFY(b.open(s.dir.filePath(QStringLiteral("b")), s.phrase));
        auto first = a.reserve(net);
        RESERVED(first);
        QCOMPARE(first->record.index, 0u);
        auto second = b.reserve(net);
        RESERVED(second);
        QCOMPARE(second->record.index, 1u);
        QCOMPARE(second->skipped, std::vector<std::uint32_t>{0});
        QVERIFY(liar.calls(QStringLiteral("eth_call")) > 0);
        QVERIFY(liar.calls(QStringLiteral("eth_sendRawTransaction")) > 0);
    }

    // (d) A liar that says every id is taken cannot make the wallet skip a free one.
    void liarSayingTakenIsOutvoted()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        LyingProxy liar(s.network.nodes.front());
        liar.setRewrite(QStringLiteral("eth_call"), recordStateSays(true));
        core::ledger::NetworkConfig net = s.withNodes({liar.url()});
        Device a;
        QVERIFY(a.open(s.dir.filePath(QStringLiteral("a")), s.phrase));
        auto r = a.reserve(net);
        RESERVED(r);
        QCOMPARE(r->record.index, 0u);
        QVERIFY(r->skipped.empty());
    }

    // Two liars of three say index 0 is free: the wallet cannot confirm either way and hands nothing
    // out (it never gives out the index another device holds).
    void liarMajorityGetsNoCode()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto taken = s.connect(QStringLiteral("GP")); // index 0, reserved for real
        QVERIFY(taken);
        LyingProxy one(s.network.nodes.front());
        LyingProxy two(s.network.nodes.front());
        one.setRewrite(QStringLiteral("eth_call"), recordStateSays(false));
        two.setRewrite(QStringLiteral("eth_call"), recordStateSays(false));
        core::ledger::NetworkConfig net = s.withNodes({one.url(), two.url()}, false);
        net.nodes.append(s.network.nodes.front());
        Device b;
        QVERIFY(b.open(s.dir.filePath(QStringLiteral("b")), s.phrase));
        auto r = b.reserve(net);
        QVERIFY(!r);
        QCOMPARE(r.error().error, ReserveError::Unverified);
        QCOMPARE(r.error().index, 0u);
        QCOMPARE(r.error().nodes, 3);
        QCOMPARE(r.error().answered, 3);
        QVERIFY(b.store->records()->empty());
        QCOMPARE(b.store->nextRecordIndex().value(), 0u);
    }

    // No usable network: nothing handed out, nothing stored, the next index unchanged.
    void noNetworkHandsOutNothing()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto check = [&](const core::ledger::NetworkConfig &net, ReserveError expected) {
            auto r = core::sync::connectProvider(net, *s.store, *s.keyring, QStringLiteral("GP"), 1'770'000'000,
                                                 Device::quick());
            QVERIFY(!r);
            QCOMPARE(r.error().error, expected);
            QVERIFY(s.store->records()->empty());
            QCOMPARE(s.store->nextRecordIndex().value(), 0u);
        };
        core::ledger::NetworkConfig noLog = s.network;
        noLog.contracts.remove(QStringLiteral("RecordLog"));
        check(noLog, ReserveError::NoNetwork);
        core::ledger::NetworkConfig noNodes = s.network;
        noNodes.nodes.clear();
        check(noNodes, ReserveError::NoNetwork);
        core::ledger::NetworkConfig market = s.network;
        market.gas = core::ledger::GasPricing::Market;
        check(market, ReserveError::GasNotFree);
        core::ledger::NetworkConfig dead = s.network;
        dead.nodes = {QUrl(QStringLiteral("http://127.0.0.1:9")), QUrl(QStringLiteral("http://127.0.0.1:1")),
                      QUrl(QStringLiteral("http://127.0.0.1:7"))};
        check(dead, ReserveError::Unreachable);
        // One live node of three is not a majority either.
        core::ledger::NetworkConfig oneOfThree = dead;
        oneOfThree.nodes[0] = s.network.nodes.front();
        check(oneOfThree, ReserveError::Unreachable);
        // Nothing was reserved on the way: index 0 is still free on the chain.
        QVERIFY(!chainState(s, *s.keyring->recordId(0)).reserved);
        // And the self record is reserved the same way.
        auto self = core::sync::selfRecord(s.network, *s.store, *s.keyring, 1'770'000'000);
        RESERVED(self);
        QCOMPARE(self->index, 0u);
        QCOMPARE(self->kind, core::sync::RecordKind::Self);
        QVERIFY(chainState(s, self->recordId).reserved);
        auto again = core::sync::selfRecord(dead, *s.store, *s.keyring, 1'770'000'000); // known: no network needed
        RESERVED(again);
        QCOMPARE(again->recordId, self->recordId);
    }
};

QTEST_GUILESS_MAIN(TestRecordReserve)
#include "tst_record_reserve.moc"
