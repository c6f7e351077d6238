// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/vaultsecrets.h"

#include "core/identity.h"
#include "core/vault/vaultdb.h"
#include "crypto/aead.h"
#include "crypto/kdf.h"
#include "crypto/random.h"

#include <algorithm>

namespace carnet::core::vaultsecrets {
namespace {

struct BranchRow
{
    const char *purpose;
    const char *path;
};

// The branch keys an unlocked wallet reads (core/record/recordkeys.h).
constexpr BranchRow kRecordRow{"record", kRecordIdBranch};
constexpr BranchRow kPatientRow{"patient-signing", kPatientSigningBranch};
// The grant keys (core/share/grantkeys.h), added with grants: a vault made before gets them at its
// next passphrase unlock.
constexpr BranchRow kSharingRow{"sharing", kSharingBranch};
constexpr BranchRow kClinicianAccountRow{"clinician-account", kClinicianAccountPath};
constexpr BranchRow kClinicianEncryptionRow{"clinician-encryption", kClinicianEncryptionPath};
// The research root (core/research/studykeys.h), added with research: likewise filled in later.
constexpr BranchRow kResearchRow{"research", research::kResearchRootPath};

crypto::ByteView saltOf(const VaultHeader &header)
{
    return {header.salt.data(), header.salt.size()};
}

VaultResult<std::optional<crypto::ExtendedKey>> readBranch(Database &db, const BranchRow &row)
{
    auto stmt = db.prepare("SELECT path, xprv FROM branch_keys WHERE purpose = ?1");
    if (!stmt)
        return fail(vaultErrorFromDb(stmt.error()));
    stmt->bind(1, std::string_view(row.purpose));
    auto found = stmt->step();
    if (!found)
        return fail(vaultErrorFromDb(found.error()));
    if (!*found)
        return std::optional<crypto::ExtendedKey>();
    if (stmt->columnText(0) != row.path)
        return fail(VaultError::Damaged);
    const crypto::ByteView xprv = stmt->columnBlob(1);
    auto key = crypto::ExtendedKey::fromXprv(
        std::string_view(reinterpret_cast<const char *>(xprv.data()), xprv.size()));
    if (!key)
        return fail(VaultError::Damaged);
    return std::optional<crypto::ExtendedKey>(std::move(*key));
}

} // namespace

crypto::SecureBuffer phraseKeyFromKek(crypto::ByteView kek)
{
    return crypto::hkdfSha256(kek, {}, crypto::asBytes(kPhraseKeyInfo), crypto::kAeadKeySize);
}

crypto::Bytes phraseAssociatedData(const VaultHeader &header)
{
    crypto::Bytes ad(kPhraseAdTag.begin(), kPhraseAdTag.end());
    const crypto::Bytes headerAd = header.associatedData();
    ad.insert(ad.end(), headerAd.begin(), headerAd.end());
    return ad;
}

SealedPhrase sealPhrase(crypto::ByteView phraseKey, const VaultHeader &header, crypto::ByteView phrase)
{
    SealedPhrase out;
    crypto::randomFill(out.nonce);
    out.sealed = crypto::aeadSeal(phraseKey, out.nonce, phrase, phraseAssociatedData(header));
    return out;
}

std::optional<crypto::SecureBuffer> openPhrase(crypto::ByteView phraseKey, const VaultHeader &header,
                                               const SealedPhrase &sealed)
{
    return crypto::aeadOpen(phraseKey, sealed.nonce, sealed.sealed, phraseAssociatedData(header));
}

VaultResult<std::optional<SealedPhrase>> readSealedPhrase(Database &db, const VaultHeader &header)
{
    auto stmt = db.prepare("SELECT nonce, sealed FROM sealed_phrase WHERE header_salt = ?1");
    if (!stmt)
        return fail(vaultErrorFromDb(stmt.error()));
    stmt->bindBlob(1, saltOf(header));
    auto found = stmt->step();
    if (!found)
        return fail(vaultErrorFromDb(found.error()));
    if (!*found)
        return std::optional<SealedPhrase>();
    const crypto::ByteView nonce = stmt->columnBlob(0);
    const crypto::ByteView sealed = stmt->columnBlob(1);
    SealedPhrase out;
    if (nonce.size() != out.nonce.size() || sealed.size() < crypto::kAeadTagSize)
        return fail(VaultError::Damaged);
    std::copy(nonce.begin(), nonce.end(), out.nonce.begin());
    out.sealed.assign(sealed.begin(), sealed.end());
    return std::optional<SealedPhrase>(std::move(out));
}

VaultResult<void> writeSealedPhrase(Database &db, const VaultHeader &header, const SealedPhrase &sealed)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO sealed_phrase (header_salt, nonce, sealed) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return fail(vaultErrorFromDb(stmt.error()));
    stmt->bindBlob(1, saltOf(header)).bindBlob(2, sealed.nonce).bindBlob(3, sealed.sealed);
    if (auto done = stmt->run(); !done)
        return fail(vaultErrorFromDb(done.error()));
    return {};
}

