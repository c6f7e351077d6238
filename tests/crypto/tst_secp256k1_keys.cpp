// SPDX-License-Identifier: GPL-3.0-or-later
// Private and public key validation, SEC1 encodings and tweak addition (BIP-32 building blocks).
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

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// SEC 2 v2, section 2.4.1: the group order n, the field prime p and the generator G.
const QByteArray kOrder = hex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
const QByteArray kOrderMinus1 = hex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140");
const QByteArray kOrderPlus1 = hex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142");
const QByteArray kPrime = hex("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f");
const QByteArray kGx = hex("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
const QByteArray kGy = hex("483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");
// 2G (a well-known multiple, e.g. in the secp256k1 "small multiples" tables).
const QByteArray k2Gx = hex("c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5");
const QByteArray k2Gy = hex("1ae168fea63dc339a3c58419466ceaeef7f632653266d0e1236431a950cfe52a");

QByteArray scalar(int small)
{
    QByteArray out(32, '\0');
    out[31] = static_cast<char>(small);
    return out;
}

PrivateKey key(const QByteArray &bytes)
{
    auto parsed = PrivateKey::fromBytes(view(bytes));
    if (!parsed)
        qFatal("test key is invalid");
    return std::move(*parsed);
}

} // namespace

class Secp256k1Keys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void privateKeyRange_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("zero") << scalar(0) << false;
        QTest::newRow("one") << scalar(1) << true;
        QTest::newRow("n-1") << kOrderMinus1 << true;
        QTest::newRow("n") << kOrder << false;
        QTest::newRow("n+1") << kOrderPlus1 << false;
        QTest::newRow("2^256-1") << QByteArray(32, '\xff') << false;
        QTest::newRow("p (> n)") << kPrime << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("31 bytes") << scalar(1).mid(1) << false;
        QTest::newRow("33 bytes, leading zero") << (QByteArray(1, '\0') + scalar(1)) << false;
        QTest::newRow("64 bytes") << (scalar(1) + scalar(1)) << false;
    }
    void privateKeyRange()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        const auto parsed = PrivateKey::fromBytes(view(bytes));
        QCOMPARE(parsed.has_value(), valid);
        if (parsed)
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(parsed->secret().data()), 32), bytes);
    }

    void knownPublicKeys_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("uncompressed");
        QTest::newRow("1 -> G") << scalar(1) << (hex("04") + kGx + kGy);
        QTest::newRow("2 -> 2G") << scalar(2) << (hex("04") + k2Gx + k2Gy);
        // Published-oracle vector: the web3.js documentation key; public key computed with ethers 6
        // (SigningKey(...).publicKey, which uses @noble/curves), an implementation independent of
        // libsecp256k1.
        QTest::newRow("web3.js docs key")
            << hex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
            << hex("044e3b81af9c2234cad09d679ce6035ed1392347ce64ce405f5dcd36228a25de6e47fd35c4215d1edf53e6f83de344615ce7"
                   "19bdb0fd878f6ed76f06dd277956de");
    }
    void knownPublicKeys()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, uncompressed);
        const PublicKey pub = key(secret).publicKey();
        QCOMPARE(toQt(pub.uncompressed()), uncompressed);
        const char prefix = (uncompressed.at(64) & 1) ? '\x03' : '\x02';
        QCOMPARE(toQt(pub.compressed()), QByteArray(1, prefix) + uncompressed.mid(1, 32));
    }

    void negatedGenerator()
    {
        // (n-1)·G = -G: same x, odd y (p - Gy), so the compressed prefix is 03.
        const PublicKey minusG = key(kOrderMinus1).publicKey();
        QCOMPARE(toQt(minusG.compressed()), hex("03") + kGx);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        const QByteArray g = hex("04") + kGx + kGy;
        QByteArray offCurve = g;
        offCurve[64] = static_cast<char>(offCurve.at(64) ^ 1);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("infinity (00)") << hex("00");
        QTest::newRow("prefix only") << hex("02");
        QTest::newRow("x only, no prefix") << kGx;
        QTest::newRow("x||y, no prefix") << (kGx + kGy);
        QTest::newRow("off curve (y+1)") << offCurve;
        QTest::newRow("x = p") << (hex("02") + kPrime);
        QTest::newRow("x = 0 (no point)") << (hex("02") + QByteArray(32, '\0'));
        QTest::newRow("uncompressed x,y = 0") << (hex("04") + QByteArray(64, '\0'));
        QTest::newRow("uncompressed y = p") << (hex("04") + kGx + kPrime);
        QTest::newRow("prefix 00, 33 bytes") << (hex("00") + kGx);
        QTest::newRow("prefix 01, 33 bytes") << (hex("01") + kGx);
        QTest::newRow("prefix 04, 33 bytes") << (hex("04") + kGx);
        QTest::newRow("prefix 05, 65 bytes") << (hex("05") + kGx + kGy);
        QTest::newRow("prefix 02, 65 bytes") << (hex("02") + kGx + kGy);
        QTest::newRow("hybrid 06 (even y)") << (hex("06") + kGx + kGy);
        QTest::newRow("hybrid 07") << (hex("07") + kGx + kGy);
        QTest::newRow("compressed, 34 bytes") << (hex("02") + kGx + hex("00"));
        QTest::newRow("uncompressed, 64 bytes") << g.left(64);
        QTest::newRow("uncompressed, 66 bytes") << (g + hex("00"));
    }
    void parseRejects()
    {
        QFETCH(QByteArray, encoding);
        QVERIFY(!PublicKey::parse(view(encoding)).has_value());
    }

    void encodingRoundTrips()
    {
        for (int i = 0; i < 64; ++i) {
            const PublicKey pub = PrivateKey::generate().publicKey();
            const auto fromCompressed = PublicKey::parse(pub.compressed());
            const auto fromUncompressed = PublicKey::parse(pub.uncompressed());
            QVERIFY(fromCompressed && fromUncompressed);
            QVERIFY(*fromCompressed == pub);
            QVERIFY(*fromUncompressed == pub);
            QCOMPARE(fromCompressed->uncompressed(), pub.uncompressed());
        }
        QVERIFY(!(key(scalar(1)).publicKey() == key(scalar(2)).publicKey()));
    }

    void generateIsFreshAndValid()
    {
        const PrivateKey a = PrivateKey::generate();
        const PrivateKey b = PrivateKey::generate();
        QCOMPARE(a.secret().size(), std::size_t{32});
        QVERIFY(PrivateKey::fromBytes(a.secret().view()).has_value());
        QVERIFY(!constantTimeEqual(a.secret().view(), b.secret().view()));
        const PrivateKey c = a.clone();
        QVERIFY(constantTimeEqual(a.secret().view(), c.secret().view()));
    }

    void privateTweakAdd_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("tweak");
        QTest::addColumn<QByteArray>("expected"); // empty: nullopt
        QTest::newRow("1 + 1 = 2") << scalar(1) << scalar(1) << scalar(2);
        QTest::newRow("1 + 0 = 1") << scalar(1) << scalar(0) << scalar(1);
        QTest::newRow("(n-1) + 2 = 1 (mod n)") << kOrderMinus1 << scalar(2) << scalar(1);
        QTest::newRow("1 + (n-1) = 0: invalid") << scalar(1) << kOrderMinus1 << QByteArray();
        QTest::newRow("tweak = n: invalid") << scalar(1) << kOrder << QByteArray();
        QTest::newRow("tweak = 2^256-1: invalid") << scalar(1) << QByteArray(32, '\xff') << QByteArray();
        QTest::newRow("tweak 31 bytes") << scalar(1) << scalar(1).mid(1) << QByteArray();
        QTest::newRow("tweak 33 bytes") << scalar(1) << (QByteArray(1, '\0') + scalar(1)) << QByteArray();
    }
    void privateTweakAdd()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, tweak);
        QFETCH(QByteArray, expected);
        const PrivateKey base = key(secret);
        const auto sum = base.tweakAdd(view(tweak));
        QCOMPARE(sum.has_value(), !expected.isEmpty());
        if (sum)
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(sum->secret().data()), 32), expected);
        // The parent key is untouched.
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(base.secret().data()), 32), secret);
    }

    void publicTweakAdd()
    {
        const PublicKey g = key(scalar(1)).publicKey();
        const auto twoG = g.tweakAdd(view(scalar(1)));
        QVERIFY(twoG && *twoG == key(scalar(2)).publicKey());
        QVERIFY(!g.tweakAdd(view(kOrderMinus1)).has_value()); // G + (n-1)G = infinity
        QVERIFY(!g.tweakAdd(view(kOrder)).has_value());
        QVERIFY(!g.tweakAdd(view(scalar(1).mid(1))).has_value());
        const auto same = g.tweakAdd(view(scalar(0)));
        QVERIFY(same && *same == g);
    }

    void tweakAddCommutesWithPublicKey()
    {
        // point(k + t) == point(k) + t·G: what makes BIP-32 public derivation agree with private.
        for (int i = 0; i < 32; ++i) {
            const PrivateKey k = PrivateKey::generate();
            const PrivateKey t = PrivateKey::generate();
            const auto sum = k.tweakAdd(t.secret().view());
            const auto pubSum = k.publicKey().tweakAdd(t.secret().view());
            QVERIFY(sum && pubSum);
            QVERIFY(sum->publicKey() == *pubSum);
        }
    }
};

QTEST_GUILESS_MAIN(Secp256k1Keys)
#include "tst_secp256k1_keys.moc"
