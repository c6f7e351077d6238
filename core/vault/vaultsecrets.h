// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the vault: the two secrets the database holds, and under which key (docs/VAULT.md,
// "Which key seals what").
//
//   sealed_phrase  the recovery phrase, AES-256-GCM under the phrase key, a sub-key of the passphrase's
//                  Argon2id output: the data key alone (what quick unlock has) cannot open it.
//   branch_keys    the BIP-32 branch keys an unlocked wallet works with (record keys, patient signing
//                  keys), readable with the data key, so quick unlock can still sync and publish.
//   meta 'recovery_phrase'  the old layout (schema 1 and 2): the phrase under the data key alone;
//                  moved into sealed_phrase at the next passphrase unlock (migrateLegacyPhrase).
//
// Every function that writes expects to run inside the caller's transaction unless it says otherwise.
#include "core/record/recordkeys.h"
#include "core/research/studykeys.h"
#include "core/share/grantkeys.h"
#include "core/vault/database.h"
#include "core/vault/header.h"
#include "core/vault/vaulterror.h"
#include "crypto/securebuffer.h"

#include <optional>
#include <string_view>

namespace carnet::core::vaultsecrets {

/** HKDF-SHA256 info of the phrase key (no salt: the KEK is already salted). */
inline constexpr std::string_view kPhraseKeyInfo = "carnet-vault/phrase-key/v1";
/** Prefixed to the header's associated data (bytes 0-85) to form the sealed phrase's associated data. */
inline constexpr std::string_view kPhraseAdTag = "carnet-vault/recovery-phrase/v1";

/** phrase key = HKDF-SHA256(ikm = KEK, salt = empty, info = kPhraseKeyInfo), 32 bytes. Never the data key. */
crypto::SecureBuffer phraseKeyFromKek(crypto::ByteView kek);

/** The associated data of the sealed phrase: kPhraseAdTag ‖ header bytes [0, 86) (magic, version,
 *  Argon2id parameters, vault id, salt, nonce). A sealed phrase opens only with the header it was made for. */
crypto::Bytes phraseAssociatedData(const VaultHeader &header);

struct SealedPhrase
{
    std::array<std::uint8_t, 12> nonce{};
    crypto::Bytes sealed; ///< ciphertext ‖ 16-byte tag
};

/** Seals the phrase for `header` with a fresh random nonce. */
SealedPhrase sealPhrase(crypto::ByteView phraseKey, const VaultHeader &header, crypto::ByteView phrase);
/** Opens it; nullopt when the tag fails (the caller has already proved the passphrase right: damage). */
std::optional<crypto::SecureBuffer> openPhrase(crypto::ByteView phraseKey, const VaultHeader &header,
                                               const SealedPhrase &sealed);

/** The sealed_phrase row of `header`'s salt, if any. A row of the wrong shape → Damaged. */
VaultResult<std::optional<SealedPhrase>> readSealedPhrase(Database &db, const VaultHeader &header);
/** Inserts (or replaces) the row of `header`'s salt. */
VaultResult<void> writeSealedPhrase(Database &db, const VaultHeader &header, const SealedPhrase &sealed);
/** Deletes the rows of other salts (left by an interrupted passphrase change), but only when the row
 *  of `header`'s salt exists: the last copy of the phrase is never deleted. Its own transaction. */
VaultResult<void> removeStaleSealedPhrases(Database &db, const VaultHeader &header);

/** The old layout's phrase (meta 'recovery_phrase'), if this vault still has it. */
VaultResult<std::optional<crypto::SecureBuffer>> readLegacyPhrase(Database &db);

/** Writes both branch keys of `keyring` (INSERT OR REPLACE). */
VaultResult<void> writeBranchKeys(Database &db, const record::RecordKeyring &keyring);
/** True when every branch key (records and grants) is stored. */
VaultResult<bool> hasBranchKeys(Database &db);
/** The keyring of the stored branch keys; NeedsPassphrase when they are not there yet, Damaged when
 *  a row does not parse or is not the key of its path. */
VaultResult<record::RecordKeyring> readBranchKeys(Database &db);

/** Writes the three grant keys of `keys` (INSERT OR REPLACE): the sharing branch, the clinician's
 *  account and encryption keys. */
VaultResult<void> writeGrantKeys(Database &db, const share::GrantKeys &keys);
/** The stored grant keys; NeedsPassphrase when a vault made before grants has not been unlocked with
 *  its passphrase since (the next passphrase unlock fills them in), Damaged as readBranchKeys. */
VaultResult<share::GrantKeys> readGrantKeys(Database &db);
/** The grant keys of a phrase: Damaged when the phrase is not valid. */
VaultResult<share::GrantKeys> grantKeysOfPhrase(const crypto::SecureBuffer &phrase);

/** Writes the research root (INSERT OR REPLACE). */
VaultResult<void> writeResearchKeys(Database &db, const research::ResearchKeys &keys);
/** The stored research root; NeedsPassphrase for a vault made before research until its next
 *  passphrase unlock, Damaged as readBranchKeys. */
VaultResult<research::ResearchKeys> readResearchKeys(Database &db);
/** The research root of a phrase: Damaged when the phrase is not valid. */
VaultResult<research::ResearchKeys> researchKeysOfPhrase(const crypto::SecureBuffer &phrase);

/** The record keyring of a phrase: Damaged when the phrase is not valid (it was valid when stored). */
VaultResult<record::RecordKeyring> keyringOfPhrase(const crypto::SecureBuffer &phrase);

/** The migration of the old layout, in one transaction: the phrase sealed under `phraseKey` for
 *  `header`, the branch keys derived from it, the meta row deleted (secure_delete overwrites it); then
 *  the WAL is checkpointed and truncated so no page of the file still holds the phrase under the data key. */
VaultResult<void> migrateLegacyPhrase(Database &db, const VaultHeader &header, crypto::ByteView phraseKey,
                                      const crypto::SecureBuffer &phrase);

/** Writes the branch keys (records, grants and research) derived from `phrase`, in their own transaction. */
VaultResult<void> fillBranchKeys(Database &db, const crypto::SecureBuffer &phrase);

} // namespace carnet::core::vaultsecrets
