// SPDX-License-Identifier: GPL-3.0-or-later
// ABI against ethers.js (tests/oracles/abi-cases.mjs, ethers 6.17.0): for 120 random argument lists
// (uintN/intN of many sizes, address, bool, bytesN, bytes, string, T[], T[k], nested tuples) our
// canonical type strings, abiEncode and call data equal ethers' AbiCoder / Interface output and we
// decode theirs back to the same values; for 40 random events with indexed and non-indexed
// parameters we decode ethers' encodeEventLog topics and data back to the values.
#include "core/ledger/abi.h"
#include "crypto/hash.h"
#include "ledgeroracle.h"

#include <QJsonArray>
#include <QTest>

using namespace carnet::core::ledger;
using namespace carnet::crypto;
using carnet::test::hexOf;
using carnet::test::toHexString;

namespace {
// The script's JSON form of a value of `type` (see abi-cases.mjs).
std::optional<AbiValue> fromJson(const AbiType &type, const QJsonValue &json)
{
    switch (type.kind) {
    case AbiType::Kind::Uint: {
        const auto v = U256::fromDecimal(json.toString().toStdString());
        return v ? std::optional<AbiValue>(AbiValue(*v)) : std::nullopt;
    }
    case AbiType::Kind::Int: {
        QString text = json.toString();
        const bool negative = text.startsWith(QLatin1Char('-'));
        const auto v = U256::fromDecimal(text.mid(negative ? 1 : 0).toStdString());
        return v ? std::optional<AbiValue>(AbiValue(negative ? v->negated() : *v)) : std::nullopt;
    }
    case AbiType::Kind::Address: {
        const auto a = parseAddress(json.toString().toStdString());
        return a ? std::optional<AbiValue>(AbiValue(*a)) : std::nullopt;
    }
    case AbiType::Kind::Bool:
        return AbiValue(json.toBool());
    case AbiType::Kind::FixedBytes:
    case AbiType::Kind::Bytes:
        return AbiValue(hexOf(json));
    case AbiType::Kind::String:
        return AbiValue(json.toString().toStdString());
    case AbiType::Kind::Array:
    case AbiType::Kind::FixedArray:
    case AbiType::Kind::Tuple: {
        AbiValue::List items;
        const QJsonArray array = json.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const AbiType &member
                = type.kind == AbiType::Kind::Tuple ? type.members[static_cast<std::size_t>(i)] : type.members.front();
            auto item = fromJson(member, array[i]);
            if (!item)
                return std::nullopt;
            items.push_back(std::move(*item));
        }
        return AbiValue(std::move(items));
    }
    }
    return std::nullopt;
}
} // namespace

class AbiEthersOracle : public QObject
{
    Q_OBJECT

private:
    QList<QJsonObject> m_cases;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_cases = carnet::test::runOracle(QStringLiteral("abi-cases.mjs"),
                                          {QStringLiteral("120"), QStringLiteral("40"), QStringLiteral("4")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_cases.size(), 160);
    }

    void calls()
    {
        int dynamicTypes = 0, tuples = 0;
        for (const QJsonObject &c : std::as_const(m_cases)) {
            if (c.value(QLatin1String("kind")).toString() != QLatin1String("call"))
                continue;
            const QString signatureText = c.value(QLatin1String("signature")).toString();
            const auto signature = AbiSignature::parse(signatureText.toStdString());
            QVERIFY2(signature.ok(), qPrintable(signatureText));
            QCOMPARE(QString::fromStdString(signature->canonical()), signatureText);

            const QJsonArray typeNames = c.value(QLatin1String("types")).toArray();
            const QJsonArray valuesJson = c.value(QLatin1String("values")).toArray();
            QCOMPARE(signature->inputs.size(), static_cast<std::size_t>(typeNames.size()));
            AbiValue::List values;
            for (qsizetype i = 0; i < typeNames.size(); ++i) {
                const AbiType &type = signature->inputs[static_cast<std::size_t>(i)];
                QCOMPARE(QString::fromStdString(type.canonical()), typeNames[i].toString());
                dynamicTypes += type.isDynamic() ? 1 : 0;
                tuples += typeNames[i].toString().contains(QLatin1Char('(')) ? 1 : 0;
                auto value = fromJson(type, valuesJson[i]);
                QVERIFY(value);
                values.push_back(std::move(*value));
            }

            const auto encoded = abiEncode(signature->inputs, values);
            QVERIFY2(encoded.ok(), encoded.ok() ? "" : describe(encoded.error()));
            QCOMPARE(toHexString(*encoded), c.value(QLatin1String("encoded")).toString());
            const auto decoded = abiDecode(signature->inputs, hexOf(c.value(QLatin1String("encoded"))));
            QVERIFY2(decoded.ok(), decoded.ok() ? "" : describe(decoded.error()));
            QVERIFY(*decoded == values);

            const auto callData = abiEncodeCall(*signature, values);
            QVERIFY(callData);
            QCOMPARE(toHexString(*callData), c.value(QLatin1String("callData")).toString());
            const auto args = abiDecodeCall(*signature, hexOf(c.value(QLatin1String("callData"))));
            QVERIFY(args);
            QVERIFY(*args == values);
        }
        QVERIFY(dynamicTypes >= 60); // of about 240 arguments
        QVERIFY(tuples >= 20);
    }

