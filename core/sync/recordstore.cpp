// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/recordstore.h"
#include "core/ledger/contracts/recordlog.h"

#include <algorithm>
#include <cstring>

namespace carnet::core::sync {
namespace {

StoreError fromDb(DbError error)
{
    return error == DbError::Full ? StoreError::DiskFull : StoreError::Database;
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString qtext(const std::string &text)
{
    return QString::fromStdString(text);
}

crypto::Hash32 hashOf(crypto::ByteView blob)
{
    crypto::Hash32 h{};
    if (blob.size() == h.size())
        std::copy(blob.begin(), blob.end(), h.begin());
    return h;
}

crypto::Address addressOf(crypto::ByteView blob)
{
    crypto::Address a{};
    if (blob.size() == a.size())
        std::copy(blob.begin(), blob.end(), a.begin());
    return a;
}

const char *stateName(EntryState state)
{
    return state == EntryState::Verified ? "verified" : "refused";
}

constexpr char kRecordColumns[] =
    "SELECT r.record_index, r.record_id, r.kind, r.label, r.created_at, r.scan_from, r.synced_block,"
    " r.synced_hash, (SELECT count(*) FROM entries e WHERE e.record_id = r.record_id), r.head FROM records r";

StoredRecord readRecord(const Statement &s)
{
    StoredRecord r;
    r.index = static_cast<std::uint32_t>(s.columnInt(0));
    r.recordId = hashOf(s.columnBlob(1));
    r.kind = s.columnText(2) == "self" ? RecordKind::Self : RecordKind::Provider;
    r.label = qtext(s.columnText(3));
    r.createdAt = s.columnInt(4);
    r.scanFrom = static_cast<std::uint64_t>(s.columnInt(5));
    r.syncedBlock = static_cast<std::uint64_t>(s.columnInt(6));
    if (s.columnBlob(7).size() == 32)
        r.syncedHash = hashOf(s.columnBlob(7));
    r.entryCount = static_cast<std::uint64_t>(s.columnInt(8));
    if (s.columnBlob(9).size() == 32)
        r.head = hashOf(s.columnBlob(9));
    return r;
}

/** Every row of `s`, each turned into a T by `read`. */
template <typename T, typename Read>
StoreResult<std::vector<T>> collectRows(Statement &s, Read read)
{
    std::vector<T> out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return fail(fromDb(row.error()));
        if (!*row)
            return out;
        out.push_back(read(s));
    }
}

} // namespace

const char *describe(StoreError error)
{
    switch (error) {
    case StoreError::Database:
        return "the vault's database failed";
    case StoreError::DiskFull:
        return "the disk is full; nothing was written";
    case StoreError::NotContiguous:
        return "an entry is not the record's next one";
    case StoreError::Conflict:
        return "a different entry is already stored at this position";
    case StoreError::UnknownRecord:
        return "no such record in the wallet";
    case StoreError::DuplicateRecord:
        return "the record is already in the wallet";
    }
    return "unknown error";
}

QString recordKindName(RecordKind kind)
{
    return kind == RecordKind::Self ? QStringLiteral("self") : QStringLiteral("provider");
}

StoreResult<std::vector<StoredRecord>> RecordStore::records()
{
    auto s = m_db.prepare(std::string(kRecordColumns) + " ORDER BY r.record_index");
    if (!s)
        return fail(fromDb(s.error()));
    return collectRows<StoredRecord>(*s, readRecord);
}

StoreResult<std::optional<StoredRecord>> RecordStore::record(const crypto::Hash32 &recordId)
{
    auto s = m_db.prepare(std::string(kRecordColumns) + " WHERE r.record_id = ?1");
    if (!s)
        return fail(fromDb(s.error()));
    s->bindBlob(1, recordId);
    auto row = s->step();
    if (!row)
        return fail(fromDb(row.error()));
    if (!*row)
        return std::optional<StoredRecord>{};
    return std::optional<StoredRecord>{readRecord(*s)};
}

StoreResult<void> RecordStore::addRecord(const StoredRecord &record)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(fromDb(tx.error()));
    auto s = m_db.prepare("INSERT INTO records (record_index, record_id, kind, label, created_at, scan_from,"
                          " synced_block) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!s)
        return fail(fromDb(s.error()));
    s->bind(1, std::int64_t(record.index))
        .bindBlob(2, record.recordId)
        .bind(3, utf8(recordKindName(record.kind)))
        .bind(4, utf8(record.label))
        .bind(5, record.createdAt)
        .bind(6, static_cast<std::int64_t>(record.scanFrom))
        .bind(7, static_cast<std::int64_t>(record.syncedBlock));
    if (auto done = s->run(); !done)
        return fail(done.error() == DbError::Constraint ? StoreError::DuplicateRecord : fromDb(done.error()));
    auto next = nextRecordIndex();
    if (!next)
        return fail(next.error());
    if (record.index >= *next) {
        if (auto done = setMeta("record_next_index", QByteArray::number(record.index + 1)); !done)
            return done;
    }
    if (auto done = tx->commit(); !done)
        return fail(fromDb(done.error()));
    return {};
}

StoreResult<void> RecordStore::setLabel(const crypto::Hash32 &recordId, const QString &label)
{
    auto s = m_db.prepare("UPDATE records SET label = ?2 WHERE record_id = ?1");
    if (!s)
        return fail(fromDb(s.error()));
    s->bindBlob(1, recordId).bind(2, utf8(label));
    if (auto done = s->run(); !done)
        return fail(fromDb(done.error()));
    return {};
}

StoreResult<std::uint32_t> RecordStore::nextRecordIndex()
{
    auto stored = meta("record_next_index");
    if (!stored)
        return fail(stored.error());
    std::uint32_t next = *stored ? stored->value().toUInt() : 0;
    auto highest = m_db.queryInt("SELECT coalesce(max(record_index) + 1, 0) FROM records");
    if (!highest)
        return fail(fromDb(highest.error()));
    return std::max(next, static_cast<std::uint32_t>(*highest));
}

StoreResult<void> RecordStore::reserveRecordIndex(std::uint32_t next)
{
    auto current = nextRecordIndex();
    if (!current)
        return fail(current.error());
    if (next <= *current)
        return {};
    return setMeta("record_next_index", QByteArray::number(next));
}

StoreResult<void> RecordStore::appendEntries(const crypto::Hash32 &recordId, const std::vector<StoredEntry> &entries,
                                             std::uint64_t scanFrom, std::optional<std::uint64_t> syncedBlock,
                                             std::optional<crypto::Hash32> syncedHash)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(fromDb(tx.error()));
    auto known = record(recordId);
    if (!known)
        return fail(known.error());
    if (!*known)
        return fail(StoreError::UnknownRecord);
    std::uint64_t count = (*known)->entryCount;
    auto head = (*known)->head ? StoreResult<crypto::Hash32>(*(*known)->head) : foldHead(recordId);
    if (!head)
        return fail(head.error());

