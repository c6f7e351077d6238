// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/u256.h"

#include <algorithm>

namespace carnet::core::ledger {

namespace {
__extension__ using Wide = unsigned __int128; // GCC and Clang; avoids hand-written carry chains

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// value = value * factor + addend; false on overflow.
bool mulAddSmall(std::array<std::uint64_t, 4> &limbs, std::uint64_t factor, std::uint64_t addend)
{
    std::uint64_t carry = addend;
    for (auto &limb : limbs) {
        const Wide product = static_cast<Wide>(limb) * factor + carry;
        limb = static_cast<std::uint64_t>(product);
        carry = static_cast<std::uint64_t>(product >> 64);
    }
    return carry == 0;
}
} // namespace

std::optional<U256> U256::fromDecimal(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    std::array<std::uint64_t, 4> limbs {};
    for (const char c : text) {
        if (c < '0' || c > '9' || !mulAddSmall(limbs, 10, static_cast<std::uint64_t>(c - '0')))
            return std::nullopt;
    }
    return fromLimbs(limbs);
}

std::optional<U256> U256::fromHex(std::string_view text)
{
    if (text.size() < 3 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
        return std::nullopt;
    text.remove_prefix(2);
    std::array<std::uint64_t, 4> limbs {};
    for (const char c : text) {
        const int digit = hexDigit(c);
        if (digit < 0 || !mulAddSmall(limbs, 16, static_cast<std::uint64_t>(digit)))
            return std::nullopt;
    }
    return fromLimbs(limbs);
}

std::optional<U256> U256::fromQuantity(std::string_view text)
{
    if (text.size() < 3 || text[0] != '0' || text[1] != 'x')
        return std::nullopt;
    if (text[2] == '0' && text.size() != 3)
        return std::nullopt; // leading zero
    return fromHex(text);
}

std::optional<U256> U256::parse(std::string_view text)
{
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        return fromHex(text);
    return fromDecimal(text);
}

std::optional<U256> U256::fromBigEndian(crypto::ByteView bytes)
{
    if (bytes.size() > 32)
        return std::nullopt;
    std::array<std::uint64_t, 4> limbs {};
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const std::size_t bitPos = (bytes.size() - 1 - i) * 8;
        limbs[bitPos / 64] |= static_cast<std::uint64_t>(bytes[i]) << (bitPos % 64);
    }
    return fromLimbs(limbs);
}

std::string U256::toDecimal() const
{
    if (isZero())
        return "0";
    std::string out;
    U256 v = *this;
    while (!v.isZero()) {
        // 10^19 is the largest power of ten below 2^64: 19 digits per division.
        constexpr std::uint64_t chunk = 10000000000000000000ULL;
        auto [q, r] = v.divModSmall(chunk);
        for (int i = 0; i < 19 && (!q.isZero() || r != 0); ++i) {
            out.push_back(static_cast<char>('0' + r % 10));
            r /= 10;
        }
        v = q;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::string U256::toQuantity() const
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out = "0x";
    bool started = false;
    for (int i = 63; i >= 0; --i) {
        const auto nibble = static_cast<unsigned>((m_limbs[static_cast<unsigned>(i) / 16] >> ((i % 16) * 4)) & 0xF);
        if (nibble == 0 && !started)
            continue;
        started = true;
        out.push_back(digits[nibble]);
    }
    if (!started)
        out.push_back('0');
    return out;
}

crypto::Hash32 U256::toBytes32() const
{
    crypto::Hash32 out {};
    for (std::size_t i = 0; i < 32; ++i) {
        const std::size_t bitPos = (31 - i) * 8;
        out[i] = static_cast<std::uint8_t>(m_limbs[bitPos / 64] >> (bitPos % 64));
    }
    return out;
}

crypto::Bytes U256::toMinimalBytes() const
{
    const crypto::Hash32 full = toBytes32();
    const auto first = std::find_if(full.begin(), full.end(), [](std::uint8_t b) { return b != 0; });
    return crypto::Bytes(first, full.end());
}

unsigned U256::bitLength() const
{
    for (int i = 3; i >= 0; --i) {
        const std::uint64_t limb = m_limbs[static_cast<unsigned>(i)];
        if (limb != 0)
            return static_cast<unsigned>(i) * 64 + 64 - static_cast<unsigned>(__builtin_clzll(limb));
    }
    return 0;
}

std::optional<std::uint64_t> U256::toUint64() const
{
    if ((m_limbs[1] | m_limbs[2] | m_limbs[3]) != 0)
        return std::nullopt;
    return m_limbs[0];
}

std::optional<U256> U256::add(const U256 &a, const U256 &b)
{
    std::array<std::uint64_t, 4> r {};
    std::uint64_t carry = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const Wide sum = static_cast<Wide>(a.m_limbs[i]) + b.m_limbs[i] + carry;
        r[i] = static_cast<std::uint64_t>(sum);
        carry = static_cast<std::uint64_t>(sum >> 64);
    }
    if (carry != 0)
        return std::nullopt;
    return fromLimbs(r);
}

std::optional<U256> U256::sub(const U256 &a, const U256 &b)
{
    if (a < b)
        return std::nullopt;
    std::array<std::uint64_t, 4> r {};
    std::uint64_t borrow = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::uint64_t ai = a.m_limbs[i];
        const std::uint64_t bi = b.m_limbs[i];
        r[i] = ai - bi - borrow;
        borrow = (ai < bi || (ai == bi && borrow != 0)) ? 1 : 0;
    }
    return fromLimbs(r);
}

std::optional<U256> U256::mul(const U256 &a, const U256 &b)
{
    std::array<std::uint64_t, 8> r {};
    for (std::size_t i = 0; i < 4; ++i) {
        std::uint64_t carry = 0;
        for (std::size_t j = 0; j < 4; ++j) {
            const Wide t = static_cast<Wide>(a.m_limbs[i]) * b.m_limbs[j] + r[i + j] + carry;
            r[i + j] = static_cast<std::uint64_t>(t);
            carry = static_cast<std::uint64_t>(t >> 64);
        }
        r[i + 4] = carry;
    }
    if ((r[4] | r[5] | r[6] | r[7]) != 0)
        return std::nullopt;
    return fromLimbs({r[0], r[1], r[2], r[3]});
}

std::pair<U256, std::uint64_t> U256::divModSmall(std::uint64_t divisor) const
{
    std::array<std::uint64_t, 4> q {};
    Wide rem = 0;
    for (int i = 3; i >= 0; --i) {
        const Wide cur = (rem << 64) | m_limbs[static_cast<unsigned>(i)];
        q[static_cast<unsigned>(i)] = static_cast<std::uint64_t>(cur / divisor);
        rem = cur % divisor;
    }
    return {fromLimbs(q), static_cast<std::uint64_t>(rem)};
}

U256 U256::complement() const
{
    return fromLimbs({~m_limbs[0], ~m_limbs[1], ~m_limbs[2], ~m_limbs[3]});
}

U256 U256::negated() const
{
    if (isZero())
        return *this;
    return *add(complement(), U256(1)); // ~x + 1 cannot overflow for x != 0
}

} // namespace carnet::core::ledger
