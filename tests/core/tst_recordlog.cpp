// SPDX-License-Identifier: GPL-3.0-or-later
// RecordLog through the C++ binding on the fixture's anvil: publish by licensed providers and
// clinicians, publishOwn by anyone (patientReported), the views at the latest block and at older
// blocks, EntryPublished decoded from receipts and from eth_getLogs with the record's filter, the
// strict decoder refusing malformed logs, and every revert decoded by name with its arguments
// (NotLicensedAuthor, BadSequence, EmptyEntry, EntryTooLarge, ZeroRecordId, NoSuchEntry, and the
// constructor's ZeroAddress).
#include "core/ledger/contracts/recordlog.h"
#include "tests/core/contracttestutil.h"

using namespace carnet::core::ledger;
using carnet::test::addressOfKey;
using carnet::test::hashText;
using carnet::test::randomHash;
using carnet::test::revertedWith;
namespace crypto = carnet::crypto;

namespace {

crypto::Bytes sealedOf(std::size_t size, std::uint8_t fill)
{
    crypto::Bytes out = crypto::randomBytes(size);
    if (!out.empty())
        out[0] = fill;
    return out;
}

} // namespace

class TestRecordLog : public QObject
{
    Q_OBJECT
    carnet::test::ContractsFixture m_f;
    std::unique_ptr<RecordLog> m_log;

