// SPDX-License-Identifier: GPL-3.0-or-later
// HKDF-SHA256: RFC 5869 appendix A test cases 1-3 and Wycheproof hkdf_sha256_test.json.
#include "crypto/kdf.h"
#include "crypto/misuse.h"
#include "wycheproof.h"

#include <QTest>

using namespace carnet::crypto;
using carnet::test::loadWycheproof;

namespace {

ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

QByteArray toQt(const SecureBuffer &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

QByteArray range(int first, int end)
{
    QByteArray out;
    for (int i = first; i < end; ++i)
        out.append(static_cast<char>(i));
    return out;
}

int g_illegal = 0;
void countIllegal(const char *)
{
    ++g_illegal;
}

} // namespace

class HkdfTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { g_illegal = 0; }
    void rfc5869_data();
    void rfc5869();
    void wycheproof_data();
    void wycheproof();
    void wycheproofFileLoaded();
    void lengthBounds();
};

void HkdfTest::rfc5869_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("okm");
    QTest::newRow("A.1 basic") << QByteArray(22, '\x0b') << QByteArray::fromHex("000102030405060708090a0b0c")
                               << QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9")
                               << QByteArray::fromHex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                                                      "34007208d5b887185865");
    QTest::newRow("A.2 longer inputs")
        << range(0x00, 0x50) << range(0x60, 0xb0) << range(0xb0, 0x100)
        << QByteArray::fromHex("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                               "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                               "cc30c58179ec3e87c14c01d5c1f3434f1d87");
    QTest::newRow("A.3 empty salt and info")
        << QByteArray(22, '\x0b') << QByteArray() << QByteArray()
        << QByteArray::fromHex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                               "9d201395faa4b61a96c8");
}

void HkdfTest::rfc5869()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, okm);
    const SecureBuffer out = hkdfSha256(view(ikm), view(salt), view(info), static_cast<std::size_t>(okm.size()));
    QCOMPARE(toQt(out).toHex(), okm.toHex());
}

void HkdfTest::wycheproof_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<int>("size");
    QTest::addColumn<QByteArray>("okm");
    QTest::addColumn<bool>("valid");
    for (const auto &c : loadWycheproof(QStringLiteral("hkdf_sha256_test.json"))) {
        QTest::addRow("tcId %d", c.tcId()) << c.hex(QStringLiteral("ikm")) << c.hex(QStringLiteral("salt"))
                                           << c.hex(QStringLiteral("info"))
                                           << c.test.value(QStringLiteral("size")).toInt()
                                           << c.hex(QStringLiteral("okm")) << (c.result() == QLatin1String("valid"));
    }
}

void HkdfTest::wycheproof()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(int, size);
    QFETCH(QByteArray, okm);
    QFETCH(bool, valid);
    const IllegalArgumentHandler previous = setIllegalArgumentHandler(&countIllegal);
    const SecureBuffer out = hkdfSha256(view(ikm), view(salt), view(info), static_cast<std::size_t>(size));
    setIllegalArgumentHandler(previous);
    if (valid) {
        QCOMPARE(g_illegal, 0);
        QCOMPARE(toQt(out).toHex(), okm.toHex());
    } else {
        // Wycheproof's only invalid HKDF cases ask for more than 255 blocks: a programmer error here.
        QVERIFY(size > 255 * 32);
        QCOMPARE(g_illegal, 1);
        QVERIFY(out.empty());
    }
}

void HkdfTest::wycheproofFileLoaded()
{
    QCOMPARE(loadWycheproof(QStringLiteral("hkdf_sha256_test.json")).size(), 86);
}

void HkdfTest::lengthBounds()
{
    const QByteArray ikm(32, '\x42');
    const IllegalArgumentHandler previous = setIllegalArgumentHandler(&countIllegal);
    // The largest legal output is exactly 255 blocks; it starts with the shorter outputs (prefix property).
    const SecureBuffer longest = hkdfSha256(view(ikm), {}, asBytes("info"), 255 * 32);
    const SecureBuffer one = hkdfSha256(view(ikm), {}, asBytes("info"), 1);
    const SecureBuffer tooLong = hkdfSha256(view(ikm), {}, asBytes("info"), 255 * 32 + 1);
    const SecureBuffer zero = hkdfSha256(view(ikm), {}, asBytes("info"), 0);
    setIllegalArgumentHandler(previous);
    QCOMPARE(longest.size(), std::size_t{255 * 32});
    QCOMPARE(one.size(), std::size_t{1});
    QCOMPARE(one.data()[0], longest.data()[0]);
    QVERIFY(tooLong.empty());
    QVERIFY(zero.empty());
    QCOMPARE(g_illegal, 2);
}

QTEST_GUILESS_MAIN(HkdfTest)
#include "tst_hkdf.moc"
