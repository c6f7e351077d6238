// SPDX-License-Identifier: GPL-3.0-or-later
// RpcClient against a fake node that misbehaves: stalls, oversized bodies (announced or streamed),
// 10,000-deep JSON, garbage, wrong ids, invalid shapes, HTML in error messages, 429/5xx then success,
// a refused connection, and redirects (301/302/307/308 to a node that would answer: never followed,
// a Transport failure). Checks the error kind, that retries happen only where they should, and that
// the limits hold.
#include "core/ledger/ethclient.h"
#include "core/ledger/rpcclient.h"
#include "tests/core/rpcfakenode.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QtTest>

using namespace carnet::core::ledger;
using carnet::test::FakeReply;
using carnet::test::FakeRpcNode;

Q_DECLARE_METATYPE(carnet::core::ledger::RpcErrorKind)

namespace {

RpcOptions fastOptions()
{
    RpcOptions o;
    o.timeout = std::chrono::milliseconds(600);
    o.backoff = std::chrono::milliseconds(10);
    o.maxBackoff = std::chrono::milliseconds(50);
    o.maxRetries = 3;
    return o;
}

QByteArray deepJson(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestRpcFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<RpcErrorKind>("expected");
        QTest::newRow("garbage") << QByteArray("\x00\xff not json at all", 19) << 200 << RpcErrorKind::Malformed;
        QTest::newRow("html page") << QByteArray("<html><body>502 Bad Gateway</body></html>") << 200 << RpcErrorKind::Malformed;
        QTest::newRow("wrong id") << QByteArray(R"({"jsonrpc":"2.0","id":999,"result":"0x1"})") << 200 << RpcErrorKind::Malformed;
        QTest::newRow("string id") << QByteArray(R"({"jsonrpc":"2.0","id":"1","result":"0x1"})") << 200 << RpcErrorKind::Malformed;
        QTest::newRow("no jsonrpc") << QByteArray(R"({"id":1,"result":"0x1"})") << 200 << RpcErrorKind::Malformed;
        QTest::newRow("jsonrpc 1.0") << QByteArray(R"({"jsonrpc":"1.0","id":1,"result":"0x1"})") << 200 << RpcErrorKind::Malformed;
        QTest::newRow("result and error") << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":"0x1","error":{"code":1,"message":"x"}})") << 200 << RpcErrorKind::Malformed;
        QTest::newRow("neither") << QByteArray(R"({"jsonrpc":"2.0","id":1})") << 200 << RpcErrorKind::Malformed;
        QTest::newRow("error without code") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"message":"x"}})") << 200 << RpcErrorKind::Malformed;
        QTest::newRow("error code not integer") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":1.5,"message":"x"}})") << 200 << RpcErrorKind::Malformed;
        QTest::newRow("array for a call") << QByteArray(R"([{"jsonrpc":"2.0","id":1,"result":"0x1"}])") << 200 << RpcErrorKind::Malformed;
        QTest::newRow("10k deep") << deepJson(10000) << 200 << RpcErrorKind::TooDeep;
        QTest::newRow("65 deep") << (QByteArray(R"({"jsonrpc":"2.0","id":1,"result":)") + deepJson(64) + "}") << 200 << RpcErrorKind::TooDeep;
        QTest::newRow("64 deep is fine") << (QByteArray(R"({"jsonrpc":"2.0","id":1,"result":)") + deepJson(63) + "}") << 200 << RpcErrorKind::None;
        QTest::newRow("brackets in strings do not count") << (QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"") + QByteArray(500, '[') + "\\\"\"}") << 200 << RpcErrorKind::None;
        QTest::newRow("404 page") << QByteArray("not found") << 404 << RpcErrorKind::HttpStatus;
        QTest::newRow("rpc error with status 500") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"boom"}})") << 500 << RpcErrorKind::RpcError;
    }

    void badAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(RpcErrorKind, expected);
        FakeRpcNode node([&](const QJsonDocument &, int) { return FakeReply{status, body, {}, false, true, -1}; });
        RpcClient client(node.url(), fastOptions());
        const RpcAnswer answer = client.callSync(QStringLiteral("eth_chainId"));
        QCOMPARE(answer.error.kind, expected);
        // Nothing the node said about its own answer is worth asking again (404 is not retried either).
        QCOMPARE(client.requestsSent(), 1);
    }

    void stallTimesOut()
    {
        FakeRpcNode node([](const QJsonDocument &, int) { return FakeReply{200, {}, {}, true, true, -1}; });
        RpcClient client(node.url(), fastOptions());
        QElapsedTimer timer;
        timer.start();
        const RpcAnswer answer = client.callSync(QStringLiteral("eth_blockNumber"));
        QCOMPARE(answer.error.kind, RpcErrorKind::Timeout);
        QVERIFY2(timer.elapsed() >= 500 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(client.requestsSent(), 1); // timeouts are not retried by default
        QCOMPARE(answer.error.node, node.url().toString(QUrl::RemovePath));
    }

    void oversizedBodies_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length 20 MiB") << true;
        QTest::newRow("20 MiB streamed without length") << false;
    }

    void oversizedBodies()
    {
        QFETCH(bool, announced);
        const qint64 size = 20 * 1024 * 1024;
        FakeRpcNode node([&](const QJsonDocument &request, int) {
            FakeReply reply;
            // A valid answer whose result string is 20 MiB long.
            const QByteArray head = "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(FakeRpcNode::idOf(request)) + ",\"result\":\"";
            reply.body = head + QByteArray(size - head.size() - 2, 'a') + "\"}";
            reply.withLength = announced;
            return reply;
        });
        RpcOptions options = fastOptions();
        options.timeout = std::chrono::milliseconds(10000);
        RpcClient client(node.url(), options);
        const RpcAnswer answer = client.callSync(QStringLiteral("eth_getLogs"));
        QCOMPARE(answer.error.kind, RpcErrorKind::TooLarge);
        QCOMPARE(client.requestsSent(), 1);
    }

    void limitIsConfigurable()
    {
        const QByteArray body = FakeRpcNode::result(1, QString(1000, QLatin1Char('b')));
        FakeRpcNode node([&](const QJsonDocument &, int) { return FakeReply{200, body, {}, false, false, -1}; });
        RpcOptions options = fastOptions();
        options.maxBodyBytes = 512;
        RpcClient small(node.url(), options);
        QCOMPARE(small.callSync(QStringLiteral("x")).error.kind, RpcErrorKind::TooLarge);
        options.maxBodyBytes = body.size();
        RpcClient exact(node.url(), options);
        QVERIFY(exact.callSync(QStringLiteral("x")).error.ok());
    }

    void htmlInErrorMessageStaysText()
    {
        const QString html = QStringLiteral("<b>execution</b> <a href=\"https://evil.example\">click</a>\n\x01")
                           + QString(1000, QLatin1Char('x'));
        FakeRpcNode node([&](const QJsonDocument &request, int) {
            return FakeReply{200, FakeRpcNode::error(FakeRpcNode::idOf(request), -32000, html), {}, false, true, -1};
        });
        RpcClient client(node.url(), fastOptions());
        const RpcAnswer answer = client.callSync(QStringLiteral("eth_call"));
        QCOMPARE(answer.error.kind, RpcErrorKind::RpcError);
        QCOMPARE(answer.error.code, -32000);
        QVERIFY(answer.error.message.startsWith(QStringLiteral("<b>execution</b> <a href=\"https://evil.example\">click</a>")));
        QVERIFY(!answer.error.message.contains(QChar(1)));
        QVERIFY(!answer.error.message.contains(QLatin1Char('\n')));
        QCOMPARE(answer.error.message.size(), kMaxNodeMessageChars + 1);
        QCOMPARE(client.requestsSent(), 1); // a JSON-RPC error is never retried
    }

    void retriesThenSucceeds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failures");
        QTest::newRow("429 once") << 429 << 1;
        QTest::newRow("503 twice") << 503 << 2;
        QTest::newRow("500 three times") << 500 << 3;
        QTest::newRow("429 with a JSON-RPC body") << -429 << 1;
    }

    void retriesThenSucceeds()
    {
        QFETCH(int, status);
        QFETCH(int, failures);
        FakeRpcNode node([&](const QJsonDocument &request, int index) {
            if (index < failures && status == -429) // a hosted node's "rate limited" error, sent with 429
                return FakeReply{429, FakeRpcNode::error(FakeRpcNode::idOf(request), -32005, QStringLiteral("rate limited")),
                                 {}, false, true, -1};
            if (index < failures)
                return FakeReply{status, "busy", {{"Retry-After", "0"}}, false, true, -1};
            return FakeReply{200, FakeRpcNode::result(FakeRpcNode::idOf(request), QStringLiteral("0x7a69")), {}, false, true, -1};
        });
        RpcClient client(node.url(), fastOptions());
        const RpcAnswer answer = client.callSync(QStringLiteral("eth_chainId"));
        QVERIFY2(answer.error.ok(), qPrintable(answer.error.toString()));
        QCOMPARE(answer.result.toString(), QStringLiteral("0x7a69"));
        QCOMPARE(client.requestsSent(), failures + 1);
    }

    void retriesRunOut()
    {
        FakeRpcNode node([](const QJsonDocument &, int) { return FakeReply{502, "bad gateway", {}, false, true, -1}; });
        RpcClient client(node.url(), fastOptions());
        const RpcAnswer answer = client.callSync(QStringLiteral("eth_chainId"));
        QCOMPARE(answer.error.kind, RpcErrorKind::HttpStatus);
        QCOMPARE(answer.error.httpStatus, 502);
        QCOMPARE(client.requestsSent(), fastOptions().maxRetries + 1);
    }

    void refusedConnectionIsRetried()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        RpcClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), fastOptions());
        const RpcAnswer answer = client.callSync(QStringLiteral("eth_chainId"));
        QCOMPARE(answer.error.kind, RpcErrorKind::Transport);
        QCOMPARE(client.requestsSent(), fastOptions().maxRetries + 1);
    }

    void redirectIsRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("301") << 301;
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }

    void redirectIsRefused()
    {
        QFETCH(int, status);
        // Where the redirect points: a node that would answer, and must never be asked.
        FakeRpcNode elsewhere([](const QJsonDocument &request, int) {
            return FakeReply{200, FakeRpcNode::result(FakeRpcNode::idOf(request), QStringLiteral("0x7a69")), {}, false, true, -1};
        });
        FakeRpcNode redirecting([&](const QJsonDocument &, int) {
            return FakeReply{status, QByteArray("moved"), {{QByteArray("Location"), elsewhere.url().toEncoded()}}, false, true, -1};
        });
        RpcClient client(redirecting.url(), fastOptions());
        const RpcAnswer answer = client.callSync(QStringLiteral("eth_chainId"));
        QCOMPARE(answer.error.kind, RpcErrorKind::Transport);
        QCOMPARE(answer.error.httpStatus, status);
        QVERIFY2(answer.error.message.contains(QLatin1String("redirect")), qPrintable(answer.error.message));
        QCOMPARE(client.requestsSent(), 1); // not retried
        QCOMPARE(redirecting.requests(), 1);
        QCOMPARE(elsewhere.requests(), 0);

        // The Ethereum client refuses the node at its chain check, by name.
        EthClient eth(31337, {redirecting.url()}, fastOptions());
        const auto checked = eth.checkNodes();
        QVERIFY(!checked);
        QCOMPARE(checked.error().kind, RpcErrorKind::Transport);
        QVERIFY(checked.error().toString().contains(QLatin1String("redirect")));
        QCOMPARE(elsewhere.requests(), 0);
    }

    void batchAnswersInAnyOrder()
    {
        FakeRpcNode node([](const QJsonDocument &request, int) {
            QByteArray body = "[";
            const QJsonArray calls = request.array();
            for (qsizetype i = calls.size() - 1; i >= 0; --i) {
                const qint64 id = calls.at(i).toObject().value(QLatin1String("id")).toInteger();
                body += (i == 1 ? FakeRpcNode::error(id, -32601, QStringLiteral("no such method"))
                                : FakeRpcNode::result(id, calls.at(i).toObject().value(QLatin1String("method"))));
                body += i > 0 ? "," : "]";
            }
            return FakeReply{200, body, {}, false, true, -1};
        });
        RpcClient client(node.url(), fastOptions());
        const RpcParse parse = client.batchSync({{QStringLiteral("a"), {}}, {QStringLiteral("b"), {}}, {QStringLiteral("c"), {}}});
        QVERIFY(parse.error.ok());
        QCOMPARE(parse.answers.size(), 3);
        QCOMPARE(parse.answers[0].result.toString(), QStringLiteral("a"));
        QCOMPARE(parse.answers[1].error.code, -32601);
        QCOMPARE(parse.answers[2].result.toString(), QStringLiteral("c"));
        QCOMPARE(node.requests(), 1);
    }

    void batchMissingOrDuplicatedAnswer_data()
    {
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("missing") << false;
        QTest::newRow("duplicated") << true;
    }

    void batchMissingOrDuplicatedAnswer()
    {
        QFETCH(bool, duplicate);
        FakeRpcNode node([&](const QJsonDocument &request, int) {
            const qint64 first = request.array().at(0).toObject().value(QLatin1String("id")).toInteger();
            QByteArray body = "[" + FakeRpcNode::result(first, 1);
            if (duplicate)
                body += "," + FakeRpcNode::result(first, 2);
            return FakeReply{200, body + "]", {}, false, true, -1};
        });
        RpcClient client(node.url(), fastOptions());
        const RpcParse parse = client.batchSync({{QStringLiteral("a"), {}}, {QStringLiteral("b"), {}}});
        QCOMPARE(parse.error.kind, RpcErrorKind::Malformed);
    }

    void scannerCountsOnlyStructure()
    {
        QCOMPARE(scanJsonDepth(deepJson(64), 64), JsonScan::Ok);
        QCOMPARE(scanJsonDepth(deepJson(65), 64), JsonScan::TooDeep);
        QCOMPARE(scanJsonDepth(QByteArray("[\"\\\"[[[[\", {\"a\":\"}}}\"}]"), 2), JsonScan::Ok);
        QCOMPARE(scanJsonDepth(QByteArray("]["), 64), JsonScan::Unbalanced);
        QCOMPARE(scanJsonDepth(QByteArray("[\"abc"), 64), JsonScan::Unbalanced);
    }
};

QTEST_GUILESS_MAIN(TestRpcFaults)
#include "tst_rpc_faults.moc"
