// SPDX-License-Identifier: GPL-3.0-or-later
// ECDSA verification against Wycheproof secp256k1/SHA-256: the Bitcoin variant (high-S is invalid)
// as is, and the plain variant with signatures normalised to low-S first.
#include "crypto/hash.h"
#include "crypto/secp256k1.h"
#include "wycheproof.h"

#include <QTest>

using namespace carnet::crypto;

namespace {

ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

void addRows(const QString &fileName, int expectedCount)
{
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<QString>("result");
    const auto cases = carnet::test::loadWycheproof(fileName);
    QVERIFY2(cases.size() == expectedCount, qPrintable(fileName + QStringLiteral(" missing or changed")));
    for (const auto &c : cases) {
        const QByteArray key = QByteArray::fromHex(
            c.group.value(QStringLiteral("publicKey")).toObject().value(QStringLiteral("uncompressed")).toString().toLatin1());
        QTest::addRow("tc%d", c.tcId()) << key << c.hex(QStringLiteral("msg")) << c.hex(QStringLiteral("sig"))
                                        << c.result();
    }
}

// "valid" → true; "invalid" → false (a DER parse failure counts as false). Neither file has
// "acceptable" cases; one would fail the test so that its handling gets decided explicitly.
void check(const QByteArray &publicKey, const QByteArray &message, const QByteArray &der, const QString &result,
           bool normalise)
{
    QVERIFY2(result == QLatin1String("valid") || result == QLatin1String("invalid"), "unexpected 'acceptable' case");
    const auto key = PublicKey::parse(view(publicKey));
    QVERIFY2(key.has_value(), "the group's public key must parse");
    const Hash32 digest = sha256(view(message));
    const auto signature = Signature::fromDer(view(der));
    bool verified = false;
    if (signature)
        verified = verify(*key, digest, normalise ? signature->normalized() : *signature);
    QCOMPARE(verified, result == QLatin1String("valid"));
}

} // namespace

class EcdsaWycheproof : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bitcoin_data() { addRows(QStringLiteral("ecdsa_secp256k1_sha256_bitcoin_test.json"), 463); }
    void bitcoin()
    {
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, der);
        QFETCH(QString, result);
        check(publicKey, message, der, result, false);
    }

    void plainNormalised_data() { addRows(QStringLiteral("ecdsa_secp256k1_sha256_test.json"), 476); }
    void plainNormalised()
    {
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, der);
        QFETCH(QString, result);
        check(publicKey, message, der, result, true);
    }

    void highSRejectedWithoutNormalisation()
    {
        // The plain file's valid signatures with s > n/2 are valid ECDSA but malleable: verify()
        // itself must refuse them (EIP-2 / BIP-62), and accept their normalised twin.
        int highS = 0;
        for (const auto &c : carnet::test::loadWycheproof(QStringLiteral("ecdsa_secp256k1_sha256_test.json"))) {
            if (c.result() != QLatin1String("valid"))
                continue;
            const auto signature = Signature::fromDer(view(c.hex(QStringLiteral("sig"))));
            QVERIFY(signature.has_value());
            if (signature->isLowS())
                continue;
            ++highS;
            const auto key = PublicKey::parse(view(QByteArray::fromHex(
                c.group.value(QStringLiteral("publicKey")).toObject().value(QStringLiteral("uncompressed")).toString().toLatin1())));
            QVERIFY(key.has_value());
            const Hash32 digest = sha256(view(c.hex(QStringLiteral("msg"))));
            QVERIFY(!verify(*key, digest, *signature));
            QVERIFY(signature->normalized().isLowS());
            QVERIFY(verify(*key, digest, signature->normalized()));
        }
        QVERIFY(highS > 0);
        qInfo("high-S valid signatures in the plain file: %d", highS);
    }
};

QTEST_GUILESS_MAIN(EcdsaWycheproof)
#include "tst_ecdsa_wycheproof.moc"
