// SPDX-License-Identifier: GPL-3.0-or-later
// The sync's quorum rules (docs/SYNC.md "Quorum", docs/PROTOCOL.md §7) against the fixture's anvil
// with a LyingProxy for the liar. A record's state (count, running head) counts only when a strict
// majority of the round's nodes give it at the target block; a node is flagged only for what it says
// against that majority; without a majority the record stores nothing and says "can't verify".
// Every row asserts the exact entries stored (none refused, none missing), the liar's verdict and
// every honest node healthy.
#include "core/ledger/abi.h"
#include "core/ledger/contracts/recordlog.h"
#include "crypto/hash.h"
#include "crypto/random.h"
#include "tests/core/lyingproxy.h"
#include "tests/core/synctestutil.h"

#include <QJsonArray>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace carnet;
using namespace carnet::test;
using core::sync::NodeVerdict;
namespace ledger = core::ledger;

namespace {

constexpr int kEntries = 4;

QJsonObject withResult(QJsonObject answer, const QJsonValue &result)
{
    answer.remove(QStringLiteral("error"));
    answer.insert(QStringLiteral("result"), result);
    return answer;
}

QString hexOf(crypto::ByteView bytes)
{
    return QStringLiteral("0x")
           + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size())).toHex());
}

QString selectorHex(const contracts::Selector &s)
{
    return hexOf(s);
}

QString wordOf(std::uint64_t v)
{
    return QStringLiteral("%1").arg(v, 64, 16, QLatin1Char('0'));
}

crypto::Hash32 hashFromHex(const QString &hex64)
{
    crypto::Hash32 h{};
    const QByteArray raw = QByteArray::fromHex(hex64.toLatin1());
    std::copy(raw.begin(), raw.begin() + std::min<qsizetype>(raw.size(), 32), h.begin());
    return h;
}

/** The sequence argument (second word) of an eth_call to entry/entryHash/headAt(bytes32,uint64). */
std::uint64_t sequenceArg(const QJsonObject &request)
{
    const QJsonObject tx = request.value(QLatin1String("params")).toArray().first().toObject();
    QString data = tx.value(QLatin1String("data")).toString();
    if (data.isEmpty())
        data = tx.value(QLatin1String("input")).toString();
    return data.mid(2 + 8 + 64, 64).right(16).toULongLong(nullptr, 16);
}

/** An entry a liar makes up for a position beyond the honest count. */
struct Phantom
{
    crypto::Bytes sealed;
    crypto::Hash32 sealedHash{};
    QString dataHex; // abi (bool patientReported, bytes sealed)
};

/** A liar that claims `phantoms.size()` more entries than the chain has, consistently: its
 *  recordState has the extra count and the running head over the extra entries, its logs carry them
 *  right after the real ones, and entryHash / entry / headAt answer for their positions. */
struct PhantomLiar
{
    std::vector<Phantom> phantoms;
    crypto::Hash32 recordId{};
    crypto::Address author{};
    std::uint64_t block = 0;
    std::shared_ptr<std::atomic<std::uint64_t>> honestCount = std::make_shared<std::atomic<std::uint64_t>>(0);

    crypto::Hash32 headOver(crypto::Hash32 head, std::uint64_t from, std::size_t upTo) const
    {
        for (std::size_t i = 0; i < upTo; ++i)
            head = ledger::nextRecordHead(head, recordId, from + i, phantoms[i].sealedHash, author, block, false);
        return head;
    }

