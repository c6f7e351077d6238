// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Key derivation: HKDF-SHA256 (RFC 5869), PBKDF2-HMAC-SHA512 (RFC 8018, for BIP-39 seeds) and
 * Argon2id (RFC 9106, for passphrases). Outputs are secrets and come back in SecureBuffers. */
#include "crypto/securebuffer.h"

namespace carnet::crypto {

/** HKDF-SHA256 extract-and-expand.
 *  Returns: `outLength` bytes of key material.
 *  In:      ikm: input key material; salt: optional salt (may be empty); info: context label;
 *           outLength: 1 .. 255*32 (otherwise an illegal argument: empty result). */
[[nodiscard]] SecureBuffer hkdfSha256(ByteView ikm, ByteView salt, ByteView info, std::size_t outLength);

/** PBKDF2 with HMAC-SHA512.
 *  Returns: `outLength` bytes.
 *  In:      password, salt: any bytes; iterations >= 1 and outLength >= 1 (otherwise an illegal
 *           argument: empty result). */
[[nodiscard]] SecureBuffer pbkdf2Sha512(ByteView password, ByteView salt, std::uint32_t iterations,
                                        std::size_t outLength);

/** Argon2id cost parameters. */
struct Argon2Params
{
    std::uint32_t memoryKiB = 65536; ///< m, in KiB (RFC 9106 "second recommended": 64 MiB)
    std::uint32_t iterations = 3;    ///< t, passes over memory
    std::uint32_t parallelism = 1;   ///< p, lanes (computed on one thread here)

    friend bool operator==(const Argon2Params &, const Argon2Params &) = default;
};

/** Argon2id (version 0x13).
 *  Returns: `outLength` bytes, or an empty buffer when the parameters are illegal.
 *  In:      password: any bytes; salt: at least 8 bytes; params: 8*parallelism <= memoryKiB <= 8 GiB,
 *           iterations >= 1, 1 <= parallelism <= 128 (Botan's bounds; else illegal argument); outLength >= 4;
 *           secret, associatedData: RFC 9106's optional K and X inputs (may be empty). */
[[nodiscard]] SecureBuffer argon2id(ByteView password, ByteView salt, const Argon2Params &params,
                                    std::size_t outLength, ByteView secret = {}, ByteView associatedData = {});

} // namespace carnet::crypto
