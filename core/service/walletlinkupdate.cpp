// SPDX-License-Identifier: GPL-3.0-or-later
// A long-term link's file made again (same key, a fresh IV: SMART Health Links' rule for L links)
// and the emergency cards' accesses the patient has not been shown (docs/SHL.md, "Emergency card").
#include "core/service/linkfiles_p.h"
#include "core/service/links_p.h"
#include "core/service/linkstore.h"
#include "core/service/wallet_p.h"

namespace carnet::core::service {

using detail::storeFailure;

ActionResult<StoredLink> Wallet::updateLink(const QString &id)
{
    auto row = storedLink(id);
    if (!row)
        return fail(row.error());
    if (row->revokedAt != 0)
        return fail(links::problem(LinkProblem::AlreadyRevoked));
    if (!row->hasKey)
        return fail(links::problem(LinkProblem::KeyUnknown));
    if (!row->flag.contains(QLatin1Char('L')))
        return fail(links::problem(LinkProblem::NotLongTerm));
    LinkStore store(*m_vault->database());
    auto text = store.linkText(id);
    if (!text)
        return fail(storeFailure(text.error()));
    const crypto::SecureBuffer key = linkfiles::keyOf(*text);
    if (key.size() != 32)
        return fail(storeFailure(sync::StoreError::Database));
    auto file = linkFile(row->kind, row->scope);
    if (!file)
        return fail(file.error());
    auto host = linkHost(QUrl(row->host));
    if (!host)
        return fail(host.error());
    const QByteArray jwe = linkfiles::seal(key, file->json);
    if (auto put = host->putFiles(id, {HostFile{QByteArray(linkfiles::kFhirJson.data(), linkfiles::kFhirJson.size()), jwe}});
        !put)
        return fail(links::hostFailure(put.error()));
    row->fileBytes = static_cast<std::uint32_t>(jwe.size());
    row->entryCount = file->entries;
    if (auto done = store.setUploaded(id, row->fileBytes); !done)
        return fail(storeFailure(done.error()));
    return std::move(*row);
}

ActionResult<std::vector<EmergencyNotice>> Wallet::emergencyNotices(bool markSeen)
{
    if (m_vault->isLocked())
        return fail(actionFailure(ActionError::Locked));
    LinkStore store(*m_vault->database());
    auto rows = store.links();
    if (!rows)
        return fail(storeFailure(rows.error()));
    std::vector<EmergencyNotice> out;
    std::optional<ActionFailure> unanswered; // a card whose host could not be asked
    for (const StoredLink &l : *rows) {
        if (l.kind != LinkKind::Emergency || l.revokedAt != 0)
            continue;
        auto host = linkHost(QUrl(l.host));
        if (!host)
            return fail(host.error());
        auto log = host->log(l.id);
        if (!log) {
            unanswered = links::hostFailure(log.error()); // the other cards' hosts are still asked
            continue;
        }
        if (log->size() <= l.accessesSeen)
            continue;
        EmergencyNotice notice{l.id, l.label, {log->begin() + l.accessesSeen, log->end()}};
        if (markSeen)
            if (auto done = store.setAccessesSeen(l.id, static_cast<std::uint32_t>(log->size())); !done)
                return fail(storeFailure(done.error()));
        out.push_back(std::move(notice));
    }
    if (out.empty() && unanswered)
        return fail(*unanswered); // nothing to show, and a card could not be checked: say so
    return out;
}

} // namespace carnet::core::service