    auto existing = m_db.prepare("SELECT sealed_hash FROM entries WHERE record_id = ?1 AND sequence = ?2");
    auto insert = m_db.prepare(
        "INSERT INTO entries (record_id, sequence, state, author, author_name, patient_reported, block_number,"
        " block_hash, tx_hash, log_index, authored_at, sealed_hash, reason, resource_type, category, effective,"
        " title, content, verified_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
        " ?15, ?16, ?17, ?18, ?19)");
    if (!existing || !insert)
        return fail(StoreError::Database);
    for (const StoredEntry &e : entries) {
        if (e.sequence < count) {
            existing->reset();
            existing->bindBlob(1, recordId).bind(2, static_cast<std::int64_t>(e.sequence));
            auto row = existing->step();
            if (!row)
                return fail(fromDb(row.error()));
            if (!*row || hashOf(existing->columnBlob(0)) != e.sealedHash)
                return fail(StoreError::Conflict);
            continue;
        }
        if (e.sequence != count)
            return fail(StoreError::NotContiguous);
        insert->reset();
        insert->bindBlob(1, recordId)
            .bind(2, static_cast<std::int64_t>(e.sequence))
            .bind(3, std::string_view(stateName(e.state)))
            .bindBlob(4, e.author)
            .bind(5, utf8(e.authorName))
            .bind(6, std::int64_t(e.patientReported ? 1 : 0))
            .bind(7, static_cast<std::int64_t>(e.blockNumber))
            .bindBlob(8, e.blockHash)
            .bindBlob(9, e.txHash)
            .bind(10, static_cast<std::int64_t>(e.logIndex))
            .bind(11, e.authoredAt)
            .bindBlob(12, e.sealedHash)
            .bind(13, utf8(encodeMessage(e.reason)))
            .bind(14, utf8(e.resourceType))
            .bind(15, utf8(e.category))
            .bind(16, utf8(e.effective))
            .bind(17, utf8(e.title))
            .bindBlob(18, crypto::ByteView(reinterpret_cast<const std::uint8_t *>(e.content.constData()),
                                           static_cast<std::size_t>(e.content.size())))
            .bind(19, e.verifiedAt);
        if (auto done = insert->run(); !done)
            return fail(fromDb(done.error()));
        *head = ledger::nextRecordHead(*head, recordId, e.sequence, e.sealedHash, e.author, e.blockNumber, e.patientReported);
        ++count;
    }
    auto update = m_db.prepare(syncedBlock ? "UPDATE records SET scan_from = ?2, head = ?5, synced_block = ?3, synced_hash = ?4"
                                             " WHERE record_id = ?1"
                                           : "UPDATE records SET scan_from = ?2, head = ?5 WHERE record_id = ?1");
    if (!update)
        return fail(fromDb(update.error()));
    update->bindBlob(1, recordId).bind(2, static_cast<std::int64_t>(scanFrom)).bindBlob(5, *head);
    if (syncedBlock) {
        update->bind(3, static_cast<std::int64_t>(*syncedBlock));
        if (syncedHash)
            update->bindBlob(4, *syncedHash);
    }
    if (auto done = update->run(); !done)
        return fail(fromDb(done.error()));
    if (auto done = tx->commit(); !done)
        return fail(fromDb(done.error()));
    return {};
}

