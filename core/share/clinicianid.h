// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A clinician's identity code (docs/PROTOCOL.md §8.1): what the authority licenses and what a patient
// scans to name the clinician in a grant:
//   carnet-clinician:v1:<base64url, no padding, of address(C) (20) ‖ compressed(K.pub) (33) ‖ check (4)>
//   check = first 4 bytes of keccak("carnet/clinician/v1" ‖ address(C) ‖ compressed(K.pub))
// Read like a connect code (§2).
#include "core/result.h"
#include "crypto/ethaddress.h"

#include <QString>

#include <string>
#include <string_view>

namespace carnet::core::share {

inline constexpr std::string_view kClinicianScheme = "carnet-clinician:";
inline constexpr std::string_view kClinicianPrefix = "carnet-clinician:v1:";
inline constexpr std::string_view kClinicianCheckTag = "carnet/clinician/v1";
/** Decoded payload: address (20) ‖ compressed key (33) ‖ check (4). */
inline constexpr std::size_t kClinicianPayloadSize = 20 + 33 + 4;
/** Characters after the prefix: 57 bytes in base64url without padding (no unused bits). */
inline constexpr std::size_t kClinicianTextSize = 76;

/** What an identity code says: the clinician's account and the key named grants are sealed to. */
struct ClinicianId
{
    crypto::Address account;
    crypto::PublicKey encryptionKey;
};

/** Why a text is not a clinician's identity code, in the order the reader checks. */
enum class ClinicianCodeError {
    WrongPrefix,        ///< does not start with "carnet-clinician:"
    UnsupportedVersion, ///< "carnet-clinician:" followed by something other than "v1:"
    BadBase64url,       ///< a character outside A–Z a–z 0–9 - _, padding, or non-zero trailing bits
    WrongLength,        ///< decodes to other than 57 bytes
    BadCheck,           ///< the check does not match (a mistyped or damaged code)
    InvalidKey,         ///< the 33 key bytes are not a compressed point on secp256k1
};

/** An English description of the error (no part of the code in it). */
const char *describe(ClinicianCodeError error);

/** The identity code of account `account` and encryption key `encryptionKey`: the prefix and 76
 *  base64url characters, ASCII. */
[[nodiscard]] std::string encodeClinicianCode(const crypto::Address &account, const crypto::PublicKey &encryptionKey);

/** Reads an identity code. White space around it is ignored; nothing else is forgiven.
 *  Returns: the account and key, or the first check that failed. */
[[nodiscard]] Result<ClinicianId, ClinicianCodeError> decodeClinicianCode(std::string_view text);
/** The same for a QString (UTF-16; a non-ASCII character is a WrongPrefix or BadBase64url). */
[[nodiscard]] Result<ClinicianId, ClinicianCodeError> decodeClinicianCode(const QString &text);

} // namespace carnet::core::share
