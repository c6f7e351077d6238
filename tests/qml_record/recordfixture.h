// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A vault filled with a record through RecordStore::appendEntries, as the sync stores one: the
// synthetic demo record (core/demo, made-up data) split by provider, one refused entry, and one
// patient-reported measurement. `copies` repeats the providers' records (546 entries each time) for
// the 10,000-row test. Test code only.
#include "../qml/sessiontestutil.h"
#include "core/demo/demorecord.h"
#include "core/fhir/entry.h"
#include "core/sync/recordstore.h"
#include "core/vault/vault.h"

#include <QLocale>

namespace carnet::qml::test {

inline const QByteArray kSelfWeight = QByteArray(
    R"({"resourceType":"Observation","id":"w1","status":"final","category":[{"coding":[{"system":)"
    R"("http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs"}]}],)"
    R"("code":{"coding":[{"system":"http://loinc.org","code":"29463-7","display":"Body weight"}]},)"
    R"("effectiveDateTime":"2026-11-23T08:00:00Z","valueQuantity":{"value":72.50,"unit":"kg",)"
    R"("system":"http://unitsofmeasure.org","code":"kg"}})");

inline crypto::Hash32 hashOf(int a, int b)
{
    crypto::Hash32 h{};
    h[0] = static_cast<std::uint8_t>(a);
    h[1] = static_cast<std::uint8_t>(b >> 8);
    h[2] = static_cast<std::uint8_t>(b);
    h[31] = 0x5a;
    return h;
}

inline core::sync::StoredEntry storedEntry(const crypto::Hash32 &recordId, std::uint64_t sequence, const QByteArray &json,
                                           const QString &authorName, int authorByte)
{
    core::sync::StoredEntry e;
    e.recordId = recordId;
    e.sequence = sequence;
    e.author.fill(static_cast<std::uint8_t>(authorByte));
    e.authorName = authorName;
    e.patientReported = authorName.isEmpty();
    e.blockNumber = 100 + sequence;
    e.blockHash = hashOf(200, static_cast<int>(sequence));
    e.txHash = hashOf(201, static_cast<int>(sequence));
    e.sealedHash = hashOf(authorByte, static_cast<int>(sequence));
    e.sealedHash[3] = recordId[0];
    e.authoredAt = 1'700'000'000;
    e.verifiedAt = 1'795'000'000; // 2026-11-18
    e.content = json;
    if (auto summary = core::fhir::summarize(json, QLocale::c())) {
        e.resourceType = summary->resourceType;
        e.category = QLatin1String(core::fhir::categoryKey(summary->category));
        e.effective = summary->effective.isValid() ? summary->effective.toDateTime().toString(Qt::ISODate) : QString();
        e.title = summary->title;
    }
    return e;
}

struct FilledRecord
{
    int entries = 0;
    int demoItems = 0;
};

/** Fills an open vault: `copies` × the demo providers' records, a self record with one weight, and
 *  a refused entry at the end of the first record. */
inline FilledRecord fillVault(core::Vault &vault, int copies = 1)
{
    using namespace core::sync;
    FilledRecord filled;
    RecordStore store(*vault.database());
    core::demo::DemoOptions options;
    options.endDate = QDate(2026, 11, 23);
    const auto demo = core::demo::generateDemoRecord(options);
    filled.demoItems = static_cast<int>(demo.items.size());
    std::uint32_t index = 0;
    for (int copy = 0; copy < copies; ++copy) {
        for (int p = 0; p < demo.providers.size(); ++p) {
            StoredRecord record;
            record.index = index++;
            record.recordId = hashOf(10 + static_cast<int>(record.index), 0);
            record.label = demo.providers.at(p);
            record.createdAt = 1'700'000'000;
            if (!store.addRecord(record))
                return {};
            std::vector<StoredEntry> entries;
            for (const auto &item : demo.items) {
                if (item.provider == p)
                    entries.push_back(storedEntry(record.recordId, entries.size(), item.json, demo.providers.at(p), 0x40 + p));
            }
            if (copy == 0 && p == 0) {
                StoredEntry refused;
                refused.recordId = record.recordId;
                refused.sequence = entries.size();
                refused.state = EntryState::Refused;
                refused.author.fill(0x77);
                refused.blockNumber = 999;
                refused.sealedHash = hashOf(0x77, 1);
                refused.authoredAt = 1'795'350'000; // 2026-11-22 12:20 UTC
                refused.reason = carnet::core::sync::message(carnet::core::sync::MessageCode::EntryNotLicensed, 999);
                entries.push_back(refused);
            }
            filled.entries += static_cast<int>(entries.size());
            if (!store.appendEntries(record.recordId, entries, 1000))
                return {};
        }
    }
    StoredRecord self;
    self.index = index;
    self.recordId = hashOf(9, 9);
    self.kind = RecordKind::Self;
    self.label = QStringLiteral("Me");
    if (!store.addRecord(self) || !store.appendEntries(self.recordId, {storedEntry(self.recordId, 0, kSelfWeight, {}, 0x11)}, 1000))
        return {};
    filled.entries += 1;
    return filled;
}

/** Makes the fixture's vault with the core, fills it, and leaves it locked. */
inline FilledRecord makeFilledVault(SessionFixture &fixture, int copies = 1)
{
    auto created = core::Vault::create(fixture.vaultDir(), secureCopy(kGoodPassphrase), secureCopy(fixture.identity.phrase),
                                       core::kArgon2Floor);
    if (!created)
        return {};
    const FilledRecord filled = fillVault(**created, copies);
    created.value()->lock();
    if (fixture.session)
        fixture.session->refresh();
    return filled;
}

} // namespace carnet::qml::test
