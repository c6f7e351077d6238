// SPDX-License-Identifier: GPL-3.0-or-later
// Every node's chain id is checked before the node is used: a second anvil on chain 999 next to the
// fixture's nodes is refused by name (ChainMismatch) and never used; a client whose only node is on
// another chain does nothing else; a fake node sees eth_chainId and nothing more.
#include "core/ledger/ethclient.h"
#include "tests/core/devnettestutil.h"
#include "tests/core/rpcfakenode.h"

#include <QtTest>

using namespace carnet::core::ledger;

class TestEthClientChain : public QObject
{
    Q_OBJECT
    NetworkConfig m_config;

private Q_SLOTS:
    void initTestCase()
    {
        auto config = carnet::test::devnetConfig();
        QVERIFY2(config, "no devnet network file: run through ctest (fixture devnet)");
        m_config = *config;
    }

    void otherChainIsRefused()
    {
        carnet::test::ExtraAnvil other({QStringLiteral("--chain-id"), QStringLiteral("999")});
        QVERIFY(other.ready());
        QList<QUrl> nodes{other.url()};
        nodes += m_config.nodes;
        EthClient client(m_config.chainId, nodes);
        QVERIFY(client.checkNodes());
        QCOMPARE(client.nodeStatus().size(), nodes.size());
        const NodeStatus &refused = client.nodeStatus().constFirst();
        QVERIFY(!refused.accepted);
        QCOMPARE(refused.error.kind, RpcErrorKind::ChainMismatch);
        QVERIFY(refused.error.message.contains(QStringLiteral("999")));
        for (qsizetype i = 1; i < nodes.size(); ++i)
            QVERIFY(client.nodeStatus()[i].accepted);
        // Calls go to an accepted node: the head is the devnet's, not the empty chain's.
        RpcClient direct(m_config.nodes.constFirst());
        const auto head = client.blockNumber();
        QVERIFY(head);
        QCOMPARE(U256(*head), *quantityOf(direct.callSync(QStringLiteral("eth_blockNumber")).result));
        QVERIFY(*head > 0);
    }

    void onlyNodeOnOtherChain()
    {
        carnet::test::ExtraAnvil other({QStringLiteral("--chain-id"), QStringLiteral("999")});
        QVERIFY(other.ready());
        EthClient client(m_config.chainId, {other.url()});
        const auto checked = client.checkNodes();
        QVERIFY(!checked);
        QCOMPARE(checked.error().kind, RpcErrorKind::ChainMismatch);
        const auto head = client.blockNumber();
        QVERIFY(!head);
        QCOMPARE(head.error().kind, RpcErrorKind::NoNode);

        EthClient wrongConfig(999, m_config.nodes);
        QVERIFY(!wrongConfig.checkNodes());
        QCOMPARE(wrongConfig.nodeStatus().size(), m_config.nodes.size());
        for (const NodeStatus &s : wrongConfig.nodeStatus())
            QCOMPARE(s.error.kind, RpcErrorKind::ChainMismatch);
    }

    void deadNodeIsSkipped()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        RpcOptions options;
        options.maxRetries = 0;
        const QList<QUrl> nodes{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), m_config.nodes.constLast()};
        EthClient client(m_config.chainId, nodes, options);
        QVERIFY(client.checkNodes());
        QCOMPARE(client.nodeStatus()[0].error.kind, RpcErrorKind::Transport);
        QVERIFY(client.nodeStatus()[1].accepted);
        QVERIFY(client.blockNumber());
    }

    void checkComesFirst()
    {
        QStringList methods;
        carnet::test::FakeRpcNode fake([&](const QJsonDocument &request, int) {
            methods.append(request.object().value(QLatin1String("method")).toString());
            return carnet::test::FakeReply{200, carnet::test::FakeRpcNode::result(carnet::test::FakeRpcNode::idOf(request), QStringLiteral("0x2")),
                                           {}, false, true, -1};
        });
        EthClient client(1, {fake.url()});
        const auto balance = client.balance(carnet::crypto::Address{});
        QVERIFY(!balance);
        QCOMPARE(balance.error().kind, RpcErrorKind::ChainMismatch);
        QCOMPARE(methods, QStringList{QStringLiteral("eth_chainId")});
    }
};

QTEST_GUILESS_MAIN(TestEthClientChain)
#include "tst_ethclient_chain.moc"
