// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the SMART Health Link calls of the service take and answer (docs/SHL.md, "The wallet's
// links"): a link to make, a link as the vault keeps it, as its host lists it, and its access log.
// The link text holds the link's key: it is a secret of the vault (SecureBuffer), never a log's.
#include "core/share/grantscope.h"
#include "crypto/securebuffer.h"

#include <QString>
#include <QUrl>

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace carnet::core::service {

/** What a link carries. */
enum class LinkKind : std::uint8_t {
    Bundle = 0,    ///< a FHIR Bundle of the entries in a scope (docs/FHIR.md, "Exports")
    Summary = 1,   ///< an International Patient Summary
    Emergency = 2, ///< the emergency card: an IPS, long-lived, no passcode, every access shown at unlock
};

struct LinkRequest
{
    QUrl host;                       ///< the share host's public base, e.g. https://shl.example.org
    LinkKind kind = LinkKind::Bundle;
    share::GrantScope scope;         ///< Bundle only
    std::chrono::hours validity{24}; ///< 1 h … 720 h; an emergency card 24 h … 730 days
    crypto::SecureBuffer passcode;   ///< empty: none (an emergency card never has one)
    QString label;                   ///< ≤ 80 characters, shown to the receiver
    bool longTerm = false;           ///< flag L: the wallet may update the files (needs a passcode)
};

/** A link as this vault keeps it (schema 7, core/service/linkstore.h). */
struct StoredLink
{
    QString id;                 ///< the host's link id (43 base64url characters; not a secret alone)
    QString host;               ///< the host's public base
    QString flag;               ///< "", "L", "P", "LP"
    QString label;
    LinkKind kind = LinkKind::Bundle;
    share::GrantScope scope;
    std::int64_t expiresAt = 0; ///< Unix s (the host enforces it)
    std::int64_t createdAt = 0;
    std::int64_t revokedAt = 0; ///< 0: not revoked (as this wallet knows)
    std::uint32_t entryCount = 0;
    std::uint32_t fileBytes = 0; ///< the JWE's length
    bool uploaded = false;      ///< the files reached the host
    std::uint32_t accessesSeen = 0; ///< accesses the patient has been shown (emergency card)
    bool hasKey = false;        ///< false: found on the host after a restore
};

/** A link made now: the text to hand over (secret) and its row. */
struct IssuedLink
{
    StoredLink link;
    crypto::SecureBuffer shlink;   ///< "shlink:/…"
    crypto::SecureBuffer viewerUrl; ///< "<host>/view/#shlink:/…"
};

/** The host's state of a link (GET /api/v1/links). */
enum class LinkStatus { Active, Revoked, Expired, Disabled, Unknown };

struct LinkListing
{
    StoredLink link;
    LinkStatus status = LinkStatus::Unknown; ///< Unknown: the host did not answer
    int failuresRemaining = 0;
    int accesses = 0;
    std::optional<std::int64_t> lastAccess;
};

/** One line of a link's access log, as its host keeps it. */
struct LinkAccess
{
    enum class What { Manifest, File, Direct, WrongPasscode };
    std::int64_t time = 0;   ///< Unix s
    QString recipient;       ///< self-asserted by the reader: shown as given, never trusted
    QString address;         ///< the client address the host saw
    What what = What::Manifest;
};

/** New accesses to the emergency cards since the patient last saw them (shown at unlock). */
struct EmergencyNotice
{
    QString linkId;
    QString label;
    std::vector<LinkAccess> accesses;
};

} // namespace carnet::core::service
