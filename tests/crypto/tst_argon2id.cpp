// SPDX-License-Identifier: GPL-3.0-or-later
// Argon2id: the RFC 9106 section 5.3 vector (with secret K and associated data X) and the vault's floor
// cost (m = 64 MiB, t = 3) cross-checked against the reference implementation's command-line tool.
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

class Argon2idTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc9106();
    void rfc9106EveryInputMatters_data();
    void rfc9106EveryInputMatters();
    void floorCost_data();
    void floorCost();
};

// RFC 9106 section 5.3: Argon2id, m = 32 KiB, t = 3, p = 4, tag 32 bytes,
// P = 32 x 0x01, S = 16 x 0x02, K = 8 x 0x03, X = 12 x 0x04.
void Argon2idTest::rfc9106()
{
    const Argon2Params params{32, 3, 4};
    const SecureBuffer tag = argon2id(view(QByteArray(32, '\x01')), view(QByteArray(16, '\x02')), params, 32,
                                      view(QByteArray(8, '\x03')), view(QByteArray(12, '\x04')));
    QCOMPARE(toQt(tag).toHex(), QByteArray("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"));
}

// The same vector with one input changed must no longer produce the RFC's tag: proves the secret
// and the associated data are really fed in (an implementation ignoring them would fail here).
void Argon2idTest::rfc9106EveryInputMatters_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("ad");
    QTest::addColumn<quint32>("memory");
    QTest::addColumn<quint32>("passes");
    QTest::addColumn<quint32>("lanes");
    const QByteArray p(32, '\x01'), s(16, '\x02'), k(8, '\x03'), x(12, '\x04');
    QTest::newRow("no secret") << p << s << QByteArray() << x << 32U << 3U << 4U;
    QTest::newRow("no associated data") << p << s << k << QByteArray() << 32U << 3U << 4U;
    QTest::newRow("secret and AD swapped") << p << s << x << k << 32U << 3U << 4U;
    QTest::newRow("other password") << QByteArray(32, '\x11') << s << k << x << 32U << 3U << 4U;
    QTest::newRow("other salt") << p << QByteArray(16, '\x12') << k << x << 32U << 3U << 4U;
    QTest::newRow("m = 40") << p << s << k << x << 40U << 3U << 4U;
    QTest::newRow("t = 2") << p << s << k << x << 32U << 2U << 4U;
    QTest::newRow("p = 2") << p << s << k << x << 32U << 3U << 2U;
}

void Argon2idTest::rfc9106EveryInputMatters()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, ad);
    QFETCH(quint32, memory);
    QFETCH(quint32, passes);
    QFETCH(quint32, lanes);
    const SecureBuffer tag =
        argon2id(view(password), view(salt), Argon2Params{memory, passes, lanes}, 32, view(secret), view(ad));
    QCOMPARE(tag.size(), std::size_t{32});
    QVERIFY(toQt(tag).toHex() != QByteArray("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"));
}

// The vault's floor (m = 64 MiB, t = 3) with p = 1 and RFC 9106's p = 4. Expected values come from
// the reference implementation (Debian package argon2 0~20171227, the P-H-C/phc-winner-argon2 CLI):
//   printf '%s' 'correct horse battery staple' | argon2 'carnet/argon2id/floor' -id -t 3 -m 16 -p 1 -l 32 -r
//   printf '%s' 'correct horse battery staple' | argon2 'carnet/argon2id/floor' -id -t 3 -m 16 -p 4 -l 32 -r
void Argon2idTest::floorCost_data()
{
    QTest::addColumn<quint32>("lanes");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("m=64MiB t=3 p=1") << 1U << QByteArray("12208146c70ba110865fe504ad3b41c25f27931ba5fb6a9fc74e70541516f840");
    QTest::newRow("m=64MiB t=3 p=4") << 4U << QByteArray("87063285dce6827574be632aa51bc2b026132f85b5ceb3204d5b831e66c81b0f");
}

void Argon2idTest::floorCost()
{
    QFETCH(quint32, lanes);
    QFETCH(QByteArray, expected);
    const Argon2Params params{65536, 3, lanes};
    const SecureBuffer key = argon2id(asBytes("correct horse battery staple"), asBytes("carnet/argon2id/floor"), params, 32);
    QCOMPARE(toQt(key).toHex(), expected);
    // Deterministic: a second run gives the same key.
    const SecureBuffer again = argon2id(asBytes("correct horse battery staple"), asBytes("carnet/argon2id/floor"), params, 32);
    QCOMPARE(toQt(again), toQt(key));
}

QTEST_GUILESS_MAIN(Argon2idTest)
#include "tst_argon2id.moc"
