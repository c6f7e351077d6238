// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* A synthetic health record for the demo (`carnet-cli demo seed`): one made-up adult patient and four
 * made-up providers, six years of FHIR R4 resources (visits, lab panels, vital signs, conditions,
 * medications, immunizations, allergies, procedures and clinical notes) that tell a consistent story.
 * Nothing here is a real person's data; every resource carries the meta tag HTEST ("test health
 * data", v3-ActReason). The output depends only on the options: same seed and end date, same bytes
 * (a splitmix64 generator and integer arithmetic for every written value). See docs/DEMO.md. */
#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>

namespace carnet::core::demo {

/** The fixed default seed ("carnetD1" in ASCII). */
inline constexpr std::uint64_t kDefaultDemoSeed = 0x636172'6e65'744431ULL;

struct DemoOptions
{
    std::uint64_t seed = kDefaultDemoSeed;
    /** The last day of the record; an invalid date means today (UTC). */
    QDate endDate;
    /** How many years the record spans before endDate (at least 5; smaller values are raised to 5). */
    int years = 6;
};

/** One resource to publish: who publishes it, when it happened, and its compact JSON bytes. */
struct DemoItem
{
    int provider = 0; // index into DemoRecord::providers
    QDateTime effective; // UTC; the clinical time of the resource (visit, collection, report, dose…)
    QString resourceType;
    QString id;
    QByteArray json; // one FHIR R4 resource, compact JSON, UTF-8
};

struct DemoRecord
{
    QString patientName; // the synthetic patient's display name
    QDate birthDate;
    QDate startDate;
    QDate endDate;
    QStringList providers; // display names; DemoItem::provider indexes this list
    QList<DemoItem> items; // chronological (stable: equal times keep generation order)
};

/** Generates the synthetic record for `options`; deterministic in (seed, endDate, years). */
DemoRecord generateDemoRecord(const DemoOptions &options = {});

/** A FHIR Bundle (type "collection") holding, in order, the exact bytes of every item published by
 *  `providerIndex` (all items when providerIndex is -1). Compact JSON. */
QByteArray demoBundle(const DemoRecord &record, int providerIndex);

} // namespace carnet::core::demo
