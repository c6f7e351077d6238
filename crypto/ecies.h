// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* ECIES on secp256k1: seal bytes to a public key so that only the holder of the private key opens them.
 *
 * Format (version 1), all fields fixed-size except the ciphertext:
 *   0x01 ‖ ephemeral public key (33, compressed) ‖ nonce (12) ‖ AES-256-GCM ciphertext ‖ tag (16)
 * Key:   k = HKDF-SHA256(ikm = ECDH x-coordinate(ephemeral, recipient),
 *                        salt = ephemeral pub (33) ‖ recipient pub (33, compressed),
 *                        info = "carnet/ecies/v1", 32 bytes)
 * AAD:   the 46-byte header (version ‖ ephemeral pub ‖ nonce) ‖ the caller's context bytes.
 * Binding both public keys into the KDF and the header into the AAD makes any altered bit of the
 * envelope fail the tag check. The context binds a sealed box to its use (for example a record id),
 * so a box cannot be moved to another slot. */
#include "crypto/secp256k1.h"

namespace carnet::crypto {

inline constexpr std::uint8_t kEciesVersion = 0x01;
inline constexpr std::size_t kEciesOverhead = 1 + 33 + 12 + 16;

/** Seals `plaintext` to `recipient` with a fresh ephemeral key and nonce.
 *  Returns: the sealed box (plaintext.size() + kEciesOverhead bytes). */
[[nodiscard]] Bytes eciesSeal(const PublicKey &recipient, ByteView plaintext, ByteView context);

/** Seals with the caller's ephemeral key and nonce: the box is then a function of its inputs. Safe only
 *  when the pair is never used for another plaintext — derive both from a secret and the plaintext's
 *  hash (docs/PROTOCOL.md §9.5), never reuse them. Returns: the sealed box, or empty on failure. */
[[nodiscard]] Bytes eciesSealWith(const PublicKey &recipient, ByteView plaintext, ByteView context,
                                  const PrivateKey &ephemeral, ByteView nonce);

/** Opens a sealed box.
 *  Returns: the plaintext, or nullopt when the box is too short, has another version, carries an
 *           invalid ephemeral key, or fails authentication (wrong key, wrong context, any altered bit). */
[[nodiscard]] std::optional<SecureBuffer> eciesOpen(const PrivateKey &recipient, ByteView sealed, ByteView context);

} // namespace carnet::crypto
