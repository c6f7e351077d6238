// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/vaultdb.h"

#include "crypto/securebuffer.h"

#include <QFile>
#include <QFileInfo>

#define SQLITE_HAS_CODEC 1 // must precede the header (PLATFORM.md #10)
#include <sqlcipher/sqlite3.h>

#include <cstring>

namespace carnet::core {
namespace {

constexpr Migration kMigrations[] = {
    {1,
     "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL);"
     "CREATE TABLE keys (purpose TEXT PRIMARY KEY NOT NULL, path TEXT NOT NULL,"
     " address TEXT, public_key BLOB NOT NULL);"},
    // The record (docs/PROTOCOL.md, docs/SYNC.md): records by relationship, verified entries with
    // their exact FHIR bytes, entries the wallet refused (no content), and what each node last said.
    {2,
     "CREATE TABLE records (record_index INTEGER PRIMARY KEY, record_id BLOB NOT NULL UNIQUE,"
     " kind TEXT NOT NULL, label TEXT NOT NULL, created_at INTEGER NOT NULL,"
     " scan_from INTEGER NOT NULL DEFAULT 0, synced_block INTEGER NOT NULL DEFAULT 0,"
     " synced_hash BLOB);"
     "CREATE TABLE entries (record_id BLOB NOT NULL, sequence INTEGER NOT NULL, state TEXT NOT NULL,"
     " author BLOB NOT NULL, author_name TEXT NOT NULL, patient_reported INTEGER NOT NULL,"
     " block_number INTEGER NOT NULL, block_hash BLOB NOT NULL, tx_hash BLOB NOT NULL,"
     " log_index INTEGER NOT NULL, authored_at INTEGER NOT NULL, sealed_hash BLOB NOT NULL,"
     " reason TEXT NOT NULL, resource_type TEXT NOT NULL, category TEXT NOT NULL,"
     " effective TEXT NOT NULL, title TEXT NOT NULL, content BLOB, verified_at INTEGER NOT NULL,"
     " UNIQUE (record_id, sequence));"
     // Rows hold contents of up to 64 KiB, so the table keeps its rowid and the lookups a sync makes
     // every round (count per record, newest block per record) read only these small indexes.
     "CREATE INDEX entries_record_block ON entries (record_id, block_number, block_hash);"
     "CREATE INDEX entries_effective ON entries (effective);"
     "CREATE TABLE nodes (url TEXT PRIMARY KEY NOT NULL, verdict TEXT NOT NULL, detail TEXT NOT NULL,"
     " head INTEGER NOT NULL, checked_at INTEGER NOT NULL);"},
    // The recovery phrase moves out of reach of the data key (docs/VAULT.md, "Which key seals what"):
    // sealed under the passphrase's phrase key, one row per header salt (a passphrase change writes the
    // new row before the new header, then deletes the old one); the branch keys an unlocked wallet
    // derives record and patient keys from stay under the data key. The old meta 'recovery_phrase' row
    // is moved by the next passphrase unlock (vaultsecrets::migrateLegacyPhrase), not by this SQL.
    {3,
     "CREATE TABLE sealed_phrase (header_salt BLOB PRIMARY KEY NOT NULL, nonce BLOB NOT NULL,"
     " sealed BLOB NOT NULL);"
     "CREATE TABLE branch_keys (purpose TEXT PRIMARY KEY NOT NULL, path TEXT NOT NULL, xprv BLOB NOT NULL);"},
    // RecordLog's running head over each record's stored entries (docs/SYNC.md): NULL for records
    // synced before, folded from their entries on first use.
    {4, "ALTER TABLE records ADD COLUMN head BLOB;"},
    // Messages as codes (core/sync/syncmessage.h): a node's detail and a refused entry's reason hold
    // a code with its arguments (a JSON array, "" for none). The English sentences older versions
    // wrote cannot be turned back into codes; they become the Legacy code, which the app renders as
    // a translated generic sentence (the old text is overwritten: secure_delete is on).
    {5,
     "UPDATE nodes SET detail = '[\"legacy\"]' WHERE detail <> '';"
     "UPDATE entries SET reason = '[\"legacy\"]' WHERE reason <> '';"},
    // Grants the patient made (docs/PROTOCOL.md §8, core/service/grantstore.h): the terms, the share code
    // (its secret is the grant's key in modes 1 and 2: it stays in the vault like the record's content),
    // the encrypted bundle (no secret; kept so an interrupted issue can send its missing parts), and
    // what the ledger last said. write_record_index is -1 without write back.
    {6,
     "CREATE TABLE grants (grant_index INTEGER PRIMARY KEY, grant_id BLOB NOT NULL UNIQUE, mode INTEGER NOT NULL,"
     " grantee BLOB NOT NULL, grantee_name TEXT NOT NULL, scope BLOB NOT NULL, permissions INTEGER NOT NULL,"
     " expiry INTEGER NOT NULL, created_at INTEGER NOT NULL, entry_count INTEGER NOT NULL,"
     " record_count INTEGER NOT NULL, bundle_bytes INTEGER NOT NULL, parts INTEGER NOT NULL,"
     " share_code TEXT NOT NULL, bundle BLOB NOT NULL, write_record_index INTEGER NOT NULL,"
     " parts_sent INTEGER NOT NULL DEFAULT 0, issued INTEGER NOT NULL DEFAULT 0,"
     " revoked_at INTEGER NOT NULL DEFAULT 0);"},
    // SMART Health Links the patient made (docs/SHL.md, core/service/linkstore.h): the host's id and
    // base, the whole link text (it holds the link's key: it stays in the vault like the record's
    // content; empty for a link found on its host after a restore), what it carries and the scope,
    // and how many of its accesses the patient has been shown. Never the passcode.
    {7,
     "CREATE TABLE shl_links (link_id TEXT PRIMARY KEY NOT NULL, host TEXT NOT NULL, link TEXT NOT NULL,"
     " flag TEXT NOT NULL, label TEXT NOT NULL, kind INTEGER NOT NULL, scope BLOB NOT NULL,"
     " expires_at INTEGER NOT NULL, created_at INTEGER NOT NULL, entry_count INTEGER NOT NULL,"
     " file_bytes INTEGER NOT NULL, uploaded INTEGER NOT NULL DEFAULT 0,"
     " accesses_seen INTEGER NOT NULL DEFAULT 0, revoked_at INTEGER NOT NULL DEFAULT 0);"},
};

constexpr int kPageSize = 4096;

// SQLCipher 3 stores the page-1 salt in the first 16 bytes; a plain SQLite file starts with this.
constexpr char kPlainMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

// The raw-key form "x'<64 hex>'" is built in secure memory and handed to sqlite3_key directly,
// which is what PRAGMA key = "x'…'" does, minus a copy of the key in the SQL text.
int applyKey(sqlite3 *db, crypto::ByteView key)
{
    static constexpr char digits[] = "0123456789abcdef";
    crypto::SecureBuffer text(key.size() * 2 + 3);
    auto *out = reinterpret_cast<char *>(text.data());
    out[0] = 'x';
    out[1] = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        out[2 + 2 * i] = digits[key[i] >> 4];
        out[3 + 2 * i] = digits[key[i] & 0x0f];
    }
    out[text.size() - 1] = '\'';
    return sqlite3_key(db, text.data(), static_cast<int>(text.size()));
}

// Every PRAGMA of the vault, in order. The cipher settings must come right after the key and
// before the first page is read. None of these writes to the file.
VaultResult<void> configure(Database &db, crypto::ByteView key)
{
    if (applyKey(db.handle(), key) != SQLITE_OK)
        return fail(VaultError::IoError);
    static constexpr const char *pragmas =
        "PRAGMA cipher_page_size = 4096;"      // explicit, so SQLCipher 4 can open it (cipher_compatibility = 3)
        "PRAGMA locking_mode = EXCLUSIVE;"     // one process; WAL then needs no -shm file
        "PRAGMA secure_delete = ON;"           // deleted rows are overwritten
        "PRAGMA temp_store = MEMORY;"          // temporary tables never reach the disk
        "PRAGMA synchronous = FULL;"           // a committed transaction survives a power cut
        "PRAGMA foreign_keys = ON;";
    if (auto done = db.exec(pragmas); !done)
        return fail(vaultErrorFromDb(done.error()));
    return {};
}

} // namespace

