// SPDX-License-Identifier: GPL-3.0-or-later
// AES-256-GCM: every Wycheproof aes_gcm_test.json case with a 256-bit key, 96-bit IV and 128-bit tag;
// round trips; and tamper tests (every tag bit, ciphertext bits, every nonce bit, every AD bit, every
// key bit, and every truncation) that must all be rejected.
#include "crypto/aead.h"
#include "crypto/random.h"
#include "wycheproof.h"

#include <QTest>

using namespace carnet::crypto;
using carnet::test::loadWycheproof;

namespace {

ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

QByteArray toQt(ByteView bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

void flipBit(Bytes &bytes, std::size_t bit)
{
    bytes[bit / 8] = static_cast<std::uint8_t>(bytes[bit / 8] ^ (1U << (bit % 8)));
}

bool isSelected(const carnet::test::WycheproofCase &c)
{
    return c.group.value(QStringLiteral("keySize")).toInt() == 256 &&
           c.group.value(QStringLiteral("ivSize")).toInt() == 96 &&
           c.group.value(QStringLiteral("tagSize")).toInt() == 128;
}

} // namespace

class AesGcmTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wycheproof_data();
    void wycheproof();
    void wycheproofSelection();
    void roundTrip_data();
    void roundTrip();
    void tamper_data();
    void tamper();
    void truncation();
    void wrongAssociatedDataLength();
};

void AesGcmTest::wycheproof_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QByteArray>("sealed");
    QTest::addColumn<bool>("valid");
    for (const auto &c : loadWycheproof(QStringLiteral("aes_gcm_test.json"))) {
        if (!isSelected(c))
            continue;
        QTest::addRow("tcId %d", c.tcId()) << c.hex(QStringLiteral("key")) << c.hex(QStringLiteral("iv"))
                                           << c.hex(QStringLiteral("aad")) << c.hex(QStringLiteral("msg"))
                                           << c.hex(QStringLiteral("ct")) + c.hex(QStringLiteral("tag"))
                                           << (c.result() == QLatin1String("valid"));
    }
}

void AesGcmTest::wycheproof()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, msg);
    QFETCH(QByteArray, sealed);
    QFETCH(bool, valid);
    const auto opened = aeadOpen(view(key), view(iv), view(sealed), view(aad));
    if (valid) {
        QCOMPARE(toQt(aeadSeal(view(key), view(iv), view(msg), view(aad))).toHex(), sealed.toHex());
        QVERIFY(opened.has_value());
        QCOMPARE(toQt(opened->view()).toHex(), msg.toHex());
    } else {
        QVERIFY(!opened.has_value());
    }
}

void AesGcmTest::wycheproofSelection()
{
    int valid = 0;
    int invalid = 0;
    for (const auto &c : loadWycheproof(QStringLiteral("aes_gcm_test.json")))
        if (isSelected(c))
            ++(c.result() == QLatin1String("valid") ? valid : invalid);
    // tcId 91..156 of testvectors_v1/aes_gcm_test.json.
    QCOMPARE(valid, 39);
    QCOMPARE(invalid, 27);
}

void AesGcmTest::roundTrip_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("ad");
    for (int length : {0, 1, 15, 16, 17, 64, 1000, 1 << 20}) {
        QTest::addRow("%d bytes, no AD", length) << length << QByteArray();
        QTest::addRow("%d bytes, AD", length) << length << QByteArray("record/42");
    }
}

void AesGcmTest::roundTrip()
{
    QFETCH(int, length);
    QFETCH(QByteArray, ad);
    const SecureBuffer key = randomSecret(kAeadKeySize);
    const Bytes nonce = randomBytes(kAeadNonceSize);
    const Bytes plaintext = randomBytes(static_cast<std::size_t>(length));
    const Bytes sealed = aeadSeal(key.view(), nonce, plaintext, view(ad));
    QCOMPARE(sealed.size(), plaintext.size() + kAeadTagSize);
    if (length >= 16) // the ciphertext is not the plaintext
        QVERIFY(!std::equal(plaintext.begin(), plaintext.end(), sealed.begin()));
    const auto opened = aeadOpen(key.view(), nonce, sealed, view(ad));
    QVERIFY(opened.has_value());
    QVERIFY(toQt(opened->view()) == toQt(plaintext));
}

