// SPDX-License-Identifier: GPL-3.0-or-later
// The sync with honest nodes (the fixture's two addresses of one anvil): exactly the published bytes
// stored, a stranger's publishOwn kept as refused so sequences stay dense, resume without duplicates,
// a round with nothing new, a restore that finds its records by discovery across a gap, licences
// judged at the entry's block, and a reorganisation (evm_snapshot / evm_revert) that replaces stale
// entries. Runs serially: the revert rewinds the shared chain.
#include "tests/core/synctestutil.h"

#include <QtTest>

using namespace carnet;
using namespace carnet::test;
using core::sync::EntryState;
using core::sync::NodeVerdict;

class TestSyncHonest : public QObject
{
    Q_OBJECT

    static void allHealthy(const core::sync::SyncResult &result)
    {
        QVERIFY2(result.ok, qPrintable(core::sync::encodeMessage(result.problem)));
        for (const auto &n : result.nodes)
            QVERIFY2(n.verdict == NodeVerdict::Healthy, qPrintable(n.label + QStringLiteral(": ") + core::sync::encodeMessage(n.detail)));
        for (const auto &r : result.records)
            QVERIFY2(r.complete, qPrintable(core::sync::encodeMessage(r.problem)));
    }

private Q_SLOTS:
    void fullSyncStoresThePublishedBytes()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider(QStringLiteral("Dr. Élise Martin"));
        QVERIFY(provider);
        auto a = s.connect(QStringLiteral("GP"));
        auto b = s.connect(QStringLiteral("Lab"));
        QVERIFY(a && b);
        QVERIFY(s.publishMany(*a, *provider, 5));
        QVERIFY(s.publishMany(*b, *provider, 3));
        const auto result = s.syncWith(s.withNodes({}));
        allHealthy(result);
        QCOMPARE(result.newEntries, 8);
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));
        for (const auto &e : s.stored()) {
            QCOMPARE(e.authorName, QStringLiteral("Dr. Élise Martin"));
            QCOMPARE(e.resourceType, QStringLiteral("Observation"));
        }
        auto nodes = s.store->nodes();
        QVERIFY(nodes && nodes->size() == 2);
        for (const auto &n : *nodes)
            QCOMPARE(n.verdict, QStringLiteral("healthy"));
    }

    void strangersEntryIsRefusedAndKeptDense()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto stranger = s.fundedKey();
        auto code = s.connect();
        QVERIFY(provider && stranger && code);
        QVERIFY(s.publishMany(*code, *provider, 2));
        // publishOwn needs no licence: anyone can write a "patient-reported" entry into the record.
        core::sync::PublishRequest own{*code, *stranger, observation(99), true, 1'770'000'000, 1};
        const auto forged = core::sync::publishEntry(*s.client, s.recordLog, own);
        QVERIFY2(forged, qPrintable(forged ? QString() : forged.error().toString()));
        QCOMPARE(forged->sequence, std::uint64_t(2));
        QVERIFY(s.publishMany(*code, *provider, 1));

        const auto result = s.syncWith(s.withNodes({}));
        allHealthy(result);
        QCOMPARE(result.records.size(), std::size_t(1));
        QCOMPARE(result.records[0].added, 3);
        QCOMPARE(result.records[0].refused, 1);
        const auto all = s.stored();
        QCOMPARE(all.size(), std::size_t(4));
        for (std::size_t i = 0; i < all.size(); ++i)
            QCOMPARE(all[i].sequence, std::uint64_t(i));
        QCOMPARE(all[2].state, EntryState::Refused);
        // A stranger's publishOwn: signed by its author, but not by this wallet's patient key.
        QVERIFY2(all[2].reason == core::sync::message(core::sync::MessageCode::EntryNotPatientsKey),
                 qPrintable(core::sync::encodeMessage(all[2].reason)));
        QVERIFY(all[2].content.isEmpty());
        QVERIFY(all[2].resourceType.isEmpty());
        core::sync::EntryQuery verified;
        verified.verifiedOnly = true;
        auto shown = s.store->entries(verified);
        QVERIFY(shown);
        QCOMPARE(shown->size(), std::size_t(3));
        for (const auto &e : *shown)
            QVERIFY(e.sequence != 2);
    }

    void resumeAddsOnlyNewEntriesAndNoopChangesNothing()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY(s.publishMany(*code, *provider, 3));
        allHealthy(s.syncWith(s.withNodes({})));
        QVERIFY(s.publishMany(*code, *provider, 2));
        const auto second = s.syncWith(s.withNodes({}));
        allHealthy(second);
        QCOMPARE(second.newEntries, 2);
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));

        const auto before = s.stored();
        const auto third = s.syncWith(s.withNodes({}));
        allHealthy(third);
        QCOMPARE(third.newEntries, 0);
        QCOMPARE(third.newRecords, 0);
        const auto after = s.stored();
        QCOMPARE(after.size(), before.size());
        for (std::size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].content, before[i].content);
            QCOMPARE(after[i].verifiedAt, before[i].verifiedAt);
        }
    }

    void stoppedBetweenBatchesResumes()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY(s.publishMany(*code, *provider, 7));
        auto options = SyncScenario::quickOptions();
        options.storeBatch = 2;
        int polls = 0;
        options.cancelled = [&polls] { return ++polls >= 2; }; // false before the record, true after its first batch
        const auto stopped = s.syncWith(s.withNodes({}), options);
        QCOMPARE(s.stored().size(), std::size_t(2));
        QVERIFY(!stopped.records.empty() && !stopped.records[0].complete);
        const auto rest = s.syncWith(s.withNodes({}));
        allHealthy(rest);
        QCOMPARE(rest.newEntries, 5);
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));
    }

    void restoreFindsRecordsByDiscovery()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider(QStringLiteral("Hôpital Nord"));
        QVERIFY(provider);
        auto r0 = s.connect();
        auto r1 = s.connect();
        QVERIFY(r0 && r1);
        // Ten indexes handed out and never used, then a record beyond them (gap < gapLimit 20).
        const auto next = s.store->nextRecordIndex();
        QVERIFY(next);
        QVERIFY(s.store->reserveRecordIndex(*next + 10));
        auto far = s.connect();
        QVERIFY(far);
        QVERIFY(s.publishMany(*r0, *provider, 2));
        QVERIFY(s.publishMany(*r1, *provider, 1));
        QVERIFY(s.publishMany(*far, *provider, 2));

        QVERIFY2(s.openWallet(s.dir.path() + QStringLiteral("/restored"), &why), qPrintable(why));
        QVERIFY(s.store->records()->empty());
        const auto result = s.syncWith(s.withNodes({}));
        allHealthy(result);
        QCOMPARE(result.newRecords, 3);
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));
        const auto records = s.store->records();
        QVERIFY(records);
        QCOMPARE(records->size(), std::size_t(3));
        for (const auto &r : *records)
            QCOMPARE(r.label, QStringLiteral("Hôpital Nord"));
        // The next connect code must not reuse a discovered index.
        std::uint32_t highest = 0;
        for (const auto &r : *records)
            highest = std::max(highest, r.index);
        QCOMPARE(highest, *next + 10);
        QVERIFY(s.store->nextRecordIndex().value() > highest);
    }

    void licenceIsJudgedAtTheEntrysBlock()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY(s.publishMany(*code, *provider, 2));
        QVERIFY(s.revoke(*provider));
        // After the revocation the contract refuses the author outright.
        core::sync::PublishRequest late{*code, *provider, observation(7), false, 1'770'000'000, 1};
        const auto refused = core::sync::publishEntry(*s.client, s.recordLog, late);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, core::sync::PublishErrorKind::Refused);
        // What was published while licensed stays verified.
        const auto result = s.syncWith(s.withNodes({}));
        allHealthy(result);
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));
    }

    void reorganisationReplacesStaleEntries()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        auto code = s.connect();
        QVERIFY(provider && code);
        QVERIFY(s.publishMany(*code, *provider, 2));
        const auto snapshot = s.client->request(QStringLiteral("evm_snapshot"));
        QVERIFY(snapshot.error.ok());
        QVERIFY(s.publishMany(*code, *provider, 2));
        allHealthy(s.syncWith(s.withNodes({})));
        QCOMPARE(s.stored().size(), std::size_t(4));

        const auto reverted = s.client->request(QStringLiteral("evm_revert"), {snapshot.result});
        QVERIFY(reverted.error.ok() && reverted.result.toBool());
        s.published.resize(2);
        s.client->resetNonce(crypto::addressOf(provider->publicKey())); // the revert took back its nonce
        QVERIFY2(s.publishMany(*code, *provider, 3), qPrintable(s.lastError)); // a longer chain of other blocks
        const auto result = s.syncWith(s.withNodes({}));
        allHealthy(result);
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestSyncHonest)
#include "tst_sync_honest.moc"
