// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The vault database: keying, every PRAGMA, the integrity check and the schema migrations.
#include "core/vault/database.h"
#include "core/vault/vaulterror.h"

#include <span>

namespace carnet::core {

/** One schema step: brings the database from `version - 1` to `version`. */
struct Migration
{
    int version;
    const char *sql;
};

/** The migrations of this code, in order; the last one's version is the current schema. */
std::span<const Migration> vaultMigrations() noexcept;
int currentSchemaVersion() noexcept;

/** Applies the migrations above the database's user_version, all in one transaction
 *  (PRAGMA user_version moves with it). A database newer than the last migration → UnsupportedVersion;
 *  a failing step rolls everything back → Damaged (or DiskFull/IoError). */
VaultResult<void> migrate(Database &db, std::span<const Migration> migrations);

/** Checks the vault.db file before any key is tried: missing → MissingDatabase, an unencrypted
 *  SQLite file → PlaintextDatabase, shorter than one page → Damaged. Reads, never writes. */
VaultResult<void> checkDatabaseFile(const QString &path);

enum class DbOpenMode { Create, Open };

/** Opens and keys vault.db with the raw 32-byte data key, applies the PRAGMAs, and (Open) checks
 *  every page (quick_check, which makes SQLCipher verify each page's HMAC) before the first write,
 *  then migrates. Errors: Damaged (any page fails, not a vault schema), UnsupportedVersion,
 *  DiskFull, IoError. */
VaultResult<std::unique_ptr<Database>> openVaultDatabase(const QString &path, crypto::ByteView dataKey,
                                                         DbOpenMode mode);

/** Maps a database error met after a correct key to a vault error. */
VaultError vaultErrorFromDb(DbError error) noexcept;

} // namespace carnet::core
