// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The share host's owner API (docs/SHARE-HOST.md, "Owner API"), as the wallet calls it: make a link,
 * put its files, list the owner's links, read a link's access log, revoke. Every call carries the
 * owner token (linkowner.h) and checks the host's answer strictly: an answer that is not what the API
 * says is HostAnswerBad, never half-used. */
#include "core/result.h"
#include "core/service/linkfailure.h"
#include "core/service/linktypes.h"

#include <QList>

namespace carnet::core::service {

/** The link as the host describes it. */
struct HostLink
{
    QString id;
    QString url;     ///< the manifest URL (≤ 128 characters)
    QString flag;
    QString label;
    std::int64_t expiresAt = 0; ///< 0: none
    std::int64_t createdAt = 0;
    LinkStatus status = LinkStatus::Unknown;
    int failuresRemaining = 0;
    int accesses = 0;
    std::optional<std::int64_t> lastAccess;
};

struct HostFile
{
    QByteArray contentType; ///< "application/fhir+json"
    QByteArray jwe;         ///< compact serialization
};

class LinkHost
{
public:
    LinkHost(const QUrl &base, crypto::SecureBuffer ownerToken);

    Result<HostLink, LinkFailure> create(const QString &flag, const crypto::SecureBuffer &passcode,
                                         std::int64_t expiresAt, const QString &label);
    Result<void, LinkFailure> putFiles(const QString &id, const QList<HostFile> &files);
    Result<std::vector<HostLink>, LinkFailure> list();
    Result<std::vector<LinkAccess>, LinkFailure> log(const QString &id);
    /** NoSuchLink when the host knows no such link of this owner. */
    Result<void, LinkFailure> revoke(const QString &id);

private:
    QUrl m_base;
    crypto::SecureBuffer m_token;
};

/** "<base>/view/#" + link: the address a browser opens (the link stays in the fragment). */
QString linkViewerPrefix(const QUrl &base);

} // namespace carnet::core::service
