// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* U256: an unsigned 256-bit integer (wei amounts, gas, nonces, ABI uint256) with checked arithmetic.
 *
 * Parsing is strict: decimal digits only, or "0x" followed by hex digits; no sign, no white space,
 * no separators, and a value >= 2^256 is rejected rather than wrapped. Arithmetic returns nullopt
 * on overflow or underflow instead of wrapping. Four 64-bit limbs, least significant first. */
#include "crypto/bytes.h"

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace carnet::core::ledger {

class U256
{
public:
    constexpr U256() = default;
    constexpr U256(std::uint64_t value)
        : m_limbs {value, 0, 0, 0}
    { } // NOLINT: implicit on purpose

    /** 2^256 - 1. */
    static constexpr U256 max() { return fromLimbs({~0ULL, ~0ULL, ~0ULL, ~0ULL}); }
    /** From four limbs, least significant first. */
    static constexpr U256 fromLimbs(std::array<std::uint64_t, 4> limbs)
    {
        U256 v;
        v.m_limbs = limbs;
        return v;
    }

    /** Decimal digits (at least one; leading zeros allowed). nullopt on junk or overflow. */
    [[nodiscard]] static std::optional<U256> fromDecimal(std::string_view text);
    /** "0x" or "0X" then 1..n hex digits (leading zeros allowed). nullopt on junk or overflow. */
    [[nodiscard]] static std::optional<U256> fromHex(std::string_view text);
    /** A JSON-RPC QUANTITY (EIP-1474): "0x" then hex digits without leading zeros; zero is "0x0". */
    [[nodiscard]] static std::optional<U256> fromQuantity(std::string_view text);
    /** fromHex when the text starts with 0x, else fromDecimal. */
    [[nodiscard]] static std::optional<U256> parse(std::string_view text);
    /** Big-endian bytes, at most 32 (leading zero bytes allowed). nullopt when longer. */
    [[nodiscard]] static std::optional<U256> fromBigEndian(crypto::ByteView bytes);

    [[nodiscard]] std::string toDecimal() const;
    /** Minimal "0x" hex, lower case, "0x0" for zero (JSON-RPC QUANTITY). */
    [[nodiscard]] std::string toQuantity() const;
    /** 32 bytes, big-endian. */
    [[nodiscard]] crypto::Hash32 toBytes32() const;
    /** Big-endian without leading zero bytes; empty for zero (the RLP integer form). */
    [[nodiscard]] crypto::Bytes toMinimalBytes() const;

    [[nodiscard]] constexpr bool isZero() const { return (m_limbs[0] | m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    /** Number of significant bits (0 for zero). */
    [[nodiscard]] unsigned bitLength() const;
    /** The value when it fits 64 bits. */
    [[nodiscard]] std::optional<std::uint64_t> toUint64() const;
    /** Bit `index` (0 = least significant, < 256). */
    [[nodiscard]] bool bit(unsigned index) const { return ((m_limbs[index / 64] >> (index % 64)) & 1U) != 0; }
    [[nodiscard]] constexpr const std::array<std::uint64_t, 4> &limbs() const { return m_limbs; }

    /** Checked arithmetic: nullopt when the exact result is not in [0, 2^256). */
    [[nodiscard]] static std::optional<U256> add(const U256 &a, const U256 &b);
    [[nodiscard]] static std::optional<U256> sub(const U256 &a, const U256 &b);
    [[nodiscard]] static std::optional<U256> mul(const U256 &a, const U256 &b);
    /** Quotient and remainder by a non-zero 64-bit divisor. */
    [[nodiscard]] std::pair<U256, std::uint64_t> divModSmall(std::uint64_t divisor) const;

    /** Two's complement helpers (ABI intN): the bitwise complement and ~x + 1 modulo 2^256. */
    [[nodiscard]] U256 complement() const;
    [[nodiscard]] U256 negated() const;

    friend constexpr bool operator==(const U256 &a, const U256 &b) = default;
    friend constexpr std::strong_ordering operator<=>(const U256 &a, const U256 &b)
    {
        for (int i = 3; i >= 0; --i) {
            if (a.m_limbs[i] != b.m_limbs[i])
                return a.m_limbs[i] <=> b.m_limbs[i];
        }
        return std::strong_ordering::equal;
    }

private:
    std::array<std::uint64_t, 4> m_limbs {};
};

} // namespace carnet::core::ledger
