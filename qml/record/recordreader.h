// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* What the record screens read from the vault, on the vault's worker thread only (through
 * WalletSession::withWallet): plain values, formatted for the locale handed in, so the UI thread
 * only copies them into its models. Contents (the FHIR bytes) never leave these functions for the
 * timeline: a row holds its summary, not its resource. */
#include "core/fhir/entry.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace carnet::core::service {
class Wallet;
}
namespace carnet::core::sync {
struct StoredEntry;
}

namespace carnet::qml::record {

/** One timeline row. */
struct TimelineRow
{
    QString recordId;    ///< hex, no prefix
    qint64 sequence = 0;
    QString category;    ///< core/fhir category key ("lab"); "" when refused
    QDateTime time;      ///< for sorting (invalid when unknown)
    QString section;     ///< the day's heading ("23 November 2026", "March 2019"); "" when unknown
    QString dateText;    ///< the date as written, for the locale
    QString title;
    QString valueLine;
    QString provider;    ///< the author's registry name, or the record's label; "" for patient-reported
    bool patientReported = false;
    bool abnormal = false;
    bool refused = false;
    QString reason;      ///< why refused (never health data)
};

/** The entry page. */
struct EntryData
{
    bool found = false;
    bool refused = false;
    QString reason;
    core::fhir::EntryDetail detail;
    QString category;
    QString authorName;
    QString authorAddress; ///< EIP-55
    QString recordLabel;
    bool patientReported = false;
    qint64 sequence = 0;
    quint64 blockNumber = 0;
    QString sealedHash;    ///< 0x-prefixed hex
    QDateTime verifiedAt;
    QStringList seriesKeys; ///< chartable series of this entry (two for blood pressure)
};

/** One point of a series, with its text as written. */
struct SeriesPoint
{
    QDateTime time;
    double value = 0;
    QString valueText; ///< "6,4" (written precision, locale)
    QString dateText;
    bool abnormal = false;
};

struct Series
{
    QString key;
    QString name;
    QString unit;
    QList<SeriesPoint> points; ///< oldest first
    std::optional<double> refLow;
    std::optional<double> refHigh;
    QString refText; ///< "4,0–6,0 %" of the latest point with a range
};

/** A series the Trends list offers: one or more keys charted together (blood pressure's two). */
struct TrendSummary
{
    QStringList keys;
    QString name;
    int count = 0;       ///< points of the first key
    QString latestText;  ///< "6,4 %"
    QString latestDate;
};

/** The day heading for a date written at `precision` ("23 November 2026", "March 2019"). */
QString sectionTitle(const core::fhir::FhirDateTime &when, const QLocale &locale);

/** The timeline row of one stored entry (its summary, never its content); `recordLabel` names the
 *  provider when the entry has no author name. The record timeline and a grant's view both use it. */
TimelineRow timelineRow(const core::sync::StoredEntry &entry, const QString &recordLabel, const QLocale &locale);
/** Newest first; undated rows last, in their order. */
void sortNewestFirst(QList<TimelineRow> &rows);
/** Every entry of every record, newest first; empty when the vault is locked or unreadable. */
QList<TimelineRow> readTimeline(core::service::Wallet *wallet, const QLocale &locale);
/** One entry with its detail and provenance. */
EntryData readEntry(core::service::Wallet *wallet, const QString &recordId, qint64 sequence, const QLocale &locale);
/** The points of each key across the whole record, oldest first. */
QList<Series> readSeries(core::service::Wallet *wallet, const QStringList &keys, const QLocale &locale);
/** The series with at least two points; the components of one observation code (blood pressure)
 *  are one trend. Sorted by name. */
QList<TrendSummary> readTrends(core::service::Wallet *wallet, const QLocale &locale);

} // namespace carnet::qml::record
