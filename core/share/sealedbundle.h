// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A grant's encrypted key bundle and its parts (docs/PROTOCOL.md §8.5):
//   bundle = mode (1) ‖ [sealedKey (94), named mode only] ‖ nonce (12) ‖ AES-256-GCM(bundleKey, plaintext) ‖ tag (16)
//   AAD    = "carnet/grant-bundle/v1" ‖ uint64(chainId) ‖ AccessGrants address (20) ‖ grantId ‖ mode
// mode 1: bundleKey = HKDF-SHA256(shareSecret, salt grantId, "carnet/grant-key/v1/code")
// mode 2: bundleKey = HKDF-SHA256(shareSecret ‖ Argon2id(NFC passcode, salt grantId), salt grantId,
//                                 "carnet/grant-key/v1/passcode")
// mode 3: bundleKey random, sealedKey = eciesSeal(K.pub, bundleKey, "carnet/grant-key/v1" ‖ grantId)
// The bundle is sent in parts of 32,768 bytes (1 to 64 of them).
#include "core/result.h"
#include "core/share/sharekeys.h"
#include "crypto/aead.h"
#include "crypto/ecies.h"
#include "crypto/kdf.h"

#include <QString>

#include <vector>

namespace carnet::core::share {

inline constexpr std::string_view kBundleAadTag = "carnet/grant-bundle/v1";
inline constexpr std::string_view kCodeKeyInfo = "carnet/grant-key/v1/code";
inline constexpr std::string_view kPasscodeKeyInfo = "carnet/grant-key/v1/passcode";
inline constexpr std::string_view kSealedKeyContext = "carnet/grant-key/v1";
inline constexpr std::size_t kShareSecretSize = 32;
inline constexpr std::size_t kBundleKeySize = 32;
/** eciesSeal of the 32-byte bundle key. */
inline constexpr std::size_t kSealedKeySize = kBundleKeySize + crypto::kEciesOverhead;
inline constexpr std::size_t kPartBytes = 32 * 1024;
inline constexpr std::size_t kMaxParts = 64;
inline constexpr std::size_t kMaxBundleBytes = kPartBytes * kMaxParts;
/** A passcode's length in Unicode code points, after NFC. */
inline constexpr std::size_t kMinPasscodeLength = 4;
inline constexpr std::size_t kMaxPasscodeLength = 64;
/** Argon2id of the passcode: fixed by the version (m 64 MiB, t 3, p 1), 32 bytes. */
inline constexpr crypto::Argon2Params kPasscodeArgon2 {65536, 3, 1};
inline constexpr std::size_t kPasscodeHashSize = 32;

/** Who can open a bundle (the first byte of the bundle and of the share code's mode). */
enum class BundleMode : std::uint8_t {
    Code = 0x01,     ///< whoever holds the share code
    Passcode = 0x02, ///< the share code and the passcode
    Named = 0x03,    ///< the clinician whose K the bundle key is sealed to
};

/** Where a bundle belongs: bound into its AAD, so it opens only there. */
struct BundleContext
{
    std::uint64_t chainId = 0;
    crypto::Address contract {}; ///< the AccessGrants address
    GrantId grantId {};
};

/** Why a bundle is not made, opened, split or joined. */
enum class BundleError {
    BadPasscode,   ///< a passcode that is not 4 to 64 characters (code points, after NFC) of valid text
    TooLarge,      ///< the bundle would be, or is, larger than 64 parts of 32,768 bytes
    TooShort,      ///< shorter than the mode's header and the tag
    UnknownMode,   ///< the first byte is not 1, 2 or 3
    WrongMode,     ///< the bundle's mode is not the one it is opened with (the share code's)
    WrongPasscode, ///< mode 2: the tag fails (a wrong passcode, or damage)
    Damaged,       ///< modes 1 and 3: the tag, or the sealed key, fails
    BadParts,      ///< no part, more than 64, an empty part, or a part but the last not 32,768 bytes
};

/** An English description of the error. */
const char *describe(BundleError error);

/** The bundle's size for a plaintext of `plaintextSize` bytes: + 29 (+ 94 named). */
[[nodiscard]] constexpr std::size_t sealedBundleSize(BundleMode mode, std::size_t plaintextSize)
{
    return 1 + (mode == BundleMode::Named ? kSealedKeySize : 0) + crypto::kAeadNonceSize + plaintextSize
        + crypto::kAeadTagSize;
}
/** The number of parts of a bundle of `size` bytes (kMaxParts + 1 or more means too large). */
[[nodiscard]] constexpr std::size_t partCount(std::size_t size)
{
    return (size + kPartBytes - 1) / kPartBytes;
}

/** The AAD of a bundle. */
[[nodiscard]] crypto::Bytes bundleAad(const BundleContext &context, BundleMode mode);
/** The passcode's bytes: its UTF-8 in Unicode NFC, refused unless 4 to 64 code points. Secret. */
[[nodiscard]] Result<crypto::SecureBuffer, BundleError> passcodeBytes(const QString &passcode);
/** The bundle key of modes 1 and 2 (`passcode` is ignored in mode 1). Secret. */
[[nodiscard]] Result<crypto::SecureBuffer, BundleError> codeBundleKey(BundleMode mode, const GrantId &grantId,
                                                                    crypto::ByteView shareSecret,
                                                                    const QString &passcode = {});

/** Seals a plaintext for mode 1 (`passcode` empty) or mode 2, with a fresh nonce. shareSecret is 32
 *  bytes. */
[[nodiscard]] Result<crypto::Bytes, BundleError> sealCodeBundle(BundleMode mode, crypto::ByteView plaintext,
                                                               const BundleContext &context,
                                                               crypto::ByteView shareSecret,
                                                               const QString &passcode = {});
/** Seals a plaintext for mode 3, to the named clinician's encryption key, with a fresh bundle key. */
[[nodiscard]] Result<crypto::Bytes, BundleError> sealNamedBundle(crypto::ByteView plaintext,
                                                                const BundleContext &context,
                                                                const crypto::PublicKey &clinicianKey);

/** Opens a bundle of mode 1 or 2 (`mode`: the share code's) with the share code's secret. */
[[nodiscard]] Result<crypto::SecureBuffer, BundleError> openCodeBundle(BundleMode mode, crypto::ByteView bundle,
                                                                      const BundleContext &context,
                                                                      crypto::ByteView shareSecret,
                                                                      const QString &passcode = {});
/** Opens a bundle of mode 3 with the clinician's encryption key K. */
[[nodiscard]] Result<crypto::SecureBuffer, BundleError> openNamedBundle(crypto::ByteView bundle,
                                                                       const BundleContext &context,
                                                                       const crypto::PrivateKey &clinicianKey);

/** The parts a bundle is sent in: 32,768 bytes each, the last 1 to 32,768. */
[[nodiscard]] Result<std::vector<crypto::Bytes>, BundleError> splitParts(crypto::ByteView bundle);
/** The bundle of its parts, in index order; the caller then compares keccak with keyBundleHash. */
[[nodiscard]] Result<crypto::Bytes, BundleError> joinParts(const std::vector<crypto::Bytes> &parts);

} // namespace carnet::core::share
