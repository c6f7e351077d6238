// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* One sync round of the patient's record from every configured node (docs/PROTOCOL.md §6–7,
 * docs/SYNC.md): nodes checked and compared, every entry verified before it is stored, liars named
 * and ignored, progress reported, resumable after any interruption.
 *
 * Synchronous and long: run it on the thread that owns the vault (a worker thread in the app). */
#include "core/ledger/networkconfig.h"
#include "core/record/recordkeys.h"
#include "core/sync/nodepanel.h"
#include "core/sync/recordstore.h"

#include <functional>

namespace carnet::core::sync {

struct SyncProgress
{
    enum class Phase { Nodes, Discovery, Records, Done };
    Phase phase = Phase::Nodes;
    int recordsDone = 0;
    int recordsTotal = 0;
    int newEntries = 0;
};

struct SyncOptions
{
    int staleBlocks = 8;
    int gapLimit = 20;          ///< discovery stops after this many unused record ids in a row
    bool discover = false;      ///< look for records beyond the known ones (always on the first sync)
    int storeBatch = 500;       ///< entries per transaction, so an interrupted sync keeps its progress
    ledger::RpcOptions rpc = defaultRpcOptions();
    std::function<void(const SyncProgress &)> progress;
    std::function<std::int64_t()> now; ///< Unix seconds; the system clock when empty
    /** Polled between records and stored batches (any thread may flip it): true stops the round
     *  early, keeping what was stored (the app's lock). */
    std::function<bool()> cancelled;

    static ledger::RpcOptions defaultRpcOptions();
};

struct NodeReport
{
    QString label;
    NodeVerdict verdict = NodeVerdict::Healthy;
    Message detail;
    std::uint64_t head = 0;
};

struct RecordReport
{
    crypto::Hash32 recordId{};
    QString label;
    std::uint64_t entries = 0;  ///< stored after the round
    int added = 0;
    int refused = 0;            ///< added this round as refused (with a reason)
    bool complete = true;       ///< false when entries the nodes claim could not be verified yet
    bool unverifiable = false;  ///< "can't verify": no strict majority of the round's nodes agreed; nothing stored
    Message problem;            ///< why not complete (a Record… code); never health data
};

enum class SyncError {
    Locked,       ///< the vault is locked
    NoNetwork,    ///< the network file names no RecordLog or registry contract
    NoAgreement,  ///< no node (or no majority of nodes) could be used this round; see `problem`
    Store,        ///< the vault refused a write (see storeError)
};
const char *describe(SyncError error);

struct SyncResult
{
    bool ok = false;
    SyncError error = SyncError::NoAgreement;
    StoreError storeError = StoreError::Database;
    Message problem; ///< why the round stopped (a Round… code)
    std::uint64_t targetBlock = 0;
    std::vector<NodeReport> nodes;
    std::vector<RecordReport> records;
    int newEntries = 0;
    int newRecords = 0;
    bool discoveryUndecided = false; ///< discovery stopped at a record id no majority agreed on ("can't verify")
    bool cancelled = false; ///< stopped early by SyncOptions::cancelled; what was stored stays
};

/** Runs one round. `keyring` gives the record keys; `store` is the open vault's record store. */
SyncResult syncRecords(const ledger::NetworkConfig &network, const record::RecordKeyring &keyring, RecordStore &store,
                       const SyncOptions &options = {});

} // namespace carnet::core::sync
