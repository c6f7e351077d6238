// SPDX-License-Identifier: GPL-3.0-or-later
// QUALITY.md 7.3 N1: one of three nodes lies (a LyingProxy in front of the fixture's anvil). For each
// lie class the liar gets the right NodeVerdict in SyncResult::nodes and in RecordStore::nodes(), the
// two honest nodes complete the sync, and the vault holds exactly what was published (the honest
// result). Then two liars of three (different lies), and a wallet whose only node lies.
#include "core/ledger/abi.h"
#include "core/record/sealedentry.h"
#include "tests/core/lyingproxy.h"
#include "tests/core/synctestutil.h"

#include <QJsonArray>
#include <QtTest>

using namespace carnet;
using namespace carnet::test;
using core::sync::NodeVerdict;
using Raw = LyingProxy::Raw;

namespace {

QString hexSelector(const contracts::Selector &s)
{
    return QStringLiteral("0x") + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(s.data()), 4).toHex());
}

QJsonObject withResult(QJsonObject answer, const QJsonValue &result)
{
    answer.insert(QStringLiteral("result"), result);
    return answer;
}

/** A rewrite of eth_getLogs answers that have at least `minimum` logs. */
LyingProxy::Rewrite onLogs(int minimum, std::function<QJsonArray(QJsonArray)> change)
{
    return [minimum, change](const QJsonObject &, QJsonObject answer) {
        const QJsonArray logs = answer.value(QLatin1String("result")).toArray();
        if (logs.size() < minimum)
            return answer;
        return withResult(answer, change(logs));
    };
}

constexpr int kEntries = 4;

} // namespace

