// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The files of a SMART Health Link: JWE compact serialization (RFC 7516 §7.1) as the SHL spec profiles it
 * (docs/SHL.md, "The files"):
 *   b64u(protected header) "." "" "." b64u(IV, 12 bytes) "." b64u(ciphertext) "." b64u(tag, 16 bytes)
 *   protected header = {"alg":"dir","enc":"A256GCM","cty":"<content type>"[,"zip":"DEF"]}
 *   AES-256-GCM under the link's key, AAD = the ASCII of b64u(protected header); with zip, the plaintext
 *   is raw DEFLATE (RFC 1951, no zlib header) of the content.
 * Every encryption draws a fresh IV from the CSPRNG: the same key serves every version of a link's files. */
#include "core/result.h"
#include "crypto/securebuffer.h"

#include <QByteArray>

namespace carnet::core::shl {

inline constexpr std::size_t kJweIvSize = 12;
inline constexpr std::size_t kJweTagSize = 16;
inline constexpr qsizetype kMaxJweChars = 32 * 1024 * 1024;       ///< a longer text is refused unread
inline constexpr std::size_t kDefaultMaxContent = 16 * 1024 * 1024; ///< decrypted (and inflated) bytes

enum class JweError {
    TooLarge,             ///< over 32 MiB of text, or content over the caller's limit before inflating
    WrongPartCount,       ///< not exactly 5 parts separated by '.'
    BadBase64url,         ///< a part is not strict base64url without padding (or the header is empty)
    BadHeader,            ///< the protected header is not a JSON object (strict: valid UTF-8, no duplicate member)
    UnsupportedAlg,       ///< `alg` is not "dir"
    UnsupportedEnc,       ///< `enc` is not "A256GCM"
    UnsupportedZip,       ///< `zip` is present and not "DEF"
    UnsupportedCrit,      ///< a `crit` member (Carnet understands no extension)
    BadContentType,       ///< `cty` present and not a non-empty string
    EncryptedKeyNotEmpty, ///< the second part is not empty (alg dir has no encrypted key)
    BadIv,                ///< the IV is not 12 bytes
    BadTag,               ///< the tag is not 16 bytes
    DoesNotDecrypt,       ///< the tag does not verify: wrong key, or any altered byte
    BadDeflate,           ///< zip DEF content that is not one complete raw DEFLATE stream
    InflatedTooLarge,     ///< inflates past the caller's limit (a zip bomb)
};

/** An English description (no part of the file in it). */
const char *describe(JweError error);

struct JweContent
{
    QByteArray contentType; ///< the header's `cty`; empty when the header has none
    bool compressed = false;
    QByteArray content;     ///< the decrypted (inflated) bytes
};

/** Encrypts `content` under `key` (32 bytes) with a fresh random IV. `contentType` becomes `cty` (an empty
 *  one: no `cty` member).
 *  With `compress`, raw DEFLATE first and `zip:"DEF"`. */
[[nodiscard]] QByteArray encryptJwe(crypto::ByteView key, QByteArrayView content, QByteArrayView contentType,
                                    bool compress);

/** The same with a given IV (12 bytes): for known-answer tests only; never reuse an IV with a key. */
[[nodiscard]] QByteArray encryptJweWithIv(crypto::ByteView key, QByteArrayView content, QByteArrayView contentType,
                                          bool compress, crypto::ByteView iv);

/** Checks and decrypts a compact JWE. Nothing of the content is returned or inflated before the tag has
 *  been checked. Unknown header members other than `crit` are ignored (RFC 7515 §4). */
[[nodiscard]] Result<JweContent, JweError> decryptJwe(crypto::ByteView key, QByteArrayView compact,
                                                      std::size_t maxContent = kDefaultMaxContent);

/** The IV of a compact JWE, without decrypting it (the host's IV-reuse check); nullopt when the text is not
 *  5 parts with a 12-byte IV. */
[[nodiscard]] std::optional<crypto::Bytes> jweIv(QByteArrayView compact);

} // namespace carnet::core::shl