VaultResult<void> removeStaleSealedPhrases(Database &db, const VaultHeader &header)
{
    auto stale = db.prepare("SELECT count(*) FROM sealed_phrase WHERE header_salt <> ?1");
    if (!stale)
        return fail(vaultErrorFromDb(stale.error()));
    stale->bindBlob(1, saltOf(header));
    auto row = stale->step();
    if (!row)
        return fail(vaultErrorFromDb(row.error()));
    if (!*row || stale->columnInt(0) == 0)
        return {}; // the usual case: nothing to write
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return fail(vaultErrorFromDb(transaction.error()));
    auto remove = db.prepare("DELETE FROM sealed_phrase WHERE header_salt <> ?1"
                             " AND EXISTS (SELECT 1 FROM sealed_phrase WHERE header_salt = ?1)");
    if (!remove)
        return fail(vaultErrorFromDb(remove.error()));
    remove->bindBlob(1, saltOf(header));
    if (auto done = remove->run(); !done)
        return fail(vaultErrorFromDb(done.error()));
    if (auto done = transaction->commit(); !done)
        return fail(vaultErrorFromDb(done.error()));
    return {};
}

VaultResult<std::optional<crypto::SecureBuffer>> readLegacyPhrase(Database &db)
{
    auto stmt = db.prepare("SELECT value FROM meta WHERE key = 'recovery_phrase'");
    if (!stmt)
        return fail(vaultErrorFromDb(stmt.error()));
    auto found = stmt->step();
    if (!found)
        return fail(vaultErrorFromDb(found.error()));
    if (!*found)
        return std::optional<crypto::SecureBuffer>();
    return std::optional<crypto::SecureBuffer>(crypto::SecureBuffer::copyOf(stmt->columnBlob(0)));
}

VaultResult<void> writeBranchKeys(Database &db, const record::RecordKeyring &keyring)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO branch_keys (purpose, path, xprv) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return fail(vaultErrorFromDb(stmt.error()));
    const std::pair<BranchRow, const crypto::ExtendedKey *> rows[] = {
        {kRecordRow, &keyring.recordBranch()},
        {kPatientRow, &keyring.patientBranch()},
    };
    for (const auto &[row, key] : rows) {
        const crypto::SecureBuffer xprv = key->toXprv();
        stmt->bind(1, std::string_view(row.purpose)).bind(2, std::string_view(row.path)).bindBlob(3, xprv.view());
        auto done = stmt->run();
        stmt->reset();
        if (!done)
            return fail(vaultErrorFromDb(done.error()));
    }
    return {};
}

VaultResult<bool> hasBranchKeys(Database &db)
{
    auto count = db.queryInt("SELECT count(*) FROM branch_keys WHERE purpose IN ('record', 'patient-signing', 'sharing',"
                             " 'clinician-account', 'clinician-encryption', 'research')");
    if (!count)
        return fail(vaultErrorFromDb(count.error()));
    return *count == 6;
}

VaultResult<void> writeGrantKeys(Database &db, const share::GrantKeys &keys)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO branch_keys (purpose, path, xprv) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return fail(vaultErrorFromDb(stmt.error()));
    const std::pair<BranchRow, const crypto::ExtendedKey *> rows[] = {
        {kSharingRow, &keys.sharing().branch()},
        {kClinicianAccountRow, &keys.clinicianAccountKey()},
        {kClinicianEncryptionRow, &keys.clinicianEncryptionKey()},
    };
    for (const auto &[row, key] : rows) {
        const crypto::SecureBuffer xprv = key->toXprv();
        stmt->bind(1, std::string_view(row.purpose)).bind(2, std::string_view(row.path)).bindBlob(3, xprv.view());
        auto done = stmt->run();
        stmt->reset();
        if (!done)
            return fail(vaultErrorFromDb(done.error()));
    }
    return {};
}

VaultResult<share::GrantKeys> readGrantKeys(Database &db)
{
    auto sharing = readBranch(db, kSharingRow);
    if (!sharing)
        return fail(sharing.error());
    auto account = readBranch(db, kClinicianAccountRow);
    if (!account)
        return fail(account.error());
    auto encryption = readBranch(db, kClinicianEncryptionRow);
    if (!encryption)
        return fail(encryption.error());
    if (!*sharing || !*account || !*encryption)
        return fail(VaultError::NeedsPassphrase);
    auto keys = share::GrantKeys::fromStored(std::move(**sharing), std::move(**account), std::move(**encryption));
    if (!keys)
        return fail(VaultError::Damaged);
    return std::move(*keys);
}

VaultResult<void> writeResearchKeys(Database &db, const research::ResearchKeys &keys)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO branch_keys (purpose, path, xprv) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return fail(vaultErrorFromDb(stmt.error()));
    const crypto::SecureBuffer xprv = keys.root().toXprv();
    stmt->bind(1, std::string_view(kResearchRow.purpose)).bind(2, std::string_view(kResearchRow.path)).bindBlob(3, xprv.view());
    if (auto done = stmt->run(); !done)
        return fail(vaultErrorFromDb(done.error()));
    return {};
}

