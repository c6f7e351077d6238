// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The SMART Health Links the patient made, as the vault keeps them (schema 7, core/vault/vaultdb.cpp):
 * one row per link, written as soon as the host has given the link its id and before the files are
 * sent, so a link whose upload was interrupted is known and can be finished or revoked. */
#include "core/service/linktypes.h"
#include "core/sync/recordstore.h"
#include "core/vault/database.h"

namespace carnet::core::service {

class LinkStore
{
public:
    explicit LinkStore(Database &db) : m_db(db) {}

    /** Adds a link (`text` the whole link, empty for one found on its host). DuplicateRecord when its id exists. */
    sync::StoreResult<void> addLink(const StoredLink &link, const crypto::SecureBuffer &text);
    /** Every link, newest first. */
    sync::StoreResult<std::vector<StoredLink>> links();
    sync::StoreResult<std::optional<StoredLink>> link(const QString &id);
    /** The whole link text (secret); empty when the vault does not hold it. */
    sync::StoreResult<crypto::SecureBuffer> linkText(const QString &id);
    sync::StoreResult<void> setUploaded(const QString &id, std::uint32_t fileBytes);
    sync::StoreResult<void> setRevokedAt(const QString &id, std::int64_t revokedAt);
    /** Remembers how many accesses the patient has been shown (never moves backwards). */
    sync::StoreResult<void> setAccessesSeen(const QString &id, std::uint32_t seen);

private:
    Database &m_db;
};

} // namespace carnet::core::service