void AesGcmTest::tamper_data()
{
    QTest::addColumn<QString>("part");
    for (const char *part : {"tag", "ciphertext", "nonce", "ad", "key"})
        QTest::newRow(part) << QString::fromLatin1(part);
}

// Flips one bit at a time in one input and expects every single variant to be rejected.
void AesGcmTest::tamper()
{
    QFETCH(QString, part);
    const SecureBuffer keyBuffer = randomSecret(kAeadKeySize);
    const Bytes key(keyBuffer.data(), keyBuffer.data() + keyBuffer.size());
    const Bytes nonce = randomBytes(kAeadNonceSize);
    const Bytes ad = randomBytes(16);
    const Bytes plaintext = randomBytes(64);
    const Bytes sealed = aeadSeal(key, nonce, plaintext, ad);
    QVERIFY(aeadOpen(key, nonce, sealed, ad).has_value());

    const std::size_t ctBits = plaintext.size() * 8;
    std::size_t tried = 0;
    QList<std::size_t> accepted; // bits whose flip went unnoticed: must stay empty
    auto reject = [&](const Bytes &k, const Bytes &n, const Bytes &s, const Bytes &a, std::size_t bit) {
        ++tried;
        if (aeadOpen(k, n, s, a).has_value())
            accepted.append(bit);
    };
    if (part == QLatin1String("tag")) {
        for (std::size_t bit = 0; bit < kAeadTagSize * 8; ++bit) {
            Bytes s = sealed;
            flipBit(s, ctBits + bit);
            reject(key, nonce, s, ad, bit);
        }
    } else if (part == QLatin1String("ciphertext")) {
        // Every bit of a 64-byte ciphertext: cheap enough to not need sampling.
        for (std::size_t bit = 0; bit < ctBits; ++bit) {
            Bytes s = sealed;
            flipBit(s, bit);
            reject(key, nonce, s, ad, bit);
        }
    } else if (part == QLatin1String("nonce")) {
        for (std::size_t bit = 0; bit < kAeadNonceSize * 8; ++bit) {
            Bytes n = nonce;
            flipBit(n, bit);
            reject(key, n, sealed, ad, bit);
        }
    } else if (part == QLatin1String("ad")) {
        for (std::size_t bit = 0; bit < ad.size() * 8; ++bit) {
            Bytes a = ad;
            flipBit(a, bit);
            reject(key, nonce, sealed, a, bit);
        }
    } else {
        for (std::size_t bit = 0; bit < kAeadKeySize * 8; ++bit) {
            Bytes k = key;
            flipBit(k, bit);
            reject(k, nonce, sealed, ad, bit);
        }
    }
    QVERIFY(tried >= 96);
    QCOMPARE(accepted, QList<std::size_t>());
}

void AesGcmTest::truncation()
{
    const SecureBuffer key = randomSecret(kAeadKeySize);
    const Bytes nonce = randomBytes(kAeadNonceSize);
    const Bytes sealed = aeadSeal(key.view(), nonce, asBytes("a short medical note"), {});
    QList<std::size_t> accepted;
    for (std::size_t length = 0; length < sealed.size(); ++length) {
        if (aeadOpen(key.view(), nonce, ByteView(sealed.data(), length), {}).has_value())
            accepted.append(length);
    }
    QCOMPARE(accepted, QList<std::size_t>());
    // And extension by one byte.
    Bytes longer = sealed;
    longer.push_back(0);
    QVERIFY(!aeadOpen(key.view(), nonce, longer, {}).has_value());
}

void AesGcmTest::wrongAssociatedDataLength()
{
    const SecureBuffer key = randomSecret(kAeadKeySize);
    const Bytes nonce = randomBytes(kAeadNonceSize);
    const Bytes sealed = aeadSeal(key.view(), nonce, asBytes("payload"), asBytes("context"));
    QVERIFY(aeadOpen(key.view(), nonce, sealed, asBytes("context")).has_value());
    QVERIFY(!aeadOpen(key.view(), nonce, sealed, {}).has_value());
    QVERIFY(!aeadOpen(key.view(), nonce, sealed, asBytes("contex")).has_value());
    QVERIFY(!aeadOpen(key.view(), nonce, sealed, asBytes(std::string_view("context\0", 8))).has_value());
    QVERIFY(!aeadOpen(key.view(), nonce, sealed, asBytes("contextx")).has_value());
}

QTEST_GUILESS_MAIN(AesGcmTest)
#include "tst_aes_gcm.moc"
