// SPDX-License-Identifier: GPL-3.0-or-later
// PBKDF2-HMAC-SHA512 against published vectors.
//
// Source: the PBKDF2-HMAC-SHA-512 vectors of Stack Overflow question 15593184 ("PBKDF2-HMAC-SHA-512
// test vectors"), which extend RFC 6070's SHA-1 inputs to SHA-512; the same rows are used by
// trezor-firmware's crypto tests. Each value was also checked against Python's
// hashlib.pbkdf2_hmac('sha512', ...) (OpenSSL) before being written here.
#include "crypto/kdf.h"

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

} // namespace

class Pbkdf2Test : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void outputIsAPrefixFamily();
    void bip39Seed();
};

void Pbkdf2Test::vectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("c=1") << QByteArray("password") << QByteArray("salt") << 1U
                         << QByteArray::fromHex("867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252"
                                                "c02d470a285a0501bad999bfe943c08f050235d7d68b1da55e63f73b60a57fce");
    QTest::newRow("c=2") << QByteArray("password") << QByteArray("salt") << 2U
                         << QByteArray::fromHex("e1d9c16aa681708a45f5c7c4e215ceb66e011a2e9f0040713f18aefdb866d53c"
                                                "f76cab2868a39b9f7840edce4fef5a82be67335c77a6068e04112754f27ccf4e");
    QTest::newRow("c=4096") << QByteArray("password") << QByteArray("salt") << 4096U
                            << QByteArray::fromHex("d197b1b33db0143e018b12f3d1d1479e6cdebdcc97c5c0f87f6902e072f457b5"
                                                   "143f30602641b3d55cd335988cb36b84376060ecd532e039b742a239434af2d5");
    QTest::newRow("c=4096 long inputs")
        << QByteArray("passwordPASSWORDpassword") << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096U
        << QByteArray::fromHex("8c0511f4c6e597c6ac6315d8f0362e225f3c501495ba23b868c005174dc4ee71"
                               "115b59f9e60cd9532fa33e0f75aefe30225c583a186cd82bd4daea9724a3d3b8");
}

void Pbkdf2Test::vectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint32, iterations);
    QFETCH(QByteArray, key);
    const SecureBuffer out = pbkdf2Sha512(view(password), view(salt), iterations, static_cast<std::size_t>(key.size()));
    QCOMPARE(toQt(out).toHex(), key.toHex());
}

// PBKDF2 output blocks are independent: a shorter request is a prefix, a longer one spans blocks.
void Pbkdf2Test::outputIsAPrefixFamily()
{
    const SecureBuffer full = pbkdf2Sha512(asBytes("password"), asBytes("salt"), 2, 64);
    const SecureBuffer shortKey = pbkdf2Sha512(asBytes("password"), asBytes("salt"), 2, 20);
    const SecureBuffer twoBlocks = pbkdf2Sha512(asBytes("password"), asBytes("salt"), 2, 100);
    QCOMPARE(toQt(shortKey), toQt(full).left(20));
    QCOMPARE(toQt(twoBlocks).left(64), toQt(full));
    QCOMPARE(twoBlocks.size(), std::size_t{100});
}

// BIP-39's seed is PBKDF2-HMAC-SHA512(mnemonic, "mnemonic" + passphrase, 2048, 64): first vector of
// the BIP-39 reference (trezor/python-mnemonic vectors.json, passphrase "TREZOR").
void Pbkdf2Test::bip39Seed()
{
    const QByteArray mnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                              "abandon about");
    const SecureBuffer seed = pbkdf2Sha512(view(mnemonic), asBytes("mnemonicTREZOR"), 2048, 64);
    QCOMPARE(toQt(seed).toHex(), QByteArray("c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599"
                                            "d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"));
}

QTEST_GUILESS_MAIN(Pbkdf2Test)
#include "tst_pbkdf2.moc"