    void events()
    {
        int indexed = 0, hashedIndexed = 0;
        for (const QJsonObject &c : std::as_const(m_cases)) {
            if (c.value(QLatin1String("kind")).toString() != QLatin1String("event"))
                continue;
            const QString signatureText = c.value(QLatin1String("signature")).toString();
            const auto signature = AbiSignature::parse(signatureText.toStdString());
            QVERIFY(signature);
            AbiEvent event {signature->name, {}, false};
            const QJsonArray params = c.value(QLatin1String("params")).toArray();
            for (qsizetype i = 0; i < params.size(); ++i)
                event.params.push_back({signature->inputs[static_cast<std::size_t>(i)],
                                        params[i].toObject().value(QLatin1String("indexed")).toBool()});
            std::vector<Hash32> topics;
            for (const QJsonValue &t : c.value(QLatin1String("topics")).toArray()) {
                const Bytes b = hexOf(t);
                QCOMPARE(b.size(), std::size_t {32});
                Hash32 h {};
                std::copy(b.begin(), b.end(), h.begin());
                topics.push_back(h);
            }
            QCOMPARE(toHexString(event.topic()), c.value(QLatin1String("topics")).toArray().first().toString());

            const auto decoded = abiDecodeLog(event, topics, hexOf(c.value(QLatin1String("data"))));
            QVERIFY2(decoded.ok(), decoded.ok() ? "" : describe(decoded.error()));
            QCOMPARE(decoded->size(), event.params.size());
            const QJsonArray valuesJson = c.value(QLatin1String("values")).toArray();
            for (std::size_t i = 0; i < event.params.size(); ++i) {
                const AbiEventParam &p = event.params[i];
                auto expected = fromJson(p.type, valuesJson[static_cast<qsizetype>(i)]);
                QVERIFY(expected);
                indexed += p.indexed ? 1 : 0;
                if (p.indexed && p.type.isDynamic()) {
                    // Only keccak256 of the bytes or string is in the topic.
                    ++hashedIndexed;
                    const Bytes raw = p.type.kind == AbiType::Kind::String
                        ? Bytes(expected->asString()->begin(), expected->asString()->end())
                        : *expected->asBytes();
                    const Hash32 h = keccak256(raw);
                    QVERIFY((*decoded)[i] == AbiValue(Bytes(h.begin(), h.end())));
                } else {
                    QVERIFY((*decoded)[i] == *expected);
                }
            }
            // The wrong topic0 or a missing topic is refused.
            std::vector<Hash32> wrong = topics;
            wrong[0][31] ^= 1;
            QCOMPARE(abiDecodeLog(event, wrong, hexOf(c.value(QLatin1String("data")))).error(), AbiError::WrongTopics);
            wrong = topics;
            wrong.pop_back();
            QCOMPARE(abiDecodeLog(event, wrong, hexOf(c.value(QLatin1String("data")))).error(), AbiError::WrongTopics);
        }
        QVERIFY(indexed >= 20);
        QVERIFY(hashedIndexed >= 3);
    }
};

QTEST_GUILESS_MAIN(AbiEthersOracle)
#include "tst_abi_ethers_oracle.moc"
