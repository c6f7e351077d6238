// SPDX-License-Identifier: GPL-3.0-or-later
// EIP-712: the EIP's "Mail" example (ethereum/EIPs assets/eip-712/Example.js at commit 68b7c485: type
// hash, struct hash, domain separator f2cee375…, digest be609aee… and the signature by keccak256("cow"));
// the earlier revision of that example with an httpOrigin domain field (commit 18f02487: digest
// a5f5fa6b…); and every validation error.
#include "core/ledger/eip712.h"
#include "crypto/hash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace carnet::core::ledger;
using namespace carnet::crypto;

Q_DECLARE_METATYPE(Eip712Error)

namespace {
const char kMail[] = R"({
  "types": {
    "EIP712Domain": [
      {"name": "name", "type": "string"}, {"name": "version", "type": "string"},
      {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}],
    "Person": [{"name": "name", "type": "string"}, {"name": "wallet", "type": "address"}],
    "Mail": [{"name": "from", "type": "Person"}, {"name": "to", "type": "Person"},
             {"name": "contents", "type": "string"}]
  },
  "primaryType": "Mail",
  "domain": {"name": "Ether Mail", "version": "1", "chainId": 1,
             "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},
  "message": {
    "from": {"name": "Cow", "wallet": "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
    "to": {"name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},
    "contents": "Hello, Bob!"
  }
})";

QJsonObject mail()
{
    return QJsonDocument::fromJson(QByteArray(kMail)).object();
}

QString hex(const Hash32 &h)
{
    return QString::fromStdString(toHex(h));
}

PrivateKey cow()
{
    const Hash32 secret = keccak256(asBytes("cow"));
    return *PrivateKey::fromBytes(secret);
}

// Sets a value at a '/'-separated path of objects, creating nothing: the path must exist up to its parent.
QJsonObject with(QJsonObject root, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            root.remove(path[0]);
        else
            root[path[0]] = value;
        return root;
    }
    root[path[0]] = with(root.value(path[0]).toObject(), path.mid(1), value);
    return root;
}

QJsonObject withType(QJsonObject root, const QString &name, const QJsonArray &fields)
{
    QJsonObject types = root.value(QLatin1String("types")).toObject();
    types[name] = fields;
    root[QLatin1String("types")] = types;
    return root;
}

QJsonObject field(const char *name, const char *type)
{
    return QJsonObject {{QLatin1String("name"), QLatin1String(name)}, {QLatin1String("type"), QLatin1String(type)}};
}

// A document whose message is one field `v` of `type` with value `value`.
QJsonObject single(const char *type, const QJsonValue &value)
{
    QJsonObject doc = withType(mail(), QStringLiteral("T"), QJsonArray {field("v", type)});
    doc[QLatin1String("primaryType")] = QStringLiteral("T");
    doc[QLatin1String("message")] = QJsonObject {{QLatin1String("v"), value}};
    return doc;
}
} // namespace

