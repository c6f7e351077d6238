// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/bip32.h"

#include "crypto/hash.h"
#include "crypto/misuse.h"

#include <botan/base58.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace carnet::crypto {
namespace {

constexpr std::uint32_t kVersionXprv = 0x0488ADE4; // mainnet, private
constexpr std::uint32_t kVersionXpub = 0x0488B21E; // mainnet, public
constexpr std::size_t kSerializedSize = 78;

void putUint32(std::uint8_t *out, std::uint32_t value)
{
    out[0] = static_cast<std::uint8_t>(value >> 24);
    out[1] = static_cast<std::uint8_t>(value >> 16);
    out[2] = static_cast<std::uint8_t>(value >> 8);
    out[3] = static_cast<std::uint8_t>(value);
}

std::uint32_t getUint32(const std::uint8_t *in)
{
    return (std::uint32_t{in[0]} << 24) | (std::uint32_t{in[1]} << 16) | (std::uint32_t{in[2]} << 8)
        | std::uint32_t{in[3]};
}

// Parses one path segment: decimal digits without a leading zero, below 2^31, optionally followed
// by one hardened marker (' or h). Returns false for anything else.
bool parseSegment(std::string_view segment, std::uint32_t *index)
{
    bool hardened = false;
    if (!segment.empty() && (segment.back() == '\'' || segment.back() == 'h')) {
        hardened = true;
        segment.remove_suffix(1);
    }
    if (segment.empty() || segment.size() > 10 || (segment.size() > 1 && segment.front() == '0'))
        return false;
    std::uint64_t value = 0;
    for (const char c : segment) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    // An unmarked index >= 2^31 would silently mean a hardened child: refuse it as ambiguous.
    if (value >= kHardened)
        return false;
    *index = static_cast<std::uint32_t>(value) | (hardened ? kHardened : 0u);
    return true;
}

} // namespace

ExtendedKey::ExtendedKey(PrivateKey key, SecureBuffer chainCode, std::uint8_t depth,
                         std::array<std::uint8_t, 4> parent, std::uint32_t childNumber)
    : m_key(std::move(key))
    , m_chainCode(std::move(chainCode))
    , m_depth(depth)
    , m_parentFingerprint(parent)
    , m_childNumber(childNumber)
{
}

std::optional<ExtendedKey> ExtendedKey::fromSeed(ByteView seed)
{
    if (seed.size() < 16 || seed.size() > 64) {
        reportIllegalArgument("ExtendedKey::fromSeed: seed must be 16 to 64 bytes");
        return std::nullopt;
    }
    const SecureBuffer mac = hmacSha512(asBytes("Bitcoin seed"), seed);
    auto key = PrivateKey::fromBytes(mac.view().first(32)); // I_L = 0 or >= n: invalid master key
    if (!key)
        return std::nullopt;
    return ExtendedKey(std::move(*key), SecureBuffer::copyOf(mac.view().subspan(32)), 0, {}, 0);
}

std::optional<ExtendedKey> ExtendedKey::derive(std::uint32_t index) const
{
    if (m_depth == 0xff) {
        reportIllegalArgument("ExtendedKey::derive: depth would exceed 255");
        return std::nullopt;
    }
    // Data = 0x00 ‖ ser256(k) ‖ ser32(i) for a hardened child, serP(point(k)) ‖ ser32(i) otherwise.
    SecureBuffer data(37);
    if (index >= kHardened) {
        std::memcpy(data.data() + 1, m_key.secret().data(), 32);
    } else {
        const std::array<std::uint8_t, 33> pub = m_key.publicKey().compressed();
        std::memcpy(data.data(), pub.data(), pub.size());
    }
    putUint32(data.data() + 33, index);
    const SecureBuffer mac = hmacSha512(m_chainCode.view(), data.view());
    // k_i = I_L + k_par (mod n); invalid when I_L >= n or k_i = 0 (BIP-32: skip this index).
    auto child = m_key.tweakAdd(mac.view().first(32));
    if (!child)
        return std::nullopt;
    return ExtendedKey(std::move(*child), SecureBuffer::copyOf(mac.view().subspan(32)),
                       static_cast<std::uint8_t>(m_depth + 1), fingerprint(), index);
}

