// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The errors of the vault (docs/VAULT.md, "Error model"). None of them carries secret material.
#include "core/result.h"

namespace carnet::core {

enum class VaultError {
    WrongPassphrase,     ///< the header is intact but the passphrase does not unwrap the data key
    Damaged,             ///< header or database damaged, truncated or tampered (never a wrong passphrase)
    NotFound,            ///< no vault here: the directory is missing or holds neither vault file
    MissingHeader,       ///< vault.db is there but vault.header is not
    MissingDatabase,     ///< vault.header is there but vault.db is not
    AlreadyExists,       ///< create/restore into a directory that is not empty
    InUse,               ///< another process (or object) holds the vault open
    PlaintextDatabase,   ///< vault.db is an unencrypted SQLite file: refused
    WeakParameters,      ///< Argon2id parameters below the floor (m 64 MiB, t 3, p 1)
    UnsupportedVersion,  ///< header format or database schema newer than this code
    Throttled,           ///< too many failed unlocks: wait (see Vault::throttleRemaining)
    DiskFull,            ///< ENOSPC / SQLITE_FULL
    IoError,             ///< any other file-system error
    InvalidPhrase,       ///< the recovery phrase is not a valid BIP-39 phrase
    EmptyPassphrase,     ///< an empty passphrase was given to create or change
    KeystoreUnavailable, ///< quick unlock: no entry, keystore refused, or the stored key is stale
    Locked,              ///< the Vault object was locked; open it again
    NeedsPassphrase,     ///< the recovery phrase is sealed under the passphrase: this needs it (quick unlock cannot)
};

/** A stable ASCII name for the error ("WrongPassphrase"), for logs, the CLI and tests. */
const char *vaultErrorName(VaultError error) noexcept;

template <typename T>
using VaultResult = Result<T, VaultError>;

} // namespace carnet::core
