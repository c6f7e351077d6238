// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Byte types shared by the whole crypto layer.
 *
 * Convention for every function of carnet::crypto (after libsecp256k1):
 *  - arguments go context, outputs, inputs; a length always follows its buffer (spans carry it here);
 *  - an expected failure (bad signature, wrong key, damaged ciphertext) returns false or an empty
 *    std::optional, and is marked [[nodiscard]];
 *  - a programmer error (a key of the wrong length, an impossible parameter) is reported to the
 *    illegal-argument handler of misuse.h, which aborts by default; it never fails silently.
 *  - no exception crosses the library boundary.
 */
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace carnet::crypto {

/** Public bytes (ciphertexts, signatures, hashes). Secrets live in SecureBuffer instead. */
using Bytes = std::vector<std::uint8_t>;
/** A read-only view of bytes, of any origin. */
using ByteView = std::span<const std::uint8_t>;
/** A 32-byte digest (SHA-256, Keccak-256) or scalar. */
using Hash32 = std::array<std::uint8_t, 32>;

/** Views the bytes of a string (no copy, no terminator). */
inline ByteView asBytes(std::string_view s) noexcept
{
    return {reinterpret_cast<const std::uint8_t *>(s.data()), s.size()};
}

/** Lower-case hex of the bytes, without a prefix. */
std::string toHex(ByteView bytes);

/** Parses hex (upper or lower case, optional "0x" prefix, even length).
 *  Returns: the bytes, or nullopt when a character is not hex or the length is odd. */
[[nodiscard]] std::optional<Bytes> fromHex(std::string_view hex);

/** Compares two byte strings in time that depends only on their lengths. */
[[nodiscard]] bool constantTimeEqual(ByteView a, ByteView b) noexcept;

} // namespace carnet::crypto
