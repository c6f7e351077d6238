// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the sync: the state of one round shared by the record pass (recordpass.cpp) and the
// round driver (syncengine.cpp). Not a public API.
#include "core/ledger/contracts/recordlog.h"
#include "core/ledger/contracts/registry.h"
#include "core/record/verifyentry.h"
#include "core/sync/syncengine.h"

#include <map>

namespace carnet::core::sync::detail {

/** Per-round answers of the registry, asked of every usable node and decided by majority. */
class LicenceBook
{
public:
    LicenceBook(NodePanel &panel, const crypto::Address &registry) : m_panel(panel), m_registry(registry) {}

    enum class Answer { Licensed, NotLicensed, Undecided };
    /** Was `author` licensed as provider or clinician at `block`? Nodes in the minority are flagged WrongState. */
    Answer licensedAt(const crypto::Address &author, std::uint64_t block);
    /** The registry name of `author` by majority ("" when none). */
    QString nameOf(const crypto::Address &author);

private:
    using Intervals = std::vector<ledger::LicenceInterval>;
    struct NodeView
    {
        bool ok = false;
        Intervals provider, clinician;
    };
    const NodeView &view(NodeState &node, const crypto::Address &author);

    NodePanel &m_panel;
    crypto::Address m_registry;
    std::map<std::pair<QString, crypto::Address>, NodeView> m_views;
    std::map<crypto::Address, QString> m_names;
};

struct RoundContext
{
    const ledger::NetworkConfig &network;
    const record::RecordKeyring &keyring;
    RecordStore &store;
    const SyncOptions &options;
    NodePanel &panel;
    LicenceBook &licences;
    RoundTarget target;
    record::EntryDomain domain;
    crypto::Address recordLog{};
    std::int64_t now = 0;
};

/** Syncs one record for the round: counts, logs, verification, cross-checks, storing. */
RecordReport syncRecord(RoundContext &round, const StoredRecord &record, std::optional<StoreError> *storeError);

/** Entry counts of `recordId` at the target block from every usable node (failures flag the node). */
std::map<NodeState *, std::uint64_t> countsAt(RoundContext &round, const crypto::Hash32 &recordId);

} // namespace carnet::core::sync::detail