    void install(LyingProxy &proxy) const
    {
        const PhantomLiar self = *this;
        proxy.setRewrite(QStringLiteral("eth_call"), [self](const QJsonObject &request, QJsonObject a) {
            const QString selector = callSelector(request);
            const QString result = a.value(QLatin1String("result")).toString();
            if (selector == selectorHex(contracts::recordLog::fnRecordState) && result.size() == 2 + 3 * 64) {
                const std::uint64_t count = result.mid(2, 64).right(16).toULongLong(nullptr, 16);
                const crypto::Hash32 head = hashFromHex(result.mid(2 + 64, 64));
                if (count == 0)
                    return a; // not this record (or not yet)
                self.honestCount->store(count);
                const crypto::Hash32 lied = self.headOver(head, count, self.phantoms.size());
                return withResult(a, QString(QStringLiteral("0x") + wordOf(count + self.phantoms.size())
                                                 + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(lied.data()), 32).toHex())
                                                 + result.mid(2 + 128)));
            }
            const bool perEntry = selector == selectorHex(contracts::recordLog::fnEntryHash)
                                  || selector == selectorHex(contracts::recordLog::fnEntry);
            if (perEntry && self.honestCount->load() > 0) {
                const std::uint64_t seq = sequenceArg(request);
                const std::uint64_t count = self.honestCount->load();
                if (seq < count || seq >= count + self.phantoms.size())
                    return a;
                const Phantom &p = self.phantoms[seq - count];
                QString out = QStringLiteral("0x") + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(p.sealedHash.data()), 32).toHex());
                if (selector == selectorHex(contracts::recordLog::fnEntry))
                    out += QString(24, QLatin1Char('0')) + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(self.author.data()), 20).toHex())
                           + wordOf(self.block) + wordOf(0);
                return withResult(a, out);
            }
            return a;
        });
        proxy.setRewrite(QStringLiteral("eth_getLogs"), [self](const QJsonObject &, QJsonObject a) {
            QJsonArray logs = a.value(QLatin1String("result")).toArray();
            if (logs.isEmpty())
                return a;
            const QJsonObject last = logs.last().toObject();
            const std::uint64_t lastSeq = last.value(QLatin1String("topics")).toArray().at(2).toString().right(16).toULongLong(nullptr, 16);
            for (std::size_t i = 0; i < self.phantoms.size(); ++i) {
                QJsonObject p = last;
                QJsonArray topics = p.value(QLatin1String("topics")).toArray();
                topics[2] = QString(QStringLiteral("0x") + wordOf(lastSeq + 1 + i));
                p.insert(QStringLiteral("topics"), topics);
                p.insert(QStringLiteral("data"), self.phantoms[i].dataHex);
                p.insert(QStringLiteral("logIndex"), QStringLiteral("0x%1").arg(100 + i, 0, 16));
                logs.append(p);
            }
            return withResult(a, logs);
        });
    }
};

Phantom phantomOf(crypto::Bytes sealed)
{
    Phantom p;
    p.sealedHash = crypto::keccak256(sealed);
    const auto data = ledger::abiEncode({*ledger::AbiType::parse("bool"), *ledger::AbiType::parse("bytes")}, {false, sealed});
    p.dataHex = hexOf(*data);
    p.sealed = std::move(sealed);
    return p;
}

} // namespace

class TestSyncQuorum : public QObject
{
    Q_OBJECT

    /** The record's real logs as the honest node has them. */
    static std::vector<ledger::EntryPublished> realLogs(SyncScenario &s, const crypto::Hash32 &recordId)
    {
        std::vector<ledger::EntryPublished> out;
        const auto logs = s.client->getLogs(ledger::RecordLog(*s.client, s.recordLog).entryFilter(recordId), 0,
                                            s.client->blockNumber().value());
        if (logs)
            for (const auto &raw : *logs)
                if (auto e = ledger::decodeEntryPublished(raw))
                    out.push_back(std::move(*e));
        return out;
    }

