// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/eip712.h"
#include "core/ledger/abi.h"
#include "crypto/hash.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace carnet::core::ledger {

using crypto::Bytes;
using crypto::Hash32;

const char *describe(Eip712Error error)
{
    switch (error) {
    case Eip712Error::BadJson:
        return "not EIP-712 typed data";
    case Eip712Error::BadTypeName:
        return "invalid type or field name";
    case Eip712Error::UnknownType:
        return "unknown type";
    case Eip712Error::DuplicateField:
        return "duplicate field";
    case Eip712Error::MissingField:
        return "missing field";
    case Eip712Error::ExtraField:
        return "unexpected field";
    case Eip712Error::BadValue:
        return "malformed value";
    case Eip712Error::OutOfRange:
        return "value out of range";
    case Eip712Error::TooDeep:
        return "nested too deep";
    }
    return "unknown";
}

namespace {

constexpr int kMaxDepth = 32;
const QString kDomainType = QStringLiteral("EIP712Domain");

bool isIdentifier(const QString &s)
{
    if (s.isEmpty() || s.size() > 256)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const bool alpha = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
        if (!alpha && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

// "T[2][]" → base "T" and the outermost suffix: count 0 for [], k for [k]; nullopt when not an array.
struct ArraySuffix
{
    QString element;
    std::size_t count = 0;
};

std::optional<std::optional<ArraySuffix>> splitArray(const QString &type)
{
    if (!type.endsWith(QLatin1Char(']')))
        return std::optional<ArraySuffix>();
    const qsizetype open = type.lastIndexOf(QLatin1Char('['));
    if (open <= 0)
        return std::nullopt;
    const QString count = type.mid(open + 1, type.size() - open - 2);
    ArraySuffix suffix {type.left(open), 0};
    if (!count.isEmpty()) {
        // Digits only (QString::toUInt would also take white space and a sign), no leading zero.
        const bool digits = std::all_of(count.begin(), count.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        bool ok = false;
        const uint k = count.toUInt(&ok);
        if (!digits || !ok || k == 0 || count.startsWith(QLatin1Char('0')) || k > 65536)
            return std::nullopt;
        suffix.count = k;
    }
    return std::optional<ArraySuffix>(suffix);
}

// The base of a type without any array suffix.
QString baseType(QString type)
{
    const qsizetype open = type.indexOf(QLatin1Char('['));
    return open < 0 ? type : type.left(open);
}

std::optional<AbiType> atomicType(const QString &name)
{
    auto t = AbiType::parse(name.toStdString());
    if (!t || t->kind == AbiType::Kind::Tuple || t->kind == AbiType::Kind::Array
        || t->kind == AbiType::Kind::FixedArray)
        return std::nullopt;
    return *t;
}

// An integer from a JSON number (safe integers only) or a decimal / 0x-hex string, with a sign for
// signed types. Returns the two's complement word.
Result<U256, Eip712Error> parseInteger(const QJsonValue &value, const AbiType &type)
{
    bool negative = false;
    std::optional<U256> magnitude;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740991.0)
            return fail(Eip712Error::BadValue);
        negative = d < 0;
        magnitude = U256(static_cast<std::uint64_t>(std::fabs(d)));
    } else if (value.isString()) {
        std::string text = value.toString().toStdString();
        if (!text.empty() && text[0] == '-') {
            negative = true;
            text.erase(0, 1);
        }
        magnitude = U256::parse(text);
        if (!magnitude)
            return fail(Eip712Error::BadValue);
    } else {
        return fail(Eip712Error::BadValue);
    }
    if (type.kind == AbiType::Kind::Uint) {
        if (negative && !magnitude->isZero())
            return fail(Eip712Error::OutOfRange);
        if (magnitude->bitLength() > type.bits)
            return fail(Eip712Error::OutOfRange);
        return *magnitude;
    }
    // intN: -2^(N-1) <= v < 2^(N-1); the one N-bit magnitude allowed is 2^(N-1) itself, when negative.
    const unsigned bits = magnitude->bitLength();
    const bool isMinimum = negative && bits == type.bits && U256::sub(*magnitude, U256(1))->bitLength() < bits;
    if (bits >= type.bits && !isMinimum)
        return fail(Eip712Error::OutOfRange);
    return negative ? magnitude->negated() : *magnitude;
}

std::optional<Bytes> parseHexBytes(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const std::string text = value.toString().toStdString();
    if (text.size() < 2 || text[0] != '0' || text[1] != 'x')
        return std::nullopt;
    return crypto::fromHex(text);
}

Result<Hash32, Eip712Error> encodeAtomic(const AbiType &type, const QJsonValue &value)
{
    switch (type.kind) {
    case AbiType::Kind::Uint:
    case AbiType::Kind::Int: {
        auto v = parseInteger(value, type);
        if (!v)
            return fail(v.error());
        return v->toBytes32();
    }
    case AbiType::Kind::Bool:
        if (!value.isBool())
            return fail(Eip712Error::BadValue);
        return U256(value.toBool() ? 1 : 0).toBytes32();
    case AbiType::Kind::Address: {
        const auto a = value.isString() ? crypto::parseAddress(value.toString().toStdString()) : std::nullopt;
        if (!a)
            return fail(Eip712Error::BadValue);
        Hash32 word {};
        std::copy(a->begin(), a->end(), word.begin() + 12);
        return word;
    }
    case AbiType::Kind::FixedBytes: {
        const auto b = parseHexBytes(value);
        if (!b)
            return fail(Eip712Error::BadValue);
        if (b->size() != type.size)
            return fail(Eip712Error::OutOfRange);
        Hash32 word {};
        std::copy(b->begin(), b->end(), word.begin());
        return word;
    }
    case AbiType::Kind::Bytes: {
        const auto b = parseHexBytes(value);
        if (!b)
            return fail(Eip712Error::BadValue);
        return crypto::keccak256(*b);
    }
    case AbiType::Kind::String:
        if (!value.isString())
            return fail(Eip712Error::BadValue);
        return crypto::keccak256(crypto::asBytes(value.toString().toStdString()));
    default:
        return fail(Eip712Error::UnknownType);
    }
}

} // namespace

Result<TypedData, Eip712Error> TypedData::fromJson(const QJsonObject &json)
{
    const QJsonValue types = json.value(QLatin1String("types"));
    const QJsonValue primary = json.value(QLatin1String("primaryType"));
    const QJsonValue domain = json.value(QLatin1String("domain"));
    const QJsonValue message = json.value(QLatin1String("message"));
    if (!types.isObject() || !primary.isString() || !domain.isObject() || !message.isObject())
        return fail(Eip712Error::BadJson);

    TypedData data;
    const QJsonObject typesObject = types.toObject();
    for (auto it = typesObject.begin(); it != typesObject.end(); ++it) {
        if (!it.value().isArray())
            return fail(Eip712Error::BadJson);
        std::vector<Field> fields;
        for (const QJsonValue &f : it.value().toArray()) {
            const QJsonObject field = f.toObject();
            if (!f.isObject() || !field.value(QLatin1String("name")).isString()
                || !field.value(QLatin1String("type")).isString())
                return fail(Eip712Error::BadJson);
            fields.push_back(
                {field.value(QLatin1String("name")).toString(), field.value(QLatin1String("type")).toString()});
        }
        data.m_types[it.key()] = std::move(fields);
    }
    if (!data.m_types.count(kDomainType)) {
        // Derived from the domain's keys, in the order of the EIP.
        static const std::pair<const char *, const char *> known[] = {{"name", "string"},
                                                                      {"version", "string"},
                                                                      {"chainId", "uint256"},
                                                                      {"verifyingContract", "address"},
                                                                      {"salt", "bytes32"}};
        std::vector<Field> fields;
        for (const auto &[name, type] : known) {
            if (domain.toObject().contains(QLatin1String(name)))
                fields.push_back({QLatin1String(name), QLatin1String(type)});
        }
        data.m_types[kDomainType] = std::move(fields);
    }
    data.m_primaryType = primary.toString();
    if (auto valid = data.validateTypes(); !valid)
        return fail(valid.error());
    if (data.m_primaryType == kDomainType || !data.m_types.count(data.m_primaryType))
        return fail(Eip712Error::UnknownType);

    auto domainHash = data.hashStruct(kDomainType, domain.toObject());
    if (!domainHash)
        return fail(domainHash.error());
    auto messageHash = data.hashStruct(data.m_primaryType, message.toObject());
    if (!messageHash)
        return fail(messageHash.error());
    data.m_domainSeparator = *domainHash;
    data.m_messageHash = *messageHash;
    return data;
}

Result<void, Eip712Error> TypedData::validateTypes() const
{
    for (const auto &[name, fields] : m_types) {
        if (!isIdentifier(name) || atomicType(name))
            return fail(Eip712Error::BadTypeName);
        std::vector<QString> seen;
        for (const Field &field : fields) {
            if (!isIdentifier(field.name))
                return fail(Eip712Error::BadTypeName);
            if (std::find(seen.begin(), seen.end(), field.name) != seen.end())
                return fail(Eip712Error::DuplicateField);
            seen.push_back(field.name);
            QString type = field.type;
            while (true) {
                const auto split = splitArray(type);
                if (!split)
                    return fail(Eip712Error::UnknownType);
                if (!*split)
                    break;
                type = (*split)->element;
            }
            if (!m_types.count(type) && !atomicType(type))
                return fail(Eip712Error::UnknownType);
        }
    }
    return {};
}

void TypedData::collectDependencies(const QString &type, std::vector<QString> &found) const
{
    if (std::find(found.begin(), found.end(), type) != found.end() || !m_types.count(type))
        return;
    found.push_back(type);
    for (const Field &field : m_types.at(type))
        collectDependencies(baseType(field.type), found);
}

QString TypedData::encodeType(const QString &type) const
{
    std::vector<QString> deps;
    collectDependencies(type, deps);
    if (deps.empty())
        return {};
    std::sort(deps.begin() + 1, deps.end()); // the primary type first, then by name
    QString out;
    for (const QString &name : deps) {
        out += name + QLatin1Char('(');
        const auto &fields = m_types.at(name);
        for (std::size_t i = 0; i < fields.size(); ++i)
            out += (i ? QStringLiteral(",") : QString()) + fields[i].type + QLatin1Char(' ') + fields[i].name;
        out += QLatin1Char(')');
    }
    return out;
}

Hash32 TypedData::typeHash(const QString &type) const
{
    const QByteArray encoded = encodeType(type).toUtf8();
    return crypto::keccak256(
        crypto::asBytes(std::string_view(encoded.constData(), static_cast<std::size_t>(encoded.size()))));
}

Result<Hash32, Eip712Error> TypedData::hashStruct(const QString &type, const QJsonObject &value) const
{
    if (!m_types.count(type))
        return fail(Eip712Error::UnknownType);
    return hashStructAt(type, value, 0);
}

Result<Hash32, Eip712Error> TypedData::hashStructAt(const QString &type, const QJsonObject &value, int depth) const
{
    const auto &fields = m_types.at(type);
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (std::none_of(fields.begin(), fields.end(), [&](const Field &f) { return f.name == it.key(); }))
            return fail(Eip712Error::ExtraField);
    }
    Bytes encoded;
    const Hash32 th = typeHash(type);
    encoded.insert(encoded.end(), th.begin(), th.end());
    for (const Field &field : fields) {
        if (!value.contains(field.name))
            return fail(Eip712Error::MissingField);
        auto word = encodeValue(field.type, value.value(field.name), depth + 1);
        if (!word)
            return word;
        encoded.insert(encoded.end(), word->begin(), word->end());
    }
    return crypto::keccak256(encoded);
}

