// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Hashes and MACs. All are deterministic and cannot fail.
 *
 * keccak256 is Ethereum's Keccak-256 (the original Keccak padding, as in Botan's
 * "Keccak-1600(256)"), which differs from FIPS 202 SHA3-256. */
#include "crypto/securebuffer.h"

namespace carnet::crypto {

/** Keccak-256 of `data` (Ethereum). */
[[nodiscard]] Hash32 keccak256(ByteView data);
/** SHA-256 of `data`. */
[[nodiscard]] Hash32 sha256(ByteView data);
/** RIPEMD-160 of `data` (BIP-32 key fingerprints only). */
[[nodiscard]] std::array<std::uint8_t, 20> ripemd160(ByteView data);
/** HMAC-SHA256 of `data` under `key` (any key length). */
[[nodiscard]] Hash32 hmacSha256(ByteView key, ByteView data);
/** HMAC-SHA512 of `data` under `key` (any key length). The 64-byte result is returned in secure
 *  memory because BIP-32 uses it as key material. */
[[nodiscard]] SecureBuffer hmacSha512(ByteView key, ByteView data);

} // namespace carnet::crypto
