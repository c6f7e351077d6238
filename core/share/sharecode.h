// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The share code a patient shows a clinician (docs/PROTOCOL.md §8.6): where the grant is and, in modes
// 1 and 2, the secret its bundle key comes from:
//   carnet-share:v1:<base64url, no padding, of payload>
//   payload = uint64(chainId) ‖ AccessGrants address (20) ‖ grantId (32) ‖ mode (1)
//             ‖ [shareSecret (32), modes 1 and 2] ‖ check (4)
//   check   = first 4 bytes of keccak("carnet/share/v1" ‖ everything before it)
// A code of mode 1 or 2 is a secret: it is only ever in a SecureBuffer.
#include "core/result.h"
#include "core/share/sealedbundle.h"

#include <QString>

#include <string_view>

namespace carnet::core::share {

inline constexpr std::string_view kShareScheme = "carnet-share:";
inline constexpr std::string_view kSharePrefix = "carnet-share:v1:";
inline constexpr std::string_view kShareCheckTag = "carnet/share/v1";
/** Offset of the mode in the payload. */
inline constexpr std::size_t kShareModeOffset = 8 + 20 + 32;
/** Payloads: named (mode 3) and with a share secret (modes 1 and 2). */
inline constexpr std::size_t kNamedSharePayloadSize = kShareModeOffset + 1 + 4;
inline constexpr std::size_t kSecretSharePayloadSize = kNamedSharePayloadSize + kShareSecretSize;
/** Characters after the prefix: 87 (named) and 130. */
inline constexpr std::size_t kNamedShareTextSize = 87;
inline constexpr std::size_t kSecretShareTextSize = 130;
/** A longer text is refused unread (white space around the code included). */
inline constexpr std::size_t kMaxShareCodeChars = 512;

/** What a share code says. */
struct ShareCode
{
    std::uint64_t chainId = 0;
    crypto::Address contract {}; ///< the AccessGrants address
    GrantId grantId {};
    BundleMode mode = BundleMode::Code;
    crypto::SecureBuffer shareSecret; ///< 32 bytes in modes 1 and 2, empty in mode 3

    /** Where its bundle belongs. */
    BundleContext context() const { return BundleContext {chainId, contract, grantId}; }
};

/** Why a text is not a share code (in the order the reader checks), or not one for this network. */
enum class ShareCodeError {
    TooLong,            ///< more than 512 characters: not read
    WrongPrefix,        ///< does not start with "carnet-share:"
    UnsupportedVersion, ///< "carnet-share:" followed by something other than "v1:"
    BadBase64url,       ///< a character outside A–Z a–z 0–9 - _, padding, or non-zero trailing bits
    WrongLength,        ///< decodes to neither 65 nor 97 bytes
    UnknownMode,        ///< the mode is not 1, 2 or 3
    LengthModeMismatch, ///< 65 bytes with mode 1 or 2, or 97 with mode 3
    BadCheck,           ///< the check does not match (a mistyped or damaged code)
    WrongNetwork,       ///< (checkShareNetwork) another chain id or AccessGrants contract than the reader's
};

/** An English description of the error (no part of the code in it). */
const char *describe(ShareCodeError error);

/** The share code of `code` (its secret must be 32 bytes in modes 1 and 2, empty in mode 3): the prefix
 *  and 130 (or 87, named) base64url characters, ASCII. Secret in modes 1 and 2. */
[[nodiscard]] crypto::SecureBuffer encodeShareCode(const ShareCode &code);

/** Reads a share code. White space around the code is ignored; nothing else is forgiven. Sends nothing.
 *  Returns: what it says, or the first check that failed (never WrongNetwork: see checkShareNetwork). */
[[nodiscard]] Result<ShareCode, ShareCodeError> decodeShareCode(std::string_view text);
/** The same for a QString (more than 512 UTF-16 units is TooLong; a non-ASCII character is a
 *  WrongPrefix or BadBase64url). */
[[nodiscard]] Result<ShareCode, ShareCodeError> decodeShareCode(const QString &text);

/** WrongNetwork unless the code's chain id and contract are the reader's network's. */
[[nodiscard]] Result<void, ShareCodeError> checkShareNetwork(const ShareCode &code, std::uint64_t chainId,
                                                             const crypto::Address &contract);

} // namespace carnet::core::share
