// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rows LinksViewModel and EmergencyNoticesViewModel hand to QML: a link as its host lists it, a
// line of a link's access log. Words come from LinkWords; the link text (its key) is never in a row.
#include "core/service/linktypes.h"

#include <QVariantMap>

namespace carnet::qml::linkrows {

/** A link's status key: "active", "revoked", "expired", "disabled", or "unreachable" (its host did
 *  not answer and neither this wallet's revocation nor the expiry tells). */
QString statusKey(const core::service::LinkListing &listing, std::int64_t now);

/** id, label, kind ("bundle", "summary", "emergency"), kindText, status, statusText, revocable,
 *  createdText, expiryText, accesses, lastAccessText, passcode, longTerm, failuresRemaining, hasKey,
 *  uploaded, entryCount, and the scope (categories, fromText, toText, singleEntries). */
QVariantMap linkRow(const core::service::LinkListing &listing, std::int64_t now);

/** recipient (as the reader typed it), address, whenText, what ("manifest", "file", "direct",
 *  "wrongPasscode"), whatText. */
QVariantMap accessRow(const core::service::LinkAccess &access);

/** A Unix time in the app's date-and-time words ("" for 0). */
QString timeText(std::int64_t unixSeconds);

} // namespace carnet::qml::linkrows