StoreResult<int> RecordStore::rewindRecord(const crypto::Hash32 &recordId, std::uint64_t block)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(fromDb(tx.error()));
    auto before = entryCount(recordId);
    if (!before)
        return fail(before.error());
    auto del = m_db.prepare("DELETE FROM entries WHERE record_id = ?1 AND block_number > ?2");
    auto update = m_db.prepare("UPDATE records SET scan_from = min(scan_from, ?2), synced_block = min(synced_block, ?2),"
                               " synced_hash = NULL, head = NULL WHERE record_id = ?1");
    if (!del || !update)
        return fail(StoreError::Database);
    del->bindBlob(1, recordId).bind(2, static_cast<std::int64_t>(block));
    update->bindBlob(1, recordId).bind(2, static_cast<std::int64_t>(block + 1));
    if (auto done = del->run(); !done)
        return fail(fromDb(done.error()));
    if (auto done = update->run(); !done)
        return fail(fromDb(done.error()));
    auto after = entryCount(recordId);
    if (!after)
        return fail(after.error());
    // Sequences are dense and blocks grow with them, so what is left is still a prefix.
    if (auto done = tx->commit(); !done)
        return fail(fromDb(done.error()));
    return static_cast<int>(*before - *after);
}

StoreResult<crypto::Hash32> RecordStore::foldHead(const crypto::Hash32 &recordId)
{
    auto s = m_db.prepare("SELECT sequence, sealed_hash, author, block_number, patient_reported FROM entries"
                          " WHERE record_id = ?1 ORDER BY sequence");
    if (!s)
        return fail(fromDb(s.error()));
    s->bindBlob(1, recordId);
    crypto::Hash32 head{};
    for (;;) {
        auto row = s->step();
        if (!row)
            return fail(fromDb(row.error()));
        if (!*row)
            break;
        crypto::Address author{};
        const auto a = s->columnBlob(2);
        if (a.size() == author.size())
            std::copy(a.begin(), a.end(), author.begin());
        head = ledger::nextRecordHead(head, recordId, static_cast<std::uint64_t>(s->columnInt(0)), hashOf(s->columnBlob(1)),
                                      author, static_cast<std::uint64_t>(s->columnInt(3)), s->columnInt(4) != 0);
    }
    return head;
}

