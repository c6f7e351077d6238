// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* secp256k1 keys, ECDSA, public-key recovery and ECDH, over bitcoin-core's libsecp256k1.
 *
 * Signatures are produced with RFC 6979 nonces and are always low-S (EIP-2). verify() accepts
 * only low-S signatures: a high-S signature is malleable and is rejected. All secret-dependent
 * operations are constant time (libsecp256k1). One library context, randomised at first use, is
 * shared by the process; every function here is thread-safe. */
#include "crypto/securebuffer.h"

namespace carnet::crypto {

class PublicKey;

/** A valid secret scalar (0 < k < n), held in secure memory. */
class PrivateKey
{
public:
    /** Returns: the key, or nullopt when `bytes` is not 32 bytes or not a valid scalar (zero, >= n). */
    [[nodiscard]] static std::optional<PrivateKey> fromBytes(ByteView bytes);
    /** A fresh random key from the CSPRNG. */
    [[nodiscard]] static PrivateKey generate();

    PrivateKey(PrivateKey &&) noexcept = default;
    PrivateKey &operator=(PrivateKey &&) noexcept = default;
    [[nodiscard]] PrivateKey clone() const { return PrivateKey(m_secret.clone()); }

    /** The corresponding public key. */
    [[nodiscard]] PublicKey publicKey() const;
    /** The 32 big-endian bytes of the scalar (secret: handle with care). */
    const SecureBuffer &secret() const noexcept { return m_secret; }
    /** Returns: (this + tweak) mod n, or nullopt when tweak is not 32 bytes, is >= n, or the sum is 0
     *  (BIP-32 private child derivation). */
    [[nodiscard]] std::optional<PrivateKey> tweakAdd(ByteView tweak) const;

private:
    explicit PrivateKey(SecureBuffer secret) : m_secret(std::move(secret)) {}
    SecureBuffer m_secret;
};

/** A valid point on the curve (never the point at infinity). */
class PublicKey
{
public:
    /** Parses SEC1: 33 bytes compressed (02/03) or 65 bytes uncompressed (04).
     *  Returns: the key, or nullopt when the encoding or the point is invalid. */
    [[nodiscard]] static std::optional<PublicKey> parse(ByteView sec1);

    /** 33-byte compressed SEC1 encoding. */
    [[nodiscard]] std::array<std::uint8_t, 33> compressed() const;
    /** 65-byte uncompressed SEC1 encoding (0x04 ‖ x ‖ y). */
    [[nodiscard]] std::array<std::uint8_t, 65> uncompressed() const;
    /** Returns: this + tweak·G, or nullopt when tweak is not 32 bytes, is >= n, or the result is
     *  infinity (BIP-32 public child derivation). */
    [[nodiscard]] std::optional<PublicKey> tweakAdd(ByteView tweak) const;

    friend bool operator==(const PublicKey &a, const PublicKey &b) { return a.m_point == b.m_point; }

private:
    friend class PrivateKey;
    PublicKey() = default;
    std::array<std::uint8_t, 64> m_point{}; // libsecp256k1's opaque secp256k1_pubkey
};

/** A compact ECDSA signature r ‖ s (32 + 32 bytes, big-endian). */
struct Signature
{
    std::array<std::uint8_t, 64> rs{};

    /** Parses a strict DER signature. Returns nullopt for any other encoding. */
    [[nodiscard]] static std::optional<Signature> fromDer(ByteView der);
    /** Returns: true when s <= n/2. */
    [[nodiscard]] bool isLowS() const;
    /** The low-S form of this signature (the same signature when it already is). */
    [[nodiscard]] Signature normalized() const;
    friend bool operator==(const Signature &, const Signature &) = default;
};

/** A signature with the recovery id (0..3) that lets the signer's public key be recovered;
 *  Ethereum's `v` is derived from `recoveryId`. */
struct RecoverableSignature
{
    std::array<std::uint8_t, 64> rs{};
    std::uint8_t recoveryId = 0;

    /** Parses Ethereum's 65-byte r ‖ s ‖ v, with v in {0, 1, 27, 28}. Returns nullopt otherwise. */
    [[nodiscard]] static std::optional<RecoverableSignature> fromRsv(ByteView rsv);
    /** 65 bytes r ‖ s ‖ (27 + recoveryId), as Ethereum's personal_sign and EIP-712 tooling write it. */
    [[nodiscard]] std::array<std::uint8_t, 65> toRsv() const;
    [[nodiscard]] Signature signature() const { return Signature{rs}; }
    friend bool operator==(const RecoverableSignature &, const RecoverableSignature &) = default;
};

/** Signs a 32-byte digest (deterministic RFC 6979 nonce, low-S). */
[[nodiscard]] Signature sign(const PrivateKey &key, const Hash32 &digest);
/** Signs a 32-byte digest and returns the recovery id with it. */
[[nodiscard]] RecoverableSignature signRecoverable(const PrivateKey &key, const Hash32 &digest);
/** Returns: true when `signature` is a valid low-S signature of `digest` by `key`. */
[[nodiscard]] bool verify(const PublicKey &key, const Hash32 &digest, const Signature &signature);
/** Returns: the public key that made `signature` over `digest`, or nullopt when none did
 *  (invalid r/s, high-S, or recovery id > 3). */
[[nodiscard]] std::optional<PublicKey> recover(const Hash32 &digest, const RecoverableSignature &signature);

/** Elliptic-curve Diffie-Hellman.
 *  Returns: the 32-byte x coordinate of key·peer (unhashed, as in SEC1 and Wycheproof); callers
 *           must put it through a KDF (HKDF) before use. */
[[nodiscard]] SecureBuffer ecdhSharedX(const PrivateKey &key, const PublicKey &peer);

} // namespace carnet::crypto
