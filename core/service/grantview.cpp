// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/service/grantview.h"

#include <QDateTime>

#include <algorithm>

namespace carnet::core::service {

std::optional<fhir::EntryCategory> categoryOfKey(const QString &key)
{
    for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i) {
        const auto category = static_cast<fhir::EntryCategory>(i);
        if (key == QLatin1String(fhir::categoryKey(category)))
            return category;
    }
    return std::nullopt;
}

// The entry's day (PROTOCOL.md §8.3): its effective date as written (the date part of a FHIR date
// or dateTime; a partial date counts from its first day), else the day it was authored (UTC).
std::uint32_t dayOf(const sync::StoredEntry &e)
{
    const QString &effective = e.effective;
    if (effective.size() >= 4) {
        const int year = effective.left(4).toInt();
        const int month = effective.size() >= 7 ? effective.mid(5, 2).toInt() : 1;
        const int day = effective.size() >= 10 ? effective.mid(8, 2).toInt() : 1;
        if (const QDate date(year, month, day); date.isValid())
            return share::dayNumber(date);
    }
    return share::dayNumber(QDateTime::fromSecsSinceEpoch(e.authoredAt, Qt::UTC).date());
}

std::vector<sync::StoredEntry> entriesInScope(const share::GrantScope &scope, const std::vector<sync::StoredEntry> &entries)
{
    std::vector<sync::StoredEntry> out;
    for (const sync::StoredEntry &e : entries) {
        if (e.state != sync::EntryState::Verified || e.sequence > 0xFFFFFFFFu)
            continue;
        const auto category = categoryOfKey(e.category).value_or(fhir::EntryCategory::Other);
        if (share::inScope(scope, category, dayOf(e), e.recordId, static_cast<std::uint32_t>(e.sequence)))
            out.push_back(e);
    }
    std::sort(out.begin(), out.end(), [](const sync::StoredEntry &a, const sync::StoredEntry &b) {
        return std::tie(a.recordId, a.sequence) < std::tie(b.recordId, b.sequence);
    });
    return out;
}

} // namespace carnet::core::service
