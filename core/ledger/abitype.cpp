// SPDX-License-Identifier: GPL-3.0-or-later
// ABI type strings and signatures: parsing, canonical form, sizes, selectors and topics.
#include "core/ledger/abi.h"
#include "crypto/hash.h"

#include <charconv>

namespace carnet::core::ledger {

const char *describe(AbiError error)
{
    switch (error) {
    case AbiError::BadType:
        return "unsupported or non-canonical type";
    case AbiError::BadSignature:
        return "malformed signature";
    case AbiError::ValueMismatch:
        return "value does not match its type";
    case AbiError::OutOfRange:
        return "value out of range for its type";
    case AbiError::Truncated:
        return "data too short";
    case AbiError::BadOffset:
        return "non-canonical offset";
    case AbiError::BadPadding:
        return "non-zero padding";
    case AbiError::BadBool:
        return "bool other than 0 or 1";
    case AbiError::BadUtf8:
        return "string is not UTF-8";
    case AbiError::TrailingBytes:
        return "trailing bytes";
    case AbiError::TooLarge:
        return "length too large";
    case AbiError::TooDeep:
        return "nested too deep";
    case AbiError::WrongSelector:
        return "wrong function selector";
    case AbiError::WrongTopics:
        return "wrong event topics";
    }
    return "unknown";
}

namespace {

constexpr std::size_t kMaxTypeDepth = 16;
constexpr std::size_t kMaxFixedArray = 65536;
constexpr std::size_t kMaxStaticSize = std::size_t {1} << 32;

// A canonical decimal number (no sign, no leading zero) in [1, max].
std::optional<std::size_t> parseCount(std::string_view text, std::size_t max)
{
    if (text.empty() || text.size() > 10 || text[0] == '0')
        return std::nullopt;
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > max)
        return std::nullopt;
    return value;
}

std::optional<AbiType> parseElementary(std::string_view text)
{
    AbiType t;
    if (text == "address") {
        t.kind = AbiType::Kind::Address;
    } else if (text == "bool") {
        t.kind = AbiType::Kind::Bool;
    } else if (text == "string") {
        t.kind = AbiType::Kind::String;
    } else if (text == "bytes") {
        t.kind = AbiType::Kind::Bytes;
    } else if (text.starts_with("bytes")) {
        const auto n = parseCount(text.substr(5), 32);
        if (!n)
            return std::nullopt;
        t.kind = AbiType::Kind::FixedBytes;
        t.size = *n;
    } else if (text.starts_with("uint") || text.starts_with("int")) {
        const bool isSigned = text[0] == 'i';
        const auto bits = parseCount(text.substr(isSigned ? 3 : 4), 256);
        if (!bits || *bits % 8 != 0)
            return std::nullopt;
        t.kind = isSigned ? AbiType::Kind::Int : AbiType::Kind::Uint;
        t.bits = static_cast<unsigned>(*bits);
    } else {
        return std::nullopt;
    }
    return t;
}

class TypeParser
{
public:
    explicit TypeParser(std::string_view text)
        : m_text(text)
    { }

    Result<AbiType, AbiError> type(std::size_t depth)
    {
        if (depth > kMaxTypeDepth)
            return fail(AbiError::TooDeep);
        AbiType t;
        if (peek() == '(') {
            ++m_pos;
            auto members = list(depth + 1);
            if (!members)
                return fail(members.error());
            if (peek() != ')' || members->empty())
                return fail(AbiError::BadType);
            ++m_pos;
            t.kind = AbiType::Kind::Tuple;
            t.members = std::move(*members);
        } else {
            const std::size_t start = m_pos;
            while (
                m_pos < m_text.size()
                && ((m_text[m_pos] >= 'a' && m_text[m_pos] <= 'z') || (m_text[m_pos] >= '0' && m_text[m_pos] <= '9')))
                ++m_pos;
            auto elementary = parseElementary(m_text.substr(start, m_pos - start));
            if (!elementary)
                return fail(AbiError::BadType);
            t = std::move(*elementary);
        }
        while (peek() == '[') {
            if (++depth > kMaxTypeDepth)
                return fail(AbiError::TooDeep);
            const std::size_t close = m_text.find(']', m_pos);
            if (close == std::string_view::npos)
                return fail(AbiError::BadType);
            const std::string_view count = m_text.substr(m_pos + 1, close - m_pos - 1);
            AbiType array;
            if (count.empty()) {
                array.kind = AbiType::Kind::Array;
            } else {
                const auto k = parseCount(count, kMaxFixedArray);
                if (!k)
                    return fail(AbiError::BadType);
                array.kind = AbiType::Kind::FixedArray;
                array.size = *k;
            }
            array.members.push_back(std::move(t));
            t = std::move(array);
            m_pos = close + 1;
        }
        if (!t.isDynamic() && t.headSize() > kMaxStaticSize)
            return fail(AbiError::TooLarge);
        return t;
    }

