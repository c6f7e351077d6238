// SPDX-License-Identifier: GPL-3.0-or-later
// The FHIR exports of the wallet (docs/FHIR.md, "Exports"): a Bundle of the verified entries in a
// scope, and the International Patient Summary of every verified entry. Read from the vault only.
#include "core/fhir/export.h"
#include "core/service/grantview.h"
#include "core/service/wallet_p.h"

#include <QUuid>

#include <algorithm>

namespace carnet::core::service {

namespace {

QList<fhir::ExportEntry> exportEntries(const std::vector<sync::StoredEntry> &entries)
{
    QList<fhir::ExportEntry> out;
    for (const sync::StoredEntry &e : entries) {
        const QByteArray id(reinterpret_cast<const char *>(e.recordId.data()), static_cast<qsizetype>(e.recordId.size()));
        out.push_back(fhir::ExportEntry{e.content, QString::fromLatin1(id.toHex()) + QLatin1Char('/') + QString::number(e.sequence)});
    }
    return out;
}

fhir::ExportStamp stampNow()
{
    return fhir::ExportStamp{QDateTime::currentDateTimeUtc(), QUuid::createUuid().toString(QUuid::WithoutBraces)};
}

ActionFailure notFhir(fhir::FhirError error)
{
    ActionFailure f = actionFailure(ActionError::NotFhir);
    f.fhir = error;
    return f;
}

} // namespace

ActionResult<QByteArray> Wallet::exportBundle(const share::GrantScope &scope)
{
    if (auto bytes = share::encodeScope(scope); !bytes) {
        ActionFailure f = grantFailure(GrantProblem::BadScope);
        f.grant.scope = bytes.error();
        return fail(f);
    }
    sync::EntryQuery query;
    query.verifiedOnly = true;
    auto view = read(query);
    if (!view)
        return fail(view.error());
    share::GrantScope sorted = scope;
    std::sort(sorted.entries.begin(), sorted.entries.end());
    const std::vector<sync::StoredEntry> selected = entriesInScope(sorted, view->entries);
    if (selected.empty())
        return fail(grantFailure(GrantProblem::NothingInScope));
    auto bundle = fhir::collectionBundle(exportEntries(selected), stampNow());
    if (!bundle)
        return fail(notFhir(bundle.error()));
    return *bundle;
}

ActionResult<QByteArray> Wallet::exportIps()
{
    sync::EntryQuery query;
    query.verifiedOnly = true;
    auto view = read(query);
    if (!view)
        return fail(view.error());
    std::vector<sync::StoredEntry> entries;
    for (const sync::StoredEntry &e : view->entries)
        if (e.state == sync::EntryState::Verified && !e.content.isEmpty())
            entries.push_back(e);
    // Oldest first, so that the summary's Patient is the newest one the record holds.
    std::stable_sort(entries.begin(), entries.end(), [](const sync::StoredEntry &a, const sync::StoredEntry &b) {
        return std::tie(a.authoredAt, a.recordId, a.sequence) < std::tie(b.authoredAt, b.recordId, b.sequence);
    });
    auto summary = fhir::patientSummary(exportEntries(entries), stampNow());
    if (!summary)
        return fail(notFhir(summary.error()));
    return *summary;
}

} // namespace carnet::core::service
