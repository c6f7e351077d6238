// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The keys of the patient's records, derived on demand from the recovery phrase (docs/PROTOCOL.md §1):
//   record key E_n           m/4411982'/1'/n'   ECDH only: the content keys of record n are wrapped to it
//   patient signing key P_n  m/4411982'/3'/n'   signs and sends the patient's own entries in record n
//   recordId_n = keccak("carnet/record-id/v1" ‖ compressed(E_n.pub))
#include "core/identity.h"
#include "core/result.h"
#include "crypto/bip32.h"
#include "crypto/ethaddress.h"

#include <cstdint>
#include <string_view>

namespace carnet::core::record {

/** A record id: 32 public bytes, the key of a record in RecordLog. */
using RecordId = crypto::Hash32;

/** The domain tag hashed before the record key's public key. */
inline constexpr std::string_view kRecordIdTag = "carnet/record-id/v1";
/** The largest record index: n is a hardened BIP-32 index, so n < 2^31. */
inline constexpr std::uint32_t kMaxRecordIndex = 0x7FFFFFFFu;

/** The id of the record whose record key is `recordKey`: keccak("carnet/record-id/v1" ‖ 33-byte
 *  compressed SEC1 of the key). Pure; anyone holding the public key (the record's provider) can compute it. */
[[nodiscard]] RecordId recordIdOf(const crypto::PublicKey &recordKey);

/** Why a record's key cannot be derived. */
enum class RecordKeyError {
    IndexOutOfRange,  ///< n > kMaxRecordIndex
    DerivationFailed, ///< a BIP-32 step gave an invalid key (probability < 2^-127 per step)
};

/** An English description of the error, for logs and the CLI. */
const char *describe(RecordKeyError error);

/** The record branches of one recovery phrase. Holds the two hardened branch keys m/4411982'/1' and
 *  m/4411982'/3' (secret, in secure memory), never the master key; each record's keys are derived
 *  when asked for and not kept. Move-only. */
class RecordKeyring
{
public:
    /** The keyring of a phrase (UTF-8; English or French; any white space). */
    [[nodiscard]] static Result<RecordKeyring, IdentityError> fromPhrase(std::string_view phrase);
    /** The keyring of an already parsed phrase. */
    [[nodiscard]] static Result<RecordKeyring, IdentityError> fromParse(const crypto::Bip39Parse &parse);
    /** The keyring of a BIP-32 master key (see masterKeyFromParse in core/identity.h). */
    [[nodiscard]] static Result<RecordKeyring, IdentityError> fromMaster(const crypto::ExtendedKey &master);
    /** The keyring of its two branch keys as derived earlier (the vault keeps them, docs/VAULT.md):
     *  m/4411982'/1' and m/4411982'/3'. DerivationFailed when either is not a depth-2 key of its
     *  hardened branch (the check a stored key can get without the master key). */
    [[nodiscard]] static Result<RecordKeyring, IdentityError> fromBranches(crypto::ExtendedKey recordBranch,
                                                                           crypto::ExtendedKey patientBranch);

    /** The two branch keys, for the vault to keep (secret). */
    const crypto::ExtendedKey &recordBranch() const noexcept { return m_recordBranch; }
    const crypto::ExtendedKey &patientBranch() const noexcept { return m_patientBranch; }

    /** Record key E_n (m/4411982'/1'/n'). Secret: used only to open record n's entries. */
    [[nodiscard]] Result<crypto::PrivateKey, RecordKeyError> recordKey(std::uint32_t n) const;
    /** E_n's public key: what the connect code gives record n's provider. */
    [[nodiscard]] Result<crypto::PublicKey, RecordKeyError> recordPublicKey(std::uint32_t n) const;
    /** recordId_n = recordIdOf(E_n.pub). */
    [[nodiscard]] Result<RecordId, RecordKeyError> recordId(std::uint32_t n) const;
    /** Patient signing key P_n (m/4411982'/3'/n'). Secret: signs and sends the patient's entries in record n. */
    [[nodiscard]] Result<crypto::PrivateKey, RecordKeyError> patientKey(std::uint32_t n) const;
    /** The Ethereum address of P_n: the only author accepted for patient-reported entries of record n. */
    [[nodiscard]] Result<crypto::Address, RecordKeyError> patientAddress(std::uint32_t n) const;

private:
    RecordKeyring(crypto::ExtendedKey recordBranch, crypto::ExtendedKey patientBranch);
    static Result<crypto::PrivateKey, RecordKeyError> child(const crypto::ExtendedKey &branch, std::uint32_t n);
    crypto::ExtendedKey m_recordBranch;  // m/4411982'/1'
    crypto::ExtendedKey m_patientBranch; // m/4411982'/3'
};

} // namespace carnet::core::record
