// SPDX-License-Identifier: GPL-3.0-or-later
// Gas without linking: the fixture's devnet runs like the production chain (anvil --base-fee 0
// --gas-price 0 --disable-min-priority-fee; its network file says "devnet": true, "gas": "free"), and
// EthClient with GasPricing::Free sends every transaction with zero fees, so a fresh key holding
// nothing (a record's P_n, a sharing or study key) transacts and still holds nothing afterwards. With
// market pricing the same key cannot pay the node's suggested tip (why the file says "free"). Free on
// a chain whose base fee is not zero is refused with a clear BadAnswer; on a chain without EIP-1559 it
// is a legacy transaction at gasPrice 0.
#include "core/ledger/ethclient.h"
#include "tests/core/devnettestutil.h"

#include <QtTest>

using namespace carnet::core::ledger;
namespace crypto = carnet::crypto;

namespace {

TxRequest smallCall()
{
    TxRequest tx;
    tx.to = crypto::addressOf(crypto::PrivateKey::generate().publicKey());
    tx.data = {0xca, 0xfe};
    return tx;
}

QJsonObject transactionOf(EthClient &client, const crypto::Hash32 &hash)
{
    return client.request(QStringLiteral("eth_getTransactionByHash"), {hexOf(hash)}).result.toObject();
}

} // namespace

class TestEthClientZeroGas : public QObject
{
    Q_OBJECT
    NetworkConfig m_config;

private Q_SLOTS:
    void initTestCase()
    {
        const auto config = carnet::test::devnetConfig();
        QVERIFY2(config, "no devnet network file: run through ctest (fixture devnet)");
        m_config = *config;
    }

    void devnetIsZeroGas()
    {
        QVERIFY(m_config.devnet);
        QCOMPARE(m_config.gas, GasPricing::Free);
        EthClient client(m_config);
        QCOMPARE(client.gasPricing(), GasPricing::Free);
        QCOMPARE(quantityOf(client.request(QStringLiteral("eth_gasPrice")).result), std::optional<U256>(U256(0)));
        const QJsonObject block = client.request(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false}).result.toObject();
        QCOMPARE(block.value(QLatin1String("baseFeePerGas")).toString(), QStringLiteral("0x0"));
        const auto fees = client.feeParams();
        QVERIFY(fees);
        QCOMPARE(fees->type, TxType::Eip1559);
        QCOMPARE(fees->maxFeePerGas, U256(0));
        QCOMPARE(fees->maxPriorityFeePerGas, U256(0));
    }

    void unfundedKeySendsWithZeroFees()
    {
        EthClient client(m_config);
        const crypto::PrivateKey key = crypto::PrivateKey::generate(); // never funded
        const crypto::Address sender = crypto::addressOf(key.publicKey());
        QCOMPARE(client.balance(sender).value(), U256(0));
        std::vector<crypto::Hash32> hashes;
        for (int i = 0; i < 3; ++i) {
            const auto hash = client.sendTransaction(key, smallCall());
            QVERIFY2(hash, qPrintable(hash ? QString() : hash.error().toString()));
            hashes.push_back(*hash);
        }
        for (std::size_t i = 0; i < hashes.size(); ++i) {
            const auto receipt = client.waitForReceipt(hashes[i]);
            QVERIFY(receipt && receipt->success);
            const QJsonObject tx = transactionOf(client, hashes[i]);
            QCOMPARE(tx.value(QLatin1String("type")).toString(), QStringLiteral("0x2"));
            QCOMPARE(tx.value(QLatin1String("maxFeePerGas")).toString(), QStringLiteral("0x0"));
            QCOMPARE(tx.value(QLatin1String("maxPriorityFeePerGas")).toString(), QStringLiteral("0x0"));
            QCOMPARE(tx.value(QLatin1String("nonce")).toString(), quantityText(U256(i)));
        }
        QCOMPARE(client.balance(sender).value(), U256(0)); // nothing was ever sent to it, nothing was paid
        QCOMPARE(client.pendingNonce(sender).value(), std::uint64_t(3));
    }

    void marketPricingNeedsFunds()
    {
        // The same chain, the node's suggested tip (anvil's 1 gwei): a key holding nothing cannot pay.
        EthClient client(m_config.chainId, m_config.nodes);
        QCOMPARE(client.gasPricing(), GasPricing::Market);
        const auto fees = client.feeParams();
        QVERIFY(fees);
        QVERIFY(!fees->maxFeePerGas.isZero());
        const auto hash = client.sendTransaction(crypto::PrivateKey::generate(), smallCall());
        QVERIFY(!hash);
        QCOMPARE(hash.error().kind, RpcErrorKind::RpcError);
        QVERIFY2(hash.error().message.contains(QLatin1String("funds"), Qt::CaseInsensitive), qPrintable(hash.error().toString()));
    }

    void freeOnAChainWithABaseFeeIsRefused()
    {
        carnet::test::ExtraAnvil chain({QStringLiteral("--chain-id"), QStringLiteral("1339")}); // anvil's default base fee
        QVERIFY(chain.ready());
        EthClient client(1339, {chain.url()}, {}, GasPricing::Free);
        const auto fees = client.feeParams();
        QVERIFY(!fees);
        QCOMPARE(fees.error().kind, RpcErrorKind::BadAnswer);
        QVERIFY2(fees.error().message.contains(QLatin1String("says gas is free, but the chain's base fee is")),
                 qPrintable(fees.error().message));
        QVERIFY(!client.sendTransaction(crypto::PrivateKey::generate(), smallCall()));
    }

    void freeOnALegacyChain()
    {
        carnet::test::ExtraAnvil chain({QStringLiteral("--chain-id"), QStringLiteral("1340"), QStringLiteral("--hardfork"),
                                        QStringLiteral("berlin"), QStringLiteral("--gas-price"), QStringLiteral("0")});
        QVERIFY(chain.ready());
        EthClient client(1340, {chain.url()}, {}, GasPricing::Free);
        const crypto::PrivateKey key = crypto::PrivateKey::generate();
        const auto hash = client.sendTransaction(key, smallCall());
        QVERIFY2(hash, qPrintable(hash ? QString() : hash.error().toString()));
        QVERIFY(client.waitForReceipt(*hash));
        const QJsonObject tx = transactionOf(client, *hash);
        QCOMPARE(tx.value(QLatin1String("type")).toString(), QStringLiteral("0x0"));
        QCOMPARE(tx.value(QLatin1String("gasPrice")).toString(), QStringLiteral("0x0"));
        QCOMPARE(client.balance(crypto::addressOf(key.publicKey())).value(), U256(0));
    }
};

QTEST_GUILESS_MAIN(TestEthClientZeroGas)
#include "tst_ethclient_zerogas.moc"