std::span<const Migration> vaultMigrations() noexcept
{
    return kMigrations;
}

int currentSchemaVersion() noexcept
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

VaultError vaultErrorFromDb(DbError error) noexcept
{
    switch (error) {
    case DbError::Full:
        return VaultError::DiskFull;
    case DbError::IoError:
    case DbError::CantOpen:
        return VaultError::IoError;
    case DbError::Busy:
        return VaultError::InUse;
    default:
        return VaultError::Damaged;
    }
}

VaultResult<void> migrate(Database &db, std::span<const Migration> migrations)
{
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return fail(vaultErrorFromDb(transaction.error()));
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return fail(vaultErrorFromDb(current.error()));
    if (*current > latest)
        return fail(VaultError::UnsupportedVersion);
    if (*current == latest)
        return {}; // nothing to do; the transaction rolls back, having written nothing
    for (const Migration &step : migrations) {
        if (step.version <= *current)
            continue;
        if (auto done = db.exec(step.sql); !done)
            return fail(vaultErrorFromDb(done.error()));
        const std::string setVersion = "PRAGMA user_version = " + std::to_string(step.version);
        if (auto done = db.exec(setVersion.c_str()); !done)
            return fail(vaultErrorFromDb(done.error()));
    }
    if (auto done = transaction->commit(); !done)
        return fail(vaultErrorFromDb(done.error()));
    return {};
}

