// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The vault: one directory holding the patient's keys and records (docs/VAULT.md).
//
//   DIR/vault.header   the data key wrapped under Argon2id(passphrase) with AES-256-GCM
//   DIR/vault.db       SQLCipher database keyed with the raw 32-byte data key; inside it, the recovery
//                      phrase is sealed again under a sub-key of Argon2id(passphrase), so the data key
//                      alone (quick unlock) opens the wallet but never shows the phrase
//   DIR/vault.lock     flock'd while a Vault object holds the vault open
//   DIR/vault.attempts the failed-unlock record of the throttle (only after a failure)
//
// Every call is synchronous and may take a second or more (Argon2id): callers run it on a worker
// thread, never on the UI thread. A Vault object is used by one thread at a time.
#include "core/record/recordkeys.h"
#include "core/research/studykeys.h"
#include "core/share/grantkeys.h"
#include "core/vault/database.h"
#include "core/vault/fileops.h"
#include "core/vault/header.h"
#include "core/vault/keystore.h"
#include "core/vault/throttle.h"

#include <QString>

#include <memory>
#include <optional>

namespace carnet::core {

class Vault
{
public:
    /** Creates a vault in `dir`, which must not exist or be an empty directory (else AlreadyExists).
     *  This is also restore: `phrase` is the user's recovery phrase, new or typed back.
     *  The vault is built in a sibling temporary directory and renamed into place, so a crash
     *  leaves either no vault or the complete one. Errors: EmptyPassphrase, InvalidPhrase,
     *  WeakParameters, AlreadyExists, InUse, DiskFull, IoError. */
    static VaultResult<std::unique_ptr<Vault>> create(const QString &dir, crypto::SecureBuffer passphrase,
                                                      crypto::SecureBuffer phrase, const crypto::Argon2Params &params,
                                                      VaultClock clock = {});

    /** Opens with the passphrase. Errors, in the order they are checked: NotFound, MissingHeader,
     *  MissingDatabase, InUse, Damaged / UnsupportedVersion / WeakParameters (header),
     *  PlaintextDatabase / Damaged (database file), Throttled, WrongPassphrase,
     *  Damaged / UnsupportedVersion (database content), DiskFull, IoError.
     *  Nothing in the vault is written on failure except the throttle record. */
    static VaultResult<std::unique_ptr<Vault>> open(const QString &dir, const crypto::SecureBuffer &passphrase,
                                                    VaultClock clock = {});

    /** Quick unlock with the data key kept in the OS keystore (enableQuickUnlock). No entry, a
     *  refusing keystore, or a key that does not open the database → KeystoreUnavailable; the
     *  passphrase path keeps working and tells damage apart. The vault it opens can sync and publish
     *  (recordKeyring()) but not show the recovery phrase: that always takes the passphrase. */
    static VaultResult<std::unique_ptr<Vault>> openWithKeyStore(const QString &dir, KeyStore &keyStore,
                                                                VaultClock clock = {});

    /** True when `dir` holds a vault file (intact or not): the app should ask to unlock, not onboard. */
    static bool exists(const QString &dir);

    /** Seconds to wait before the next passphrase attempt is allowed (0 = now). */
    static std::chrono::seconds throttleRemaining(const QString &dir, VaultClock clock = {});

    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    /** Re-wraps the data key under `newPassphrase` with a fresh salt (and `newParams`, default: the
     *  current ones) and re-seals the recovery phrase under the new passphrase's phrase key: the new
     *  sealed phrase is committed to the database first, then the header is replaced atomically, then
     *  the old sealed phrase is deleted (an interrupted change leaves both; the next open keeps the one
     *  of the header on disk). The data key stays, so quick unlock survives.
     *  Errors: Locked, EmptyPassphrase, WeakParameters, Throttled, WrongPassphrase, Damaged (the sealed
     *  phrase does not open with the right passphrase), DiskFull, IoError. */
    VaultResult<void> changePassphrase(const crypto::SecureBuffer &oldPassphrase,
                                       const crypto::SecureBuffer &newPassphrase,
                                       std::optional<crypto::Argon2Params> newParams = std::nullopt);

