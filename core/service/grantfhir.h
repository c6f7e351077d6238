// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A grant as a FHIR R4 Consent and an access receipt as a FHIR R4 AuditEvent (the mapping, field by
// field, is docs/PROTOCOL.md §8.11). Plain JSON for export; nothing here is health data (no entry's
// content, only positions, categories and dates of the scope).
#include "core/service/wallet.h"

#include <QJsonObject>

namespace carnet::core::service {

/** The Consent of a grant (`state` as the ledger says now; nullopt: by the vault's knowledge). */
QJsonObject consentOf(const StoredGrant &grant, std::optional<ledger::GrantState> state, std::uint64_t chainId,
                      const crypto::Address &accessGrants);
/** The AuditEvent of one access receipt. */
QJsonObject auditEventOf(const AccessLogEntry &entry, std::uint64_t chainId, const crypto::Address &accessGrants);
/** A FHIR Bundle of type collection holding `resources`. */
QJsonObject collectionOf(const QList<QJsonObject> &resources);

} // namespace carnet::core::service
