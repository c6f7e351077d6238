// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a grant shows (docs/PROTOCOL.md §8): the same value for the patient's preview, drawn from the
// vault before the grant is made, and for the clinician's view, drawn from the key bundle and the
// ledger. The app draws both with the same code, so the patient sees exactly what the doctor will.
#include "core/share/grantscope.h"
#include "core/share/sealedbundle.h"
#include "core/sync/recordstore.h"
#include "core/sync/syncengine.h"

#include <vector>

namespace carnet::core::service {

/** One record a grant reads from. */
struct GrantViewRecord
{
    crypto::Hash32 recordId{};
    QString label; ///< the patient's label (preview) or the registry name of its first author ("self" for patient-reported)
};

struct GrantView
{
    share::GrantId grantId{};        ///< zero in a preview (the grant does not exist yet)
    share::BundleMode mode = share::BundleMode::Code;
    crypto::Address grantee{};       ///< zero: any licensed clinician holding the code
    QString granteeName;             ///< the grantee's registry name
    std::uint64_t expiry = 0;        ///< Unix seconds
    std::uint8_t permissions = 1;    ///< ledger::kPermissionRead | kPermissionWrite
    share::GrantScope scope;
    std::vector<GrantViewRecord> records;
    /** The entries in the grant, by record and sequence: verified ones with their exact content;
     *  one that failed a check (clinician side) as Refused with its reason and no content. */
    std::vector<sync::StoredEntry> entries;
    std::uint64_t targetBlock = 0;   ///< the block the clinician's checks were made at (0 in a preview)
    crypto::Hash32 receiptTx{};      ///< the access receipt's transaction (zero: none left)
    std::vector<sync::NodeReport> nodes; ///< each node's verdict in the clinician's round (empty in a preview)
};

/** The category of a stored category key ("lab"), nullopt for an unknown key. */
std::optional<fhir::EntryCategory> categoryOfKey(const QString &key);
/** The entry's day, YYYYMMDD (PROTOCOL.md §8.3): its effective date as written (a partial date from
 *  its first day), else the UTC day it was authored. */
std::uint32_t dayOf(const sync::StoredEntry &e);

/** The verified entries of `entries` that `scope` covers (PROTOCOL.md §8.3), in record and sequence
 *  order: what a grant of that scope made now would hold. */
std::vector<sync::StoredEntry> entriesInScope(const share::GrantScope &scope, const std::vector<sync::StoredEntry> &entries);

} // namespace carnet::core::service
