// SPDX-License-Identifier: GPL-3.0-or-later
// RpcOptions::timeout is a deadline for the whole request (connect, headers and body), not an
// inactivity timer: through a LyingProxy in front of the fixture's anvil that sends the status line and
// headers at once and then the body one byte every 100 ms (no pause is ever long enough for an
// inactivity timer), a call with a 1 s deadline fails, as a Timeout, long before the body would be
// complete (a generous upper bound only, the machine may be loaded). The same call answered honestly
// through the same proxy succeeds.
#include "core/ledger/rpcclient.h"
#include "tests/core/devnettestutil.h"
#include "tests/core/lyingproxy.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace carnet::core::ledger;
using carnet::test::LyingProxy;

namespace {

RpcOptions oneSecond()
{
    RpcOptions o;
    o.timeout = std::chrono::milliseconds(1000);
    o.maxRetries = 0;
    return o;
}

const QJsonArray kBlockZero{QStringLiteral("0x0"), false};

} // namespace

class TestRpcDeadline : public QObject
{
    Q_OBJECT
    QUrl m_upstream;
    qint64 m_bodyBytes = 0; // of the honest answer

private Q_SLOTS:
    void initTestCase()
    {
        const auto config = carnet::test::devnetConfig();
        QVERIFY2(config, "no devnet network file: run through ctest (fixture devnet)");
        m_upstream = config->nodes.first();
    }

    void honestAnswerThroughTheProxy()
    {
        LyingProxy proxy(m_upstream);
        RpcClient client(proxy.url(), oneSecond());
        const RpcAnswer answer = client.callSync(QStringLiteral("eth_getBlockByNumber"), kBlockZero);
        QVERIFY2(answer.error.ok(), qPrintable(answer.error.toString()));
        QVERIFY(answer.result.isObject());
        m_bodyBytes = answer.bodyBytes;
        // At a byte every 100 ms this body takes more than a minute: far beyond the deadline.
        QVERIFY2(m_bodyBytes > 600, qPrintable(QString::number(m_bodyBytes)));
    }

    void trickledBodyTimesOut()
    {
        LyingProxy proxy(m_upstream);
        proxy.setRaw(QStringLiteral("eth_getBlockByNumber"), LyingProxy::Raw::TrickleBody);
        RpcClient client(proxy.url(), oneSecond());
        QElapsedTimer timer;
        timer.start();
        const RpcAnswer answer = client.callSync(QStringLiteral("eth_getBlockByNumber"), kBlockZero);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!answer.error.ok(), "a trickled answer must not be accepted");
        QCOMPARE(answer.error.kind, RpcErrorKind::Timeout);
        QVERIFY2(answer.error.message.contains(QLatin1String("1000 ms")), qPrintable(answer.error.message));
        QVERIFY2(elapsed >= 900, qPrintable(QString::number(elapsed)));
        // Generous: the deadline plus slack for a loaded machine, still far below the body's trickle time.
        QVERIFY2(elapsed < 1000 + 5000, qPrintable(QString::number(elapsed)));
        QVERIFY(elapsed < m_bodyBytes * 100);
        QCOMPARE(client.requestsSent(), 1); // a timeout is not retried by default
        QCOMPARE(proxy.calls(QStringLiteral("eth_getBlockByNumber")), 1);

        // A retry, when asked for, gets its own deadline: two attempts, each cut off.
        RpcOptions again = oneSecond();
        again.maxRetries = 1;
        again.retryTimeouts = true;
        again.backoff = std::chrono::milliseconds(10);
        RpcClient retrying(proxy.url(), again);
        timer.restart();
        const RpcAnswer twice = retrying.callSync(QStringLiteral("eth_getBlockByNumber"), kBlockZero);
        QCOMPARE(twice.error.kind, RpcErrorKind::Timeout);
        QCOMPARE(retrying.requestsSent(), 2);
        QVERIFY2(timer.elapsed() < 2 * 1000 + 6000, qPrintable(QString::number(timer.elapsed())));
    }

    void slowlorisTimesOutToo()
    {
        // The whole answer a byte every 300 ms (status line included).
        LyingProxy proxy(m_upstream);
        proxy.setRaw(QStringLiteral("eth_chainId"), LyingProxy::Raw::Slowloris);
        RpcClient client(proxy.url(), oneSecond());
        QElapsedTimer timer;
        timer.start();
        const RpcAnswer answer = client.callSync(QStringLiteral("eth_chainId"));
        QCOMPARE(answer.error.kind, RpcErrorKind::Timeout);
        QVERIFY2(timer.elapsed() < 1000 + 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestRpcDeadline)
#include "tst_rpc_deadline.moc"
