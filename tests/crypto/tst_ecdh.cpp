// SPDX-License-Identifier: GPL-3.0-or-later
// ECDH: Wycheproof ecdh_secp256k1_test.json (DER SubjectPublicKeyInfo peers) and symmetry.
#include "crypto/secp256k1.h"
#include "wycheproof.h"

#include <QTest>

using namespace carnet::crypto;

namespace {

ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

QByteArray toQt(const SecureBuffer &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

// A minimal strict-DER reader, enough for a SubjectPublicKeyInfo. Only definite, minimal lengths.
struct Der
{
    QByteArray data;
    qsizetype pos = 0;

    // Reads one TLV with the given tag; returns its contents or nullopt.
    std::optional<QByteArray> read(quint8 tag)
    {
        if (pos + 2 > data.size() || static_cast<quint8>(data.at(pos)) != tag)
            return std::nullopt;
        qsizetype len = static_cast<quint8>(data.at(pos + 1));
        pos += 2;
        if (len & 0x80) {
            const int count = static_cast<int>(len & 0x7f);
            if (count == 0 || count > 2 || pos + count > data.size() || data.at(pos) == 0)
                return std::nullopt; // indefinite, oversized or non-minimal length
            len = 0;
            for (int i = 0; i < count; ++i)
                len = (len << 8) | static_cast<quint8>(data.at(pos++));
            if (len < 0x80)
                return std::nullopt; // long form where the short form fits
        }
        if (pos + len > data.size())
            return std::nullopt;
        const QByteArray contents = data.mid(pos, len);
        pos += len;
        return contents;
    }
    bool atEnd() const { return pos == data.size(); }
};

enum class SpkiError { None, Asn, NotNamedSecp256k1 };

// SPKI ::= SEQUENCE { SEQUENCE { OID id-ecPublicKey, OID secp256k1 }, BIT STRING point }.
// Only the named curve is accepted (explicit parameters, even equal to secp256k1's, are refused).
SpkiError decodeSpki(const QByteArray &der, QByteArray *point)
{
    static const QByteArray ecPublicKey = QByteArray::fromHex("2a8648ce3d0201"); // 1.2.840.10045.2.1
    static const QByteArray secp256k1 = QByteArray::fromHex("2b8104000a");       // 1.3.132.0.10
    Der outer{der};
    const auto spki = outer.read(0x30);
    if (!spki || !outer.atEnd())
        return SpkiError::Asn;
    Der inner{*spki};
    const auto algorithm = inner.read(0x30);
    const auto bits = inner.read(0x03);
    if (!algorithm || !bits || !inner.atEnd() || bits->isEmpty() || bits->at(0) != 0)
        return SpkiError::Asn;
    Der alg{*algorithm};
    const auto oid = alg.read(0x06);
    if (!oid || *oid != ecPublicKey)
        return SpkiError::Asn;
    const auto curve = alg.read(0x06);
    if (!curve || !alg.atEnd())
        return SpkiError::NotNamedSecp256k1;
    if (*curve != secp256k1)
        return SpkiError::NotNamedSecp256k1;
    *point = bits->mid(1);
    return SpkiError::None;
}

// Wycheproof private keys are big-endian integers that may carry a leading 00.
QByteArray scalar32(QByteArray bytes)
{
    while (bytes.size() > 32 && bytes.at(0) == 0)
        bytes.remove(0, 1);
    return QByteArray(32 - bytes.size(), '\0') + bytes;
}

} // namespace

class Ecdh : public QObject
{
    Q_OBJECT
    int m_acceptableAccepted = 0;
    int m_acceptableRejected = 0;

private Q_SLOTS:
    void wycheproof_data()
    {
        QTest::addColumn<QByteArray>("publicDer");
        QTest::addColumn<QByteArray>("privateKey");
        QTest::addColumn<QByteArray>("shared");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QStringList>("flags");
        const auto cases = carnet::test::loadWycheproof(QStringLiteral("ecdh_secp256k1_test.json"));
        QVERIFY2(cases.size() == 752, "ecdh_secp256k1_test.json missing or changed");
        for (const auto &c : cases) {
            QStringList flags;
            for (const QJsonValue &flag : c.test.value(QStringLiteral("flags")).toArray())
                flags << flag.toString();
            QTest::addRow("tc%d", c.tcId()) << c.hex(QStringLiteral("public")) << c.hex(QStringLiteral("private"))
                                            << c.hex(QStringLiteral("shared")) << c.result() << flags;
        }
    }
    void wycheproof()
    {
        QFETCH(QByteArray, publicDer);
        QFETCH(QByteArray, privateKey);
        QFETCH(QByteArray, shared);
        QFETCH(QString, result);
        QFETCH(QStringList, flags);

        const auto key = PrivateKey::fromBytes(view(scalar32(privateKey)));
        QVERIFY2(key.has_value(), "every Wycheproof private key is a valid scalar");
        QByteArray point;
        const SpkiError spki = decodeSpki(publicDer, &point);
        std::optional<PublicKey> peer;
        if (spki == SpkiError::None)
            peer = PublicKey::parse(view(point));

        if (result == QLatin1String("valid")) {
            QVERIFY2(peer.has_value(), "a valid peer key was rejected");
            QCOMPARE(toQt(ecdhSharedX(*key, *peer)).toHex(), shared.toHex());
        } else if (result == QLatin1String("invalid")) {
            QVERIFY2(!peer.has_value(), "an invalid peer key was accepted");
            // Invalid points inside a well-formed named-curve SPKI must be refused by PublicKey::parse
            // itself, not by the test's ASN.1 reader.
            if (flags.contains(QLatin1String("InvalidCurveAttack")) || flags.contains(QLatin1String("InvalidCompressedPublic")))
                QCOMPARE(spki, SpkiError::None);
        } else { // acceptable: either way is fine, but an accepted key must give the right secret
            if (peer) {
                ++m_acceptableAccepted;
                QCOMPARE(toQt(ecdhSharedX(*key, *peer)).toHex(), shared.toHex());
            } else {
                ++m_acceptableRejected;
            }
        }
    }

    void symmetry()
    {
        for (int i = 0; i < 64; ++i) {
            const PrivateKey a = PrivateKey::generate();
            const PrivateKey b = PrivateKey::generate();
            const SecureBuffer ab = ecdhSharedX(a, b.publicKey());
            const SecureBuffer ba = ecdhSharedX(b, a.publicKey());
            QCOMPARE(ab.size(), std::size_t{32});
            QVERIFY(constantTimeEqual(ab.view(), ba.view()));
            const PrivateKey c = PrivateKey::generate();
            QVERIFY(!constantTimeEqual(ab.view(), ecdhSharedX(a, c.publicKey()).view()));
        }
    }

    void sharedXIsTheXCoordinate()
    {
        // 1·P = P: the shared value with the scalar 1 is P's own x coordinate (no hashing applied).
        QByteArray one(32, '\0');
        one[31] = 1;
        const auto unit = PrivateKey::fromBytes(view(one));
        const PublicKey peer = PrivateKey::generate().publicKey();
        const auto encoded = peer.uncompressed();
        QVERIFY(unit.has_value());
        QCOMPARE(toQt(ecdhSharedX(*unit, peer)),
                 QByteArray(reinterpret_cast<const char *>(encoded.data()) + 1, 32));
    }

    void cleanupTestCase()
    {
        qInfo("Wycheproof ECDH 'acceptable' cases: %d accepted (shared secret checked), %d rejected",
              m_acceptableAccepted, m_acceptableRejected);
    }
};

QTEST_GUILESS_MAIN(Ecdh)
#include "tst_ecdh.moc"
