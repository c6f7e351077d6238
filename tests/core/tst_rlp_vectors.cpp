// SPDX-License-Identifier: GPL-3.0-or-later
// RLP against the ethereum/tests vectors (tests/data/rlp, see its README): every valid case encodes to
// its `out` and decodes back to the same item; every invalid case is rejected. Plus our own cases for
// the strictness rules the vectors do not cover, each with the error it must give.
#include "core/ledger/rlp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace carnet::core::ledger;
using carnet::crypto::Bytes;

Q_DECLARE_METATYPE(RlpError)

namespace {
QJsonObject loadVectors(const char *name)
{
    QFile file(QStringLiteral(CARNET_TEST_DATA_DIR "/rlp/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

Bytes hexBytes(const QString &text)
{
    const auto bytes = carnet::crypto::fromHex(text.toStdString());
    if (!bytes)
        qFatal("bad hex in a vector");
    return *bytes;
}

// Decimal to minimal big-endian bytes, of any size: the vectors include 2^256, one past U256.
Bytes decimalToBytes(const QString &decimal)
{
    Bytes be; // big-endian, minimal
    for (const QChar c : decimal) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            qFatal("bad integer in a vector");
        unsigned carry = static_cast<unsigned>(c.unicode() - '0');
        for (auto it = be.rbegin(); it != be.rend(); ++it) {
            const unsigned t = *it * 10u + carry;
            *it = static_cast<std::uint8_t>(t & 0xff);
            carry = t >> 8;
        }
        while (carry != 0) {
            be.insert(be.begin(), static_cast<std::uint8_t>(carry & 0xff));
            carry >>= 8;
        }
    }
    return be;
}

// The vectors' input notation: "#…" big integer, other strings are their bytes, numbers are
// integers, arrays are lists.
RlpItem toItem(const QJsonValue &in)
{
    if (in.isArray()) {
        std::vector<RlpItem> items;
        for (const auto &v : in.toArray())
            items.push_back(toItem(v));
        return RlpItem::list(std::move(items));
    }
    if (in.isDouble())
        return RlpItem::uint(U256(static_cast<std::uint64_t>(in.toInteger())));
    const QString s = in.toString();
    if (s.startsWith(QLatin1Char('#'))) {
        return RlpItem::bytes(decimalToBytes(s.mid(1)));
    }
    const QByteArray utf8 = s.toUtf8();
    return RlpItem::bytes(Bytes(utf8.begin(), utf8.end()));
}
} // namespace

class RlpVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QJsonValue>("in");
        QTest::addColumn<QString>("out");
        const QJsonObject vectors = loadVectors("rlptest.json");
        QVERIFY(vectors.size() >= 28);
        for (auto it = vectors.begin(); it != vectors.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            QTest::newRow(qPrintable(it.key()))
                << c.value(QLatin1String("in")) << c.value(QLatin1String("out")).toString();
        }
    }

    void valid()
    {
        QFETCH(QJsonValue, in);
        QFETCH(QString, out);
        const RlpItem item = toItem(in);
        const Bytes expected = hexBytes(out);
        QCOMPARE(rlpEncode(item), expected);
        const auto decoded = rlpDecode(expected);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : describe(decoded.error()));
        QVERIFY(*decoded == item);
        QCOMPARE(rlpEncode(*decoded), expected);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("out");
        const QJsonObject vectors = loadVectors("invalidRLPTest.json");
        QVERIFY(vectors.size() >= 17);
        for (auto it = vectors.begin(); it != vectors.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.value().toObject().value(QLatin1String("out")).toString();
    }

    void invalid()
    {
        QFETCH(QString, out);
        const auto decoded = rlpDecode(hexBytes(out));
        QVERIFY(!decoded.ok());
    }

    void strictness_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<RlpError>("error");
        QTest::newRow("empty input") << QString() << RlpError::Truncated;
        QTest::newRow("trailing byte") << QStringLiteral("8000") << RlpError::TrailingBytes;
        QTest::newRow("two items") << QStringLiteral("c0c0") << RlpError::TrailingBytes;
        QTest::newRow("string past end") << QStringLiteral("83646f") << RlpError::Truncated;
        QTest::newRow("list past end") << QStringLiteral("c3830102") << RlpError::Truncated;
        QTest::newRow("child overruns list") << QStringLiteral("c28301020304") << RlpError::Truncated;
        QTest::newRow("wrapped 0x00") << QStringLiteral("8100") << RlpError::NonCanonical;
        QTest::newRow("long form for 55 bytes")
            << QStringLiteral("b837") + QString(110, QLatin1Char('1')) << RlpError::NonCanonical;
        QTest::newRow("long list for 1 byte") << QStringLiteral("f80101") << RlpError::NonCanonical;
        QTest::newRow("length leading zero")
            << QStringLiteral("b90038") + QString(112, QLatin1Char('1')) << RlpError::NonCanonical;
        QTest::newRow("length of length past end") << QStringLiteral("bb0102") << RlpError::Truncated;
        QTest::newRow("8-byte length") << QStringLiteral("bfffffffffffffffff00") << RlpError::Truncated;
    }

    void strictness()
    {
        QFETCH(QString, input);
        QFETCH(RlpError, error);
        const auto decoded = rlpDecode(hexBytes(input));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error(), error);
    }

    void depthLimit()
    {
        // 32 nested lists decode; 33 exceed the default limit.
        auto nest = [](int levels) {
            RlpItem item = RlpItem::list({});
            for (int i = 1; i < levels; ++i)
                item = RlpItem::list({item});
            return rlpEncode(item);
        };
        QVERIFY(rlpDecode(nest(32)).ok());
        const Bytes deeper = nest(33);
        const auto tooDeep = rlpDecode(deeper);
        QVERIFY(!tooDeep.ok());
        QCOMPARE(tooDeep.error(), RlpError::TooDeep);
        RlpLimits loose;
        loose.maxDepth = 64;
        QVERIFY(rlpDecode(deeper, loose).ok());
    }

    void sizeLimit()
    {
        RlpLimits small;
        small.maxInputSize = 3;
        QVERIFY(rlpDecode(hexBytes(QStringLiteral("83646f67")), small).error() == RlpError::TooLarge);
        QVERIFY(rlpDecode(hexBytes(QStringLiteral("82646f")), small).ok());
    }

    void integers()
    {
        QCOMPARE(RlpItem::uint(U256(0)).data(), Bytes {});
        QCOMPARE(rlpEncode(RlpItem::uint(U256(0x0400))), (Bytes {0x82, 0x04, 0x00}));
        QVERIFY(*RlpItem::bytes(Bytes {0x04, 0x00}).toUint() == U256(0x400));
        QCOMPARE(RlpItem::bytes(Bytes {0x00, 0x01}).toUint().error(), RlpError::NonCanonicalInteger);
        QCOMPARE(RlpItem::bytes(Bytes {0x00}).toUint().error(), RlpError::NonCanonicalInteger);
        QCOMPARE(RlpItem::bytes(Bytes(33, 0x01)).toUint().error(), RlpError::IntegerOverflow);
        QCOMPARE(RlpItem::bytes(Bytes(9, 0x01)).toUint64().error(), RlpError::IntegerOverflow);
        QCOMPARE(RlpItem::list({}).toUint().error(), RlpError::NotBytes);
        QVERIFY(*RlpItem::bytes(Bytes(8, 0xff)).toUint64() == ~0ULL);
    }
};

QTEST_APPLESS_MAIN(RlpVectors)
#include "tst_rlp_vectors.moc"
