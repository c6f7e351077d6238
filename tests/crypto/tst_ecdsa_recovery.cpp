// SPDX-License-Identifier: GPL-3.0-or-later
// Public-key recovery (Ethereum's ecrecover) and the r ‖ s ‖ v encoding.
#include "crypto/random.h"
#include "crypto/secp256k1.h"

#include <QTest>

using namespace carnet::crypto;

namespace {

ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

Hash32 randomDigest()
{
    Hash32 digest{};
    randomFill(digest);
    return digest;
}

// (r, n - s): the high-S twin of a signature.
RecoverableSignature highSTwin(RecoverableSignature sig)
{
    static const QByteArray n = QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        const auto at = 32 + static_cast<std::size_t>(i);
        const int d = static_cast<quint8>(n.at(i)) - sig.rs[at] - borrow;
        sig.rs[at] = static_cast<std::uint8_t>(d & 0xff);
        borrow = d < 0 ? 1 : 0;
    }
    sig.recoveryId ^= 1; // negating s flips the parity of the recovered R
    return sig;
}

} // namespace

class EcdsaRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recoverReturnsTheSigner()
    {
        for (int i = 0; i < 500; ++i) {
            const PrivateKey key = PrivateKey::generate();
            const Hash32 digest = randomDigest();
            const RecoverableSignature sig = signRecoverable(key, digest);
            QVERIFY(sig.recoveryId <= 1); // ids 2 and 3 need r >= n - p: probability ~2^-127
            QVERIFY(sig.signature() == sign(key, digest));
            const auto recovered = recover(digest, sig);
            QVERIFY(recovered.has_value());
            QVERIFY(*recovered == key.publicKey());

            // The other recovery id gives another key (or none), never the signer.
            RecoverableSignature wrongId = sig;
            wrongId.recoveryId ^= 1;
            const auto other = recover(digest, wrongId);
            QVERIFY(!other || !(*other == key.publicKey()));

            // Another digest recovers someone else.
            Hash32 otherDigest = digest;
            otherDigest[0] ^= 1;
            const auto stranger = recover(otherDigest, sig);
            QVERIFY(!stranger || !(*stranger == key.publicKey()));
        }
    }

    void highSIsRejected()
    {
        for (int i = 0; i < 50; ++i) {
            const PrivateKey key = PrivateKey::generate();
            const Hash32 digest = randomDigest();
            const RecoverableSignature twin = highSTwin(signRecoverable(key, digest));
            QVERIFY(!twin.signature().isLowS());
            // (r, n-s) with the flipped id is a mathematically valid recoverable signature of the
            // same key; it must still be refused.
            QVERIFY(!recover(digest, twin).has_value());
        }
    }

    void invalidSignaturesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("rs");
        QTest::addColumn<int>("recoveryId");
        const QByteArray one = QByteArray(31, '\0') + QByteArray(1, '\x01');
        const QByteArray zero(32, '\0');
        const QByteArray n = QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        QTest::newRow("r = 0") << (zero + one) << 0;
        QTest::newRow("s = 0") << (one + zero) << 0;
        QTest::newRow("r = n") << (n + one) << 0;
        QTest::newRow("s = n") << (one + n) << 0;
        QTest::newRow("recovery id 4") << (one + one) << 4;
        QTest::newRow("recovery id 255") << (one + one) << 255;
    }
    void invalidSignaturesAreRejected()
    {
        QFETCH(QByteArray, rs);
        QFETCH(int, recoveryId);
        RecoverableSignature sig;
        std::copy(rs.cbegin(), rs.cend(), sig.rs.begin());
        sig.recoveryId = static_cast<std::uint8_t>(recoveryId);
        QVERIFY(!recover(randomDigest(), sig).has_value());
    }

    void rsvEncoding_data()
    {
        QTest::addColumn<int>("v");
        QTest::addColumn<int>("recoveryId"); // -1: rejected
        QTest::newRow("v = 0") << 0 << 0;
        QTest::newRow("v = 1") << 1 << 1;
        QTest::newRow("v = 27") << 27 << 0;
        QTest::newRow("v = 28") << 28 << 1;
        QTest::newRow("v = 2") << 2 << -1;
        QTest::newRow("v = 3") << 3 << -1;
        QTest::newRow("v = 26") << 26 << -1;
        QTest::newRow("v = 29") << 29 << -1;
        QTest::newRow("v = 35 (EIP-155 chain 0)") << 35 << -1;
        QTest::newRow("v = 37 (EIP-155 chain 1)") << 37 << -1;
        QTest::newRow("v = 255") << 255 << -1;
    }
    void rsvEncoding()
    {
        QFETCH(int, v);
        QFETCH(int, recoveryId);
        QByteArray rsv(65, '\0');
        for (int i = 0; i < 64; ++i)
            rsv[i] = static_cast<char>(i + 1);
        rsv[64] = static_cast<char>(v);
        const auto parsed = RecoverableSignature::fromRsv(view(rsv));
        QCOMPARE(parsed.has_value(), recoveryId >= 0);
        if (!parsed)
            return;
        QCOMPARE(int(parsed->recoveryId), recoveryId);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(parsed->rs.data()), 64), rsv.left(64));
        const auto back = parsed->toRsv();
        QCOMPARE(int(back[64]), 27 + recoveryId);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(back.data()), 64), rsv.left(64));
    }

    void rsvWrongLength_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("0") << 0;
        QTest::newRow("64") << 64;
        QTest::newRow("66") << 66;
    }
    void rsvWrongLength()
    {
        QFETCH(int, length);
        const QByteArray rsv(length, '\x1b');
        QVERIFY(!RecoverableSignature::fromRsv(view(rsv)).has_value());
    }

    void rsvRoundTripRecovers()
    {
        const PrivateKey key = PrivateKey::generate();
        const Hash32 digest = randomDigest();
        const RecoverableSignature sig = signRecoverable(key, digest);
        const auto rsv = sig.toRsv();
        const auto parsed = RecoverableSignature::fromRsv(rsv);
        QVERIFY(parsed && *parsed == sig);
        const auto recovered = recover(digest, *parsed);
        QVERIFY(recovered && *recovered == key.publicKey());
    }
};

QTEST_GUILESS_MAIN(EcdsaRecovery)
#include "tst_ecdsa_recovery.moc"