    /** The recovery phrase, after re-authentication with the passphrase (throttled like unlock),
     *  however the vault was opened. Errors: Locked, Throttled, WrongPassphrase (the header's tag
     *  fails), Damaged (the passphrase is right but the sealed phrase is missing or its tag fails). */
    VaultResult<crypto::SecureBuffer> recoveryPhrase(const crypto::SecureBuffer &passphrase);

    /** Re-authentication alone (throttled like unlock): before enabling quick unlock, say. An old
     *  vault's phrase is moved under the passphrase key here too. */
    VaultResult<void> verifyPassphrase(const crypto::SecureBuffer &passphrase);

    /** The record keyring (record keys E_n, patient signing keys P_n) from the branch keys stored under
     *  the data key: what sync and publishing need, after either kind of unlock. NeedsPassphrase only
     *  for a vault whose branch keys were never stored (none made by this code). */
    VaultResult<record::RecordKeyring> recordKeyring();
    /** The grant keys (sharing keys S_g, the clinician's C and K, docs/PROTOCOL.md §8.1), after either
     *  kind of unlock. NeedsPassphrase for a vault made before grants until its next passphrase unlock. */
    VaultResult<share::GrantKeys> grantKeys();
    /** The research root R (docs/PROTOCOL.md §9.1), after either kind of unlock. NeedsPassphrase for a
     *  vault made before research until its next passphrase unlock. */
    VaultResult<research::ResearchKeys> researchKeys();

    /** Stores the data key in `keyStore` under keyStoreId() / removes it. The keystore never holds
     *  the passphrase, the KEK, the phrase key or the phrase. */
    VaultResult<void> enableQuickUnlock(KeyStore &keyStore);
    VaultResult<void> disableQuickUnlock(KeyStore &keyStore);
    /** The keystore entry id: "carnet-vault-" + the header's vault id in hex. */
    QString keyStoreId() const;

    /** The account address (m/44'/60'/0'/0/0), EIP-55; empty once locked. */
    QString address() const { return m_address; }
    crypto::Argon2Params params() const noexcept { return m_header.params; }
    QString directory() const { return m_dir; }

    /** The open database, for later features (records, sync state); nullptr once locked. */
    Database *database() noexcept { return m_db.get(); }

    /** Closes the database, wipes the data key and releases the lock. The object stays usable
     *  only for isLocked(); every operation returns Locked. */
    void lock() noexcept;
    bool isLocked() const noexcept { return !m_db; }
    /** For tests: true while any secret (the data key) or the keyed database is held. The phrase key is
     *  never kept: every use of it (reveal, passphrase change, quick unlock's re-authentication)
     *  derives it from the passphrase typed for that use. */
    bool holdsSecrets() const noexcept { return !m_dataKey.empty() || m_db != nullptr; }

private:
    Vault(QString dir, fileops::FileLock lock, VaultHeader header, crypto::SecureBuffer dataKey,
          std::unique_ptr<Database> db, QString address, VaultClock clock);

    /** Opens the database with `dataKey`; with a `phraseKey` (a passphrase unlock) an old vault's
     *  phrase is moved under it; without, only the branch keys are filled in if missing. */
    static VaultResult<std::unique_ptr<Vault>> openLocked(const QString &dir, fileops::FileLock lock,
                                                          VaultHeader header, crypto::SecureBuffer dataKey,
                                                          crypto::SecureBuffer phraseKey, VaultClock clock);
    /** Checks the passphrase against the header (throttled) and returns its phrase key; moves an old
     *  vault's phrase under it. */
    VaultResult<crypto::SecureBuffer> reauthenticate(const crypto::SecureBuffer &passphrase);
    /** Opens the sealed phrase of the current header with `phraseKey`: Damaged when missing or its tag fails. */
    VaultResult<crypto::SecureBuffer> unsealPhrase(crypto::ByteView phraseKey);

    QString m_dir;
    fileops::FileLock m_lock;
    VaultHeader m_header;
    crypto::SecureBuffer m_dataKey;
    std::unique_ptr<Database> m_db;
    QString m_address;
    VaultClock m_clock;
};

} // namespace carnet::core
