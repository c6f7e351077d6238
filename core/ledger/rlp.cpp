// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/rlp.h"

namespace carnet::core::ledger {

const char *describe(RlpError error)
{
    switch (error) {
    case RlpError::Truncated:
        return "truncated";
    case RlpError::TrailingBytes:
        return "trailing bytes";
    case RlpError::NonCanonical:
        return "non-canonical length";
    case RlpError::TooDeep:
        return "nested too deep";
    case RlpError::TooLarge:
        return "input too large";
    case RlpError::NotBytes:
        return "expected a byte string";
    case RlpError::NotList:
        return "expected a list";
    case RlpError::NonCanonicalInteger:
        return "integer with a leading zero";
    case RlpError::IntegerOverflow:
        return "integer too large";
    case RlpError::WrongItemCount:
        return "wrong number of list items";
    }
    return "unknown";
}

RlpItem RlpItem::bytes(crypto::Bytes value)
{
    RlpItem item;
    item.m_bytes = std::move(value);
    return item;
}

RlpItem RlpItem::list(std::vector<RlpItem> items)
{
    RlpItem item;
    item.m_isList = true;
    item.m_items = std::move(items);
    return item;
}

Result<U256, RlpError> RlpItem::toUint() const
{
    if (m_isList)
        return fail(RlpError::NotBytes);
    if (!m_bytes.empty() && m_bytes.front() == 0)
        return fail(RlpError::NonCanonicalInteger);
    const auto value = U256::fromBigEndian(m_bytes);
    if (!value)
        return fail(RlpError::IntegerOverflow);
    return *value;
}

Result<std::uint64_t, RlpError> RlpItem::toUint64() const
{
    auto value = toUint();
    if (!value)
        return fail(value.error());
    const auto small = value->toUint64();
    if (!small)
        return fail(RlpError::IntegerOverflow);
    return *small;
}

namespace {

void appendHeader(crypto::Bytes &out, std::size_t length, std::uint8_t shortBase)
{
    if (length < 56) {
        out.push_back(static_cast<std::uint8_t>(shortBase + length));
        return;
    }
    std::uint8_t lengthBytes[8];
    int n = 0;
    for (std::size_t l = length; l != 0; l >>= 8)
        lengthBytes[n++] = static_cast<std::uint8_t>(l);
    out.push_back(static_cast<std::uint8_t>(shortBase + 55 + n));
    while (n > 0)
        out.push_back(lengthBytes[--n]);
}

std::size_t encodedSize(const RlpItem &item)
{
    std::size_t payload = 0;
    if (item.isList()) {
        for (const auto &child : item.items())
            payload += encodedSize(child);
    } else {
        if (item.data().size() == 1 && item.data()[0] < 0x80)
            return 1;
        payload = item.data().size();
    }
    std::size_t header = 1;
    if (payload >= 56) {
        for (std::size_t l = payload; l != 0; l >>= 8)
            ++header;
    }
    return header + payload;
}

std::size_t payloadSize(const RlpItem &item)
{
    std::size_t payload = 0;
    for (const auto &child : item.items())
        payload += encodedSize(child);
    return payload;
}

class Decoder
{
public:
    Decoder(crypto::ByteView input, const RlpLimits &limits)
        : m_input(input)
        , m_limits(limits)
    { }

    // Decodes one item starting at `pos` and ending at or before `end`; advances `pos`.
    Result<RlpItem, RlpError> item(std::size_t &pos, std::size_t end, std::size_t depth)
    {
        if (pos >= end)
            return fail(RlpError::Truncated);
        const std::uint8_t prefix = m_input[pos++];
        if (prefix < 0x80)
            return RlpItem::bytes(crypto::Bytes {prefix});

        const bool isList = prefix >= 0xc0;
        const std::uint8_t base = isList ? 0xc0 : 0x80;
        std::size_t length = 0;
        if (prefix - base < 56) {
            length = static_cast<std::size_t>(prefix - base);
        } else {
            const std::size_t lengthOfLength = static_cast<std::size_t>(prefix - base - 55);
            if (end - pos < lengthOfLength)
                return fail(RlpError::Truncated);
            if (m_input[pos] == 0)
                return fail(RlpError::NonCanonical);
            for (std::size_t i = 0; i < lengthOfLength; ++i) {
                if (length > (SIZE_MAX >> 8))
                    return fail(RlpError::Truncated); // longer than any input can be
                length = (length << 8) | m_input[pos++];
            }
            if (length < 56)
                return fail(RlpError::NonCanonical);
        }
        if (end - pos < length)
            return fail(RlpError::Truncated);

        if (!isList) {
            if (length == 1 && m_input[pos] < 0x80)
                return fail(RlpError::NonCanonical);
            crypto::Bytes data(m_input.begin() + static_cast<std::ptrdiff_t>(pos),
                               m_input.begin() + static_cast<std::ptrdiff_t>(pos + length));
            pos += length;
            return RlpItem::bytes(std::move(data));
        }

        if (depth >= m_limits.maxDepth)
            return fail(RlpError::TooDeep);
        const std::size_t listEnd = pos + length;
        std::vector<RlpItem> children;
        while (pos < listEnd) {
            auto child = item(pos, listEnd, depth + 1);
            if (!child)
                return fail(child.error());
            children.push_back(std::move(*child));
        }
        return RlpItem::list(std::move(children));
    }

private:
    crypto::ByteView m_input;
    const RlpLimits &m_limits;
};

} // namespace

void rlpAppend(crypto::Bytes &out, const RlpItem &item)
{
    if (item.isList()) {
        appendHeader(out, payloadSize(item), 0xc0);
        for (const auto &child : item.items())
            rlpAppend(out, child);
        return;
    }
    const crypto::Bytes &data = item.data();
    if (data.size() == 1 && data[0] < 0x80) {
        out.push_back(data[0]);
        return;
    }
    appendHeader(out, data.size(), 0x80);
    out.insert(out.end(), data.begin(), data.end());
}

crypto::Bytes rlpEncode(const RlpItem &item)
{
    crypto::Bytes out;
    out.reserve(encodedSize(item));
    rlpAppend(out, item);
    return out;
}

Result<RlpItem, RlpError> rlpDecode(crypto::ByteView input, const RlpLimits &limits)
{
    if (input.size() > limits.maxInputSize)
        return fail(RlpError::TooLarge);
    Decoder decoder(input, limits);
    std::size_t pos = 0;
    auto item = decoder.item(pos, input.size(), 0);
    if (!item)
        return item;
    if (pos != input.size())
        return fail(RlpError::TrailingBytes);
    return item;
}

} // namespace carnet::core::ledger
