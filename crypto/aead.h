// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Authenticated encryption: AES-256-GCM with a 96-bit nonce and a 128-bit tag (NIST SP 800-38D).
 *
 * A (key, nonce) pair must never be used twice. Callers draw a fresh random nonce per message
 * (randomBytes(kAeadNonceSize)) unless the key itself is single-use. Nothing is ever returned from
 * aeadOpen before the tag has been checked. */
#include "crypto/securebuffer.h"

namespace carnet::crypto {

inline constexpr std::size_t kAeadKeySize = 32;
inline constexpr std::size_t kAeadNonceSize = 12;
inline constexpr std::size_t kAeadTagSize = 16;

/** Encrypts and authenticates.
 *  Returns: ciphertext followed by the 16-byte tag (plaintext.size() + 16 bytes); empty on an
 *           illegal argument.
 *  In:      key: 32 bytes; nonce: 12 bytes (other sizes are illegal arguments);
 *           plaintext: any length; associatedData: authenticated, not encrypted. */
[[nodiscard]] Bytes aeadSeal(ByteView key, ByteView nonce, ByteView plaintext, ByteView associatedData);

/** Checks and decrypts.
 *  Returns: the plaintext, or nullopt when the tag does not verify (wrong key, nonce, associated
 *           data, or any altered bit) or when `sealed` is shorter than a tag.
 *  In:      key: 32 bytes; nonce: 12 bytes (other sizes are illegal arguments). */
[[nodiscard]] std::optional<SecureBuffer> aeadOpen(ByteView key, ByteView nonce, ByteView sealed,
                                                   ByteView associatedData);

} // namespace carnet::crypto
