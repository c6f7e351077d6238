// SPDX-License-Identifier: GPL-3.0-or-later
// The record store over a real SQLCipher vault: records and their index reservation, dense appends,
// resumed appends (same entry skipped, a different one refused), refused entries without content,
// reorganisation rewinds, node verdicts, and everything surviving lock and reopen.
#include "core/ledger/contracts/recordlog.h"
#include "core/sync/recordstore.h"
#include "core/vault/vaultdb.h"
#include "vaulttestutil.h"

#include <QSet>
#include <QTemporaryDir>

#include <limits>

using namespace carnet::core;
using namespace carnet::core::sync;
using carnet::core::test::secret;

namespace {

carnet::crypto::Hash32 filled(std::uint8_t b)
{
    carnet::crypto::Hash32 h{};
    h.fill(b);
    return h;
}

StoredEntry entryAt(const carnet::crypto::Hash32 &record, std::uint64_t seq, std::uint64_t block, std::uint8_t tag)
{
    StoredEntry e;
    e.recordId = record;
    e.sequence = seq;
    e.blockNumber = block;
    e.blockHash = filled(static_cast<std::uint8_t>(block));
    e.sealedHash = filled(tag);
    e.resourceType = QStringLiteral("Observation");
    e.category = QStringLiteral("lab");
    e.effective = QStringLiteral("2024-03-0%1").arg(seq % 9 + 1);
    e.title = QStringLiteral("Glucose");
    e.content = QByteArrayLiteral("{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":1.50}}");
    e.verifiedAt = 1'800'000'000;
    return e;
}

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<Vault> m_vault;

    RecordStore store() { return RecordStore(*m_vault->database()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("vault"));
        auto vault = Vault::create(m_dir, secret("correct horse"), secret(test::kVectorPhrase), test::kFloor);
        QVERIFY(vault);
        m_vault = std::move(*vault);
    }

    void recordsAndIndexes()
    {
        RecordStore s = store();
        QCOMPARE(s.nextRecordIndex().value(), 0u);
        StoredRecord r;
        r.index = 0;
        r.recordId = filled(0xA0);
        r.label = QStringLiteral("Cabinet Dr Moreau");
        r.createdAt = 1'800'000'000;
        QVERIFY(s.addRecord(r));
        QCOMPARE(s.nextRecordIndex().value(), 1u);
        QCOMPARE(s.addRecord(r).error(), StoreError::DuplicateRecord);
        QVERIFY(s.reserveRecordIndex(5));
        QCOMPARE(s.nextRecordIndex().value(), 5u);
        QVERIFY(s.reserveRecordIndex(2)); // never backwards
        QCOMPARE(s.nextRecordIndex().value(), 5u);
        const auto got = s.record(filled(0xA0)).value();
        QVERIFY(got);
        QCOMPARE(got->label, QStringLiteral("Cabinet Dr Moreau"));
        QCOMPARE(got->entryCount, std::uint64_t(0));
        QVERIFY(!s.record(filled(0xA1)).value());
    }

    void denseAppendsAndResume()
    {
        RecordStore s = store();
        const auto rec = filled(0xA0);
        QVERIFY(s.appendEntries(rec, {entryAt(rec, 0, 10, 1), entryAt(rec, 1, 11, 2)}, 11));
        QCOMPARE(s.entryCount(rec).value(), std::uint64_t(2));
        // A gap is refused and writes nothing.
        QCOMPARE(s.appendEntries(rec, {entryAt(rec, 3, 12, 4)}, 12).error(), StoreError::NotContiguous);
        QCOMPARE(s.entryCount(rec).value(), std::uint64_t(2));
        // Resumed: entry 1 again (same hash) is skipped, entry 2 appended.
        QVERIFY(s.appendEntries(rec, {entryAt(rec, 1, 11, 2), entryAt(rec, 2, 12, 3)}, 12, 12, filled(12)));
        QCOMPARE(s.entryCount(rec).value(), std::uint64_t(3));
        // A different entry at a stored position is a conflict, and the batch is rolled back.
        QCOMPARE(s.appendEntries(rec, {entryAt(rec, 2, 12, 9), entryAt(rec, 3, 13, 5)}, 13).error(), StoreError::Conflict);
        QCOMPARE(s.entryCount(rec).value(), std::uint64_t(3));
        QCOMPARE(s.appendEntries(filled(0xEE), {entryAt(filled(0xEE), 0, 1, 1)}, 1).error(), StoreError::UnknownRecord);
        const auto r = s.record(rec).value();
        QCOMPARE(r->syncedBlock, std::uint64_t(12));
        QCOMPARE(*r->syncedHash, filled(12));
        QCOMPARE(r->scanFrom, std::uint64_t(12));
    }

    void refusedEntriesKeepNoContent()
    {
        RecordStore s = store();
        const auto rec = filled(0xA0);
        StoredEntry refused = entryAt(rec, 3, 14, 7);
        refused.state = EntryState::Refused;
        refused.reason = message(MessageCode::EntryRejected, record::EntryRejection::WrongSigner);
        refused.content.clear();
        refused.resourceType.clear();
        QVERIFY(s.appendEntries(rec, {refused}, 14));
        EntryQuery all;
        all.recordId = rec;
        const auto entries = s.entries(all).value();
        QCOMPARE(entries.size(), std::size_t(4));
        EntryQuery verified = all;
        verified.verifiedOnly = true;
        QCOMPARE(s.entries(verified).value().size(), std::size_t(3));
        EntryQuery one = all;
        one.sequence = 3;
        const auto single = s.entries(one).value();
        QCOMPARE(single.size(), std::size_t(1));
        QCOMPARE(single.front().sequence, std::uint64_t(3));
        QCOMPARE(single.front().state, EntryState::Refused);
        one.sequence = 99;
        QVERIFY(s.entries(one).value().empty());
        for (const StoredEntry &e : entries) {
            if (e.state == EntryState::Refused) {
                QVERIFY(e.content.isEmpty());
                QVERIFY(e.reason == refused.reason);
            } else {
                // Exact bytes, including the decimal as written.
                QVERIFY(e.content.contains("1.50"));
            }
        }
    }

    void rewind()
    {
        RecordStore s = store();
        const auto rec = filled(0xA0);
        QCOMPARE(s.entryBlocks(rec).value().front().first, std::uint64_t(14));
        QCOMPARE(s.rewindRecord(rec, 11).value(), 2); // blocks 12 and 14 go
        QCOMPARE(s.entryCount(rec).value(), std::uint64_t(2));
        const auto r = s.record(rec).value();
        QCOMPARE(r->scanFrom, std::uint64_t(12));
        QVERIFY(r->syncedBlock <= 12);
        QVERIFY(!r->syncedHash);
        // And appending resumes at sequence 2.
        QVERIFY(s.appendEntries(rec, {entryAt(rec, 2, 13, 3)}, 13));
    }

    // The stored head is RecordLog's running head over the stored entries (PROTOCOL.md §6): moved by
    // every append, dropped by a rewind and a migration (NULL), and folded again from the entries.
    void headFollowsTheEntries()
    {
        QTemporaryDir tmp;
        auto vault = Vault::create(tmp.filePath(QStringLiteral("vault")), secret("correct horse"), secret(test::kVectorPhrase), test::kFloor);
        QVERIFY(vault);
        RecordStore s(*(*vault)->database());
        const auto rec = filled(0xB0);
        StoredRecord r;
        r.index = 3;
        r.recordId = rec;
        QVERIFY(s.addRecord(r));
        QCOMPARE(s.recordHead(rec).value(), carnet::crypto::Hash32{}); // no entries: zero
        std::vector<StoredEntry> entries = {entryAt(rec, 0, 10, 1), entryAt(rec, 1, 11, 2), entryAt(rec, 2, 11, 3)};
        entries[1].patientReported = true;
        entries[2].author = carnet::crypto::Address{0x42};
        QVERIFY(s.appendEntries(rec, {entries[0], entries[1]}, 11));
        QVERIFY(s.appendEntries(rec, {entries[2]}, 11));
        carnet::crypto::Hash32 expected{};
        for (const auto &e : entries)
            expected = carnet::core::ledger::nextRecordHead(expected, rec, e.sequence, e.sealedHash, e.author, e.blockNumber,
                                                            e.patientReported);
        QCOMPARE(s.record(rec).value()->head, std::optional(expected));
        QCOMPARE(s.recordHead(rec).value(), expected);
        // A vault migrated to schema 4 has no stored head: it is folded from the entries.
        QVERIFY((*vault)->database()->exec("UPDATE records SET head = NULL").ok());
        QVERIFY(!s.record(rec).value()->head);
        QCOMPARE(s.recordHead(rec).value(), expected);
        // A rewind drops it; appending again stores the head over what is left and the new entry.
        QCOMPARE(s.rewindRecord(rec, 10).value(), 2);
        QVERIFY(!s.record(rec).value()->head);
        StoredEntry next = entryAt(rec, 1, 12, 0x33);
        QVERIFY(s.appendEntries(rec, {next}, 12));
        const auto afterRewind = carnet::core::ledger::nextRecordHead(
            carnet::core::ledger::nextRecordHead({}, rec, 0, entries[0].sealedHash, entries[0].author, 10, false), rec, 1,
            next.sealedHash, next.author, 12, false);
        QCOMPARE(s.record(rec).value()->head, std::optional(afterRewind));
    }

    void nodesAndLastVerified()
    {
        RecordStore s = store();
        const Message forged = message(MessageCode::NodeLogsDisagree, 3, 7);
        QVERIFY(s.saveNodes({{QStringLiteral("http://127.0.0.2:8545"), QStringLiteral("healthy"), {}, 40, 5},
                             {QStringLiteral("http://127.0.0.3:8545"), QStringLiteral("forged-entry"), forged, 40, 5}}));
        QVERIFY(s.saveNodes({{QStringLiteral("http://127.0.0.2:8545"), QStringLiteral("healthy"), {}, 41, 6}}));
        const auto nodes = s.nodes().value();
        QCOMPARE(nodes.size(), std::size_t(2));
        QCOMPARE(nodes[0].head, std::uint64_t(41));
        QVERIFY(nodes[0].detail.isEmpty());
        QCOMPARE(nodes[1].verdict, QStringLiteral("forged-entry"));
        QVERIFY(nodes[1].detail == forged);
        QCOMPARE(m_vault->database()->queryTexts("SELECT detail FROM nodes WHERE url = 'http://127.0.0.3:8545'").value(),
                 std::vector<std::string>{R"(["node.logs_disagree","3","7"])"});
        QCOMPARE(s.lastVerifiedAt().value(), std::int64_t(0));
        QVERIFY(s.setLastVerifiedAt(1'800'000'123));
    }

    void survivesReopen()
    {
        m_vault->lock();
        auto vault = Vault::open(m_dir, secret("correct horse"));
        QVERIFY(vault);
        m_vault = std::move(*vault);
        RecordStore s = store();
        QCOMPARE(s.entryCount(filled(0xA0)).value(), std::uint64_t(3));
        QCOMPARE(s.nextRecordIndex().value(), 5u);
        QCOMPARE(s.lastVerifiedAt().value(), std::int64_t(1'800'000'123));
        QCOMPARE(s.records().value().size(), std::size_t(1));
    }

    /** Schema 4 → 5 on a real SQLCipher vault: rows written the old way (English sentences in
     *  nodes.detail and entries.reason) become the Legacy code; empty ones stay empty. Schema 5 only
     *  rewrites those columns, so a vault whose user_version is put back to 4 after writing the rows
     *  with schema 4's SQL is a schema-4 vault. */
    void schemaFourTextsBecomeLegacyCodes()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("schema4"));
        const auto rec = filled(0xB0);
        {
            auto vault = Vault::create(dir, secret("old pass"), secret(test::kVectorPhrase), test::kFloor);
            QVERIFY(vault);
            Database &db = *(*vault)->database();
            QVERIFY(db.exec("INSERT INTO nodes (url, verdict, detail, head, checked_at) VALUES"
                            " ('http://127.0.0.2:8545', 'healthy', '', 40, 5),"
                            " ('http://127.0.0.3:8545', 'bad-answer', 'entry logs: node error -32000: <b>boom</b>', 40, 5);"));
            RecordStore s(db);
            StoredRecord r;
            r.index = 0;
            r.recordId = rec;
            r.label = QStringLiteral("Clinic");
            QVERIFY(s.addRecord(r));
            StoredEntry refused = entryAt(rec, 1, 11, 9);
            refused.state = EntryState::Refused;
            refused.content.clear();
            QVERIFY(s.appendEntries(rec, {entryAt(rec, 0, 10, 8), refused}, 11));
            QVERIFY(db.exec("UPDATE entries SET reason = 'its author was not licensed at block 11' WHERE sequence = 1;"
                            "DROP TABLE grants;" // made by schema 6, which the open below runs again
                            "DROP TABLE shl_links;" // and schema 7
                            "PRAGMA user_version = 4;"));
        }
        auto vault = Vault::open(dir, secret("old pass"));
        QVERIFY(vault);
        Database &db = *(*vault)->database();
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), std::int64_t(currentSchemaVersion()));
        RecordStore s(db);
        const auto nodes = s.nodes().value();
        QCOMPARE(nodes.size(), std::size_t(2));
        QVERIFY(nodes[0].detail.isEmpty());
        QCOMPARE(nodes[1].detail.code, MessageCode::Legacy);
        EntryQuery all;
        all.recordId = rec;
        const auto entries = s.entries(all).value();
        QCOMPARE(entries.size(), std::size_t(2));
        for (const StoredEntry &e : entries)
            QCOMPARE(e.reason.code, e.state == EntryState::Refused ? MessageCode::Legacy : MessageCode::None);
        // No English is left in the columns.
        QCOMPARE(db.queryTexts("SELECT detail FROM nodes ORDER BY url").value(), (std::vector<std::string>{"", R"(["legacy"])"}));
        QCOMPARE(db.queryTexts("SELECT reason FROM entries ORDER BY sequence").value(), (std::vector<std::string>{"", R"(["legacy"])"}));
    }

    void messagesRoundTrip()
    {
        const std::vector<Message> samples = {
            {},
            message(MessageCode::Legacy),
            rpcFailure(RpcStep::EntryLogs, ledger::RpcError{ledger::RpcErrorKind::HttpStatus, 502, 0, QStringLiteral("<html>"), {}, {}}),
            message(MessageCode::NodeBehind, 3, std::numeric_limits<std::uint64_t>::max()),
            message(MessageCode::RecordStoreFailed, StoreError::DiskFull),
            message(MessageCode::EntryRejected, record::EntryRejection::NoResourceType),
        };
        for (const Message &m : samples) {
            QVERIFY(wellFormed(m));
            const QString text = encodeMessage(m);
            QVERIFY2(decodeMessage(text) == m, qPrintable(text));
        }
        QCOMPARE(encodeMessage(samples[2]), QStringLiteral(R"(["node.rpc_failed","entry-logs","http-status","502"])"));
        QVERIFY(!encodeMessage(samples[2]).contains(QLatin1String("html"))); // the node's text is not kept
        QCOMPARE(encodeMessage(samples[3]), QStringLiteral(R"(["node.behind","3","18446744073709551615"])"));
        // Every code has a distinct key and reads back with arguments of its kinds.
        QSet<QString> keys;
        for (int i = 1; i < static_cast<int>(MessageCode::End); ++i) {
            const auto code = static_cast<MessageCode>(i);
            const QString key = QLatin1String(messageKey(code));
            QVERIFY(!key.isEmpty() && !keys.contains(key));
            keys.insert(key);
            Message m{code, {}};
            for (ArgKind kind : messageArgKinds(code)) {
                switch (kind) {
                case ArgKind::Number: m.args.emplace_back(std::uint64_t(42)); break;
                case ArgKind::Step: m.args.emplace_back(RpcStep::Head); break;
                case ArgKind::RpcKind: m.args.emplace_back(ledger::RpcErrorKind::Timeout); break;
                case ArgKind::Rejection: m.args.emplace_back(record::EntryRejection::BadSignature); break;
                case ArgKind::Store: m.args.emplace_back(StoreError::Conflict); break;
                }
            }
            QVERIFY(decodeMessage(encodeMessage(m)) == m);
        }
        // Anything else reads as Legacy: old English, unknown keys, wrong arguments.
        for (const char *text : {"its author was not licensed at block 11", "[\"node.nope\"]", "[\"node.behind\",\"3\"]",
                                 "[\"node.behind\",\"3\",\"x\"]", "[\"node.behind\",3,4]", "[\"node.behind\",\"-1\",\"4\"]",
                                 "[\"record.store_failed\",\"nope\"]", "{}", "[]"})
            QCOMPARE(decodeMessage(QString::fromUtf8(text)).code, MessageCode::Legacy);
        QCOMPARE(encodeMessage(Message{MessageCode::NodeBehind, {}}), QStringLiteral(R"(["legacy"])"));
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_record_store.moc"
