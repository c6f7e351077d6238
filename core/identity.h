// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The patient's identity, derived from the BIP-39 recovery phrase alone (empty BIP-39 passphrase):
// the Ethereum account key and Carnet's own keys, each on its own BIP-32 branch.
#include "core/result.h"
#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "crypto/ethaddress.h"

#include <QString>

namespace carnet::core {

// Derivation paths.
// The account is the standard Ethereum path (BIP-44, SLIP-44 coin 60), so research earnings can be
// recovered in any wallet. Carnet's other keys live under its own BIP-43 purpose 4411982' — the number
// 0x43524E, ASCII "CRN" — with one hardened branch per use, so no key is ever reused across purposes
// (the signing key is never used for ECDH):
//   m/4411982'/0'/0'   the encryption key (ECIES key wrapping of sealed entries addressed to the patient)
//   m/4411982'/1'/n'   record key E_n of record n (its id is derived from it; core/record/recordkeys.h)
//   m/4411982'/2'/0'   the research root R: each study's key comes from it by HMAC (docs/PROTOCOL.md §9.1)
//   m/4411982'/3'/n'   patient signing key P_n of record n (docs/PROTOCOL.md §1)
//   m/4411982'/4'/g'   sharing key S_g of grant g: signs and sends grant g only (docs/PROTOCOL.md §8.1)
//   m/4411982'/5'/0'   the clinician account key C (licensed; reads under grants, signs notes)
//   m/4411982'/6'/0'   the clinician encryption key K (ECDH only: named grants' bundles are sealed to it)
inline constexpr std::uint32_t kCarnetPurpose = 4411982; // 0x43524E = "CRN"
inline constexpr char kAccountPath[] = "m/44'/60'/0'/0/0";
inline constexpr char kEncryptionKeyPath[] = "m/4411982'/0'/0'";
inline constexpr char kRecordIdBranch[] = "m/4411982'/1'";        // append "/n'"
inline constexpr char kStudyPseudonymBranch[] = "m/4411982'/2'";  // append "/n'"
inline constexpr char kPatientSigningBranch[] = "m/4411982'/3'";  // append "/n'"
inline constexpr char kSharingBranch[] = "m/4411982'/4'";         // append "/g'"
inline constexpr char kClinicianAccountPath[] = "m/4411982'/5'/0'";
inline constexpr char kClinicianEncryptionPath[] = "m/4411982'/6'/0'";

/** Why a phrase gives no identity. The first five mirror crypto::Bip39Error. */
enum class IdentityError {
    WrongWordCount,
    UnknownWord,
    MixedLanguages,
    BadChecksum,
    InvalidUtf8,
    DerivationFailed, ///< a BIP-32 step gave an invalid key (probability < 2^-127 per step)
};

/** The BIP-32 master key of a parsed phrase (empty BIP-39 passphrase), from which every key above is
 *  derived. Secret. Shared by Identity and core/record's RecordKeyring. */
[[nodiscard]] Result<crypto::ExtendedKey, IdentityError> masterKeyFromParse(const crypto::Bip39Parse &parse);

class Identity
{
public:
    /** Derives the identity of a phrase (UTF-8; English or French; any white space). */
    [[nodiscard]] static Result<Identity, IdentityError> fromPhrase(std::string_view phrase);
    /** Derives the identity of an already parsed phrase (lets a caller show describe(parse) on error). */
    [[nodiscard]] static Result<Identity, IdentityError> fromParse(const crypto::Bip39Parse &parse);

    /** The account address (m/44'/60'/0'/0/0). */
    const crypto::Address &address() const noexcept { return m_address; }
    /** The account address as EIP-55 text, "0x" + 40 hex digits. */
    QString addressText() const;
    /** The account's signing key. Secret. */
    const crypto::PrivateKey &accountKey() const noexcept { return m_accountKey; }

    /** The encryption key pair (m/4411982'/0'/0'). The private key is secret. */
    const crypto::PrivateKey &encryptionKey() const noexcept { return m_encryptionKey; }
    crypto::PublicKey encryptionPublicKey() const { return m_encryptionKey.publicKey(); }
    /** The encryption public key as "0x" + 33-byte compressed SEC1 in lower-case hex. */
    QString encryptionKeyText() const;

private:
    Identity(crypto::PrivateKey accountKey, crypto::PrivateKey encryptionKey);
    crypto::PrivateKey m_accountKey;
    crypto::PrivateKey m_encryptionKey;
    crypto::Address m_address{};
};

} // namespace carnet::core