StoreResult<crypto::Hash32> RecordStore::recordHead(const crypto::Hash32 &recordId)
{
    auto known = record(recordId);
    if (!known)
        return fail(known.error());
    if (!*known)
        return fail(StoreError::UnknownRecord);
    if ((*known)->head)
        return *(*known)->head;
    return foldHead(recordId);
}

StoreResult<std::vector<StoredEntry>> RecordStore::entries(const EntryQuery &query)
{
    std::string sql = "SELECT record_id, sequence, state, author, author_name, patient_reported, block_number,"
                      " block_hash, tx_hash, log_index, authored_at, sealed_hash, reason, resource_type, category,"
                      " effective, title, ";
    sql += query.withContent ? "content" : "NULL";
    sql += ", verified_at FROM entries WHERE 1";
    if (query.recordId)
        sql += " AND record_id = ?1";
    if (query.sequence)
        sql += " AND sequence = ?2";
    if (query.verifiedOnly)
        sql += " AND state = 'verified'";
    sql += " ORDER BY effective DESC, record_id, sequence";
    auto s = m_db.prepare(sql);
    if (!s)
        return fail(fromDb(s.error()));
    if (query.recordId)
        s->bindBlob(1, *query.recordId);
    if (query.sequence)
        s->bind(2, static_cast<std::int64_t>(*query.sequence));
    return collectRows<StoredEntry>(*s, [](const Statement &r) {
        StoredEntry e;
        e.recordId = hashOf(r.columnBlob(0));
        e.sequence = static_cast<std::uint64_t>(r.columnInt(1));
        e.state = r.columnText(2) == "verified" ? EntryState::Verified : EntryState::Refused;
        e.author = addressOf(r.columnBlob(3));
        e.authorName = qtext(r.columnText(4));
        e.patientReported = r.columnInt(5) != 0;
        e.blockNumber = static_cast<std::uint64_t>(r.columnInt(6));
        e.blockHash = hashOf(r.columnBlob(7));
        e.txHash = hashOf(r.columnBlob(8));
        e.logIndex = static_cast<std::uint64_t>(r.columnInt(9));
        e.authoredAt = r.columnInt(10);
        e.sealedHash = hashOf(r.columnBlob(11));
        e.reason = decodeMessage(qtext(r.columnText(12)));
        e.resourceType = qtext(r.columnText(13));
        e.category = qtext(r.columnText(14));
        e.effective = qtext(r.columnText(15));
        e.title = qtext(r.columnText(16));
        const crypto::ByteView content = r.columnBlob(17);
        e.content = QByteArray(reinterpret_cast<const char *>(content.data()), static_cast<qsizetype>(content.size()));
        e.verifiedAt = r.columnInt(18);
        return e;
    });
}

StoreResult<std::uint64_t> RecordStore::entryCount(const crypto::Hash32 &recordId)
{
    auto s = m_db.prepare("SELECT count(*) FROM entries WHERE record_id = ?1");
    if (!s)
        return fail(fromDb(s.error()));
    s->bindBlob(1, recordId);
    auto row = s->step();
    if (!row)
        return fail(fromDb(row.error()));
    return static_cast<std::uint64_t>(s->columnInt(0));
}