VaultResult<void> checkDatabaseFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(VaultError::MissingDatabase);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(VaultError::IoError);
    const QByteArray head = file.read(kPageSize);
    if (head.size() >= 16 && std::memcmp(head.constData(), kPlainMagic, 16) == 0)
        return fail(VaultError::PlaintextDatabase);
    if (head.size() < kPageSize)
        return fail(VaultError::Damaged);
    return {};
}

VaultResult<std::unique_ptr<Database>> openVaultDatabase(const QString &path, crypto::ByteView dataKey,
                                                         DbOpenMode mode)
{
    auto db = Database::open(path, mode == DbOpenMode::Create);
    if (!db)
        return fail(db.error() == DbError::CantOpen ? VaultError::MissingDatabase : vaultErrorFromDb(db.error()));
    if (auto done = configure(**db, dataKey); !done)
        return fail(done.error());

    // The key check: the first read decrypts page 1 and verifies its HMAC.
    auto tables = (*db)->queryInt("SELECT count(*) FROM sqlite_master");
    if (!tables)
        return fail(vaultErrorFromDb(tables.error()));
    if (mode == DbOpenMode::Open) {
        // Every page of every tree, each HMAC-checked, before anything is written.
        auto check = (*db)->queryTexts("PRAGMA quick_check");
        if (!check)
            return fail(vaultErrorFromDb(check.error()));
        if (check->size() != 1 || check->front() != "ok")
            return fail(VaultError::Damaged);
        // An empty or foreign database is not a vault: schema version 0 or no meta table.
        auto version = (*db)->queryInt("PRAGMA user_version");
        auto meta = (*db)->queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
        if (!version || !meta)
            return fail(VaultError::Damaged);
        if (*version > currentSchemaVersion())
            return fail(VaultError::UnsupportedVersion);
        if (*version < 1 || *meta != 1)
            return fail(VaultError::Damaged);
    }
    auto journal = (*db)->queryTexts("PRAGMA journal_mode = WAL");
    if (!journal)
        return fail(vaultErrorFromDb(journal.error()));
    if (journal->size() != 1 || journal->front() != "wal")
        return fail(VaultError::IoError);
    if (auto done = migrate(**db, vaultMigrations()); !done)
        return fail(done.error());
    return std::move(*db);
}

} // namespace carnet::core
