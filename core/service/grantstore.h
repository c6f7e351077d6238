// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The grants the patient made, as the vault keeps them (schema 6, core/vault/vaultdb.cpp): one row
 * per grant index g, written before anything is sent so that a grant whose issue was interrupted is
 * known, can be finished (its missing parts sent) or revoked. The share code is stored: in modes 1
 * and 2 it holds the grant's key, which stays in the vault like the record's content does. */
#include "core/service/wallet.h"

namespace carnet::core::service {

/** A stored grant with what only the vault holds. */
struct GrantRow
{
    StoredGrant grant;
    crypto::SecureBuffer shareCode; ///< UTF-8 "carnet-share:v1:…"
    crypto::Bytes bundle;           ///< the encrypted key bundle (no secret)
    std::uint16_t partsSent = 0;    ///< parts confirmed on the ledger
};

class GrantStore
{
public:
    explicit GrantStore(Database &db) : m_db(db) {}

    /** The next grant index: one above every index handed out or found taken (meta grant_next_index). */
    sync::StoreResult<std::uint32_t> nextGrantIndex();
    /** Remembers that indexes below `next` are used (never moves backwards). */
    sync::StoreResult<void> reserveGrantIndex(std::uint32_t next);
    /** Adds a grant before it is sent (issued false, parts_sent 0). DuplicateRecord when its index or id exists. */
    sync::StoreResult<void> addGrant(const GrantRow &row);
    sync::StoreResult<std::vector<StoredGrant>> grants();
    sync::StoreResult<std::optional<GrantRow>> grant(std::uint32_t index);
    /** `parts` parts are confirmed; with all of them the grant is issued. */
    sync::StoreResult<void> setPartsSent(std::uint32_t index, std::uint16_t parts);
    sync::StoreResult<void> setRevokedAt(std::uint32_t index, std::uint64_t revokedAt);

private:
    Database &m_db;
};

} // namespace carnet::core::service
