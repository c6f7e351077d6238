// SPDX-License-Identifier: GPL-3.0-or-later
// A chain without EIP-1559 and with a zero gas price (like a Besu QBFT consortium network): an anvil of
// its own with --hardfork berlin --gas-price 0. EthClient must pick legacy EIP-155 transactions with
// gasPrice 0, and an account holding no ether at all can still transact.
#include "core/ledger/ethclient.h"
#include "tests/core/devnettestutil.h"

#include <QtTest>

using namespace carnet::core::ledger;
namespace crypto = carnet::crypto;

class TestEthClientLegacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zeroGasLegacyChain()
    {
        carnet::test::ExtraAnvil chain({QStringLiteral("--chain-id"), QStringLiteral("1338"), QStringLiteral("--hardfork"),
                                        QStringLiteral("berlin"), QStringLiteral("--gas-price"), QStringLiteral("0")});
        QVERIFY(chain.ready());
        EthClient client(1338, {chain.url()});
        const auto fees = client.feeParams();
        QVERIFY2(fees, qPrintable(fees ? QString() : fees.error().toString()));
        QCOMPARE(fees->type, TxType::Legacy);
        QCOMPARE(fees->gasPrice, U256(0));

        crypto::PrivateKey key = crypto::PrivateKey::generate(); // never funded
        TxRequest tx;
        tx.to = crypto::addressOf(crypto::PrivateKey::generate().publicKey());
        tx.data = {0xca, 0xfe};
        const auto hash = client.sendTransaction(key, tx);
        QVERIFY2(hash, qPrintable(hash ? QString() : hash.error().toString()));
        const auto receipt = client.waitForReceipt(*hash);
        QVERIFY(receipt && receipt->success);
        const QJsonObject o = client.request(QStringLiteral("eth_getTransactionByHash"), {hexOf(*hash)}).result.toObject();
        QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("0x0"));
        QCOMPARE(o.value(QLatin1String("gasPrice")).toString(), QStringLiteral("0x0"));
        QCOMPARE(o.value(QLatin1String("chainId")).toString(), QStringLiteral("0x53a")); // EIP-155: v carries 1338
        QCOMPARE(addressOf(o.value(QLatin1String("from"))), std::optional<crypto::Address>(crypto::addressOf(key.publicKey())));
    }
};

QTEST_GUILESS_MAIN(TestEthClientLegacy)
#include "tst_ethclient_legacy.moc"
