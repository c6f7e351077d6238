// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The wallet side of records (docs/PROTOCOL.md §1–2): handing out a record index (a provider's
 * connect code, the patient's own "self" record) only once it is reserved on the chain, and the
 * keyring of an unlocked vault.
 *
 * The rule (PROTOCOL.md §1, "Handing out an index"): index n is handed out only after
 * RecordLog.reserve(recordId_n), sent from P_n, is mined and a strict majority of the network
 * file's nodes report it reserved by that transaction. When the record log says the id is already
 * reserved or used (RecordInUse: another device of the same phrase, or an install before a restore,
 * took it) and a strict majority of the nodes confirm it, n is remembered as used and n + 1 is tried.
 * Anything less (no network, too few nodes answering, nodes that disagree) hands out nothing. */
#include "core/ledger/networkconfig.h"
#include "core/ledger/rpcclient.h"
#include "core/record/connectcode.h"
#include "core/record/recordkeys.h"
#include "core/sync/recordstore.h"
#include "core/vault/vault.h"

#include <chrono>
#include <functional>

namespace carnet::core::sync {

struct Connection
{
    StoredRecord record;
    QString code; ///< "carnet-connect:v1:…"
};

/** Why no record index was handed out. Words are the UI's (carnet-cli, the view models). */
enum class ReserveError {
    NoNetwork,    ///< the network file names no RecordLog contract, or no node
    GasNotFree,   ///< the network charges for gas: P_n holds nothing and is never funded, so it cannot send
    Unreachable,  ///< fewer than a strict majority of the configured nodes answered
    Unverified,   ///< enough nodes answered, but no strict majority says the id is reserved by this wallet
                  ///< (nor that another device holds it)
    SendFailed,   ///< the reservation could not be sent or the record log refused it for another reason
                  ///< than RecordInUse, and the nodes say the id is still free (see ReserveFailure::rpc)
    TooManyInUse, ///< more than ReserveOptions::maxSkips indexes in a row are taken: sync (discovery) first
    NoIndexLeft,  ///< every index up to record::kMaxRecordIndex is used
    Store,        ///< the vault failed (see ReserveFailure::store)
};
/** A stable key ("unverified", "unreachable", …) for logs and files; not words for people. */
QString reserveErrorKey(ReserveError error);

struct ReserveFailure
{
    ReserveError error = ReserveError::Unverified;
    StoreError store = StoreError::Database; ///< Store
    std::uint32_t index = 0;  ///< the index being reserved when it failed
    int nodes = 0;            ///< nodes in the network file
    int answered = 0;         ///< nodes that answered the last majority read
    int confirmed = 0;        ///< of those, nodes that said the id is reserved by this wallet's transaction
    ledger::RpcError rpc;     ///< SendFailed, and the last node error otherwise (a node's text: plain, never shown as rich text)
};

struct Reservation
{
    StoredRecord record;                ///< stored in the vault; its index is handed out
    crypto::Hash32 transaction{};       ///< the reserve transaction that took it
    std::vector<std::uint32_t> skipped; ///< indexes found taken on the way (remembered as used)
};

struct ReserveOptions
{
    ledger::RpcOptions rpc = defaultRpcOptions();
    /** Taken indexes skipped in one call before giving up with TooManyInUse. */
    int maxSkips = 100;
    /** How long the reserve transaction may take to be mined and confirmed. */
    std::chrono::milliseconds receiptTimeout = std::chrono::seconds(90);
    /** How long the nodes are asked again while they do not agree yet (a node a block behind). */
    std::chrono::milliseconds verifyTimeout = std::chrono::seconds(10);
    std::chrono::milliseconds verifyInterval = std::chrono::milliseconds(250);
    /** Tests: called with each index just before its reservation is sent (to line up a race). */
    std::function<void(std::uint32_t index)> beforeSend;

    static ledger::RpcOptions defaultRpcOptions();
};

/** Hands out the next record index to a new record of `kind` called `label` (PROTOCOL.md §1): reserves
 *  it on the chain, confirms it by a strict majority of `network`'s nodes, skips (and remembers) taken
 *  indexes, then stores the record. Synchronous and network-bound (seconds): run it on the thread that
 *  owns the vault. On failure nothing is handed out; indexes found taken stay remembered as used. */
Result<Reservation, ReserveFailure> reserveRecord(const ledger::NetworkConfig &network, RecordStore &store,
                                                  const record::RecordKeyring &keyring, RecordKind kind,
                                                  const QString &label, std::int64_t now, const ReserveOptions &options = {});

/** Gives `label` (the provider's name, kept only in the vault) a new record through reserveRecord and
 *  returns its connect code. */
Result<Connection, ReserveFailure> connectProvider(const ledger::NetworkConfig &network, RecordStore &store,
                                                   const record::RecordKeyring &keyring, const QString &label,
                                                   std::int64_t now, const ReserveOptions &options = {});

/** The connect code of a record the wallet already has. */
QString connectCodeOf(const record::RecordKeyring &keyring, const StoredRecord &record);

/** The record of the patient's own entries; the first time, a new one through reserveRecord. */
Result<StoredRecord, ReserveFailure> selfRecord(const ledger::NetworkConfig &network, RecordStore &store,
                                                const record::RecordKeyring &keyring, std::int64_t now,
                                                const ReserveOptions &options = {});

/** The record keyring of an unlocked vault (derived from its phrase; nothing is stored). */
VaultResult<record::RecordKeyring> keyringOf(Vault &vault);

} // namespace carnet::core::sync