Result<Hash32, Eip712Error> TypedData::encodeValue(const QString &type, const QJsonValue &value, int depth) const
{
    if (depth > kMaxDepth)
        return fail(Eip712Error::TooDeep);
    const auto split = splitArray(type);
    if (split && *split) {
        if (!value.isArray())
            return fail(Eip712Error::BadValue);
        const QJsonArray items = value.toArray();
        if ((*split)->count != 0 && static_cast<std::size_t>(items.size()) != (*split)->count)
            return fail(Eip712Error::OutOfRange);
        Bytes encoded;
        for (const QJsonValue &item : items) {
            auto word = encodeValue((*split)->element, item, depth + 1);
            if (!word)
                return word;
            encoded.insert(encoded.end(), word->begin(), word->end());
        }
        return crypto::keccak256(encoded);
    }
    if (m_types.count(type)) {
        if (!value.isObject())
            return fail(Eip712Error::BadValue);
        return hashStructAt(type, value.toObject(), depth);
    }
    const auto atomic = atomicType(type);
    if (!atomic)
        return fail(Eip712Error::UnknownType);
    return encodeAtomic(*atomic, value);
}

Hash32 TypedData::digest() const
{
    Bytes preimage {0x19, 0x01};
    preimage.insert(preimage.end(), m_domainSeparator.begin(), m_domainSeparator.end());
    preimage.insert(preimage.end(), m_messageHash.begin(), m_messageHash.end());
    return crypto::keccak256(preimage);
}

crypto::RecoverableSignature signTypedData(const TypedData &data, const crypto::PrivateKey &key)
{
    return crypto::signRecoverable(key, data.digest());
}

std::optional<crypto::Address> recoverTypedDataSigner(const TypedData &data,
                                                      const crypto::RecoverableSignature &signature)
{
    const auto key = crypto::recover(data.digest(), signature);
    if (!key)
        return std::nullopt;
    return crypto::addressOf(*key);
}

} // namespace carnet::core::ledger
