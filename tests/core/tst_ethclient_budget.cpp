// SPDX-License-Identifier: GPL-3.0-or-later
// EthClient::getLogs has a budget for one call over all its windows: a LyingProxy in front of the
// fixture's anvil answers every window with a large list of plausible logs (inside the window, well
// formed), so each answer alone is acceptable and only the total is not. The call stops as a BadAnswer
// at the byte budget, and, when each answer is small, at the request cap. A record of honest size
// (10,000 entries of about 1.1 KB, spread over ten windows, about 27 MB of JSON) fits the default
// budget.
#include "core/ledger/ethclient.h"
#include "tests/core/devnettestutil.h"
#include "tests/core/lyingproxy.h"

#include <QtTest>

#include <atomic>

using namespace carnet::core::ledger;
using carnet::test::LyingProxy;

namespace {

std::uint64_t blockOf(const QJsonValue &quantity)
{
    return quantity.toString().mid(2).toULongLong(nullptr, 16);
}

QString q(std::uint64_t value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

QString word(std::uint64_t value, QChar fill = QLatin1Char('0'))
{
    return QStringLiteral("0x") + QString::number(value, 16).rightJustified(64, fill);
}

/** Answers every eth_getLogs window with `perWindow` logs of `dataBytes` bytes, spread inside it. */
LyingProxy::Rewrite largeWindows(int perWindow, int dataBytes, std::atomic<int> *windows)
{
    const QString data = QStringLiteral("0x") + QString(2 * dataBytes, QLatin1Char('a'));
    return [=](const QJsonObject &request, QJsonObject answer) {
        ++*windows;
        const QJsonObject filter = request.value(QLatin1String("params")).toArray().first().toObject();
        const std::uint64_t from = blockOf(filter.value(QLatin1String("fromBlock")));
        const std::uint64_t to = blockOf(filter.value(QLatin1String("toBlock")));
        QJsonArray logs;
        for (int i = 0; i < perWindow; ++i) {
            const std::uint64_t block = from + static_cast<std::uint64_t>(i) % (to - from + 1);
            logs.append(QJsonObject{{QStringLiteral("address"), QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3")},
                                    {QStringLiteral("topics"), QJsonArray{word(0xe7), word(block)}},
                                    {QStringLiteral("data"), data},
                                    {QStringLiteral("blockNumber"), q(block)},
                                    {QStringLiteral("blockHash"), word(block, QLatin1Char('b'))},
                                    {QStringLiteral("transactionHash"), word(static_cast<std::uint64_t>(i) + 1, QLatin1Char('c'))},
                                    {QStringLiteral("transactionIndex"), QStringLiteral("0x0")},
                                    {QStringLiteral("logIndex"), q(static_cast<std::uint64_t>(i))},
                                    {QStringLiteral("removed"), false}});
        }
        answer.remove(QStringLiteral("error"));
        answer.insert(QStringLiteral("result"), logs);
        return answer;
    };
}

} // namespace

class TestEthClientBudget : public QObject
{
    Q_OBJECT
    QUrl m_upstream;
    std::uint64_t m_chainId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const auto config = carnet::test::devnetConfig();
        QVERIFY2(config, "no devnet network file: run through ctest (fixture devnet)");
        m_upstream = config->nodes.first();
        m_chainId = config->chainId;
    }

    void defaults()
    {
        const LogWindowOptions o;
        QCOMPARE(o.maxTotalBytes, qint64(256) * 1024 * 1024);
        QCOMPARE(o.maxRequests, 100000);
        QCOMPARE(o.initialWindow, std::uint64_t(2000));
    }

    void largeAnswersStopAtTheByteBudget()
    {
        LyingProxy proxy(m_upstream);
        std::atomic<int> windows{0};
        proxy.setRewrite(QStringLiteral("eth_getLogs"), largeWindows(100, 2000, &windows)); // ≈ 430 KB a window
        EthClient client(m_chainId, {proxy.url()});
        LogWindowOptions options;
        options.initialWindow = 10; // 100 windows for blocks 1–1000
        options.maxTotalBytes = 8 * 1024 * 1024;
        LogQueryStats stats;
        const auto logs = client.getLogs({}, 1, 1000, options, &stats);
        QVERIFY(!logs);
        QCOMPARE(logs.error().kind, RpcErrorKind::BadAnswer);
        QVERIFY2(logs.error().message.contains(QLatin1String("passed 8388608 bytes in total")), qPrintable(logs.error().message));
        QVERIFY2(logs.error().message.contains(QLatin1String("blocks 1 to 1000")), qPrintable(logs.error().message));
        QVERIFY(stats.bytes > options.maxTotalBytes);
        QVERIFY(stats.bytes < options.maxTotalBytes + 1024 * 1024); // stopped at the first answer past it
        QVERIFY2(stats.requests > 10 && stats.requests < 30, qPrintable(QString::number(stats.requests)));
        QCOMPARE(windows.load(), stats.requests);
    }

    void smallAnswersStopAtTheRequestCap()
    {
        LyingProxy proxy(m_upstream);
        std::atomic<int> windows{0};
        proxy.setRewrite(QStringLiteral("eth_getLogs"), largeWindows(1, 32, &windows));
        EthClient client(m_chainId, {proxy.url()});
        LogWindowOptions options;
        options.initialWindow = 100; // blocks 0 to 10^7: 100,000 windows
        options.maxRequests = 40;
        LogQueryStats stats;
        const auto logs = client.getLogs({}, 0, 10'000'000, options, &stats);
        QVERIFY(!logs);
        QCOMPARE(logs.error().kind, RpcErrorKind::BadAnswer);
        QVERIFY2(logs.error().message.contains(QLatin1String("more than 40 requests")), qPrintable(logs.error().message));
        QCOMPARE(stats.requests, 40);
        QCOMPARE(windows.load(), 40);
    }

    void honestSizedRecordFits()
    {
        // 10,000 entries of 1.1 KB sealed (ABI-encoded log data: bool, offset, length, 1,100 bytes
        // padded, about 1.2 KB), 1,000 a window over ten windows: about 27 MB of JSON in all.
        LyingProxy proxy(m_upstream);
        std::atomic<int> windows{0};
        proxy.setRewrite(QStringLiteral("eth_getLogs"), largeWindows(1000, 96 + 1120, &windows));
        EthClient client(m_chainId, {proxy.url()});
        LogQueryStats stats;
        const auto logs = client.getLogs({}, 1, 20000, {}, &stats); // default options: 2,000-block windows
        QVERIFY2(logs, qPrintable(logs ? QString() : logs.error().toString()));
        QCOMPARE(logs->size(), std::size_t(10000));
        QCOMPARE(stats.requests, 10);
        QVERIFY2(stats.bytes > 20 * 1000 * 1000 && stats.bytes < 40 * 1000 * 1000, qPrintable(QString::number(stats.bytes)));
        QVERIFY(stats.bytes < LogWindowOptions{}.maxTotalBytes / 8);
    }
};

QTEST_GUILESS_MAIN(TestEthClientBudget)
#include "tst_ethclient_budget.moc"
