// SPDX-License-Identifier: GPL-3.0-or-later
// EIP-712 against ethers.js (tests/oracles/eip712-cases.mjs, ethers 6.17.0): for 120 random typed-data
// documents (nested structs, arrays, bytes, strings, uintN/intN of many sizes, addresses, random domain
// fields) our encodeType, domain separator, message hash and digest equal ethers' TypedDataEncoder,
// our signature equals Wallet.signTypedData byte for byte (RFC 6979, low S), and we recover the signer.
#include "core/ledger/eip712.h"
#include "ledgeroracle.h"

#include <QTest>

using namespace carnet::core::ledger;
using namespace carnet::crypto;
using carnet::test::hexOf;
using carnet::test::toHexString;

class Eip712EthersOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesEthers()
    {
        QString error;
        const QList<QJsonObject> cases = carnet::test::runOracle(
            QStringLiteral("eip712-cases.mjs"), {QStringLiteral("120"), QStringLiteral("712")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cases.size(), 120);

        int nested = 0;
        for (const QJsonObject &c : cases) {
            const QJsonObject json = c.value(QLatin1String("typedData")).toObject();
            const auto data = TypedData::fromJson(json);
            QVERIFY2(data.ok(), data.ok() ? "" : describe(data.error()));
            if (json.value(QLatin1String("types")).toObject().size() > 2)
                ++nested;
            QCOMPARE(data->encodeType(data->primaryType()), c.value(QLatin1String("encodeType")).toString());
            QCOMPARE(toHexString(data->domainSeparator()), c.value(QLatin1String("domainSeparator")).toString());
            QCOMPARE(toHexString(data->messageHash()), c.value(QLatin1String("messageHash")).toString());
            QCOMPARE(toHexString(data->digest()), c.value(QLatin1String("digest")).toString());

            const auto key = PrivateKey::fromBytes(hexOf(c.value(QLatin1String("privateKey"))));
            QVERIFY(key);
            const RecoverableSignature signature = signTypedData(*data, *key);
            QCOMPARE(toHexString(signature.toRsv()), c.value(QLatin1String("signature")).toString());
            const auto theirs = RecoverableSignature::fromRsv(hexOf(c.value(QLatin1String("signature"))));
            QVERIFY(theirs);
            const auto signer = recoverTypedDataSigner(*data, *theirs);
            QVERIFY(signer);
            QCOMPARE(QString::fromStdString(toChecksumAddress(*signer)), c.value(QLatin1String("address")).toString());
        }
        QVERIFY2(nested >= 30, "too few cases with nested structs");
    }
};

QTEST_GUILESS_MAIN(Eip712EthersOracle)
#include "tst_eip712_ethers_oracle.moc"
