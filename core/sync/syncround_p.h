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

/** Per-round answers of the registry, read at the round's target block from every usable node and
 *  decided by a strict majority of the round's nodes (NodePanel::electorate). */
class LicenceBook
{
public:
    LicenceBook(NodePanel &panel, const crypto::Address &registry) : m_panel(panel), m_registry(registry) {}
    /** The block every registry read is made at (set once the round has its target). */
    void setBlock(std::uint64_t block, const crypto::Hash32 &hash)
    {
        m_block = block;
        m_hash = hash;
    }

    enum class Answer { Licensed, NotLicensed, Undecided };
    /** Was `author` licensed as provider or clinician at `block`? Undecided without a strict majority
     *  of the round's nodes; when there is one, the nodes that said otherwise are flagged WrongState. */
    Answer licensedAt(const crypto::Address &author, std::uint64_t block);
    /** The registry name of `author` by strict majority of the round's nodes ("" when none). */
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
    std::uint64_t m_block = 0;
    crypto::Hash32 m_hash{};
    ledger::BlockTag at(const NodeState &node) const
    {
        return node.blockByNumber ? ledger::BlockTag(m_block) : ledger::BlockTag::atHash(m_hash);
    }
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

    /** A strict majority of the round's nodes (those that agreed on the target block), however many
     *  were set aside since: a flag never makes a majority easier to reach. */
    bool isMajority(int votes) const { return panel.isMajority(votes); }
    /** The block tag state reads of the round are made at: the target block, by its hash (EIP-1898)
     *  unless the node refused that form. */
    ledger::BlockTag stateBlock(const NodeState &node) const
    {
        return node.blockByNumber ? ledger::BlockTag(target.block) : ledger::BlockTag::atHash(target.hash);
    }
};

/** Syncs one record for the round: counts, logs, verification, cross-checks, storing. */
RecordReport syncRecord(RoundContext &round, const StoredRecord &record, std::optional<StoreError> *storeError);

/** RecordLog.recordState of `recordId` at the target block from every usable node (failures flag the node). */
std::map<NodeState *, ledger::RecordState> statesAt(RoundContext &round, const crypto::Hash32 &recordId);
/** The state a strict majority of the round's nodes gave, or nullopt; with `flagMinority`, the nodes
 *  that gave another state are flagged (fewer entries: HidesEntries; anything else: WrongState). */
std::optional<ledger::RecordState> majorityState(RoundContext &round, const std::map<NodeState *, ledger::RecordState> &states,
                                                 bool flagMinority);

} // namespace carnet::core::sync::detail
