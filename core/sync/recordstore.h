// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The patient's record as the vault keeps it (schema versions 2, 4 and 5, core/vault/vaultdb.cpp):
 *   records  one row per relationship (record index n, its record id, kind, label, sync position)
 *   entries  one row per (record id, sequence): a verified entry with its exact FHIR bytes, or a
 *            refused one (no content, only the reason), so sequences stay dense
 *   nodes    what each node said at the last sync (verdict, detail, head)
 * A reason and a detail are stored as codes (encodeMessage, core/sync/syncmessage.h), never as words.
 * Every write is one transaction. A RecordStore works on an open vault database and is used by one
 * thread at a time (the thread that owns the Vault). */
#include "core/result.h"
#include "core/sync/syncmessage.h"
#include "core/vault/database.h"
#include "crypto/bytes.h"
#include "crypto/ethaddress.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace carnet::core::sync {

enum class StoreError {
    Database,        ///< SQLite failed (the vault's file, see DbError)
    DiskFull,        ///< no space left; nothing was written
    NotContiguous,   ///< an entry's sequence is not the record's next one
    Conflict,        ///< a different entry is already stored at this (record id, sequence)
    UnknownRecord,   ///< no record with this id
    DuplicateRecord, ///< a record with this index or id exists
};
const char *describe(StoreError error);

template <typename T>
using StoreResult = Result<T, StoreError>;

enum class RecordKind { Provider, Self };
QString recordKindName(RecordKind kind); // "provider", "self"

struct StoredRecord
{
    std::uint32_t index = 0; ///< n in m/4411982'/1'/n'
    crypto::Hash32 recordId{};
    RecordKind kind = RecordKind::Provider;
    QString label;                  ///< the name the patient gave, or the registry name found by discovery
    std::int64_t createdAt = 0;     ///< Unix seconds
    std::uint64_t scanFrom = 0;     ///< first block to read logs from next time
    std::uint64_t syncedBlock = 0;  ///< the sync target block this record was last complete at
    std::optional<crypto::Hash32> syncedHash; ///< that block's hash, to detect reorganisations
    std::uint64_t entryCount = 0;   ///< stored entries (verified and refused)
    /** RecordLog's running head over the stored entries (docs/PROTOCOL.md §6); nullopt when not
     *  kept yet (after a rewind or a migration): recordHead() folds it from the entries. */
    std::optional<crypto::Hash32> head;
};

enum class EntryState { Verified, Refused };

struct StoredEntry
{
    crypto::Hash32 recordId{};
    std::uint64_t sequence = 0;
    EntryState state = EntryState::Verified;
    crypto::Address author{};
    QString authorName;   ///< registry name at sync time ("" for patient-reported)
    bool patientReported = false;
    std::uint64_t blockNumber = 0;
    crypto::Hash32 blockHash{};
    crypto::Hash32 txHash{};
    std::uint64_t logIndex = 0;
    std::int64_t authoredAt = 0;
    crypto::Hash32 sealedHash{};
    Message reason;       ///< why a refused entry was refused (an Entry… code); None when verified
    QString resourceType; ///< "" when refused
    QString category;     ///< core/fhir category key; "" when refused
    QString effective;    ///< FHIR date/dateTime text as written ("" when none)
    QString title;        ///< display title computed at sync time
    QByteArray content;   ///< the exact FHIR bytes; empty when refused
    std::int64_t verifiedAt = 0;
};

struct NodeRecord
{
    QString url;
    QString verdict; ///< a NodeVerdict name (core/sync/syncengine.h)
    Message detail;  ///< a Node… code; None when healthy
    std::uint64_t head = 0;
    std::int64_t checkedAt = 0;
};

struct EntryQuery
{
    std::optional<crypto::Hash32> recordId;
    std::optional<std::uint64_t> sequence; ///< one entry (with recordId)
    bool withContent = true;
    bool verifiedOnly = false;
};

class RecordStore
{
public:
    explicit RecordStore(Database &db) : m_db(db) {}

    StoreResult<std::vector<StoredRecord>> records();
    StoreResult<std::optional<StoredRecord>> record(const crypto::Hash32 &recordId);
    /** Adds a record (connect, discovery). DuplicateRecord when its index or id exists. */
    StoreResult<void> addRecord(const StoredRecord &record);
    StoreResult<void> setLabel(const crypto::Hash32 &recordId, const QString &label);
    /** The next record index to hand out: one above every index ever issued (meta record_next_index). */
    StoreResult<std::uint32_t> nextRecordIndex();
    /** Remembers that indexes below `next` have been issued (never moves backwards). */
    StoreResult<void> reserveRecordIndex(std::uint32_t next);

    /** Appends entries to one record in one transaction, each at the record's next sequence; an entry
     *  already stored with the same sealed hash is skipped (resumed sync), a different one is Conflict.
     *  Then sets the record's scan position (and, when given, its synced block and hash). */
    StoreResult<void> appendEntries(const crypto::Hash32 &recordId, const std::vector<StoredEntry> &entries,
                                    std::uint64_t scanFrom, std::optional<std::uint64_t> syncedBlock = std::nullopt,
                                    std::optional<crypto::Hash32> syncedHash = std::nullopt);
    /** Reorganisation: removes the record's entries from blocks above `block` and rewinds its scan
     *  position and synced block to `block`. Returns how many entries were removed. */
    StoreResult<int> rewindRecord(const crypto::Hash32 &recordId, std::uint64_t block);

    /** The running head over the record's stored entries (zero without entries). */
    StoreResult<crypto::Hash32> recordHead(const crypto::Hash32 &recordId);

    StoreResult<std::vector<StoredEntry>> entries(const EntryQuery &query = {});
    StoreResult<std::uint64_t> entryCount(const crypto::Hash32 &recordId);
    /** The block hash stored with each distinct block of a record's entries, newest first; at most
     *  `limit` blocks when it is not 0 (a sync checks the newest one every round). */
    StoreResult<std::vector<std::pair<std::uint64_t, crypto::Hash32>>> entryBlocks(const crypto::Hash32 &recordId,
                                                                                   std::size_t limit = 0);

    StoreResult<void> saveNodes(const std::vector<NodeRecord> &nodes);
    StoreResult<std::vector<NodeRecord>> nodes();
    /** Unix seconds of the last sync round that completed with at least one agreeing node; 0 if none. */
    StoreResult<std::int64_t> lastVerifiedAt();
    StoreResult<void> setLastVerifiedAt(std::int64_t when);

private:
    StoreResult<crypto::Hash32> foldHead(const crypto::Hash32 &recordId);
    StoreResult<std::optional<QByteArray>> meta(const char *key);
    StoreResult<void> setMeta(const char *key, const QByteArray &value);
    Database &m_db;
};

} // namespace carnet::core::sync
