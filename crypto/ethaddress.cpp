// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ethaddress.h"

#include "crypto/hash.h"

#include <algorithm>

namespace carnet::crypto {
namespace {

constexpr std::size_t kHexDigits = 40;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The i-th nibble (high nibble first) of the Keccak-256 of the lowercase hex digits.
int checksumNibble(const Hash32 &hash, std::size_t i)
{
    const std::uint8_t byte = hash[i / 2];
    return (i % 2 == 0) ? byte >> 4 : byte & 0x0f;
}

} // namespace

Address addressOf(const PublicKey &key)
{
    const std::array<std::uint8_t, 65> encoded = key.uncompressed();
    const Hash32 hash = keccak256(ByteView(encoded).subspan(1)); // x ‖ y, without the 04 prefix
    Address address{};
    std::copy(hash.end() - 20, hash.end(), address.begin());
    return address;
}

std::string toChecksumAddress(const Address &address)
{
    // EIP-55: a letter is upper case when the matching nibble of keccak256(lowercase hex) is >= 8.
    const std::string lower = toHex(address);
    const Hash32 hash = keccak256(asBytes(lower));
    std::string out = "0x";
    out.reserve(2 + kHexDigits);
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const char c = lower[i];
        const bool upper = c >= 'a' && c <= 'f' && checksumNibble(hash, i) >= 8;
        out.push_back(upper ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

std::optional<Address> parseAddress(std::string_view text)
{
    if (text.size() != 2 + kHexDigits || text[0] != '0' || text[1] != 'x')
        return std::nullopt;
    const std::string_view digits = text.substr(2);
    Address address{};
    bool hasLower = false;
    bool hasUpper = false;
    for (std::size_t i = 0; i < kHexDigits; ++i) {
        const char c = digits[i];
        const int value = hexValue(c);
        if (value < 0)
            return std::nullopt;
        hasLower = hasLower || (c >= 'a' && c <= 'f');
        hasUpper = hasUpper || (c >= 'A' && c <= 'F');
        address[i / 2] = static_cast<std::uint8_t>(address[i / 2] | (i % 2 == 0 ? value << 4 : value));
    }
    // Mixed case carries the EIP-55 checksum and must match it exactly; single-case text carries none.
    if (hasLower && hasUpper && std::string_view(toChecksumAddress(address)).substr(2) != digits)
        return std::nullopt;
    return address;
}

} // namespace carnet::crypto
