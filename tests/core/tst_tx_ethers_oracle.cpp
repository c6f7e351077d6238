// SPDX-License-Identifier: GPL-3.0-or-later
// Transactions against ethers.js (tests/oracles/tx-cases.mjs, ethers 6.17.0): for random EIP-1559
// and legacy EIP-155 transactions, calls and contract creations, our signed encoding and hash equal
// what ethers' Wallet.signTransaction produces byte for byte (both sign with RFC 6979 and low S), and
// our decoder reads ethers' raw transaction back to the same fields and sender.
#include "core/ledger/transaction.h"
#include "ledgeroracle.h"

#include <QTest>

using namespace carnet::core::ledger;
using namespace carnet::crypto;
using carnet::test::hexOf;
using carnet::test::toHexString;

namespace {
U256 u256(const QJsonObject &o, const char *key)
{
    return U256::fromDecimal(o.value(QLatin1String(key)).toString().toStdString()).value_or(U256::max());
}

std::uint64_t u64(const QJsonObject &o, const char *key)
{
    return u256(o, key).toUint64().value_or(0);
}
} // namespace

class TxEthersOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesEthers()
    {
        QString error;
        const QList<QJsonObject> cases = carnet::test::runOracle(
            QStringLiteral("tx-cases.mjs"), {QStringLiteral("150"), QStringLiteral("1559")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cases.size(), 150);

        int legacy = 0, creations = 0;
        for (const QJsonObject &c : cases) {
            Transaction tx;
            tx.type = c.value(QLatin1String("type")).toInt() == 0 ? TxType::Legacy : TxType::Eip1559;
            tx.chainId = u64(c, "chainId");
            tx.nonce = u64(c, "nonce");
            tx.gasLimit = u64(c, "gasLimit");
            tx.value = u256(c, "value");
            tx.data = hexOf(c.value(QLatin1String("data")));
            if (tx.type == TxType::Legacy) {
                tx.gasPrice = u256(c, "gasPrice");
                ++legacy;
            } else {
                tx.maxFeePerGas = u256(c, "maxFeePerGas");
                tx.maxPriorityFeePerGas = u256(c, "maxPriorityFeePerGas");
            }
            if (c.value(QLatin1String("to")).isNull())
                ++creations;
            else
                tx.to = parseAddress(c.value(QLatin1String("to")).toString().toStdString());
            const auto key = PrivateKey::fromBytes(hexOf(c.value(QLatin1String("privateKey"))));
            QVERIFY(key);

            const SignedTransaction ours = signTransaction(tx, *key);
            QCOMPARE(toHexString(ours.raw), c.value(QLatin1String("raw")).toString());
            QCOMPARE(toHexString(ours.hash), c.value(QLatin1String("hash")).toString());
            QCOMPARE(QString::fromStdString(toChecksumAddress(ours.sender)), c.value(QLatin1String("from")).toString());

            const auto decoded = decodeSignedTransaction(hexOf(c.value(QLatin1String("raw"))));
            QVERIFY2(decoded.ok(), decoded.ok() ? "" : describe(decoded.error()));
            QVERIFY(decoded->tx == tx);
            QVERIFY(decoded->signature == ours.signature);
            QCOMPARE(QString::fromStdString(toChecksumAddress(decoded->sender)),
                     c.value(QLatin1String("from")).toString());
            QCOMPARE(toHexString(decoded->hash), c.value(QLatin1String("hash")).toString());
        }
        QVERIFY(legacy >= 40);
        QVERIFY(cases.size() - legacy >= 90);
        QVERIFY(creations >= 10);
    }
};

QTEST_GUILESS_MAIN(TxEthersOracle)
#include "tst_tx_ethers_oracle.moc"
