// SPDX-License-Identifier: GPL-3.0-or-later
// U256: strict parsing (decimal, 0x-hex, JSON-RPC QUANTITY), formatting, byte forms and checked
// arithmetic at the 2^256 boundary.
#include "core/ledger/u256.h"

#include <QTest>

using namespace carnet::core::ledger;

namespace {
const char kMaxDec[] = "115792089237316195423570985008687907853269984665640564039457584007913129639935";
const char kMaxHex[] = "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";
} // namespace

class U256Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("quantity");
        QTest::newRow("zero") << "0"
                              << "0"
                              << "0x0";
        QTest::newRow("zero hex") << "0x0"
                                  << "0"
                                  << "0x0";
        QTest::newRow("leading zeros dec") << "000123"
                                           << "123"
                                           << "0x7b";
        QTest::newRow("leading zeros hex") << "0x000abc"
                                           << "2748"
                                           << "0xabc";
        QTest::newRow("upper hex") << "0XABCDEF"
                                   << "11259375"
                                   << "0xabcdef";
        QTest::newRow("2^64") << "18446744073709551616"
                              << "18446744073709551616"
                              << "0x10000000000000000";
        QTest::newRow("1 ether") << "1000000000000000000"
                                 << "1000000000000000000"
                                 << "0xde0b6b3a7640000";
        QTest::newRow("10^19 boundary") << "10000000000000000000"
                                        << "10000000000000000000"
                                        << "0x8ac7230489e80000";
        QTest::newRow("10^38") << "100000000000000000000000000000000000000"
                               << "100000000000000000000000000000000000000"
                               << "0x4b3b4ca85a86c47a098a224000000000";
        QTest::newRow("max dec") << kMaxDec << kMaxDec << kMaxHex;
        QTest::newRow("max hex") << kMaxHex << kMaxDec << kMaxHex;
    }

    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, decimal);
        QFETCH(QString, quantity);
        const auto v = U256::parse(text.toStdString());
        QVERIFY(v);
        QCOMPARE(QString::fromStdString(v->toDecimal()), decimal);
        QCOMPARE(QString::fromStdString(v->toQuantity()), quantity);
        QVERIFY(U256::fromQuantity(quantity.toStdString()) == v);
        QVERIFY(U256::fromDecimal(decimal.toStdString()) == v);
        QVERIFY(U256::fromBigEndian(v->toMinimalBytes()) == v);
        QVERIFY(U256::fromBigEndian(v->toBytes32()) == v);
        QVERIFY(v->toMinimalBytes().empty() || v->toMinimalBytes().front() != 0);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("bare 0x") << "0x";
        QTest::newRow("minus") << "-1";
        QTest::newRow("plus") << "+1";
        QTest::newRow("space") << " 1";
        QTest::newRow("trailing space") << "1 ";
        QTest::newRow("underscore") << "1_000";
        QTest::newRow("hex digit in decimal") << "12a";
        QTest::newRow("g in hex") << "0x1g";
        QTest::newRow("double prefix") << "0x0x1";
        QTest::newRow("max+1 dec") << "115792089237316195423570985008687907853269984665640564039457584007913129639936";
        QTest::newRow("2^256 hex") << "0x10000000000000000000000000000000000000000000000000000000000000000";
        QTest::newRow("exponent") << "1e18";
    }

    void parseInvalid()
    {
        QFETCH(QString, text);
        QVERIFY(!U256::parse(text.toStdString()));
    }

    void quantityIsStrict()
    {
        QVERIFY(U256::fromQuantity("0x0") == U256(0));
        QVERIFY(U256::fromQuantity("0x1a") == U256(26));
        QVERIFY(!U256::fromQuantity("0x00"));
        QVERIFY(!U256::fromQuantity("0x01"));
        QVERIFY(!U256::fromQuantity("0X1"));
        QVERIFY(!U256::fromQuantity("0x"));
        QVERIFY(!U256::fromQuantity("26"));
    }

    void bytes()
    {
        QVERIFY(!U256::fromBigEndian(carnet::crypto::Bytes(33, 0)));
        QVERIFY(U256::fromBigEndian(carnet::crypto::Bytes {}) == U256(0));
        const auto v = U256::fromBigEndian(carnet::crypto::Bytes {0x01, 0x02, 0x03});
        QVERIFY(v == U256(0x010203));
        QCOMPARE(v->toMinimalBytes(), (carnet::crypto::Bytes {0x01, 0x02, 0x03}));
        QCOMPARE(v->toBytes32()[31], std::uint8_t {0x03});
        QCOMPARE(v->toBytes32()[29], std::uint8_t {0x01});
        QCOMPARE(v->bitLength(), 17u);
        QVERIFY(U256(0).toMinimalBytes().empty());
    }

    void arithmetic()
    {
        const U256 max = U256::max();
        QVERIFY(!U256::add(max, U256(1)));
        QVERIFY(U256::add(max, U256(0)) == max);
        QVERIFY(U256::add(U256(~0ULL), U256(1)) == U256::fromLimbs({0, 1, 0, 0}));
        QVERIFY(!U256::sub(U256(1), U256(2)));
        QVERIFY(U256::sub(U256::fromLimbs({0, 1, 0, 0}), U256(1)) == U256(~0ULL));
        QVERIFY(U256::sub(max, max) == U256(0));
        QVERIFY(!U256::mul(U256::fromLimbs({0, 0, 1, 0}), U256::fromLimbs({0, 0, 1, 0})));
        QVERIFY(U256::mul(U256::fromLimbs({0, 0, 0, 1}), U256(1)) == U256::fromLimbs({0, 0, 0, 1}));
        QVERIFY(U256::mul(U256::fromLimbs({0, 0, 0, 1}), U256(2)) == U256::fromLimbs({0, 0, 0, 2}));
        QVERIFY(!U256::mul(U256::fromLimbs({0, 0, 0, 1ULL << 63}), U256(2)));
        // 21000 gas at 30 gwei.
        QCOMPARE(U256::mul(U256(21000), U256(30000000000ULL))->toDecimal(), std::string("630000000000000"));
        const auto [q, r] = U256::fromDecimal("1000000000000000000000")->divModSmall(7);
        QCOMPARE(q.toDecimal(), std::string("142857142857142857142"));
        QCOMPARE(r, 6u);
        QVERIFY(U256(5).negated() == *U256::sub(max, U256(4)));
        QVERIFY(U256(0).negated() == U256(0));
        QVERIFY(U256(3) < U256::fromLimbs({0, 0, 0, 1}));
        QVERIFY(*U256(7).toUint64() == 7);
        QVERIFY(!U256::fromLimbs({0, 1, 0, 0}).toUint64());
    }
};

QTEST_APPLESS_MAIN(U256Test)
#include "tst_u256.moc"
