// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* BIP-32 hierarchical deterministic keys (secp256k1), with BIP-44 paths.
 *
 * Carnet's account key is m/44'/60'/0'/0/0 (SLIP-44 coin 60, Ethereum), so the same phrase restores
 * the account in any standard Ethereum wallet. Other purposes (encryption, record ids, study
 * pseudonyms) use their own hardened branches, documented in docs/CRYPTO.md. */
#include "crypto/secp256k1.h"

namespace carnet::crypto {

inline constexpr std::uint32_t kHardened = 0x80000000u;

class ExtendedKey
{
public:
    /** The master key of a seed (16 to 64 bytes; other sizes are illegal arguments).
     *  Returns: nullopt when the seed yields an invalid key (probability < 2^-127) or is illegal. */
    [[nodiscard]] static std::optional<ExtendedKey> fromSeed(ByteView seed);

    /** Child key `index` (>= kHardened for a hardened child).
     *  Returns: nullopt in the < 2^-127 case where the child is invalid (BIP-32 says: skip that index). */
    [[nodiscard]] std::optional<ExtendedKey> derive(std::uint32_t index) const;

    /** Derives a path such as "m/44'/60'/0'/0/0" ("h" also marks hardened indexes).
     *  Returns: nullopt when the path is malformed or a step yields an invalid key. */
    [[nodiscard]] std::optional<ExtendedKey> derivePath(std::string_view path) const;

    const PrivateKey &privateKey() const noexcept { return m_key; }
    [[nodiscard]] PublicKey publicKey() const { return m_key.publicKey(); }
    const SecureBuffer &chainCode() const noexcept { return m_chainCode; }
    std::uint8_t depth() const noexcept { return m_depth; }
    std::uint32_t childNumber() const noexcept { return m_childNumber; }
    /** The first 4 bytes of RIPEMD160(SHA256(compressed public key)). */
    [[nodiscard]] std::array<std::uint8_t, 4> fingerprint() const;

    /** Base58Check "xprv…" serialisation (mainnet version bytes). Secret. */
    [[nodiscard]] SecureBuffer toXprv() const;
    /** Parses what toXprv() writes: a Base58Check "xprv…" string (mainnet private version).
     *  Returns: nullopt for anything else: bad Base58 or checksum, a payload other than 78 bytes,
     *  another version (xpub, testnet), a key byte other than 0x00, a private key outside [1, n-1],
     *  depth 0 with a parent fingerprint or child number (the invalid keys of BIP-32 test vector 5). */
    [[nodiscard]] static std::optional<ExtendedKey> fromXprv(std::string_view xprv);
    /** Base58Check "xpub…" serialisation (mainnet version bytes). */
    [[nodiscard]] std::string toXpub() const;

private:
    ExtendedKey(PrivateKey key, SecureBuffer chainCode, std::uint8_t depth, std::array<std::uint8_t, 4> parent,
                std::uint32_t childNumber);
    PrivateKey m_key;
    SecureBuffer m_chainCode;
    std::uint8_t m_depth = 0;
    std::array<std::uint8_t, 4> m_parentFingerprint{};
    std::uint32_t m_childNumber = 0;
};

} // namespace carnet::crypto