class Eip712Mail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mailExample()
    {
        const auto data = TypedData::fromJson(mail());
        QVERIFY(data);
        QCOMPARE(data->encodeType(QStringLiteral("Mail")),
                 QStringLiteral("Mail(Person from,Person to,string contents)Person(string name,address wallet)"));
        QCOMPARE(hex(data->typeHash(QStringLiteral("Mail"))),
                 QStringLiteral("a0cedeb2dc280ba39b857546d74f5549c3a1d7bdc2dd96bf881f76108e23dac2"));
        QCOMPARE(hex(data->messageHash()),
                 QStringLiteral("c52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e"));
        QCOMPARE(hex(data->domainSeparator()),
                 QStringLiteral("f2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f"));
        QCOMPARE(hex(data->digest()),
                 QStringLiteral("be609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"));

        QCOMPARE(toHex(addressOf(cow().publicKey())), std::string("cd2a3d9f938e13cd947ec05abc7fe734df8dd826"));
        const RecoverableSignature sig = signTypedData(*data, cow());
        QCOMPARE(sig.toRsv()[64], std::uint8_t {28});
        QCOMPARE(toHex(ByteView(sig.rs).first(32)),
                 std::string("4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d"));
        QCOMPARE(toHex(ByteView(sig.rs).last(32)),
                 std::string("07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b91562"));
        QCOMPARE(recoverTypedDataSigner(*data, sig), addressOf(cow().publicKey()));
    }

    void mailWithHttpOrigin()
    {
        // The example's earlier revision had a fifth domain field.
        QJsonObject doc = with(mail(), {QStringLiteral("domain"), QStringLiteral("httpOrigin")},
                               QStringLiteral("https://ether-mail.eth"));
        doc = withType(doc, QStringLiteral("EIP712Domain"),
                       QJsonArray {field("name", "string"), field("version", "string"), field("chainId", "uint256"),
                                   field("httpOrigin", "string"), field("verifyingContract", "address")});
        const auto data = TypedData::fromJson(doc);
        QVERIFY(data);
        QCOMPARE(hex(data->digest()),
                 QStringLiteral("a5f5fa6b05af38f2e9d2889ac36f5a4ba31e20646781d23739de458d86d6593e"));
        const RecoverableSignature sig = signTypedData(*data, cow());
        QCOMPARE(sig.toRsv()[64], std::uint8_t {27});
        QCOMPARE(toHex(ByteView(sig.rs).first(32)),
                 std::string("24040eda35064d96c51f3308b5fae290edae563327348886a366ed604e0c0480"));
        QCOMPARE(toHex(ByteView(sig.rs).last(32)),
                 std::string("42bbabf2fae4b00598596a99d577dde56ff9d013e861f611cfe7b0728e1cd057"));
    }

    void domainTypeDerived()
    {
        QJsonObject doc = mail();
        QJsonObject types = doc.value(QLatin1String("types")).toObject();
        types.remove(QLatin1String("EIP712Domain"));
        doc[QLatin1String("types")] = types;
        const auto data = TypedData::fromJson(doc);
        QVERIFY(data);
        QCOMPARE(hex(data->domainSeparator()),
                 QStringLiteral("f2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f"));
    }

    void accepted_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::newRow("int8 -128") << single("int8", -128);
        QTest::newRow("int8 127") << single("int8", 127);
        QTest::newRow("int256 min") << single(
            "int256", QStringLiteral("-57896044618658097711785492504343953926634992332820282019728792003956564819968"));
        QTest::newRow("uint8 255") << single("uint8", 255);
        QTest::newRow("uint256 max hex") << single("uint256",
                                                   QString(QStringLiteral("0x") + QString(64, QLatin1Char('f'))));
        QTest::newRow("uint 2^53-1 number") << single("uint64", 9007199254740991.0);
        QTest::newRow("lower-case address")
            << single("address", QStringLiteral("0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826"));
        QTest::newRow("empty bytes") << single("bytes", QStringLiteral("0x"));
        QTest::newRow("bytes4") << single("bytes4", QStringLiteral("0x01020304"));
        QTest::newRow("fixed array") << single("uint8[2]", QJsonArray {1, 2});
        QTest::newRow("nested dynamic array") << single("bool[][]", QJsonArray {QJsonArray {true}, QJsonArray {}});
    }

    void accepted()
    {
        QFETCH(QJsonObject, doc);
        const auto data = TypedData::fromJson(doc);
        QVERIFY2(data.ok(), data.ok() ? "" : describe(data.error()));
    }

    void rejected_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<Eip712Error>("error");
        const QStringList from {QStringLiteral("message"), QStringLiteral("from")};
        QTest::newRow("not an object: types") << with(mail(), {QStringLiteral("types")}, 1) << Eip712Error::BadJson;
        QTest::newRow("no message") << with(mail(), {QStringLiteral("message")}, QJsonValue::Undefined)
                                    << Eip712Error::BadJson;
        QTest::newRow("unknown primary") << with(mail(), {QStringLiteral("primaryType")}, QStringLiteral("Letter"))
                                         << Eip712Error::UnknownType;
        QTest::newRow("primary is the domain")
            << with(mail(), {QStringLiteral("primaryType")}, QStringLiteral("EIP712Domain"))
            << Eip712Error::UnknownType;
        QTest::newRow("missing field") << with(mail(), from + QStringList {QStringLiteral("name")},
                                               QJsonValue::Undefined)
                                       << Eip712Error::MissingField;
        QTest::newRow("extra field") << with(mail(), from + QStringList {QStringLiteral("age")}, 3)
                                     << Eip712Error::ExtraField;
        QTest::newRow("extra domain field")
            << with(mail(), {QStringLiteral("domain"), QStringLiteral("salt")}, QStringLiteral("0x00"))
            << Eip712Error::ExtraField;
        QTest::newRow("unknown field type")
            << withType(mail(), QStringLiteral("Person"), QJsonArray {field("name", "text")})
            << Eip712Error::UnknownType;
        QTest::newRow("uint alias") << single("uint", 1) << Eip712Error::UnknownType;
        QTest::newRow("bad array suffix") << single("uint8[0]", QJsonArray {}) << Eip712Error::UnknownType;
        QTest::newRow("array size with space") << single("uint8[ 1]", QJsonArray {1}) << Eip712Error::UnknownType;
        QTest::newRow("array size with sign") << single("uint8[+1]", QJsonArray {1}) << Eip712Error::UnknownType;
        QTest::newRow("array size leading zero") << single("uint8[01]", QJsonArray {1}) << Eip712Error::UnknownType;
        QTest::newRow("struct named uint256")
            << withType(mail(), QStringLiteral("uint256"), QJsonArray {field("a", "bool")}) << Eip712Error::BadTypeName;
        QTest::newRow("field name with space")
            << withType(mail(), QStringLiteral("Person"), QJsonArray {field("my name", "string")})
            << Eip712Error::BadTypeName;
        QTest::newRow("duplicate field") << withType(mail(), QStringLiteral("Person"),
                                                     QJsonArray {field("name", "string"), field("name", "address")})
                                         << Eip712Error::DuplicateField;
        QTest::newRow("uint8 256") << single("uint8", 256) << Eip712Error::OutOfRange;
        QTest::newRow("uint negative") << single("uint256", -1) << Eip712Error::OutOfRange;
        QTest::newRow("int8 128") << single("int8", 128) << Eip712Error::OutOfRange;
        QTest::newRow("int8 -129") << single("int8", -129) << Eip712Error::OutOfRange;
        QTest::newRow("uint256 2^256") << single("uint256",
                                                 QString(QStringLiteral("0x1") + QString(64, QLatin1Char('0'))))
                                       << Eip712Error::BadValue;
        QTest::newRow("number above 2^53") << single("uint64", 9007199254740993.0) << Eip712Error::BadValue;
        QTest::newRow("fractional number") << single("uint64", 1.5) << Eip712Error::BadValue;
        QTest::newRow("int as junk string") << single("uint64", QStringLiteral("12abc")) << Eip712Error::BadValue;
        QTest::newRow("bool as number") << single("bool", 1) << Eip712Error::BadValue;
        QTest::newRow("bad checksum") << single("address", QStringLiteral("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD827"))
                                      << Eip712Error::BadValue;
        QTest::newRow("short address") << single("address", QStringLiteral("0x1234")) << Eip712Error::BadValue;
        QTest::newRow("bytes without 0x") << single("bytes", QStringLiteral("0102")) << Eip712Error::BadValue;
        QTest::newRow("bytes odd hex") << single("bytes", QStringLiteral("0x123")) << Eip712Error::BadValue;
        QTest::newRow("bytes4 of 3") << single("bytes4", QStringLiteral("0x010203")) << Eip712Error::OutOfRange;
        QTest::newRow("string as number") << single("string", 5) << Eip712Error::BadValue;
        QTest::newRow("fixed array length") << single("uint8[2]", QJsonArray {1}) << Eip712Error::OutOfRange;
        QTest::newRow("array as object") << single("uint8[]", QJsonObject {}) << Eip712Error::BadValue;
        QTest::newRow("struct as string") << with(mail(), from, QStringLiteral("Cow")) << Eip712Error::BadValue;
    }

    void rejected()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(Eip712Error, error);
        const auto data = TypedData::fromJson(doc);
        QVERIFY(!data.ok());
        QCOMPARE(data.error(), error);
    }

    void depthLimit()
    {
        // A recursive type nested 40 levels deep in the message is refused, not followed.
        QJsonObject doc = withType(mail(), QStringLiteral("Node"), QJsonArray {field("next", "Node[]")});
        doc[QLatin1String("primaryType")] = QStringLiteral("Node");
        QJsonObject node {{QLatin1String("next"), QJsonArray {}}};
        for (int i = 0; i < 40; ++i)
            node = QJsonObject {{QLatin1String("next"), QJsonArray {node}}};
        doc[QLatin1String("message")] = node;
        const auto data = TypedData::fromJson(doc);
        QVERIFY(!data.ok());
        QCOMPARE(data.error(), Eip712Error::TooDeep);
    }

    void tamperChangesSigner()
    {
        const auto data = TypedData::fromJson(mail());
        const RecoverableSignature sig = signTypedData(*data, cow());
        const auto other = TypedData::fromJson(
            with(mail(), {QStringLiteral("message"), QStringLiteral("contents")}, QStringLiteral("Hello, Bob?")));
        QVERIFY(other);
        QVERIFY(other->digest() != data->digest());
        QVERIFY(recoverTypedDataSigner(*other, sig) != addressOf(cow().publicKey()));
        const auto otherChain
            = TypedData::fromJson(with(mail(), {QStringLiteral("domain"), QStringLiteral("chainId")}, 2));
        QVERIFY(otherChain->domainSeparator() != data->domainSeparator());
    }
};

QTEST_APPLESS_MAIN(Eip712Mail)
#include "tst_eip712_mail.moc"
