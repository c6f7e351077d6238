// SPDX-License-Identifier: GPL-3.0-or-later
// ECDSA signing: round trips, low-S output, RFC 6979 determinism checked against published and
// independent-oracle signatures, and the low-S helpers.
#include "crypto/hash.h"
#include "crypto/random.h"
#include "crypto/secp256k1.h"

#include <QTest>

using namespace carnet::crypto;

namespace {

ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

template <std::size_t N>
QByteArray toQt(const std::array<std::uint8_t, N> &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(N));
}

Hash32 randomDigest()
{
    Hash32 digest{};
    randomFill(digest);
    return digest;
}

const QByteArray kWeb3DocsKey = QByteArray::fromHex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");

} // namespace

class EcdsaSign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownSignatures_data()
    {
        QTest::addColumn<QByteArray>("message"); // signed as keccak256(message)
        QTest::addColumn<QByteArray>("rs");
        QTest::addColumn<int>("recoveryId");
        // Published vector: web3.js documentation of web3.eth.accounts.sign('Some data', <key>)
        // (https://docs.web3js.org/api/web3-eth-accounts/function/sign): EIP-191 message hash
        // 0x1da44b58…1655, v = 0x1c.
        QTest::newRow("web3.js docs: personal_sign 'Some data'")
            << QByteArray("\x19" "Ethereum Signed Message:\n9Some data")
            << QByteArray::fromHex("b91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd"
                                   "6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a029")
            << 1;
        // Independent oracle: ethers 6.x (SigningKey(key).sign(keccak256(toUtf8Bytes(message))), which
        // uses @noble/curves with RFC 6979), generated with node 20 in a scratch directory; r ‖ s and
        // yParity as printed.
        QTest::newRow("ethers: keccak256('Some data')")
            << QByteArray("Some data")
            << QByteArray::fromHex("93da7e2ddd6b2ff1f5af0c752f052ed0d7d5bff19257db547a69cd9a879b37d4"
                                   "334485e42b33815fd2cf8a245a5393b282214060844a9681495df2257140e75c")
            << 0;
        QTest::newRow("ethers: keccak256('Carnet')")
            << QByteArray("Carnet")
            << QByteArray::fromHex("a5bcee3fd3d0eba4465313ddd7fbf9dac3d7bbf3781597d8f2501a33c2f5e5d8"
                                   "3ac2ff6f8a4e32179fb96715cadbadc99ba4d4a3567aa0867e1350c7bf210c31")
            << 0;
        QTest::newRow("ethers: keccak256('')")
            << QByteArray()
            << QByteArray::fromHex("8aeffbfd072adec5a47c2cf0c65ea6360a8be719e48cf851ac667879c712b382"
                                   "76e45dc7c134e82237f1c910c73641383c77a2501751c92cb72247e095161660")
            << 0;
    }
    void knownSignatures()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, rs);
        QFETCH(int, recoveryId);
        const auto key = PrivateKey::fromBytes(view(kWeb3DocsKey));
        QVERIFY(key.has_value());
        const Hash32 digest = keccak256(view(message));
        QCOMPARE(toQt(sign(*key, digest).rs).toHex(), rs.toHex());
        const RecoverableSignature recoverable = signRecoverable(*key, digest);
        QCOMPARE(toQt(recoverable.rs).toHex(), rs.toHex());
        QCOMPARE(int(recoverable.recoveryId), recoveryId);
        QVERIFY(verify(key->publicKey(), digest, recoverable.signature()));
    }

    void roundTripsAreLowSAndDeterministic()
    {
        for (int i = 0; i < 200; ++i) {
            const PrivateKey key = PrivateKey::generate();
            const PublicKey pub = key.publicKey();
            const Hash32 digest = randomDigest();
            const Signature signature = sign(key, digest);
            QVERIFY(signature.isLowS());
            QVERIFY(signature.normalized() == signature);
            QVERIFY(verify(pub, digest, signature));
            QVERIFY(sign(key, digest) == signature); // RFC 6979: same key and digest, same signature

            Hash32 otherDigest = digest;
            otherDigest[i % 32] ^= 0x01;
            QVERIFY(!verify(pub, otherDigest, signature));
            QVERIFY(!verify(PrivateKey::generate().publicKey(), digest, signature));
            Signature tampered = signature;
            tampered.rs[static_cast<std::size_t>(i % 64)] ^= 0x80;
            QVERIFY(!verify(pub, digest, tampered));
        }
    }

    void lowSBoundary_data()
    {
        QTest::addColumn<QByteArray>("s");
        QTest::addColumn<bool>("lowS");
        QTest::addColumn<QByteArray>("normalisedS");
        const QByteArray halfN = QByteArray::fromHex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");
        const QByteArray halfNPlus1 = QByteArray::fromHex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a1");
        const QByteArray nMinus1 = QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140");
        QByteArray one(32, '\0');
        one[31] = 1;
        QTest::newRow("s = 1") << one << true << one;
        QTest::newRow("s = n/2 (floor)") << halfN << true << halfN;
        QTest::newRow("s = n/2 + 1 -> n - s = n/2") << halfNPlus1 << false << halfN;
        QTest::newRow("s = n - 1 -> 1") << nMinus1 << false << one;
    }
    void lowSBoundary()
    {
        QFETCH(QByteArray, s);
        QFETCH(bool, lowS);
        QFETCH(QByteArray, normalisedS);
        Signature signature;
        signature.rs[31] = 1; // r = 1
        std::copy(s.cbegin(), s.cend(), signature.rs.begin() + 32);
        QCOMPARE(signature.isLowS(), lowS);
        const Signature normalised = signature.normalized();
        QVERIFY(normalised.isLowS());
        QCOMPARE(toQt(normalised.rs).mid(32).toHex(), normalisedS.toHex());
        QCOMPARE(toQt(normalised.rs).left(32), toQt(signature.rs).left(32));
    }

    void highSTwinIsRejected()
    {
        const PrivateKey key = PrivateKey::generate();
        const Hash32 digest = randomDigest();
        const Signature signature = sign(key, digest);
        // Build (r, n - s) by hand with the BIP-62 arithmetic and check verify() refuses it.
        static const QByteArray n = QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        Signature twin = signature;
        int borrow = 0;
        for (int i = 31; i >= 0; --i) {
            const int d = static_cast<quint8>(n.at(i)) - signature.rs[32 + static_cast<std::size_t>(i)] - borrow;
            twin.rs[32 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(d & 0xff);
            borrow = d < 0 ? 1 : 0;
        }
        QVERIFY(!twin.isLowS());
        QVERIFY(!verify(key.publicKey(), digest, twin));
        QVERIFY(twin.normalized() == signature);
    }

    void derStrictness_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<bool>("parses");
        // A well-formed signature (r = 1, s = 1) and variations of it.
        QTest::newRow("minimal") << QByteArray::fromHex("3006020101020101") << true;
        QTest::newRow("trailing byte") << QByteArray::fromHex("300602010102010100") << false;
        QTest::newRow("long-form length") << QByteArray::fromHex("308106020101020101") << false;
        QTest::newRow("padded integer") << QByteArray::fromHex("300702020001020101") << false;
        QTest::newRow("negative r") << QByteArray::fromHex("3006020181020101") << false;
        QTest::newRow("r = 0") << QByteArray::fromHex("3006020100020101") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("wrong tag") << QByteArray::fromHex("3106020101020101") << false;
        QTest::newRow("r >= n") << QByteArray::fromHex("3026022100fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141020101")
                                << false;
    }
    void derStrictness()
    {
        QFETCH(QByteArray, der);
        QFETCH(bool, parses);
        QCOMPARE(Signature::fromDer(view(der)).has_value(), parses);
    }
};

QTEST_GUILESS_MAIN(EcdsaSign)
#include "tst_ecdsa_sign.moc"
