// SPDX-License-Identifier: GPL-3.0-or-later
// The wallet's SMART Health Links (docs/SHL.md, "The wallet's links"): make a link at the network's
// share host, list the links with the host's state, read a link's access log, revoke. The row is
// written as soon as the host has given the link its id, before the file is sent, so an interrupted
// upload is known and the link can be revoked; the link's key lives only in the link text, which
// stays in the vault.
#include "core/service/linkfiles_p.h"
#include "core/service/linkowner.h"
#include "core/service/linkstore.h"
#include "core/service/links_p.h"
#include "core/service/wallet_p.h"

namespace carnet::core::service {

using detail::now;
using detail::storeFailure;
using detail::vaultFailure;

namespace links {

ActionFailure problem(LinkProblem p)
{
    return linkFailure(p);
}

ActionFailure hostFailure(const LinkFailure &f)
{
    ActionFailure out = linkFailure(f.problem);
    out.link = f;
    if (f.problem == LinkProblem::HostRefused && f.status == 413)
        out.link.problem = LinkProblem::TooLarge;
    return out;
}

bool isUsableHost(const QUrl &host)
{
    if (!host.isValid() || host.host().isEmpty() || !host.userInfo().isEmpty() || host.hasQuery() || host.hasFragment())
        return false;
    if (host.scheme() == QLatin1String("https"))
        return true;
    const QString h = host.host();
    return host.scheme() == QLatin1String("http")
        && (h == QLatin1String("127.0.0.1") || h == QLatin1String("localhost") || h == QLatin1String("::1"));
}

std::optional<ActionFailure> checkRequest(const LinkRequest &r)
{
    using std::chrono::hours;
    if (!isUsableHost(r.host))
        return problem(LinkProblem::BadHost);
    if (r.label.size() > kMaxLabel
        || std::any_of(r.label.begin(), r.label.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return problem(LinkProblem::BadLabel);
    const bool emergency = r.kind == LinkKind::Emergency;
    const hours low = emergency ? hours(24) : hours(1);
    const hours high = emergency ? hours(730 * 24) : hours(720);
    if (r.validity < low || r.validity > high)
        return problem(LinkProblem::BadExpiry);
    if (!r.passcode.empty()) {
        const qsizetype n = QString::fromUtf8(r.passcode.asStringView().data(), qsizetype(r.passcode.size())).size();
        if (emergency || n < 4 || n > 64)
            return problem(LinkProblem::BadPasscode);
    }
    if (r.longTerm && r.passcode.empty())
        return problem(LinkProblem::PasscodeRequired);
    if (r.kind == LinkKind::Bundle) {
        if (auto scope = share::encodeScope(r.scope); !scope) {
            ActionFailure f = problem(LinkProblem::BadScope);
            f.link.scope = scope.error();
            return f;
        }
    }
    return std::nullopt;
}

QString flagOf(const LinkRequest &r)
{
    QString flag;
    if (r.longTerm)
        flag += QLatin1Char('L');
    if (!r.passcode.empty())
        flag += QLatin1Char('P');
    return flag;
}

} // namespace links

ActionResult<QUrl> Wallet::defaultLinkHost(const NetworkSource &network)
{
    auto config = network.resolve();
    if (!config)
        return fail(networkFileFailure(config.error()));
    if (config->shareHost.isEmpty())
        return fail(links::problem(LinkProblem::NoHost));
    return config->shareHost;
}

ActionResult<LinkHost> Wallet::linkHost(const QUrl &host)
{
    if (m_vault->isLocked())
        return fail(actionFailure(ActionError::Locked));
    if (!links::isUsableHost(host))
        return fail(links::problem(LinkProblem::BadHost));
    auto keys = m_vault->grantKeys();
    if (!keys)
        return fail(vaultFailure(keys.error()));
    return LinkHost(host, linkOwnerToken(keys->sharing().branch().privateKey(), linkHostOrigin(host)));
}

ActionResult<IssuedLink> Wallet::createLink(const LinkRequest &request, const crypto::SecureBuffer &passphrase)
{
    if (auto refused = links::checkRequest(request))
        return fail(*refused);
    if (auto verified = m_vault->verifyPassphrase(passphrase); !verified)
        return fail(vaultFailure(verified.error()));
    auto file = linkFile(request.kind, request.scope);
    if (!file)
        return fail(file.error());
    auto host = linkHost(request.host);
    if (!host)
        return fail(host.error());

    const std::int64_t expiresAt = now() + std::chrono::seconds(request.validity).count();
    auto made = host->create(links::flagOf(request), request.passcode, expiresAt, request.label);
    if (!made)
        return fail(links::hostFailure(made.error()));
    const crypto::SecureBuffer key = linkfiles::newKey();
    IssuedLink issued;
    issued.shlink = linkfiles::linkText(*made, key);
    issued.viewerUrl = linkfiles::prefixed(linkViewerPrefix(request.host), issued.shlink);
    StoredLink &row = issued.link;
    row.id = made->id;
    row.host = request.host.toString();
    row.flag = made->flag;
    row.label = made->label;
    row.kind = request.kind;
    row.scope = request.scope;
    row.expiresAt = made->expiresAt;
    row.createdAt = now();
    row.entryCount = file->entries;
    row.hasKey = true;
    LinkStore store(*m_vault->database());
    if (auto added = store.addLink(row, issued.shlink); !added)
        return fail(storeFailure(added.error()));

    const QByteArray jwe = linkfiles::seal(key, file->json);
    if (auto put = host->putFiles(row.id, {HostFile{QByteArray(linkfiles::kFhirJson.data(), linkfiles::kFhirJson.size()), jwe}});
        !put) {
        ActionFailure f = links::hostFailure(put.error());
        if (f.link.problem == LinkProblem::TooLarge)
            f.link.count = static_cast<std::uint64_t>(jwe.size());
        (void)host->revoke(row.id); // an empty link helps nobody; the row stays, revoked, for the record
        (void)store.setRevokedAt(row.id, now());
        return fail(f);
    }
    row.fileBytes = static_cast<std::uint32_t>(jwe.size());
    row.uploaded = true;
    if (auto done = store.setUploaded(row.id, row.fileBytes); !done)
        return fail(storeFailure(done.error()));
    return issued;
}

ActionResult<std::vector<LinkListing>> Wallet::links(const QUrl &discoverAt)
{
    if (m_vault->isLocked())
        return fail(actionFailure(ActionError::Locked));
    LinkStore store(*m_vault->database());
    auto rows = store.links();
    if (!rows)
        return fail(storeFailure(rows.error()));
    QList<QUrl> hosts;
    if (!discoverAt.isEmpty())
        hosts.append(discoverAt);
    for (const StoredLink &l : *rows)
        if (const QUrl u(l.host); !hosts.contains(u))
            hosts.append(u);

    std::vector<LinkListing> out;
    for (const StoredLink &l : *rows)
        out.push_back(LinkListing{l, LinkStatus::Unknown, 0, 0, std::nullopt});
    for (const QUrl &hostUrl : hosts) {
        auto host = linkHost(hostUrl);
        if (!host)
            return fail(host.error());
        auto listed = host->list();
        if (!listed) {
            if (hostUrl == discoverAt && out.empty())
                return fail(links::hostFailure(listed.error()));
            continue; // that host's links stay Unknown
        }
        for (const HostLink &h : *listed) {
            auto known = std::find_if(out.begin(), out.end(), [&](const LinkListing &x) { return x.link.id == h.id; });
            if (known == out.end()) {
                // Made by this phrase before a restore: the host knows it, the vault holds no key.
                StoredLink found;
                found.id = h.id;
                found.host = hostUrl.toString();
                found.flag = h.flag;
                found.label = h.label;
                found.kind = LinkKind::Bundle;
                found.expiresAt = h.expiresAt;
                found.createdAt = h.createdAt;
                found.uploaded = true;
                if (auto added = store.addLink(found, {}); !added)
                    return fail(storeFailure(added.error()));
                out.push_back(LinkListing{found, LinkStatus::Unknown, 0, 0, std::nullopt});
                known = out.end() - 1;
            }
            known->status = h.status;
            known->failuresRemaining = h.failuresRemaining;
            known->accesses = h.accesses;
            known->lastAccess = h.lastAccess;
            if (h.status == LinkStatus::Revoked && known->link.revokedAt == 0) {
                known->link.revokedAt = now();
                (void)store.setRevokedAt(h.id, known->link.revokedAt);
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const LinkListing &a, const LinkListing &b) {
        return a.link.createdAt != b.link.createdAt ? a.link.createdAt > b.link.createdAt : a.link.id < b.link.id;
    });
    return out;
}

ActionResult<StoredLink> Wallet::storedLink(const QString &id)
{
    if (m_vault->isLocked())
        return fail(actionFailure(ActionError::Locked));
    LinkStore store(*m_vault->database());
    auto row = store.link(id);
    if (!row)
        return fail(storeFailure(row.error()));
    if (!*row)
        return fail(links::problem(LinkProblem::NoSuchLink));
    return std::move(**row);
}

ActionResult<std::vector<LinkAccess>> Wallet::linkLog(const QString &id)
{
    auto row = storedLink(id);
    if (!row)
        return fail(row.error());
    auto host = linkHost(QUrl(row->host));
    if (!host)
        return fail(host.error());
    auto log = host->log(id);
    if (!log)
        return fail(links::hostFailure(log.error()));
    return std::move(*log);
}

ActionResult<void> Wallet::revokeLink(const QString &id, const crypto::SecureBuffer &passphrase)
{
    auto row = storedLink(id);
    if (!row)
        return fail(row.error());
    if (row->revokedAt != 0)
        return fail(links::problem(LinkProblem::AlreadyRevoked));
    if (auto verified = m_vault->verifyPassphrase(passphrase); !verified)
        return fail(vaultFailure(verified.error()));
    auto host = linkHost(QUrl(row->host));
    if (!host)
        return fail(host.error());
    if (auto revoked = host->revoke(id); !revoked)
        return fail(links::hostFailure(revoked.error()));
    LinkStore store(*m_vault->database());
    if (auto done = store.setRevokedAt(id, now()); !done)
        return fail(storeFailure(done.error()));
    return {};
}

ActionResult<IssuedLink> Wallet::showLink(const QString &id, const crypto::SecureBuffer &passphrase)
{
    auto row = storedLink(id);
    if (!row)
        return fail(row.error());
    if (!row->hasKey)
        return fail(links::problem(LinkProblem::KeyUnknown));
    if (auto verified = m_vault->verifyPassphrase(passphrase); !verified)
        return fail(vaultFailure(verified.error()));
    LinkStore store(*m_vault->database());
    auto text = store.linkText(id);
    if (!text)
        return fail(storeFailure(text.error()));
    IssuedLink out;
    out.link = std::move(*row);
    out.shlink = std::move(*text);
    out.viewerUrl = linkfiles::prefixed(linkViewerPrefix(QUrl(out.link.host)), out.shlink);
    return out;
}

} // namespace carnet::core::service
