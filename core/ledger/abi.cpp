// SPDX-License-Identifier: GPL-3.0-or-later
// ABI encoding and strict decoding (see abi.h for the rules the decoder enforces).
#include "core/ledger/abi.h"
#include "core/ledger/utf8.h"

#include <algorithm>
#include <cstring>

namespace carnet::core::ledger {

using crypto::Bytes;
using crypto::ByteView;

AbiValue AbiValue::fromInt(std::int64_t v)
{
    const U256 magnitude(v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v));
    return AbiValue(v < 0 ? magnitude.negated() : magnitude);
}

namespace {

// A sequence of types: a tuple's members, or one element type repeated (arrays).
struct TypeSeq
{
    const std::vector<AbiType> *list = nullptr;
    const AbiType *repeated = nullptr;
    std::size_t count = 0;
    const AbiType &at(std::size_t i) const { return list ? (*list)[i] : *repeated; }
};

// True when `v` (two's complement) is representable as intN, i.e. bits N-1..255 all equal.
bool fitsSigned(const U256 &v, unsigned bits)
{
    const bool negative = v.bit(255);
    const U256 probe = negative ? v.complement() : v;
    return probe.bitLength() < bits;
}

void appendWord(Bytes &out, const U256 &v)
{
    const auto w = v.toBytes32();
    out.insert(out.end(), w.begin(), w.end());
}

void appendPadded(Bytes &out, ByteView data)
{
    out.insert(out.end(), data.begin(), data.end());
    out.resize(out.size() + (32 - data.size() % 32) % 32, 0);
}

Result<Bytes, AbiError> encodeSeq(const TypeSeq &types, const AbiValue::List &values);

// The encoding of one value: inline words for a static type, the tail for a dynamic one.
Result<Bytes, AbiError> encodeValue(const AbiType &type, const AbiValue &value)
{
    Bytes out;
    switch (type.kind) {
    case AbiType::Kind::Uint: {
        const U256 *v = value.asUint();
        if (!v)
            return fail(AbiError::ValueMismatch);
        if (v->bitLength() > type.bits)
            return fail(AbiError::OutOfRange);
        appendWord(out, *v);
        return out;
    }
    case AbiType::Kind::Int: {
        const U256 *v = value.asUint();
        if (!v)
            return fail(AbiError::ValueMismatch);
        if (!fitsSigned(*v, type.bits))
            return fail(AbiError::OutOfRange);
        appendWord(out, *v);
        return out;
    }
    case AbiType::Kind::Address: {
        const crypto::Address *a = value.asAddress();
        if (!a)
            return fail(AbiError::ValueMismatch);
        out.resize(12, 0);
        out.insert(out.end(), a->begin(), a->end());
        return out;
    }
    case AbiType::Kind::Bool: {
        const bool *b = value.asBool();
        if (!b)
            return fail(AbiError::ValueMismatch);
        appendWord(out, U256(*b ? 1 : 0));
        return out;
    }
    case AbiType::Kind::FixedBytes: {
        const Bytes *b = value.asBytes();
        if (!b)
            return fail(AbiError::ValueMismatch);
        if (b->size() != type.size)
            return fail(AbiError::OutOfRange);
        appendPadded(out, *b);
        return out;
    }
    case AbiType::Kind::Bytes:
    case AbiType::Kind::String: {
        ByteView data;
        if (type.kind == AbiType::Kind::Bytes && value.asBytes()) {
            data = *value.asBytes();
        } else if (type.kind == AbiType::Kind::String && value.asString()) {
            data = crypto::asBytes(*value.asString());
            if (!isValidUtf8(data))
                return fail(AbiError::BadUtf8);
        } else {
            return fail(AbiError::ValueMismatch);
        }
        appendWord(out, U256(data.size()));
        appendPadded(out, data);
        return out;
    }
    case AbiType::Kind::Array:
    case AbiType::Kind::FixedArray: {
        const AbiValue::List *items = value.asList();
        if (!items || (type.kind == AbiType::Kind::FixedArray && items->size() != type.size))
            return fail(AbiError::ValueMismatch);
        if (type.kind == AbiType::Kind::Array)
            appendWord(out, U256(items->size()));
        auto body = encodeSeq(TypeSeq {nullptr, &type.members.front(), items->size()}, *items);
        if (!body)
            return body;
        out.insert(out.end(), body->begin(), body->end());
        return out;
    }
    case AbiType::Kind::Tuple: {
        const AbiValue::List *items = value.asList();
        if (!items || items->size() != type.members.size())
            return fail(AbiError::ValueMismatch);
        return encodeSeq(TypeSeq {&type.members, nullptr, items->size()}, *items);
    }
    }
    return fail(AbiError::BadType);
}

Result<Bytes, AbiError> encodeSeq(const TypeSeq &types, const AbiValue::List &values)
{
    std::size_t headSize = 0;
    for (std::size_t i = 0; i < types.count; ++i)
        headSize += types.at(i).headSize();
    Bytes head;
    Bytes tail;
    for (std::size_t i = 0; i < types.count; ++i) {
        auto encoded = encodeValue(types.at(i), values[i]);
        if (!encoded)
            return encoded;
        if (types.at(i).isDynamic()) {
            appendWord(head, U256(headSize + tail.size()));
            tail.insert(tail.end(), encoded->begin(), encoded->end());
        } else {
            head.insert(head.end(), encoded->begin(), encoded->end());
        }
    }
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

struct Decoded
{
    AbiValue value;
    std::size_t size = 0; // bytes consumed from the start of the value
};

class Decoder
{
public:
    explicit Decoder(const AbiLimits &limits)
        : m_limits(limits)
    { }

    // Reads the 32-byte word at `pos` of `data` as a length or offset bounded by the data size.
    static Result<std::size_t, AbiError> readSize(ByteView data, std::size_t pos)
    {
        if (data.size() < 32 || pos > data.size() - 32)
            return fail(AbiError::Truncated);
        const auto v = U256::fromBigEndian(data.subspan(pos, 32));
        const auto small = v->toUint64();
        if (!small || *small > data.size())
            return fail(AbiError::TooLarge);
        return static_cast<std::size_t>(*small);
    }

    Result<Decoded, AbiError> value(const AbiType &type, ByteView data, std::size_t depth)
    {
        if (depth > m_limits.maxDepth)
            return fail(AbiError::TooDeep);
        switch (type.kind) {
        case AbiType::Kind::Uint:
        case AbiType::Kind::Int:
        case AbiType::Kind::Address:
        case AbiType::Kind::Bool:
        case AbiType::Kind::FixedBytes:
            if (data.size() < 32)
                return fail(AbiError::Truncated);
            return word(type, data.first(32));
        case AbiType::Kind::Bytes:
        case AbiType::Kind::String: {
            auto length = readSize(data, 0);
            if (!length)
                return fail(length.error());
            const std::size_t padded = (*length + 31) / 32 * 32;
            if (data.size() - 32 < padded)
                return fail(AbiError::Truncated);
            const ByteView content = data.subspan(32, *length);
            const ByteView padding = data.subspan(32 + *length, padded - *length);
            if (std::any_of(padding.begin(), padding.end(), [](std::uint8_t b) { return b != 0; }))
                return fail(AbiError::BadPadding);
            if (type.kind == AbiType::Kind::Bytes)
                return Decoded {AbiValue(Bytes(content.begin(), content.end())), 32 + padded};
            if (!isValidUtf8(content))
                return fail(AbiError::BadUtf8);
            return Decoded {AbiValue(std::string(content.begin(), content.end())), 32 + padded};
        }
        case AbiType::Kind::Array: {
            auto count = readSize(data, 0);
            if (!count)
                return fail(count.error());
            // Every element takes at least one 32-byte head slot.
            if (*count > (data.size() - 32) / 32)
                return fail(AbiError::Truncated);
            auto body = seq(TypeSeq {nullptr, &type.members.front(), *count}, data.subspan(32), depth + 1);
            if (!body)
                return body;
            body->size += 32;
            return body;
        }
        case AbiType::Kind::FixedArray:
            return seq(TypeSeq {nullptr, &type.members.front(), type.size}, data, depth + 1);
        case AbiType::Kind::Tuple:
            return seq(TypeSeq {&type.members, nullptr, type.members.size()}, data, depth + 1);
        }
        return fail(AbiError::BadType);
    }

    // Heads then tails; each tail must start exactly where the previous one ended.
    Result<Decoded, AbiError> seq(const TypeSeq &types, ByteView data, std::size_t depth)
    {
        std::size_t headSize = 0;
        for (std::size_t i = 0; i < types.count; ++i) {
            headSize += types.at(i).headSize();
            if (headSize > data.size())
                return fail(AbiError::Truncated);
        }
        AbiValue::List values;
        values.reserve(types.count);
        std::size_t headPos = 0;
        std::size_t tailPos = headSize;
        for (std::size_t i = 0; i < types.count; ++i) {
            const AbiType &type = types.at(i);
            if (type.isDynamic()) {
                auto offset = readSize(data, headPos);
                if (!offset)
                    return fail(offset.error() == AbiError::TooLarge ? AbiError::BadOffset : offset.error());
                if (*offset != tailPos)
                    return fail(AbiError::BadOffset);
                auto element = value(type, data.subspan(tailPos), depth);
                if (!element)
                    return element;
                tailPos += element->size;
                values.push_back(std::move(element->value));
                headPos += 32;
            } else {
                auto element = value(type, data.subspan(headPos), depth);
                if (!element)
                    return element;
                headPos += element->size;
                values.push_back(std::move(element->value));
            }
        }
        return Decoded {AbiValue(std::move(values)), tailPos};
    }

    static Result<Decoded, AbiError> word(const AbiType &type, ByteView w)
    {
        const U256 v = *U256::fromBigEndian(w);
        switch (type.kind) {
        case AbiType::Kind::Uint:
            if (v.bitLength() > type.bits)
                return fail(AbiError::BadPadding);
            return Decoded {AbiValue(v), 32};
        case AbiType::Kind::Int:
            if (!fitsSigned(v, type.bits))
                return fail(AbiError::BadPadding);
            return Decoded {AbiValue(v), 32};
        case AbiType::Kind::Address: {
            if (v.bitLength() > 160)
                return fail(AbiError::BadPadding);
            crypto::Address a {};
            std::memcpy(a.data(), w.data() + 12, 20);
            return Decoded {AbiValue(a), 32};
        }
        case AbiType::Kind::Bool:
            if (v > U256(1))
                return fail(AbiError::BadBool);
            return Decoded {AbiValue(!v.isZero()), 32};
        case AbiType::Kind::FixedBytes: {
            const ByteView padding = w.subspan(type.size);
            if (std::any_of(padding.begin(), padding.end(), [](std::uint8_t b) { return b != 0; }))
                return fail(AbiError::BadPadding);
            return Decoded {AbiValue(Bytes(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(type.size))), 32};
        }
        default:
            return fail(AbiError::BadType);
        }
    }

private:
    const AbiLimits &m_limits;
};

} // namespace

Result<Bytes, AbiError> abiEncode(const std::vector<AbiType> &types, const AbiValue::List &values)
{
    if (types.size() != values.size())
        return fail(AbiError::ValueMismatch);
    return encodeSeq(TypeSeq {&types, nullptr, types.size()}, values);
}

Result<AbiValue::List, AbiError> abiDecode(const std::vector<AbiType> &types, ByteView data, const AbiLimits &limits)
{
    if (data.size() > limits.maxDataSize)
        return fail(AbiError::TooLarge);
    Decoder decoder(limits);
    auto decoded = decoder.seq(TypeSeq {&types, nullptr, types.size()}, data, 0);
    if (!decoded)
        return fail(decoded.error());
    if (decoded->size != data.size())
        return fail(AbiError::TrailingBytes);
    return std::move(*decoded->value.asList());
}

Result<Bytes, AbiError> abiEncodeCall(const AbiSignature &function, const AbiValue::List &args)
{
    auto body = abiEncode(function.inputs, args);
    if (!body)
        return body;
    const auto selector = function.selector();
    body->insert(body->begin(), selector.begin(), selector.end());
    return body;
}

Result<AbiValue::List, AbiError> abiDecodeCall(const AbiSignature &function, ByteView callData, const AbiLimits &limits)
{
    const auto selector = function.selector();
    if (callData.size() < 4 || !std::equal(selector.begin(), selector.end(), callData.begin()))
        return fail(AbiError::WrongSelector);
    return abiDecode(function.inputs, callData.subspan(4), limits);
}

Result<AbiValue::List, AbiError> abiDecodeLog(const AbiEvent &event, const std::vector<crypto::Hash32> &topics,
                                              ByteView data, const AbiLimits &limits)
{
    const std::size_t first = event.anonymous ? 0 : 1;
    const auto indexedCount = static_cast<std::size_t>(
        std::count_if(event.params.begin(), event.params.end(), [](const AbiEventParam &p) { return p.indexed; }));
    if (topics.size() != first + indexedCount || (!event.anonymous && topics[0] != event.topic()))
        return fail(AbiError::WrongTopics);

    std::vector<AbiType> dataTypes;
    for (const auto &p : event.params) {
        if (!p.indexed)
            dataTypes.push_back(p.type);
    }
    auto dataValues = abiDecode(dataTypes, data, limits);
    if (!dataValues)
        return dataValues;

    AbiValue::List values;
    std::size_t topic = first;
    std::size_t dataIndex = 0;
    for (const auto &p : event.params) {
        if (!p.indexed) {
            values.push_back(std::move((*dataValues)[dataIndex++]));
            continue;
        }
        const crypto::Hash32 &t = topics[topic++];
        switch (p.type.kind) {
        case AbiType::Kind::Uint:
        case AbiType::Kind::Int:
        case AbiType::Kind::Address:
        case AbiType::Kind::Bool:
        case AbiType::Kind::FixedBytes: {
            auto decoded = Decoder::word(p.type, t);
            if (!decoded)
                return fail(decoded.error());
            values.push_back(std::move(decoded->value));
            break;
        }
        default:
            values.push_back(AbiValue(Bytes(t.begin(), t.end())));
        }
    }
    return values;
}

} // namespace carnet::core::ledger
