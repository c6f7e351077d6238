// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The wallet side of records (docs/PROTOCOL.md §1–2): handing a provider a new record (its connect
 * code), the patient's own "self" record, and the keyring of an unlocked vault. */
#include "core/record/connectcode.h"
#include "core/record/recordkeys.h"
#include "core/sync/recordstore.h"
#include "core/vault/vault.h"

namespace carnet::core::sync {

struct Connection
{
    StoredRecord record;
    QString code; ///< "carnet-connect:v1:…"
};

/** Gives `label` (the provider's name, kept only in the vault) the next record index and returns its
 *  connect code. The index is reserved before the code is shown, so it is never handed out twice. */
StoreResult<Connection> connectProvider(RecordStore &store, const record::RecordKeyring &keyring, const QString &label,
                                        std::int64_t now);

/** The connect code of a record the wallet already has. */
QString connectCodeOf(const record::RecordKeyring &keyring, const StoredRecord &record);

/** The record of the patient's own entries, created (next index) the first time. */
StoreResult<StoredRecord> selfRecord(RecordStore &store, const record::RecordKeyring &keyring, std::int64_t now);

/** The record keyring of an unlocked vault (derived from its phrase; nothing is stored). */
VaultResult<record::RecordKeyring> keyringOf(Vault &vault);

} // namespace carnet::core::sync