std::optional<ExtendedKey> ExtendedKey::derivePath(std::string_view path) const
{
    // "m" stands for this key; each "/segment" derives one child. Parse the whole path before
    // deriving anything so that a malformed path costs nothing and leaves no partial state.
    if (path.empty() || path.front() != 'm')
        return std::nullopt;
    std::string_view rest = path.substr(1);
    std::vector<std::uint32_t> indexes;
    while (!rest.empty()) {
        if (rest.front() != '/')
            return std::nullopt;
        rest.remove_prefix(1);
        const std::size_t end = std::min(rest.find('/'), rest.size());
        std::uint32_t index = 0;
        if (!parseSegment(rest.substr(0, end), &index))
            return std::nullopt;
        indexes.push_back(index);
        rest.remove_prefix(end);
    }
    if (m_depth + indexes.size() > 0xff)
        return std::nullopt;

    std::optional<ExtendedKey> current(
        ExtendedKey(m_key.clone(), m_chainCode.clone(), m_depth, m_parentFingerprint, m_childNumber));
    for (const std::uint32_t index : indexes) {
        current = current->derive(index);
        if (!current)
            return std::nullopt;
    }
    return current;
}

std::array<std::uint8_t, 4> ExtendedKey::fingerprint() const
{
    const std::array<std::uint8_t, 33> pub = publicKey().compressed();
    const std::array<std::uint8_t, 20> id = ripemd160(sha256(pub));
    return {id[0], id[1], id[2], id[3]};
}

SecureBuffer ExtendedKey::toXprv() const
{
    // version ‖ depth ‖ parent fingerprint ‖ child number ‖ chain code ‖ 0x00 ‖ ser256(k)
    SecureBuffer payload(kSerializedSize);
    std::uint8_t *p = payload.data();
    putUint32(p, kVersionXprv);
    p[4] = m_depth;
    std::memcpy(p + 5, m_parentFingerprint.data(), 4);
    putUint32(p + 9, m_childNumber);
    std::memcpy(p + 13, m_chainCode.data(), 32);
    std::memcpy(p + 46, m_key.secret().data(), 32);
    std::string encoded = Botan::base58_check_encode(payload.data(), payload.size());
    SecureBuffer out = SecureBuffer::copyOf(asBytes(encoded));
    secureWipe(encoded.data(), encoded.size());
    return out;
}

std::optional<ExtendedKey> ExtendedKey::fromXprv(std::string_view xprv)
{
    // Botan's decoder skips white space; a stored key is exactly the 111 characters toXprv() writes.
    static constexpr std::string_view kAlphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    if (xprv.size() != 111 || xprv.find_first_not_of(kAlphabet) != std::string_view::npos)
        return std::nullopt;
    std::vector<std::uint8_t> raw;
    try {
        raw = Botan::base58_check_decode(xprv.data(), xprv.size());
    } catch (const std::exception &) {
        return std::nullopt; // not Base58, or the checksum does not match
    }
    SecureBuffer payload = SecureBuffer::copyOf(raw);
    secureWipe(raw.data(), raw.size());
    if (payload.size() != kSerializedSize)
        return std::nullopt;
    const std::uint8_t *p = payload.data();
    const std::uint32_t version = getUint32(p);
    const std::uint8_t depth = p[4];
    std::array<std::uint8_t, 4> parent{};
    std::memcpy(parent.data(), p + 5, 4);
    const std::uint32_t childNumber = getUint32(p + 9);
    if (version != kVersionXprv || p[45] != 0x00)
        return std::nullopt;
    if (depth == 0 && (childNumber != 0 || parent != std::array<std::uint8_t, 4>{}))
        return std::nullopt;
    auto key = PrivateKey::fromBytes(payload.view().subspan(46, 32));
    if (!key)
        return std::nullopt;
    return ExtendedKey(std::move(*key), SecureBuffer::copyOf(payload.view().subspan(13, 32)), depth, parent,
                       childNumber);
}

std::string ExtendedKey::toXpub() const
{
    // version ‖ depth ‖ parent fingerprint ‖ child number ‖ chain code ‖ serP(K)
    std::array<std::uint8_t, kSerializedSize> payload{};
    std::uint8_t *p = payload.data();
    putUint32(p, kVersionXpub);
    p[4] = m_depth;
    std::memcpy(p + 5, m_parentFingerprint.data(), 4);
    putUint32(p + 9, m_childNumber);
    std::memcpy(p + 13, m_chainCode.data(), 32);
    const std::array<std::uint8_t, 33> pub = publicKey().compressed();
    std::memcpy(p + 45, pub.data(), pub.size());
    return Botan::base58_check_encode(payload.data(), payload.size());
}

} // namespace carnet::crypto
