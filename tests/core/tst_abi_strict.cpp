// SPDX-License-Identifier: GPL-3.0-or-later
// ABI: the Solidity documentation's worked examples (baz, sam, the ERC-20 selector and Transfer topic),
// type-string parsing, and every rule of the strict decoder and of the encoder's value checks.
#include "core/ledger/abi.h"

#include <QTest>

using namespace carnet::core::ledger;
using namespace carnet::crypto;

Q_DECLARE_METATYPE(AbiError)

namespace {
Bytes hex(const QString &text)
{
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    return *fromHex(compact.toStdString());
}

std::vector<AbiType> types(const char *list)
{
    return *AbiType::parseList(list);
}

QString word(const char *hexDigits)
{
    const QString digits = QLatin1String(hexDigits);
    return QString(64 - digits.size(), QLatin1Char('0')) + digits;
}

QString rightWord(const char *hexDigits)
{
    const QString digits = QLatin1String(hexDigits);
    return digits + QString(64 - digits.size(), QLatin1Char('0'));
}
} // namespace

class AbiStrict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void solidityDocsExamples()
    {
        // https://docs.soliditylang.org/en/latest/abi-spec.html#examples
        const auto baz = *AbiSignature::parse("baz(uint32,bool)");
        QCOMPARE(QString::fromStdString(toHex(*abiEncodeCall(baz, {AbiValue(U256(69)), AbiValue(true)}))),
                 QStringLiteral("cdcd77c0") + word("45") + word("1"));
        const auto sam = *AbiSignature::parse("sam(bytes,bool,uint256[])");
        const AbiValue::List args {AbiValue(Bytes {'d', 'a', 'v', 'e'}), AbiValue(true),
                                   AbiValue(AbiValue::List {AbiValue(U256(1)), AbiValue(U256(2)), AbiValue(U256(3))})};
        const QString expected = QStringLiteral("a5643bf2") + word("60") + word("1") + word("a0") + word("4")
            + rightWord("64617665") + word("3") + word("1") + word("2") + word("3");
        QCOMPARE(QString::fromStdString(toHex(*abiEncodeCall(sam, args))), expected);
        const auto decoded = abiDecodeCall(sam, hex(expected));
        QVERIFY(decoded);
        QVERIFY(*decoded == args);

        QCOMPARE(QString::fromStdString(toHex(AbiSignature::parse("transfer(address,uint256)")->selector())),
                 QStringLiteral("a9059cbb"));
        QCOMPARE(QString::fromStdString(toHex(AbiSignature::parse("Transfer(address,address,uint256)")->topic())),
                 QStringLiteral("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
    }

    void typeStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("dynamic");
        QTest::newRow("uint8") << "uint8" << true << false;
        QTest::newRow("int256") << "int256" << true << false;
        QTest::newRow("bytes32[]") << "bytes32[]" << true << true;
        QTest::newRow("bytes1[2]") << "bytes1[2]" << true << false;
        QTest::newRow("tuple") << "(address,uint64,bytes)" << true << true;
        QTest::newRow("static tuple array") << "(address,bool)[3]" << true << false;
        QTest::newRow("nested") << "((uint8,string)[],bytes4)[2][]" << true << true;
        QTest::newRow("string[2]") << "string[2]" << true << true;
        QTest::newRow("uint alias") << "uint" << false << false;
        QTest::newRow("int alias") << "int" << false << false;
        QTest::newRow("byte alias") << "byte" << false << false;
        QTest::newRow("uint7") << "uint7" << false << false;
        QTest::newRow("uint264") << "uint264" << false << false;
        QTest::newRow("uint08") << "uint08" << false << false;
        QTest::newRow("bytes0") << "bytes0" << false << false;
        QTest::newRow("bytes33") << "bytes33" << false << false;
        QTest::newRow("space") << "uint256 " << false << false;
        QTest::newRow("empty tuple") << "()" << false << false;
        QTest::newRow("zero-length array") << "uint8[0]" << false << false;
        QTest::newRow("array leading zero") << "uint8[01]" << false << false;
        QTest::newRow("unclosed tuple") << "(uint256" << false << false;
        QTest::newRow("unclosed array") << "uint256[" << false << false;
        QTest::newRow("tuple keyword") << "tuple(uint256)" << false << false;
        QTest::newRow("payable") << "address payable" << false << false;
        QTest::newRow("function") << "function" << false << false;
        QTest::newRow("fixed") << "fixed128x18" << false << false;
        QTest::newRow("huge static") << "uint8[65536][65536]" << false << false;
    }

    void typeStrings()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, dynamic);
        const auto t = AbiType::parse(text.toStdString());
        QCOMPARE(t.ok(), valid);
        if (valid) {
            QCOMPARE(QString::fromStdString(t->canonical()), text);
            QCOMPARE(t->isDynamic(), dynamic);
        }
    }

    void deepTypesRefused()
    {
        const std::string deep = std::string(20, '(') + "uint8" + std::string(20, ')');
        QVERIFY(!AbiType::parse(deep).ok());
        QVERIFY(!AbiType::parse("uint8" + std::string(40, '[')).ok());
        std::string arrays = "uint8";
        for (int i = 0; i < 20; ++i)
            arrays += "[]";
        QCOMPARE(AbiType::parse(arrays).error(), AbiError::TooDeep);
    }

    void decodeRejects_data()
    {
        QTest::addColumn<QString>("typeList");
        QTest::addColumn<QString>("data");
        QTest::addColumn<AbiError>("error");
        QTest::newRow("empty for uint256") << "uint256"
                                           << "" << AbiError::Truncated;
        QTest::newRow("31 bytes") << "uint256" << word("1").left(62) << AbiError::Truncated;
        QTest::newRow("trailing word") << "uint256" << word("1") + word("0") << AbiError::TrailingBytes;
        QTest::newRow("trailing byte") << "bool" << word("1") + QStringLiteral("00") << AbiError::TrailingBytes;
        QTest::newRow("uint8 dirty") << "uint8" << word("100") << AbiError::BadPadding;
        QTest::newRow("uint64 dirty") << "uint64" << word("10000000000000000") << AbiError::BadPadding;
        QTest::newRow("int8 not sign-extended") << "int8" << word("80") << AbiError::BadPadding;
        QTest::newRow("int8 wrong extension")
            << "int8" << QString(62, QLatin1Char('f')) + QStringLiteral("7f") << AbiError::BadPadding;
        QTest::newRow("address dirty") << "address"
                                       << word("1"
                                               "0000000000000000000000000000000000000000")
                                       << AbiError::BadPadding;
        QTest::newRow("bool 2") << "bool" << word("2") << AbiError::BadBool;
        QTest::newRow("bytes4 dirty") << "bytes4" << rightWord("0102030405") << AbiError::BadPadding;
        QTest::newRow("bytes padding") << "bytes" << word("20") + word("2") + rightWord("01020304")
                                       << AbiError::BadPadding;
        QTest::newRow("bytes too long") << "bytes" << word("20") + word("21") + word("1") << AbiError::Truncated;
        QTest::newRow("bytes huge length")
            << "bytes" << word("20") + QString(64, QLatin1Char('f')) << AbiError::TooLarge;
        QTest::newRow("offset past end") << "bytes" << word("40") + word("0") << AbiError::BadOffset;
        QTest::newRow("offset with gap") << "bytes" << word("40") + word("0") + word("0") << AbiError::BadOffset;
        QTest::newRow("offset into head")
            << "(bytes,uint256)" << word("0") + word("0") + word("0") << AbiError::BadOffset;
        QTest::newRow("shared tail") << "bytes,bytes" << word("40") + word("40") + word("0") << AbiError::BadOffset;
        QTest::newRow("huge offset") << "string" << QString(64, QLatin1Char('f')) << AbiError::BadOffset;
        QTest::newRow("bad utf-8") << "string" << word("20") + word("2") + rightWord("c328") << AbiError::BadUtf8;
        QTest::newRow("overlong utf-8") << "string" << word("20") + word("2") + rightWord("c0af") << AbiError::BadUtf8;
        QTest::newRow("surrogate utf-8") << "string" << word("20") + word("3") + rightWord("eda080")
                                         << AbiError::BadUtf8;
        QTest::newRow("array count too big")
            << "uint256[]" << word("20") + word("2") + word("1") << AbiError::Truncated;
        QTest::newRow("array count huge")
            << "uint256[]" << word("20") + QString(64, QLatin1Char('f')) << AbiError::TooLarge;
        QTest::newRow("fixed array short") << "uint8[3]" << word("1") + word("2") << AbiError::Truncated;
        QTest::newRow("dirty element") << "uint8[]" << word("20") + word("1") + word("1ff") << AbiError::BadPadding;
    }

    void decodeRejects()
    {
        QFETCH(QString, typeList);
        QFETCH(QString, data);
        QFETCH(AbiError, error);
        const auto list = AbiType::parseList(typeList.toStdString());
        QVERIFY(list);
        const auto decoded = abiDecode(*list, hex(data));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error(), error);
    }

    void decodeAccepts()
    {
        // Minimal forms at the edges: int8 -1 and -128, empty bytes, empty array, uint8 255.
        const auto t = types("int8,int8,bytes,uint256[],uint8,string");
        const QString data = QString(64, QLatin1Char('f')) + QString(62, QLatin1Char('f')) + QStringLiteral("80")
            + word("c0") + word("e0") + word("ff") + word("100") + word("0") + word("0") + word("2")
            + rightWord("c3a9");
        const auto decoded = abiDecode(t, hex(data));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : describe(decoded.error()));
        QVERIFY((*decoded)[0] == AbiValue::fromInt(-1));
        QVERIFY((*decoded)[1] == AbiValue::fromInt(-128));
        QVERIFY(*(*decoded)[5].asString() == "\xc3\xa9");
        QCOMPARE(*abiEncode(t, *decoded), hex(data));
    }

    void encodeRejects()
    {
        QCOMPARE(abiEncode(types("uint8"), {AbiValue(U256(256))}).error(), AbiError::OutOfRange);
        QCOMPARE(abiEncode(types("int8"), {AbiValue::fromInt(128)}).error(), AbiError::OutOfRange);
        QCOMPARE(abiEncode(types("int8"), {AbiValue::fromInt(-129)}).error(), AbiError::OutOfRange);
        QVERIFY(abiEncode(types("int8"), {AbiValue::fromInt(-128)}).ok());
        QCOMPARE(abiEncode(types("bytes4"), {AbiValue(Bytes {1, 2, 3})}).error(), AbiError::OutOfRange);
        QCOMPARE(abiEncode(types("address"), {AbiValue(true)}).error(), AbiError::ValueMismatch);
        QCOMPARE(abiEncode(types("uint8[2]"), {AbiValue(AbiValue::List {AbiValue(U256(1))})}).error(),
                 AbiError::ValueMismatch);
        QCOMPARE(abiEncode(types("(uint8,bool)"), {AbiValue(AbiValue::List {AbiValue(U256(1))})}).error(),
                 AbiError::ValueMismatch);
        QCOMPARE(abiEncode(types("string"), {AbiValue(std::string("\xff"))}).error(), AbiError::BadUtf8);
        QCOMPARE(abiEncode(types("uint8,uint8"), {AbiValue(U256(1))}).error(), AbiError::ValueMismatch);
    }

    void wrongSelector()
    {
        const auto f = *AbiSignature::parse("f(uint256)");
        QCOMPARE(abiDecodeCall(f, hex(QStringLiteral("a9059cbb") + word("1"))).error(), AbiError::WrongSelector);
        QCOMPARE(abiDecodeCall(f, Bytes {1, 2}).error(), AbiError::WrongSelector);
        QVERIFY(!AbiSignature::parse("f(uint256").ok());
        QVERIFY(!AbiSignature::parse("(uint256)").ok());
        QVERIFY(!AbiSignature::parse("1f()").ok());
        QVERIFY(!AbiSignature::parse("f(uint)").ok());
        QCOMPARE(AbiSignature::parse("f()")->canonical(), std::string("f()"));
    }

    void sizeLimit()
    {
        AbiLimits limits;
        limits.maxDataSize = 64;
        QCOMPARE(abiDecode(types("uint256,uint256,uint256"), Bytes(96, 0), limits).error(), AbiError::TooLarge);
        QVERIFY(abiDecode(types("uint256,uint256"), Bytes(64, 0), limits).ok());
    }
};

QTEST_APPLESS_MAIN(AbiStrict)
#include "tst_abi_strict.moc"