StoreResult<std::vector<std::pair<std::uint64_t, crypto::Hash32>>> RecordStore::entryBlocks(const crypto::Hash32 &recordId,
                                                                                            std::size_t limit)
{
    std::string sql = "SELECT DISTINCT block_number, block_hash FROM entries WHERE record_id = ?1"
                      " ORDER BY block_number DESC";
    if (limit > 0)
        sql += " LIMIT " + std::to_string(limit);
    auto s = m_db.prepare(sql);
    if (!s)
        return fail(fromDb(s.error()));
    s->bindBlob(1, recordId);
    return collectRows<std::pair<std::uint64_t, crypto::Hash32>>(*s, [](const Statement &r) {
        return std::make_pair(static_cast<std::uint64_t>(r.columnInt(0)), hashOf(r.columnBlob(1)));
    });
}

StoreResult<void> RecordStore::saveNodes(const std::vector<NodeRecord> &nodes)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(fromDb(tx.error()));
    auto s = m_db.prepare("INSERT OR REPLACE INTO nodes (url, verdict, detail, head, checked_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!s)
        return fail(fromDb(s.error()));
    for (const NodeRecord &n : nodes) {
        s->reset();
        s->bind(1, utf8(n.url)).bind(2, utf8(n.verdict)).bind(3, utf8(encodeMessage(n.detail)));
        s->bind(4, static_cast<std::int64_t>(n.head)).bind(5, n.checkedAt);
        if (auto done = s->run(); !done)
            return fail(fromDb(done.error()));
    }
    if (auto done = tx->commit(); !done)
        return fail(fromDb(done.error()));
    return {};
}

StoreResult<std::vector<NodeRecord>> RecordStore::nodes()
{
    auto s = m_db.prepare("SELECT url, verdict, detail, head, checked_at FROM nodes ORDER BY url");
    if (!s)
        return fail(fromDb(s.error()));
    return collectRows<NodeRecord>(*s, [](const Statement &r) {
        return NodeRecord{qtext(r.columnText(0)), qtext(r.columnText(1)), decodeMessage(qtext(r.columnText(2))),
                          static_cast<std::uint64_t>(r.columnInt(3)), r.columnInt(4)};
    });
}

StoreResult<std::int64_t> RecordStore::lastVerifiedAt()
{
    auto v = meta("last_verified_at");
    if (!v)
        return fail(v.error());
    return *v ? v->value().toLongLong() : std::int64_t(0);
}

StoreResult<void> RecordStore::setLastVerifiedAt(std::int64_t when)
{
    return setMeta("last_verified_at", QByteArray::number(when));
}

StoreResult<std::optional<QByteArray>> RecordStore::meta(const char *key)
{
    auto s = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!s)
        return fail(fromDb(s.error()));
    s->bind(1, std::string_view(key));
    auto row = s->step();
    if (!row)
        return fail(fromDb(row.error()));
    if (!*row)
        return std::optional<QByteArray>{};
    const crypto::ByteView v = s->columnBlob(0);
    return std::optional<QByteArray>{QByteArray(reinterpret_cast<const char *>(v.data()), static_cast<qsizetype>(v.size()))};
}

StoreResult<void> RecordStore::setMeta(const char *key, const QByteArray &value)
{
    auto s = m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    if (!s)
        return fail(fromDb(s.error()));
    s->bind(1, std::string_view(key))
        .bindBlob(2, crypto::ByteView(reinterpret_cast<const std::uint8_t *>(value.constData()),
                                      static_cast<std::size_t>(value.size())));
    if (auto done = s->run(); !done)
        return fail(fromDb(done.error()));
    return {};
}

} // namespace carnet::core::sync
