// SPDX-License-Identifier: GPL-3.0-or-later
// RpcClient against a real node (the ctest fixture's anvil): single calls on every node URL of the
// network file, batches answered in one HTTP request and matching the same calls made one by one, and a
// node's JSON-RPC error returned as such without retries.
#include "core/ledger/ethclient.h"
#include "tests/core/devnettestutil.h"

#include <QtTest>

using namespace carnet::core::ledger;

class TestRpcAnvil : public QObject
{
    Q_OBJECT
    NetworkConfig m_config;

private Q_SLOTS:
    void initTestCase()
    {
        auto config = carnet::test::devnetConfig();
        QVERIFY2(config, "no devnet network file: run through ctest (fixture devnet)");
        m_config = *config;
        QVERIFY(m_config.nodes.size() >= 2);
    }

    void chainIdOnEveryUrl()
    {
        for (const QUrl &url : m_config.nodes) {
            RpcClient client(url);
            const RpcAnswer answer = client.callSync(QStringLiteral("eth_chainId"));
            QVERIFY2(answer.error.ok(), qPrintable(answer.error.toString()));
            QCOMPARE(quantityOf(answer.result), std::optional<U256>(U256(m_config.chainId)));
        }
    }

    void batchIsOneRequest()
    {
        RpcClient client(m_config.nodes.constFirst());
        const QString registry = addressText(*m_config.contract(QStringLiteral("CarnetRegistry")));
        QList<RpcCall> calls{{QStringLiteral("eth_chainId"), {}},
                             {QStringLiteral("eth_blockNumber"), {}},
                             {QStringLiteral("eth_getCode"), {registry, QStringLiteral("latest")}}};
        // 40 balance queries of anvil's dev accounts ride along.
        for (int i = 0; i < 40; ++i)
            calls.append({QStringLiteral("eth_getBalance"),
                          {QStringLiteral("0x%1").arg(i + 1, 40, 16, QLatin1Char('0')), QStringLiteral("latest")}});
        const RpcParse batch = client.batchSync(calls);
        QVERIFY2(batch.error.ok(), qPrintable(batch.error.toString()));
        QCOMPARE(client.requestsSent(), 1);
        QCOMPARE(batch.answers.size(), calls.size());
        QCOMPARE(quantityOf(batch.answers[0].result), std::optional<U256>(U256(m_config.chainId)));
        QVERIFY(quantityOf(batch.answers[1].result));
        const auto code = dataOf(batch.answers[2].result);
        QVERIFY(code && code->size() > 100); // the registry is deployed
        // Each answer is the one for its own call.
        for (qsizetype i = 3; i < calls.size(); ++i) {
            const RpcAnswer single = client.callSync(calls[i].method, calls[i].params);
            QCOMPARE(batch.answers[i].result, single.result);
        }
    }

    void nodeErrorIsNotRetried()
    {
        RpcClient client(m_config.nodes.constFirst());
        const RpcAnswer answer = client.callSync(QStringLiteral("carnet_noSuchMethod"));
        QCOMPARE(answer.error.kind, RpcErrorKind::RpcError);
        QCOMPARE(answer.error.code, -32601);
        QCOMPARE(client.requestsSent(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRpcAnvil)
#include "tst_rpc_anvil.moc"