    // Zero or more comma-separated types, up to (not including) ')' or the end.
    Result<std::vector<AbiType>, AbiError> list(std::size_t depth)
    {
        std::vector<AbiType> types;
        if (peek() == ')' || m_pos == m_text.size())
            return types;
        while (true) {
            auto t = type(depth);
            if (!t)
                return fail(t.error());
            types.push_back(std::move(*t));
            if (peek() != ',')
                return types;
            ++m_pos;
        }
    }

    bool atEnd() const { return m_pos == m_text.size(); }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

Result<AbiType, AbiError> AbiType::parse(std::string_view text)
{
    TypeParser parser(text);
    auto t = parser.type(0);
    if (t && !parser.atEnd())
        return fail(AbiError::BadType);
    return t;
}

Result<std::vector<AbiType>, AbiError> AbiType::parseList(std::string_view text)
{
    if (text.size() >= 2 && text.front() == '(' && text.back() == ')') {
        // "(…)" as a whole is a list only when its parentheses match each other.
        int level = 0;
        bool wraps = true;
        for (std::size_t i = 0; i < text.size(); ++i) {
            level += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (level == 0 && i + 1 < text.size())
                wraps = false;
        }
        if (wraps)
            text = text.substr(1, text.size() - 2);
    }
    TypeParser parser(text);
    auto types = parser.list(1);
    if (types && !parser.atEnd())
        return fail(AbiError::BadType);
    return types;
}

std::string AbiType::canonical() const
{
    switch (kind) {
    case Kind::Uint:
        return "uint" + std::to_string(bits);
    case Kind::Int:
        return "int" + std::to_string(bits);
    case Kind::Address:
        return "address";
    case Kind::Bool:
        return "bool";
    case Kind::FixedBytes:
        return "bytes" + std::to_string(size);
    case Kind::Bytes:
        return "bytes";
    case Kind::String:
        return "string";
    case Kind::Array:
        return members.front().canonical() + "[]";
    case Kind::FixedArray:
        return members.front().canonical() + "[" + std::to_string(size) + "]";
    case Kind::Tuple: {
        std::string out = "(";
        for (std::size_t i = 0; i < members.size(); ++i)
            out += (i ? "," : "") + members[i].canonical();
        return out + ")";
    }
    }
    return {};
}

bool AbiType::isDynamic() const
{
    switch (kind) {
    case Kind::Bytes:
    case Kind::String:
    case Kind::Array:
        return true;
    case Kind::FixedArray:
        return members.front().isDynamic();
    case Kind::Tuple:
        for (const auto &m : members) {
            if (m.isDynamic())
                return true;
        }
        return false;
    default:
        return false;
    }
}

std::size_t AbiType::headSize() const
{
    if (isDynamic())
        return 32;
    if (kind == Kind::FixedArray)
        return size * members.front().headSize();
    if (kind == Kind::Tuple) {
        std::size_t total = 0;
        for (const auto &m : members)
            total += m.headSize();
        return total;
    }
    return 32;
}

Result<AbiSignature, AbiError> AbiSignature::parse(std::string_view text)
{
    const std::size_t open = text.find('(');
    if (open == 0 || open == std::string_view::npos || text.back() != ')')
        return fail(AbiError::BadSignature);
    for (std::size_t i = 0; i < open; ++i) {
        const char c = text[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'
            || (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return fail(AbiError::BadSignature);
    }
    TypeParser parser(text.substr(open + 1, text.size() - open - 2));
    auto inputs = parser.list(1);
    if (!inputs || !parser.atEnd())
        return fail(AbiError::BadSignature);
    return AbiSignature {std::string(text.substr(0, open)), std::move(*inputs)};
}

std::string AbiSignature::canonical() const
{
    std::string out = name + "(";
    for (std::size_t i = 0; i < inputs.size(); ++i)
        out += (i ? "," : "") + inputs[i].canonical();
    return out + ")";
}

std::array<std::uint8_t, 4> AbiSignature::selector() const
{
    const crypto::Hash32 h = topic();
    return {h[0], h[1], h[2], h[3]};
}

crypto::Hash32 AbiSignature::topic() const
{
    return crypto::keccak256(crypto::asBytes(canonical()));
}

AbiSignature AbiEvent::signature() const
{
    AbiSignature s {name, {}};
    for (const auto &p : params)
        s.inputs.push_back(p.type);
    return s;
}

} // namespace carnet::core::ledger