class TestSyncLiars : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLiar_data()
    {
        QTest::addColumn<QString>("lie");
        QTest::addColumn<int>("verdict");
        const auto row = [](const char *lie, NodeVerdict v) { QTest::newRow(lie) << QString::fromLatin1(lie) << static_cast<int>(v); };
        row("wrong-chain-id", NodeVerdict::WrongChain);
        row("head-stale", NodeVerdict::Behind);
        row("head-ahead", NodeVerdict::Ahead);
        row("head-went-back", NodeVerdict::WentBack);
        row("block-other-hash", NodeVerdict::Fork);
        row("block-other-number", NodeVerdict::BadAnswer);
        row("log-forged-byte", NodeVerdict::ForgedEntry);
        row("log-hides-newest", NodeVerdict::HidesEntries);
        row("log-two-swapped", NodeVerdict::ForgedEntry);
        row("log-replay-position", NodeVerdict::ForgedEntry);
        row("log-replay-record", NodeVerdict::ForgedEntry);
        row("log-unlicensed-author", NodeVerdict::ForgedEntry);
        row("fake-reorg", NodeVerdict::Fork);
        row("count-higher", NodeVerdict::WrongState);
        row("count-lower", NodeVerdict::HidesEntries);
        row("licence-flipped", NodeVerdict::WrongState);
        row("malformed-json", NodeVerdict::BadAnswer);
        row("oversized-body", NodeVerdict::BadAnswer);
        row("stall", NodeVerdict::Unreachable);
        row("slowloris", NodeVerdict::Unreachable);
        row("html-page", NodeVerdict::Unreachable);
        row("html-rpc-error", NodeVerdict::BadAnswer);
    }

    void oneLiar()
    {
        QFETCH(QString, lie);
        QFETCH(int, verdict);
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        QVERIFY(provider);
        auto code = s.connect();
        QVERIFY(code);
        QVERIFY(s.publishMany(*code, *provider, kEntries));

        LyingProxy proxy(s.network.nodes.front());
        const auto net = s.withNodes({proxy.url()});
        const QString logs = QStringLiteral("eth_getLogs");
        const QString call = QStringLiteral("eth_call");

        if (lie == QLatin1String("head-went-back")) {
            // An honest first round records every head; then the proxy goes back 5 blocks.
            const auto first = s.syncWith(net);
            QVERIFY2(first.ok, qPrintable(core::sync::encodeMessage(first.problem)));
            QVERIFY(s.publishMany(*code, *provider, 1));
            const std::uint64_t before = first.nodes.back().head;
            proxy.setRewrite(QStringLiteral("eth_blockNumber"), [before](const QJsonObject &, QJsonObject a) {
                return withResult(a, core::ledger::quantityText(core::ledger::U256(before - 5)));
            });
        } else if (lie == QLatin1String("wrong-chain-id")) {
            proxy.setRewrite(QStringLiteral("eth_chainId"), [](const QJsonObject &, QJsonObject a) { return withResult(a, QStringLiteral("0x1")); });
        } else if (lie == QLatin1String("head-stale")) {
            proxy.setRewrite(QStringLiteral("eth_blockNumber"), [](const QJsonObject &, QJsonObject a) { return withResult(a, QStringLiteral("0x0")); });
        } else if (lie == QLatin1String("head-ahead")) {
            proxy.setRewrite(QStringLiteral("eth_blockNumber"), [](const QJsonObject &, QJsonObject a) {
                return withResult(a, QStringLiteral("0x%1").arg(a.value(QLatin1String("result")).toString().mid(2).toULongLong(nullptr, 16) + 100, 0, 16));
            });
        } else if (lie == QLatin1String("block-other-hash")) {
            proxy.setRewrite(QStringLiteral("eth_getBlockByNumber"), [](const QJsonObject &, QJsonObject a) {
                QJsonObject block = a.value(QLatin1String("result")).toObject();
                block.insert(QStringLiteral("hash"), QString(QStringLiteral("0x") + QString(64, QLatin1Char('b'))));
                return withResult(a, block);
            });
        } else if (lie == QLatin1String("block-other-number")) {
            proxy.setRewrite(QStringLiteral("eth_getBlockByNumber"), [](const QJsonObject &, QJsonObject a) {
                QJsonObject block = a.value(QLatin1String("result")).toObject();
                block.insert(QStringLiteral("number"), QStringLiteral("0x1"));
                return withResult(a, block);
            });
        } else if (lie == QLatin1String("log-forged-byte")) {
            proxy.setRewrite(logs, onLogs(kEntries, [](QJsonArray l) {
                l[l.size() - 1] = forgeLogData(l.at(l.size() - 1).toObject());
                return l;
            }));
        } else if (lie == QLatin1String("log-hides-newest")) {
            proxy.setRewrite(logs, onLogs(kEntries, [](QJsonArray l) {
                l.removeLast();
                return l;
            }));
        } else if (lie == QLatin1String("log-two-swapped")) {
            proxy.setRewrite(logs, onLogs(kEntries, [](QJsonArray l) {
                QJsonObject a = l.at(1).toObject(), b = l.at(2).toObject();
                const QJsonValue data = a.value(QLatin1String("data"));
                a.insert(QStringLiteral("data"), b.value(QLatin1String("data")));
                b.insert(QStringLiteral("data"), data);
                l[1] = a;
                l[2] = b;
                return l;
            }));
        } else if (lie == QLatin1String("log-replay-position")) {
            proxy.setRewrite(logs, onLogs(kEntries, [](QJsonArray l) {
                QJsonObject a = l.at(2).toObject();
                a.insert(QStringLiteral("data"), l.at(0).toObject().value(QLatin1String("data")));
                l[2] = a;
                return l;
            }));
        } else if (lie == QLatin1String("log-replay-record")) {
            // An entry of another record (another wallet's, by the same provider) served in place of entry 1.
            SyncScenario other;
            QVERIFY2(other.setUp(&why), qPrintable(why));
            auto otherCode = other.connect();
            QVERIFY(otherCode);
            QVERIFY(other.publishMany(*otherCode, *provider, 2));
            const auto otherLogs = other.client->getLogs(
                core::ledger::RecordLog(*other.client, other.recordLog).entryFilter(otherCode->recordId), 0,
                other.client->blockNumber().value());
            QVERIFY(otherLogs && otherLogs->size() == 2);
            const QString foreign = QStringLiteral("0x") + QString::fromLatin1(QByteArray(
                reinterpret_cast<const char *>(otherLogs->at(1).data.data()), static_cast<qsizetype>(otherLogs->at(1).data.size())).toHex());
            proxy.setRewrite(logs, onLogs(kEntries, [foreign](QJsonArray l) {
                QJsonObject a = l.at(1).toObject();
                a.insert(QStringLiteral("data"), foreign);
                l[1] = a;
                return l;
            }));
        } else if (lie == QLatin1String("log-unlicensed-author")) {
            // A well-formed entry for position 2, sealed to the record and signed by a key the registry
            // never licensed, in place of the real one.
            const crypto::PrivateKey impostor = crypto::PrivateKey::generate();
            const QByteArray content = observation(2);
            const core::record::EntryToSeal toSeal{code->recordId, 2, code->recordKey, crypto::asBytes(std::string_view(content.constData(), static_cast<std::size_t>(content.size()))),
                                                   1'770'000'000, false, impostor, {s.network.chainId, s.recordLog}};
            const auto sealed = core::record::sealEntry(toSeal);
            QVERIFY(sealed);
            const auto data = core::ledger::abiEncode({*core::ledger::AbiType::parse("bool"), *core::ledger::AbiType::parse("bytes")},
                                                      {false, *sealed});
            QVERIFY(data);
            const crypto::Address who = crypto::addressOf(impostor.publicKey());
            const QString dataHex = QStringLiteral("0x") + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(data->data()), static_cast<qsizetype>(data->size())).toHex());
            const QString authorTopic = QStringLiteral("0x") + QString(24, QLatin1Char('0'))
                                        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(who.data()), 20).toHex());
            proxy.setRewrite(logs, onLogs(kEntries, [dataHex, authorTopic](QJsonArray l) {
                QJsonObject a = l.at(2).toObject();
                QJsonArray topics = a.value(QLatin1String("topics")).toArray();
                topics[3] = authorTopic;
                a.insert(QStringLiteral("topics"), topics);
                a.insert(QStringLiteral("data"), dataHex);
                l[2] = a;
                return l;
            }));
        } else if (lie == QLatin1String("fake-reorg")) {
            // After an honest round, the proxy gives other hashes for the blocks already synced, as if
            // they had been reorganised away; the target block itself it gives honestly.
            const auto first = s.syncWith(net);
            QVERIFY2(first.ok, qPrintable(core::sync::encodeMessage(first.problem)));
            QVERIFY(s.publishMany(*code, *provider, 1));
            const std::uint64_t synced = first.targetBlock;
            proxy.setRewrite(QStringLiteral("eth_getBlockByNumber"), [synced](const QJsonObject &request, QJsonObject a) {
                const QString asked = request.value(QLatin1String("params")).toArray().first().toString();
                if (asked.mid(2).toULongLong(nullptr, 16) > synced)
                    return a;
                QJsonObject block = a.value(QLatin1String("result")).toObject();
                block.insert(QStringLiteral("hash"), QString(QStringLiteral("0x") + QString(64, QLatin1Char('c'))));
                return withResult(a, block);
            });
        } else if (lie == QLatin1String("count-higher") || lie == QLatin1String("count-lower")) {
            const QString selector = hexSelector(contracts::recordLog::fnRecordState);
            const qint64 delta = lie == QLatin1String("count-higher") ? 3 : -2;
            proxy.setRewrite(call, [selector, delta](const QJsonObject &request, QJsonObject a) {
                if (callSelector(request) != selector)
                    return a;
                // recordState: (uint64 count, bytes32 head, bool reserved); the count is the first word.
                const QString result = a.value(QLatin1String("result")).toString();
                return withResult(a, QString(addToWord(result.left(2 + 64), delta) + result.mid(2 + 64)));
            });
        } else if (lie == QLatin1String("licence-flipped")) {
            const QString selector = hexSelector(contracts::carnetRegistry::fnLicenceCount);
            proxy.setRewrite(call, [selector](const QJsonObject &request, QJsonObject a) {
                if (callSelector(request) != selector)
                    return a;
                return withResult(a, addToWord(a.value(QLatin1String("result")).toString(), -1000));
            });
        } else if (lie == QLatin1String("malformed-json")) {
            proxy.setRaw(logs, Raw::Malformed);
        } else if (lie == QLatin1String("oversized-body")) {
            proxy.setRaw(logs, Raw::Oversized);
        } else if (lie == QLatin1String("stall")) {
            proxy.setRaw(logs, Raw::Stall);
        } else if (lie == QLatin1String("slowloris")) {
            proxy.setRaw(QStringLiteral("eth_blockNumber"), Raw::Slowloris);
        } else if (lie == QLatin1String("html-page")) {
            proxy.setRaw(QStringLiteral("eth_chainId"), Raw::HtmlPage);
        } else if (lie == QLatin1String("html-rpc-error")) {
            proxy.setRaw(logs, Raw::HtmlRpcError);
        } else {
            QFAIL("unknown lie");
        }

        const auto result = s.syncWith(net);
        QVERIFY2(result.ok, qPrintable(core::sync::encodeMessage(result.problem)));
        QCOMPARE(result.nodes.size(), std::size_t(3));
        for (std::size_t i = 0; i < 2; ++i)
            QCOMPARE(static_cast<int>(result.nodes[i].verdict), static_cast<int>(NodeVerdict::Healthy));
        const auto got = SyncScenario::verdictOf(result, proxy.url());
        QVERIFY(got);
        QVERIFY2(static_cast<int>(*got) == verdict,
                 qPrintable(QStringLiteral("verdict %1 (%2)").arg(core::sync::verdictKey(*got), core::sync::encodeMessage(result.nodes.back().detail))));
        QCOMPARE(s.storedVerdictOf(proxy.url()).value_or(QString()), core::sync::verdictKey(static_cast<NodeVerdict>(verdict)));
        for (const auto &r : result.records)
            QVERIFY2(r.complete, qPrintable(core::sync::encodeMessage(r.problem)));
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));

        // What a node did reaches the user as a code with numbers; nothing the node wrote is kept.
        const core::sync::Message &detail = result.nodes.back().detail;
        const QString stored = core::sync::encodeMessage(detail);
        qInfo("%s: %s", qPrintable(core::sync::verdictKey(*got)), qPrintable(stored));
        QVERIFY(!detail.isEmpty() && core::sync::wellFormed(detail));
        QVERIFY2(detail.code != core::sync::MessageCode::Legacy, qPrintable(stored));
        if (lie == QLatin1String("html-rpc-error")) {
            QVERIFY2(detail == core::sync::message(core::sync::MessageCode::NodeRpcFailed, core::sync::RpcStep::EntryLogs,
                                                   core::ledger::RpcErrorKind::RpcError, 0),
                     qPrintable(stored));
            QVERIFY(!stored.contains(QLatin1Char('<')) && !stored.contains(QLatin1String("http")));
        }
    }

    void twoLiarsDifferentLies()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY(s.publishMany(*code, *provider, kEntries));
        LyingProxy forger(s.network.nodes.front());
        LyingProxy otherChain(s.network.nodes.front());
        forger.setRewrite(QStringLiteral("eth_getLogs"), onLogs(kEntries, [](QJsonArray l) {
            l[0] = forgeLogData(l.at(0).toObject());
            return l;
        }));
        otherChain.setRewrite(QStringLiteral("eth_chainId"), [](const QJsonObject &, QJsonObject a) { return withResult(a, QStringLiteral("0x5")); });
        auto net = s.withNodes({forger.url(), otherChain.url()}, false);
        net.nodes.prepend(s.network.nodes.front());
        const auto result = s.syncWith(net);
        QVERIFY2(result.ok, qPrintable(core::sync::encodeMessage(result.problem)));
        QCOMPARE(SyncScenario::verdictOf(result, forger.url()), std::optional(NodeVerdict::ForgedEntry));
        QCOMPARE(SyncScenario::verdictOf(result, otherChain.url()), std::optional(NodeVerdict::WrongChain));
        QCOMPARE(result.nodes.front().verdict, NodeVerdict::Healthy);
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));
    }

    // A record large enough for the helper threads, its first node forging the newest entry: the
    // entries verified from that node's logs are reused for the next node's, the liar is flagged, and
    // the record is stored from the honest logs, batch by batch while later entries are verified.
    void firstOfThreeForgesALargeRecord()
    {
        constexpr int kMany = 80; // above the threshold for helper threads (recordpass.cpp kThreadedFrom)
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY2(s.publishMany(*code, *provider, kMany), qPrintable(s.lastError));
        LyingProxy forger(s.network.nodes.front());
        forger.setRewrite(QStringLiteral("eth_getLogs"), onLogs(kMany, [](QJsonArray l) {
            l[l.size() - 1] = forgeLogData(l.at(l.size() - 1).toObject());
            return l;
        }));
        auto net = s.withNodes({});
        net.nodes.prepend(forger.url());
        auto options = SyncScenario::quickOptions();
        options.storeBatch = 16;
        const auto result = s.syncWith(net, options);
        QVERIFY2(result.ok, qPrintable(core::sync::encodeMessage(result.problem)));
        QCOMPARE(SyncScenario::verdictOf(result, forger.url()), std::optional(NodeVerdict::ForgedEntry));
        QCOMPARE(result.nodes.at(1).verdict, NodeVerdict::Healthy);
        QCOMPARE(result.nodes.at(2).verdict, NodeVerdict::Healthy);
        QCOMPARE(result.newEntries, kMany);
        for (const auto &r : result.records)
            QVERIFY2(r.complete && r.refused == 0, qPrintable(core::sync::encodeMessage(r.problem)));
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));
    }

    void onlyNodeLies()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY(s.publishMany(*code, *provider, kEntries));
        LyingProxy forger(s.network.nodes.front());
        forger.setRewrite(QStringLiteral("eth_getLogs"), onLogs(kEntries, [](QJsonArray l) {
            l[0] = forgeLogData(l.at(0).toObject());
            return l;
        }));
        const auto result = s.syncWith(s.withNodes({forger.url()}, false));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, core::sync::SyncError::NoAgreement);
        QCOMPARE(SyncScenario::verdictOf(result, forger.url()), std::optional(NodeVerdict::ForgedEntry));
        QVERIFY(s.stored().empty());

        // The same wallet, its only node on another chain: nothing either.
        LyingProxy otherChain(s.network.nodes.front());
        otherChain.setRewrite(QStringLiteral("eth_chainId"), [](const QJsonObject &, QJsonObject a) { return withResult(a, QStringLiteral("0x5")); });
        const auto again = s.syncWith(s.withNodes({otherChain.url()}, false));
        QVERIFY(!again.ok);
        QCOMPARE(SyncScenario::verdictOf(again, otherChain.url()), std::optional(NodeVerdict::WrongChain));
        QVERIFY(s.stored().empty());
    }
};

QTEST_GUILESS_MAIN(TestSyncLiars)
#include "tst_sync_liars.moc"