    static void expectHealthy(const core::sync::SyncResult &result, std::size_t honest)
    {
        for (std::size_t i = 0; i < honest; ++i)
            QVERIFY2(result.nodes.at(i).verdict == NodeVerdict::Healthy,
                     qPrintable(QStringLiteral("honest node %1: %2 (%3)").arg(i).arg(core::sync::verdictKey(result.nodes.at(i).verdict), core::sync::encodeMessage(result.nodes.at(i).detail))));
    }

private Q_SLOTS:
    void phantomEntries_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("replayed");
        QTest::newRow("k=1 replayed bytes") << 1 << true;
        QTest::newRow("k=3 replayed bytes") << 3 << true;
        QTest::newRow("k=1 junk bytes") << 1 << false;
        QTest::newRow("k=3 junk bytes") << 3 << false;
    }

    // One liar of three claims C + k entries with a consistent head, logs and entryHash: nothing of it
    // is stored, the liar alone is flagged, and the real entry published at C later is synced.
    void phantomEntries()
    {
        QFETCH(int, k);
        QFETCH(bool, replayed);
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY2(s.publishMany(*code, *provider, kEntries), qPrintable(s.lastError));
        const auto real = realLogs(s, code->recordId);
        QCOMPARE(real.size(), std::size_t(kEntries));

        PhantomLiar liar;
        liar.recordId = code->recordId;
        liar.author = real.back().author;
        liar.block = real.back().blockNumber;
        for (int i = 0; i < k; ++i) {
            crypto::Bytes sealed = replayed ? real.at(static_cast<std::size_t>(i) % real.size()).sealedEntry : crypto::randomBytes(400);
            if (!replayed)
                sealed[0] = 0x01;
            liar.phantoms.push_back(phantomOf(std::move(sealed)));
        }
        LyingProxy proxy(s.network.nodes.front());
        liar.install(proxy);
        const auto net = s.withNodes({proxy.url()});

        for (int round = 0; round < 2; ++round) {
            const auto result = s.syncWith(net);
            QVERIFY2(result.ok, qPrintable(core::sync::encodeMessage(result.problem)));
            expectHealthy(result, 2);
            QCOMPARE(SyncScenario::verdictOf(result, proxy.url()), std::optional(NodeVerdict::WrongState));
            for (const auto &r : result.records) {
                QVERIFY2(r.complete && !r.unverifiable, qPrintable(core::sync::encodeMessage(r.problem)));
                QCOMPARE(r.refused, 0);
            }
            QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why)); // exactly the real entries, all verified
            if (round == 0) // the provider's next real entry takes position C
                QVERIFY2(s.publishMany(*code, *provider, 1), qPrintable(s.lastError));
        }
        QCOMPARE(s.stored().size(), std::size_t(kEntries + 1));
    }

    // One liar of three claims fewer entries, with the head the record had then: flagged as hiding
    // entries, everything stored.
    void liarClaimsFewer()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY(s.publishMany(*code, *provider, kEntries));
        const auto real = realLogs(s, code->recordId);
        crypto::Hash32 earlier{};
        for (std::size_t i = 0; i + 2 < real.size(); ++i)
            earlier = ledger::nextRecordHead(earlier, code->recordId, real[i].sequence, crypto::keccak256(real[i].sealedEntry),
                                             real[i].author, real[i].blockNumber, real[i].patientReported);
        LyingProxy proxy(s.network.nodes.front());
        const QString state = selectorHex(contracts::recordLog::fnRecordState);
        proxy.setRewrite(QStringLiteral("eth_call"), [state, earlier](const QJsonObject &request, QJsonObject a) {
            const QString result = a.value(QLatin1String("result")).toString();
            if (callSelector(request) != state || result.mid(2, 64).right(16).toULongLong(nullptr, 16) < 2)
                return a;
            const std::uint64_t count = result.mid(2, 64).right(16).toULongLong(nullptr, 16);
            return withResult(a, QString(QStringLiteral("0x") + wordOf(count - 2)
                                             + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(earlier.data()), 32).toHex())
                                             + result.mid(2 + 128)));
        });
        const auto result = s.syncWith(s.withNodes({proxy.url()}));
        QVERIFY2(result.ok, qPrintable(core::sync::encodeMessage(result.problem)));
        expectHealthy(result, 2);
        QCOMPARE(SyncScenario::verdictOf(result, proxy.url()), std::optional(NodeVerdict::HidesEntries));
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));
    }

    // Two usable nodes that disagree about the record: nothing stored, "can't verify", nobody flagged.
    void twoNodesDisagree()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY(s.publishMany(*code, *provider, kEntries));
        const auto real = realLogs(s, code->recordId);
        PhantomLiar liar;
        liar.recordId = code->recordId;
        liar.author = real.back().author;
        liar.block = real.back().blockNumber;
        liar.phantoms.push_back(phantomOf(real.front().sealedEntry));
        LyingProxy proxy(s.network.nodes.front());
        liar.install(proxy);
        auto net = s.withNodes({proxy.url()}, false);
        net.nodes.prepend(s.network.nodes.front());
        const auto result = s.syncWith(net);
        QCOMPARE(result.nodes.size(), std::size_t(2));
        expectHealthy(result, 2);
        QVERIFY(!result.records.empty());
        for (const auto &r : result.records)
            if (r.recordId == code->recordId)
                QVERIFY2(r.unverifiable && !r.complete && r.problem.code == core::sync::MessageCode::RecordStateUndecided, qPrintable(core::sync::encodeMessage(r.problem)));
        QVERIFY(s.stored().empty());
    }

    // With two nodes, a liar claiming head 0 gets nobody flagged behind or ahead; the round cannot
    // verify anything at a block older than the contracts, and says so.
    void twoNodesOneClaimsHeadZero()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY(s.publishMany(*code, *provider, kEntries));
        LyingProxy proxy(s.network.nodes.front());
        proxy.setRewrite(QStringLiteral("eth_blockNumber"), [](const QJsonObject &, QJsonObject a) { return withResult(a, QStringLiteral("0x0")); });
        auto net = s.withNodes({proxy.url()}, false);
        net.nodes.prepend(s.network.nodes.front());
        const auto result = s.syncWith(net);
        QCOMPARE(result.nodes.size(), std::size_t(2));
        expectHealthy(result, 2);
        QVERIFY(result.nodes.back().verdict == NodeVerdict::Healthy);
        QVERIFY2(!result.ok && (result.problem.code == core::sync::MessageCode::RoundContractsMissing
                                || result.problem.code == core::sync::MessageCode::RoundContractsUndecided), qPrintable(core::sync::encodeMessage(result.problem)));
        QVERIFY(s.stored().empty());
    }

    // Two nodes, one says the author was never licensed: a tie, so the entry is neither stored as
    // verified nor refused; "can't verify", nobody flagged.
    void licenceTie()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY(s.publishMany(*code, *provider, kEntries));
        LyingProxy proxy(s.network.nodes.front());
        const QString selector = selectorHex(contracts::carnetRegistry::fnLicenceCount);
        proxy.setRewrite(QStringLiteral("eth_call"), [selector](const QJsonObject &request, QJsonObject a) {
            if (callSelector(request) != selector)
                return a;
            return withResult(a, addToWord(a.value(QLatin1String("result")).toString(), -1000));
        });
        auto net = s.withNodes({proxy.url()}, false);
        net.nodes.prepend(s.network.nodes.front());
        const auto result = s.syncWith(net);
        expectHealthy(result, 2);
        bool seen = false;
        for (const auto &r : result.records)
            if (r.recordId == code->recordId) {
                seen = true;
                QVERIFY2(r.unverifiable && r.problem.code == core::sync::MessageCode::RecordLicenceUndecided, qPrintable(core::sync::encodeMessage(r.problem)));
            }
        QVERIFY(seen);
        QVERIFY(s.stored().empty());
    }

    // Logs that a liar trickles, a byte at a time, past the whole-request deadline: unreachable, and
    // the two honest nodes complete the sync.
    void tricklingLogs()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY(s.publishMany(*code, *provider, kEntries));
        LyingProxy proxy(s.network.nodes.front());
        proxy.setRaw(QStringLiteral("eth_getLogs"), LyingProxy::Raw::TrickleBody);
        // The liar comes first, so its logs are the ones read first.
        auto net = s.withNodes({}, true);
        net.nodes.prepend(proxy.url());
        const auto result = s.syncWith(net);
        QVERIFY2(result.ok, qPrintable(core::sync::encodeMessage(result.problem)));
        QCOMPARE(result.nodes.front().verdict, NodeVerdict::Unreachable);
        for (std::size_t i = 1; i < result.nodes.size(); ++i)
            QCOMPARE(result.nodes[i].verdict, NodeVerdict::Healthy);
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestSyncQuorum)
#include "tst_sync_quorum.moc"
