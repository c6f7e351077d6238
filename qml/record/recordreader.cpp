// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/record/recordreader.h"
#include "qml/sync/messagewords.h"

#include "core/fhir/format.h"
#include "core/service/wallet.h"
#include "crypto/ethaddress.h"

#include <QHash>

#include <algorithm>

namespace carnet::qml::record {

using core::fhir::FhirDateTime;
using core::sync::EntryState;
using core::sync::StoredEntry;

namespace {

QString hex(const crypto::Hash32 &hash)
{
    return QString::fromStdString(crypto::toHex(crypto::ByteView(hash.data(), hash.size())));
}

std::vector<StoredEntry> allEntries(core::service::Wallet *wallet, bool withContent, bool verifiedOnly)
{
    if (!wallet)
        return {};
    core::sync::EntryQuery query;
    query.withContent = withContent;
    query.verifiedOnly = verifiedOnly;
    auto view = wallet->read(query);
    if (!view)
        return {};
    return std::move(view->entries);
}

QHash<QString, QString> recordLabels(core::service::Wallet *wallet)
{
    QHash<QString, QString> labels;
    if (!wallet)
        return labels;
    if (auto records = wallet->records()) {
        for (const auto &r : *records)
            labels.insert(hex(r.recordId), r.label);
    }
    return labels;
}

} // namespace

QString sectionTitle(const FhirDateTime &when, const QLocale &locale)
{
    switch (when.precision) {
    case FhirDateTime::Precision::None: return {};
    case FhirDateTime::Precision::Year: return locale.toString(when.date, QStringLiteral("yyyy"));
    case FhirDateTime::Precision::Month: return locale.toString(when.date, QStringLiteral("MMMM yyyy"));
    case FhirDateTime::Precision::Day:
    case FhirDateTime::Precision::Time: return locale.toString(when.date, QStringLiteral("d MMMM yyyy"));
    }
    return {};
}

TimelineRow timelineRow(const StoredEntry &e, const QString &recordLabel, const QLocale &locale)
{
    TimelineRow row;
    row.recordId = hex(e.recordId);
    row.sequence = static_cast<qint64>(e.sequence);
    row.patientReported = e.patientReported;
    row.provider = e.patientReported ? QString() : (e.authorName.isEmpty() ? recordLabel : e.authorName);
    if (e.state == EntryState::Refused) {
        row.refused = true;
        row.reason = MessageWords::phrase(e.reason);
        row.time = QDateTime::fromSecsSinceEpoch(e.authoredAt, Qt::UTC);
        row.section = locale.toString(row.time.date(), QStringLiteral("d MMMM yyyy"));
        row.dateText = locale.toString(row.time.date(), QLocale::ShortFormat);
    } else if (auto summary = core::fhir::summarize(e.content, locale)) {
        row.category = e.category;
        row.time = summary->effective.toDateTime();
        row.section = sectionTitle(summary->effective, locale);
        row.dateText = summary->dateText;
        row.title = summary->title;
        row.valueLine = summary->valueLine;
        row.abnormal = summary->abnormal;
    } else {
        row.category = e.category;
        row.title = e.title;
    }
    return row;
}

void sortNewestFirst(QList<TimelineRow> &rows)
{
    // Newest first; undated entries last, in record order.
    std::stable_sort(rows.begin(), rows.end(), [](const TimelineRow &a, const TimelineRow &b) {
        if (a.time.isValid() != b.time.isValid())
            return a.time.isValid();
        return a.time > b.time;
    });
}

QList<TimelineRow> readTimeline(core::service::Wallet *wallet, const QLocale &locale)
{
    // Contents are read here, on the worker, only to summarise them; the rows keep the summary.
    const auto entries = allEntries(wallet, true, false);
    const auto labels = recordLabels(wallet);
    QList<TimelineRow> rows;
    rows.reserve(static_cast<qsizetype>(entries.size()));
    for (const auto &e : entries)
        rows.append(timelineRow(e, labels.value(hex(e.recordId)), locale));
    sortNewestFirst(rows);
    return rows;
}

EntryData readEntry(core::service::Wallet *wallet, const QString &recordId, qint64 sequence, const QLocale &locale)
{
    EntryData data;
    if (!wallet)
        return data;
    const auto id = crypto::fromHex(recordId.toStdString());
    if (!id || id->size() != 32)
        return data;
    core::sync::EntryQuery query;
    crypto::Hash32 hash{};
    std::copy(id->begin(), id->end(), hash.begin());
    query.recordId = hash;
    if (sequence < 0)
        return data;
    query.sequence = static_cast<std::uint64_t>(sequence);
    auto view = wallet->read(query);
    if (!view || view->entries.empty())
        return data;
    const StoredEntry &e = view->entries.front();
    data.found = true;
    data.refused = e.state == EntryState::Refused;
    data.reason = MessageWords::phrase(e.reason);
    data.category = e.category;
    data.authorName = e.authorName;
    data.authorAddress = QString::fromStdString(crypto::toChecksumAddress(e.author));
    data.recordLabel = view->labelOf(hash);
    data.patientReported = e.patientReported;
    data.sequence = static_cast<qint64>(e.sequence);
    data.blockNumber = e.blockNumber;
    data.sealedHash = QStringLiteral("0x") + hex(e.sealedHash);
    data.verifiedAt = QDateTime::fromSecsSinceEpoch(e.verifiedAt, Qt::UTC);
    if (!data.refused) {
        if (auto detail = core::fhir::detail(e.content, locale))
            data.detail = std::move(*detail);
        for (const auto &p : core::fhir::chartPoints(e.content))
            data.seriesKeys.append(p.seriesKey);
    }
    return data;
}

QList<Series> readSeries(core::service::Wallet *wallet, const QStringList &keys, const QLocale &locale)
{
    QList<Series> series;
    for (const auto &key : keys) {
        Series s;
        s.key = key;
        series.append(s);
    }
    std::vector<core::fhir::ChartPoint> latestRange(static_cast<std::size_t>(keys.size()));
    for (const auto &e : allEntries(wallet, true, true)) {
        if (e.resourceType != QLatin1String("Observation"))
            continue;
        for (const auto &p : core::fhir::chartPoints(e.content)) {
            const auto index = keys.indexOf(p.seriesKey);
            if (index < 0 || !p.time.isValid())
                continue;
            Series &s = series[index];
            if (s.name.isEmpty())
                s.name = p.displayName;
            if (s.unit.isEmpty())
                s.unit = p.unit;
            SeriesPoint point;
            point.time = p.time;
            point.value = p.value.value;
            point.valueText = core::fhir::formatDecimal(p.value, locale);
            point.dateText = core::fhir::formatDateTime(p.when, locale);
            point.abnormal = p.abnormal;
            s.points.append(point);
            auto &latest = latestRange[static_cast<std::size_t>(index)];
            if ((p.refLow || p.refHigh) && (!latest.time.isValid() || p.time >= latest.time))
                latest = p;
        }
    }
    for (qsizetype i = 0; i < series.size(); ++i) {
        Series &s = series[i];
        std::stable_sort(s.points.begin(), s.points.end(),
                         [](const SeriesPoint &a, const SeriesPoint &b) { return a.time < b.time; });
        const auto &latest = latestRange[static_cast<std::size_t>(i)];
        if (latest.refLow)
            s.refLow = latest.refLow->value;
        if (latest.refHigh)
            s.refHigh = latest.refHigh->value;
        if (latest.refLow && latest.refHigh)
            s.refText = QStringLiteral("%1–%2 %3").arg(core::fhir::formatDecimal(*latest.refLow, locale),
                                                       core::fhir::formatDecimal(*latest.refHigh, locale), s.unit);
        else if (latest.refLow)
            s.refText = QStringLiteral("> %1 %2").arg(core::fhir::formatDecimal(*latest.refLow, locale), s.unit);
        else if (latest.refHigh)
            s.refText = QStringLiteral("< %1 %2").arg(core::fhir::formatDecimal(*latest.refHigh, locale), s.unit);
        s.refText = s.refText.trimmed();
    }
    return series;
}

QList<TrendSummary> readTrends(core::service::Wallet *wallet, const QLocale &locale)
{
    struct Group
    {
        TrendSummary trend;
        QDateTime latest;
        QByteArray latestContent;
    };
    QHash<QString, Group> groups; // by observation code (the part before '|')
    QHash<QString, int> counts;   // by series key
    for (const auto &e : allEntries(wallet, true, true)) {
        if (e.resourceType != QLatin1String("Observation"))
            continue;
        const auto points = core::fhir::chartPoints(e.content);
        if (points.isEmpty() || !points.first().time.isValid())
            continue;
        const QString group = points.first().seriesKey.section(QLatin1Char('|'), 0, 0);
        Group &g = groups[group];
        for (const auto &p : points) {
            if (!g.trend.keys.contains(p.seriesKey))
                g.trend.keys.append(p.seriesKey);
            ++counts[p.seriesKey];
        }
        if (g.trend.name.isEmpty())
            g.trend.name = points.size() > 1 ? e.title : points.first().displayName;
        if (!g.latest.isValid() || points.first().time >= g.latest) {
            g.latest = points.first().time;
            g.latestContent = e.content;
        }
    }
    QList<TrendSummary> trends;
    for (auto &g : groups) {
        g.trend.count = counts.value(g.trend.keys.first());
        if (g.trend.count < 2)
            continue;
        if (auto summary = core::fhir::summarize(g.latestContent, locale)) {
            g.trend.latestText = summary->valueLine;
            g.trend.latestDate = summary->dateText;
            if (g.trend.name.isEmpty())
                g.trend.name = summary->title;
        }
        trends.append(g.trend);
    }
    std::sort(trends.begin(), trends.end(), [](const TrendSummary &a, const TrendSummary &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return trends;
}

} // namespace carnet::qml::record