VaultResult<research::ResearchKeys> readResearchKeys(Database &db)
{
    auto root = readBranch(db, kResearchRow);
    if (!root)
        return fail(root.error());
    if (!*root)
        return fail(VaultError::NeedsPassphrase);
    auto keys = research::ResearchKeys::fromStored(std::move(**root));
    if (!keys)
        return fail(VaultError::Damaged);
    return std::move(*keys);
}

VaultResult<research::ResearchKeys> researchKeysOfPhrase(const crypto::SecureBuffer &phrase)
{
    auto master = masterKeyFromParse(crypto::parseMnemonic(phrase.asStringView()));
    if (!master)
        return fail(VaultError::Damaged);
    auto keys = research::ResearchKeys::fromMaster(*master);
    if (!keys)
        return fail(VaultError::Damaged);
    return std::move(*keys);
}

VaultResult<share::GrantKeys> grantKeysOfPhrase(const crypto::SecureBuffer &phrase)
{
    auto master = masterKeyFromParse(crypto::parseMnemonic(phrase.asStringView()));
    if (!master)
        return fail(VaultError::Damaged);
    auto keys = share::GrantKeys::fromMaster(*master);
    if (!keys)
        return fail(VaultError::Damaged);
    return std::move(*keys);
}

VaultResult<record::RecordKeyring> readBranchKeys(Database &db)
{
    auto records = readBranch(db, kRecordRow);
    if (!records)
        return fail(records.error());
    auto patient = readBranch(db, kPatientRow);
    if (!patient)
        return fail(patient.error());
    if (!*records || !*patient)
        return fail(VaultError::NeedsPassphrase);
    auto keyring = record::RecordKeyring::fromBranches(std::move(**records), std::move(**patient));
    if (!keyring)
        return fail(VaultError::Damaged);
    return std::move(*keyring);
}

VaultResult<record::RecordKeyring> keyringOfPhrase(const crypto::SecureBuffer &phrase)
{
    auto keyring = record::RecordKeyring::fromPhrase(phrase.asStringView());
    if (!keyring)
        return fail(VaultError::Damaged);
    return std::move(*keyring);
}

VaultResult<void> migrateLegacyPhrase(Database &db, const VaultHeader &header, crypto::ByteView phraseKey,
                                      const crypto::SecureBuffer &phrase)
{
    auto keyring = keyringOfPhrase(phrase);
    if (!keyring)
        return fail(keyring.error());
    auto grantKeys = grantKeysOfPhrase(phrase);
    if (!grantKeys)
        return fail(grantKeys.error());
    auto researchKeys = researchKeysOfPhrase(phrase);
    if (!researchKeys)
        return fail(researchKeys.error());
    {
        auto transaction = Transaction::begin(db);
        if (!transaction)
            return fail(vaultErrorFromDb(transaction.error()));
        if (auto done = writeSealedPhrase(db, header, sealPhrase(phraseKey, header, phrase.view())); !done)
            return done;
        if (auto done = writeBranchKeys(db, *keyring); !done)
            return done;
        if (auto done = writeGrantKeys(db, *grantKeys); !done)
            return done;
        if (auto done = writeResearchKeys(db, *researchKeys); !done)
            return done;
        if (auto done = db.exec("DELETE FROM meta WHERE key = 'recovery_phrase'"); !done)
            return fail(vaultErrorFromDb(done.error()));
        if (auto done = transaction->commit(); !done)
            return fail(vaultErrorFromDb(done.error()));
    }
    // secure_delete zeroed the row in the new version of its page, which is in the WAL; copy it over the
    // old page in vault.db and empty the WAL, so the file no longer holds the phrase under the data key.
    auto checkpoint = db.queryTexts("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!checkpoint)
        return fail(vaultErrorFromDb(checkpoint.error()));
    return {};
}

VaultResult<void> fillBranchKeys(Database &db, const crypto::SecureBuffer &phrase)
{
    auto keyring = keyringOfPhrase(phrase);
    if (!keyring)
        return fail(keyring.error());
    auto grantKeys = grantKeysOfPhrase(phrase);
    if (!grantKeys)
        return fail(grantKeys.error());
    auto researchKeys = researchKeysOfPhrase(phrase);
    if (!researchKeys)
        return fail(researchKeys.error());
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return fail(vaultErrorFromDb(transaction.error()));
    if (auto done = writeBranchKeys(db, *keyring); !done)
        return done;
    if (auto done = writeGrantKeys(db, *grantKeys); !done)
        return done;
    if (auto done = writeResearchKeys(db, *researchKeys); !done)
        return done;
    if (auto done = transaction->commit(); !done)
        return fail(vaultErrorFromDb(done.error()));
    return {};
}

} // namespace carnet::core::vaultsecrets
