// SPDX-License-Identifier: GPL-3.0-or-later
// EthClient::getLogs in adaptive windows against a fake node that refuses ranges above a limit the way
// real nodes do (-32005 "limit exceeded", -32602, -32000 with "block range" text). Every log must come
// back exactly once and in order, the windows must tile the range without gaps or overlaps, the window
// must shrink until the node accepts it and grow back afterwards; any other error stops the query.
#include "core/ledger/ethclient.h"
#include "tests/core/rpcfakenode.h"

#include <QtTest>

using namespace carnet::core::ledger;
using carnet::test::FakeReply;
using carnet::test::FakeRpcNode;

namespace {

constexpr std::uint64_t kChain = 1337;
constexpr std::uint64_t kEvery = 97; // one log in every 97th block

QString hex32(std::uint64_t n)
{
    return QStringLiteral("0x%1").arg(n, 64, 16, QLatin1Char('0'));
}

struct Range
{
    std::uint64_t from, to;
};

/** A node that answers eth_chainId, and eth_getLogs with a range error when the range is wider than
 *  `limit` and starts below `limitBelow`. */
class LogNode
{
public:
    LogNode(int code, QString message, std::uint64_t limit, std::uint64_t limitBelow = ~0ULL)
        : node([=, this](const QJsonDocument &request, int) {
              const QJsonObject call = request.object();
              const qint64 id = call.value(QLatin1String("id")).toInteger();
              const QString method = call.value(QLatin1String("method")).toString();
              if (method == QLatin1String("eth_chainId"))
                  return FakeReply{200, FakeRpcNode::result(id, QStringLiteral("0x539")), {}, false, true, -1};
              const QJsonObject filter = call.value(QLatin1String("params")).toArray().at(0).toObject();
              const std::uint64_t from = *quantityOf(filter.value(QLatin1String("fromBlock")))->toUint64();
              const std::uint64_t to = *quantityOf(filter.value(QLatin1String("toBlock")))->toUint64();
              if (to - from + 1 > limit && from < limitBelow) {
                  refused.push_back({from, to});
                  return FakeReply{200, FakeRpcNode::error(id, code, message), {}, false, true, -1};
              }
              served.push_back({from, to});
              QJsonArray logs;
              for (std::uint64_t b = (from + kEvery - 1) / kEvery * kEvery; b <= to; b += kEvery)
                  logs.append(QJsonObject{{QStringLiteral("address"), QStringLiteral("0x00000000000000000000000000000000000000aa")},
                                          {QStringLiteral("topics"), QJsonArray{hex32(0xbeef)}},
                                          {QStringLiteral("data"), QStringLiteral("0x")},
                                          {QStringLiteral("blockNumber"), quantityText(U256(b))},
                                          {QStringLiteral("transactionHash"), hex32(b)},
                                          {QStringLiteral("logIndex"), QStringLiteral("0x0")},
                                          {QStringLiteral("removed"), false}});
              return FakeReply{200, FakeRpcNode::result(id, logs), {}, false, true, -1};
          })
    {
    }
    std::vector<Range> served, refused;
    FakeRpcNode node;
};

} // namespace

class TestEthClientLogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shrinksUntilAccepted_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<quint64>("limit");
        QTest::newRow("-32005 limit exceeded, 300") << -32005 << QStringLiteral("query returned more than 10000 results") << quint64(300);
        QTest::newRow("-32602 invalid params, 1000") << -32602 << QStringLiteral("invalid params") << quint64(1000);
        QTest::newRow("-32000 block range, 100") << -32000 << QStringLiteral("block range is too wide") << quint64(100);
        QTest::newRow("-32000 limit, 1") << -32000 << QStringLiteral("Log response size exceeded") << quint64(1);
    }

    void shrinksUntilAccepted()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(quint64, limit);
        LogNode fake(code, message, limit);
        EthClient client(kChain, {fake.node.url()});
        const std::uint64_t from = 5, to = limit == 1 ? 700 : 9000;
        LogQueryStats stats;
        const auto logs = client.getLogs({}, from, to, {}, &stats);
        QVERIFY2(logs, qPrintable(logs ? QString() : logs.error().toString()));
        // Every 97th block exactly once, in order.
        std::vector<std::uint64_t> expected;
        for (std::uint64_t b = 97; b <= to; b += kEvery)
            expected.push_back(b);
        QCOMPARE(logs->size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(logs->at(i).blockNumber, expected[i]);
        // The served windows tile [from, to].
        std::uint64_t next = from;
        for (const Range &r : fake.served) {
            QCOMPARE(r.from, next);
            QVERIFY(r.to - r.from + 1 <= limit);
            next = r.to + 1;
        }
        QCOMPARE(next, to + 1);
        QVERIFY(stats.rangeErrors >= 1);
        QCOMPARE(stats.rangeErrors, static_cast<int>(fake.refused.size()));
        QVERIFY(stats.smallestWindow <= limit);
        QVERIFY(stats.smallestWindow * 2 > limit || stats.smallestWindow == 1);
        QCOMPARE(fake.refused.front().to - fake.refused.front().from + 1, std::min<std::uint64_t>(2000, to - from + 1));
    }

    void growsBackSlowly()
    {
        // Only the first 3000 blocks are "busy": after them the window must double back to 2000.
        LogNode fake(-32005, QStringLiteral("limit exceeded"), 250, 3000);
        EthClient client(kChain, {fake.node.url()});
        LogQueryStats stats;
        const auto logs = client.getLogs({}, 0, 60000, {}, &stats);
        QVERIFY(logs);
        QCOMPARE(stats.finalWindow, std::uint64_t(2000));
        QCOMPARE(stats.smallestWindow, std::uint64_t(250));
        QCOMPARE(fake.served.back().to, std::uint64_t(60000));
        // Doubling happens only after 4 accepted windows in a row: never straight from 250 to 2000.
        std::uint64_t previous = 0;
        for (const Range &r : fake.served) {
            const std::uint64_t width = r.to - r.from + 1;
            if (previous != 0 && r.to != 60000)
                QVERIFY2(width <= previous * 2, qPrintable(QStringLiteral("%1 after %2").arg(width).arg(previous)));
            previous = width;
        }
        QCOMPARE(logs->size(), std::size_t(60000 / kEvery + 1)); // blocks 0, 97, …, 59946
    }

    void otherErrorsStop()
    {
        LogNode fake(-32000, QStringLiteral("internal error"), 10);
        EthClient client(kChain, {fake.node.url()});
        const auto logs = client.getLogs({}, 0, 5000);
        QVERIFY(!logs);
        QCOMPARE(logs.error().kind, RpcErrorKind::RpcError);
        QCOMPARE(fake.refused.size(), std::size_t(1)); // no halving for an error that is not about the range
    }

    void filterIsSent()
    {
        QJsonObject seen;
        FakeRpcNode node([&](const QJsonDocument &request, int) {
            const qint64 id = FakeRpcNode::idOf(request);
            if (request.object().value(QLatin1String("method")).toString() == QLatin1String("eth_chainId"))
                return FakeReply{200, FakeRpcNode::result(id, QStringLiteral("0x539")), {}, false, true, -1};
            seen = request.object().value(QLatin1String("params")).toArray().at(0).toObject();
            return FakeReply{200, FakeRpcNode::result(id, QJsonArray{}), {}, false, true, -1};
        });
        EthClient client(kChain, {node.url()});
        LogFilter filter;
        filter.address = carnet::crypto::parseAddress("0x00000000000000000000000000000000000000aa");
        carnet::crypto::Hash32 topic{};
        topic[31] = 7;
        filter.topics = {topic, std::nullopt, topic};
        QVERIFY(client.getLogs(filter, 1, 2));
        QCOMPARE(seen.value(QLatin1String("address")).toString().toLower(), QStringLiteral("0x00000000000000000000000000000000000000aa"));
        QCOMPARE(seen.value(QLatin1String("topics")).toArray(), (QJsonArray{hex32(7), QJsonValue(), hex32(7)}));
        QCOMPARE(seen.value(QLatin1String("fromBlock")).toString(), QStringLiteral("0x1"));
        QCOMPARE(seen.value(QLatin1String("toBlock")).toString(), QStringLiteral("0x2"));
    }
};

QTEST_GUILESS_MAIN(TestEthClientLogs)
#include "tst_ethclient_logs.moc"
