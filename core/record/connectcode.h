// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The connect code a wallet shows a provider (docs/PROTOCOL.md §2): the record id and the record key's
// public key, with a 4-byte check so that a mistyped code is refused rather than misread:
//   carnet-connect:v1:<base64url, no padding, of recordId (32) ‖ compressed(E_n.pub) (33) ‖ check (4)>
//   check = first 4 bytes of keccak("carnet/connect/v1" ‖ recordId ‖ compressed(E_n.pub))
// It carries no name, no account address and no chain id.
#include "core/record/recordkeys.h"
#include "core/result.h"

#include <QString>

#include <string>
#include <string_view>

namespace carnet::core::record {

inline constexpr std::string_view kConnectScheme = "carnet-connect:";
inline constexpr std::string_view kConnectPrefix = "carnet-connect:v1:";
inline constexpr std::string_view kConnectCheckTag = "carnet/connect/v1";
inline constexpr std::size_t kConnectCheckSize = 4;
/** Decoded payload: record id (32) ‖ compressed key (33) ‖ check (4). */
inline constexpr std::size_t kConnectPayloadSize = 32 + 33 + kConnectCheckSize;
/** Characters after the prefix: 69 bytes in base64url without padding. */
inline constexpr std::size_t kConnectTextSize = 92;

/** What a connect code says: the record and the key its entries' content keys are wrapped to. */
struct ConnectCode
{
    RecordId recordId;
    crypto::PublicKey recordKey;
};

/** Why a text is not a connect code, in the order the reader checks. */
enum class ConnectCodeError {
    WrongPrefix,        ///< does not start with "carnet-connect:"
    UnsupportedVersion, ///< "carnet-connect:" followed by something other than "v1:"
    BadBase64url,       ///< a character outside A–Z a–z 0–9 - _, padding, or non-zero trailing bits
    WrongLength,        ///< decodes to other than 69 bytes
    BadCheck,           ///< the check does not match (a mistyped or damaged code)
    InvalidKey,         ///< the 33 key bytes are not a compressed point on secp256k1
    RecordIdMismatch,   ///< the record id is not the one derived from the key
};

/** An English description of the error (no part of the code in it). */
const char *describe(ConnectCodeError error);

/** The connect code of record key `recordKey` (its record id is recordIdOf(recordKey)): the prefix
 *  and 92 base64url characters, ASCII. */
[[nodiscard]] std::string encodeConnectCode(const crypto::PublicKey &recordKey);

/** Reads a connect code. White space around the code (a copied line end) is ignored; nothing else is
 *  forgiven: the prefix is lower case and exact, the base64url strict.
 *  Returns: the record id and key, or the first check that failed. */
[[nodiscard]] Result<ConnectCode, ConnectCodeError> decodeConnectCode(std::string_view text);
/** The same for a QString (UTF-16; a non-ASCII character is a WrongPrefix or BadBase64url). */
[[nodiscard]] Result<ConnectCode, ConnectCodeError> decodeConnectCode(const QString &text);

/** Strict base64url without padding (RFC 4648 §5): exposed for tests. Returns nullopt on a character
 *  outside the alphabet, a length of 1 mod 4, or non-zero unused bits in the last character. */
[[nodiscard]] std::optional<crypto::Bytes> decodeBase64Url(std::string_view text);
/** Base64url without padding of `bytes`. */
[[nodiscard]] std::string encodeBase64Url(crypto::ByteView bytes);

} // namespace carnet::core::record
