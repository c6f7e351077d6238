// SPDX-License-Identifier: GPL-3.0-or-later
// What a link carries (docs/SHL.md, "The wallet's links"): the export made from the vault (a scoped
// Bundle, or an IPS for the summary and the emergency card), sealed as one compact JWE (dir +
// A256GCM, zip DEF, a fresh IV every time), and the link text holding the key.
#include "core/service/linkfiles_p.h"
#include "core/service/links_p.h"
#include "core/service/wallet_p.h"
#include "core/shl/jwe.h"
#include "core/shl/shlink.h"
#include "crypto/random.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carnet::core::service {

namespace linkfiles {

crypto::SecureBuffer newKey()
{
    return crypto::randomSecret(shl::kLinkKeySize);
}

QByteArray seal(const crypto::SecureBuffer &key, const QByteArray &fhirJson)
{
    return shl::encryptJwe(key.view(), fhirJson, kFhirJson, true);
}

crypto::SecureBuffer linkText(const HostLink &link, const crypto::SecureBuffer &key)
{
    shl::ShLink l;
    l.url = link.url;
    l.key = crypto::SecureBuffer::copyOf(key.view());
    if (link.expiresAt > 0)
        l.exp = link.expiresAt;
    l.flag = link.flag;
    l.label = link.label;
    shl::ParseOptions options;
    options.allowLoopbackHttp = true; // a devnet's host; LinkRequest's host rule already refused remote http
    auto text = shl::encodeLink(l, {}, options);
    return text ? std::move(*text) : crypto::SecureBuffer{};
}

crypto::SecureBuffer keyOf(const crypto::SecureBuffer &text)
{
    shl::ParseOptions options;
    options.allowLoopbackHttp = true;
    auto parsed = shl::parseLink(text.asStringView(), options);
    return parsed ? crypto::SecureBuffer::copyOf(parsed->link.key.view()) : crypto::SecureBuffer{};
}

crypto::SecureBuffer prefixed(const QString &prefix, const crypto::SecureBuffer &text)
{
    const QByteArray head = prefix.toUtf8();
    crypto::SecureBuffer out(static_cast<std::size_t>(head.size()) + text.size());
    std::copy(head.begin(), head.end(), out.data());
    std::copy(text.data(), text.data() + text.size(), out.data() + head.size());
    return out;
}

} // namespace linkfiles

ActionResult<Wallet::LinkFile> Wallet::linkFile(LinkKind kind, const share::GrantScope &scope)
{
    auto json = kind == LinkKind::Bundle ? exportBundle(scope) : exportIps();
    if (!json) {
        // The export speaks the sharing issue's scope codes; a link's caller reads LinkProblem.
        const ActionFailure &f = json.error();
        if (f.error == ActionError::Grant && f.grant.problem == GrantProblem::NothingInScope)
            return fail(linkFailure(LinkProblem::NothingInScope));
        if (f.error == ActionError::Grant && f.grant.problem == GrantProblem::BadScope) {
            ActionFailure bad = linkFailure(LinkProblem::BadScope);
            bad.link.scope = f.grant.scope;
            return fail(bad);
        }
        return fail(f);
    }
    // Entries counted as the receiver will see them: the Bundle's entries, the IPS's without its
    // Composition and the resources the summary writes itself.
    const QJsonArray entries = QJsonDocument::fromJson(*json).object().value(QLatin1String("entry")).toArray();
    std::uint32_t count = 0;
    for (const QJsonValue &e : entries) {
        const QString type = e.toObject().value(QLatin1String("resource")).toObject().value(QLatin1String("resourceType")).toString();
        if (kind == LinkKind::Bundle || (type != QLatin1String("Composition") && type != QLatin1String("Device")))
            ++count;
    }
    return LinkFile{std::move(*json), count};
}

} // namespace carnet::core::service