    void checkEvent(const LogEntry &log, const Receipt &receipt, const crypto::Hash32 &recordId, std::uint64_t sequence,
                    const crypto::Address &author, bool patientReported, const crypto::Bytes &sealed)
    {
        QCOMPARE(log.address, m_log->address());
        const auto event = decodeEntryPublished(log);
        QVERIFY(event);
        QCOMPARE(event->recordId, recordId);
        QCOMPARE(event->sequence, sequence);
        QCOMPARE(event->author, author);
        QCOMPARE(event->patientReported, patientReported);
        QVERIFY(event->sealedEntry == sealed);
        QCOMPARE(event->blockNumber, receipt.blockNumber);
        QCOMPARE(event->blockHash, receipt.blockHash);
        QCOMPARE(event->txHash, receipt.transactionHash);
        QCOMPARE(event->logIndex, log.logIndex);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_f.load(), "no devnet network file: run through ctest (fixture devnet)");
        m_log = std::make_unique<RecordLog>(*m_f.client, m_f.contract("RecordLog"));
        QCOMPARE(m_log->registry().value(), m_f.registry->address());
        QCOMPARE(m_log->maxEntryBytes().value(), std::uint64_t(64 * 1024));
    }

    void publishAndReadBack()
    {
        auto provider = m_f.licensedKey(Role::Provider);
        auto clinician = m_f.licensedKey(Role::Clinician);
        QVERIFY(provider && clinician);
        const crypto::Hash32 recordId = randomHash();
        QCOMPARE(m_log->entryCount(recordId).value(), std::uint64_t(0));

        const crypto::Bytes first = sealedOf(300, 0x01);
        const auto r0 = m_log->publish(*provider, recordId, 0, first);
        QVERIFY2(r0, qPrintable(r0 ? QString() : r0.error().toString()));
        QCOMPARE(r0->logs.size(), std::size_t(1));
        checkEvent(r0->logs[0], *r0, recordId, 0, addressOfKey(*provider), false, first);

        const crypto::Bytes second = sealedOf(1, 0x02); // the smallest entry
        const auto r1 = m_log->publish(*clinician, recordId, 1, second);
        QVERIFY(r1);
        checkEvent(r1->logs.at(0), *r1, recordId, 1, addressOfKey(*clinician), false, second);
        QVERIFY(r1->blockNumber > r0->blockNumber);

        // State now, and as it was at each block (what the sync reads at its target block).
        QCOMPARE(m_log->entryCount(recordId).value(), std::uint64_t(2));
        QCOMPARE(m_log->entryCount(recordId, r0->blockNumber - 1).value(), std::uint64_t(0));
        QCOMPARE(m_log->entryCount(recordId, r0->blockNumber).value(), std::uint64_t(1));
        QCOMPARE(m_log->entryCount(recordId, r1->blockNumber).value(), std::uint64_t(2));
        QCOMPARE(m_log->entryHash(recordId, 0).value(), crypto::keccak256(first));
        QCOMPARE(m_log->entryHash(recordId, 1, r1->blockNumber).value(), crypto::keccak256(second));
        QVERIFY(revertedWith(m_log->entryHash(recordId, 1, r0->blockNumber),
                             QStringLiteral("NoSuchEntry(%1, 1)").arg(hashText(recordId))));
        QCOMPARE(m_log->entry(recordId, 0).value(),
                 (RecordLogEntry{crypto::keccak256(first), addressOfKey(*provider), r0->blockNumber, false}));
        QCOMPARE(m_log->entry(recordId, 1).value(),
                 (RecordLogEntry{crypto::keccak256(second), addressOfKey(*clinician), r1->blockNumber, false}));

        // The same two events from eth_getLogs with the record's filter; another record's entry is not in it.
        const crypto::Hash32 otherRecord = randomHash();
        QVERIFY(m_log->publish(*provider, otherRecord, 0, sealedOf(10, 0x03)));
        const auto logs = m_f.client->getLogs(m_log->entryFilter(recordId), r0->blockNumber, m_f.client->blockNumber().value());
        QVERIFY(logs);
        QCOMPARE(logs->size(), std::size_t(2));
        checkEvent(logs->at(0), *r0, recordId, 0, addressOfKey(*provider), false, first);
        checkEvent(logs->at(1), *r1, recordId, 1, addressOfKey(*clinician), false, second);
        QCOMPARE(m_log->entryCount(otherRecord).value(), std::uint64_t(1));
    }

    void publishOwnIsPatientReported()
    {
        auto patient = m_f.fundedKey(); // no licence at all
        QVERIFY(patient);
        const crypto::Hash32 recordId = randomHash();
        const crypto::Bytes sealed = sealedOf(64 * 1024, 0x04); // exactly MAX_ENTRY_BYTES
        const auto r = m_log->publishOwn(*patient, recordId, 0, sealed);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        checkEvent(r->logs.at(0), *r, recordId, 0, addressOfKey(*patient), true, sealed);
        QCOMPARE(m_log->entry(recordId, 0).value(),
                 (RecordLogEntry{crypto::keccak256(sealed), addressOfKey(*patient), r->blockNumber, true}));
        // A licensed provider continues the same record: sequences are shared by both paths.
        auto provider = m_f.licensedKey(Role::Provider);
        QVERIFY(provider);
        QVERIFY(revertedWith(m_log->publish(*provider, recordId, 0, sealedOf(5, 0x05)),
                             QStringLiteral("BadSequence(%1, 1, 0)").arg(hashText(recordId))));
        const auto r1 = m_log->publish(*provider, recordId, 1, sealedOf(5, 0x05));
        QVERIFY(r1);
        QCOMPARE(decodeEntryPublished(r1->logs.at(0))->patientReported, false);
        QCOMPARE(m_log->entryCount(recordId).value(), std::uint64_t(2));
    }

    void refusals()
    {
        auto stranger = m_f.fundedKey();
        auto provider = m_f.licensedKey(Role::Provider);
        auto researcher = m_f.licensedKey(Role::Researcher);
        QVERIFY(stranger && provider && researcher);
        const crypto::Hash32 recordId = randomHash();
        const crypto::Bytes sealed = sealedOf(40, 0x06);

        QVERIFY(revertedWith(m_log->publish(*stranger, recordId, 0, sealed),
                             QStringLiteral("NotLicensedAuthor(%1)").arg(addressText(addressOfKey(*stranger)))));
        // A researcher licence does not allow publishing.
        QVERIFY(revertedWith(m_log->publish(*researcher, recordId, 0, sealed),
                             QStringLiteral("NotLicensedAuthor(%1)").arg(addressText(addressOfKey(*researcher)))));
        QVERIFY(revertedWith(m_log->publish(*provider, crypto::Hash32{}, 0, sealed), QStringLiteral("ZeroRecordId()")));
        QVERIFY(revertedWith(m_log->publishOwn(*stranger, crypto::Hash32{}, 0, sealed), QStringLiteral("ZeroRecordId()")));
        QVERIFY(revertedWith(m_log->publish(*provider, recordId, 0, {}), QStringLiteral("EmptyEntry()")));
        QVERIFY(revertedWith(m_log->publishOwn(*stranger, recordId, 0, {}), QStringLiteral("EmptyEntry()")));
        QVERIFY(revertedWith(m_log->publish(*provider, recordId, 0, sealedOf(64 * 1024 + 1, 0x07)),
                             QStringLiteral("EntryTooLarge(65537, 65536)")));
        QVERIFY(revertedWith(m_log->publish(*provider, recordId, 1, sealed),
                             QStringLiteral("BadSequence(%1, 0, 1)").arg(hashText(recordId))));
        QVERIFY(revertedWith(m_log->publishOwn(*stranger, recordId, 7, sealed),
                             QStringLiteral("BadSequence(%1, 0, 7)").arg(hashText(recordId))));
        QVERIFY(revertedWith(m_log->entryHash(recordId, 0), QStringLiteral("NoSuchEntry(%1, 0)").arg(hashText(recordId))));
        QVERIFY(revertedWith(m_log->entry(recordId, 0), QStringLiteral("NoSuchEntry(%1, 0)").arg(hashText(recordId))));
        QCOMPARE(m_log->entryCount(recordId).value(), std::uint64_t(0));

        QVERIFY(m_log->publish(*provider, recordId, 0, sealed));
        // A replay of sequence 0, and a gap.
        QVERIFY(revertedWith(m_log->publish(*provider, recordId, 0, sealed),
                             QStringLiteral("BadSequence(%1, 1, 0)").arg(hashText(recordId))));
        QVERIFY(revertedWith(m_log->publish(*provider, recordId, 2, sealed),
                             QStringLiteral("BadSequence(%1, 1, 2)").arg(hashText(recordId))));
        QVERIFY(revertedWith(m_log->entry(recordId, 1), QStringLiteral("NoSuchEntry(%1, 1)").arg(hashText(recordId))));

        // Once the licence is revoked the provider can no longer publish (publishOwn still works).
        QVERIFY(m_f.revokeLicence(*provider, Role::Provider));
        QVERIFY(revertedWith(m_log->publish(*provider, recordId, 1, sealed),
                             QStringLiteral("NotLicensedAuthor(%1)").arg(addressText(addressOfKey(*provider)))));
        const auto own = m_log->publishOwn(*provider, recordId, 1, sealed);
        QVERIFY(own);
        QCOMPARE(decodeEntryPublished(own->logs.at(0))->patientReported, true);
        QCOMPARE(m_log->entryCount(recordId).value(), std::uint64_t(2));
    }

    // The running head the contract keeps (computed by the EVM) equals nextRecordHead over the logs'
    // fields, entry by entry, and headAt gives each intermediate value; recordState gives all three.
    void runningHeadMatchesTheLogs()
    {
        auto provider = m_f.licensedKey(Role::Provider);
        QVERIFY(provider);
        const crypto::Hash32 recordId = randomHash();
        QCOMPARE(m_log->state(recordId).value(), RecordState{});
        crypto::Hash32 head{};
        for (std::uint64_t s = 0; s < 4; ++s) {
            const crypto::Bytes sealed = sealedOf(100 + s, static_cast<std::uint8_t>(s + 1));
            const bool own = s == 2;
            const auto patient = crypto::PrivateKey::generate();
            const auto r = own ? m_log->publishOwn(patient, recordId, s, sealed) : m_log->publish(*provider, recordId, s, sealed);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            const auto event = decodeEntryPublished(r->logs.at(0));
            QVERIFY(event);
            head = nextRecordHead(head, recordId, s, crypto::keccak256(event->sealedEntry), event->author, event->blockNumber,
                                  event->patientReported);
            QCOMPARE(m_log->headAt(recordId, s).value(), head);
            const RecordState state = m_log->state(recordId).value();
            QCOMPARE(state.count, s + 1);
            QCOMPARE(state.head, head);
            QVERIFY(!state.reserved);
        }
        QVERIFY(revertedWith(m_log->headAt(recordId, 4), QStringLiteral("NoSuchEntry(%1, 4)").arg(hashText(recordId))));
        // Another record id with the same entries has another head (the id is in every link).
        QVERIFY(nextRecordHead({}, randomHash(), 0, {}, {}, 0, false) != nextRecordHead({}, randomHash(), 0, {}, {}, 0, false));
    }

    void reserveOnceAndNeverAfterEntries()
    {
        auto provider = m_f.licensedKey(Role::Provider);
        QVERIFY(provider);
        const auto sender = crypto::PrivateKey::generate(); // unfunded: the devnet has zero gas
        const crypto::Hash32 recordId = randomHash();
        const auto r = m_log->reserve(sender, recordId);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(m_log->state(recordId).value().reserved);
        QCOMPARE(m_log->state(recordId, r->blockNumber - 1).value().reserved, false);
        QVERIFY(revertedWith(m_log->reserve(sender, recordId), QStringLiteral("RecordInUse(%1)").arg(hashText(recordId))));
        QVERIFY(revertedWith(m_log->reserve(crypto::PrivateKey::generate(), recordId), QStringLiteral("RecordInUse(%1)").arg(hashText(recordId))));
        // A record with entries cannot be reserved afterwards either.
        const crypto::Hash32 used = randomHash();
        QVERIFY(m_log->publish(*provider, used, 0, sealedOf(50, 1)));
        QVERIFY(revertedWith(m_log->reserve(sender, used), QStringLiteral("RecordInUse(%1)").arg(hashText(used))));
        QVERIFY(revertedWith(m_log->reserve(sender, crypto::Hash32{}), QStringLiteral("ZeroRecordId()")));
        // A reserved record still takes its first entry at sequence 0.
        QVERIFY(m_log->publish(*provider, recordId, 0, sealedOf(50, 2)));
        const RecordState state = m_log->state(recordId).value();
        QCOMPARE(state.count, std::uint64_t(1));
        QVERIFY(state.reserved);
    }

    void constructorRefusesZeroRegistry()
    {
        auto deployer = m_f.fundedKey();
        QVERIFY(deployer);
        QVERIFY(revertedWith(carnet::test::deploy(*m_f.client, *deployer, carnet::contracts::recordLog::contract(),
                                                  {crypto::Address{}}, "(address)"),
                             QStringLiteral("ZeroAddress()")));
    }

    void malformedLogsAreRefused()
    {
        auto patient = m_f.fundedKey();
        QVERIFY(patient);
        const auto r = m_log->publishOwn(*patient, randomHash(), 0, sealedOf(33, 0x08));
        QVERIFY(r);
        const LogEntry good = r->logs.at(0);
        QVERIFY(decodeEntryPublished(good));

        LogEntry wrongTopic0 = good;
        wrongTopic0.topics[0][0] ^= 1;
        QVERIFY(!decodeEntryPublished(wrongTopic0));
        LogEntry missingTopic = good;
        missingTopic.topics.pop_back();
        QVERIFY(!decodeEntryPublished(missingTopic));
        LogEntry extraTopic = good;
        extraTopic.topics.push_back(randomHash());
        QVERIFY(!decodeEntryPublished(extraTopic));
        LogEntry bigSequence = good; // uint64 topic with a high bit set above 64 bits
        bigSequence.topics[2][0] = 1;
        QVERIFY(!decodeEntryPublished(bigSequence));
        LogEntry dirtyAuthor = good; // address topic with non-zero padding
        dirtyAuthor.topics[3][0] = 1;
        QVERIFY(!decodeEntryPublished(dirtyAuthor));
        LogEntry badBool = good; // data word 0 is the bool
        badBool.data[31] = 2;
        QVERIFY(!decodeEntryPublished(badBool));
        LogEntry badOffset = good; // data word 1 is the bytes offset (0x40)
        badOffset.data[63] = 0x60;
        QVERIFY(!decodeEntryPublished(badOffset));
        LogEntry truncated = good;
        truncated.data.resize(truncated.data.size() - 1);
        QVERIFY(!decodeEntryPublished(truncated));
        LogEntry trailing = good;
        trailing.data.resize(trailing.data.size() + 32);
        QVERIFY(!decodeEntryPublished(trailing));
        LogEntry empty = good;
        empty.topics.clear();
        QVERIFY(!decodeEntryPublished(empty));
    }
};

QTEST_GUILESS_MAIN(TestRecordLog)
#include "tst_recordlog.moc"
