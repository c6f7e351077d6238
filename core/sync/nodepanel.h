// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The nodes of one sync round, each asked on its own and none trusted (docs/PROTOCOL.md §7 steps
 * 1–3): chain id, heads, the target block and the majority hash of it. A node gets a verdict the
 * first time it says something a strict majority contradicts (or fails to answer) and is left out of
 * the rest of the round; the round's electorate stays the nodes that agreed on the target block. */
#include "core/ledger/ethclient.h"
#include "core/ledger/networkconfig.h"
#include "core/sync/syncmessage.h"

#include <QMap>

#include <memory>
#include <vector>

namespace carnet::core::sync {

enum class NodeVerdict {
    Healthy,
    Unreachable,  ///< no answer, timeouts, refused connections
    WrongChain,   ///< eth_chainId is not the network's
    Behind,       ///< head more than staleBlocks below the median
    Ahead,        ///< head more than staleBlocks above the median (a head others do not have)
    WentBack,     ///< head fell more than `confirmations` below what it said last round
    Fork,         ///< another hash for the target block than the majority
    ForgedEntry,  ///< an entry that fails verification, or sits where its signature says it does not
    HidesEntries, ///< fewer entries than others proved, or a count it cannot back
    WrongState,   ///< contract state (licences, counts, hashes) the other nodes contradict
    BadAnswer,    ///< malformed, oversized or nonsensical answers
};

/** A stable key for files and the UI ("healthy", "wrong-chain", …). */
QString verdictKey(NodeVerdict verdict);
std::optional<NodeVerdict> verdictFromKey(const QString &key);
/** One English line for people ("answers for another chain"). */
QString verdictText(NodeVerdict verdict);

struct NodeState
{
    QUrl url;
    QString label; ///< scheme://host:port, never a path or credentials
    std::unique_ptr<ledger::EthClient> client;
    NodeVerdict verdict = NodeVerdict::Healthy;
    Message detail; ///< what it did, as a code (core/sync/syncmessage.h); never health data
    std::uint64_t head = 0;
    /** The node refused an EIP-1898 block-hash parameter once this round: its state reads name the
     *  target block by number (its hash was checked separately). */
    bool blockByNumber = false;

    bool usable() const { return verdict == NodeVerdict::Healthy; }
    /** Records the first misbehaviour only. */
    void flag(NodeVerdict why, Message what);
    /** Flags from an RPC failure: Unreachable for transport/timeouts/HTTP, BadAnswer for the rest. The
     *  detail keeps the step and the error's kind, never the node's own text. */
    void flagError(const ledger::RpcError &error, RpcStep during);
};

struct RoundTarget
{
    bool ok = false;
    Message problem;           ///< why no target (RoundNoNodeAnswered, RoundBlockDisagreement, …)
    std::uint64_t head = 0;    ///< the median head
    std::uint64_t block = 0;   ///< the target block: head − confirmations + 1
    crypto::Hash32 hash{};     ///< the majority's hash of the target block
};

class NodePanel
{
public:
    NodePanel(const ledger::NetworkConfig &config, const ledger::RpcOptions &options);

    std::vector<NodeState> &nodes() { return m_nodes; }
    std::vector<NodeState *> usable();

    /** Steps 1–3: chain ids, heads (`previousHeads` by label, from the last round), the target block
     *  and its majority hash. Nodes that fail a step are flagged; the others agree on the target. */
    RoundTarget assess(const QMap<QString, std::uint64_t> &previousHeads, int confirmations, int staleBlocks);

    /** The hash of `block` by strict majority of the round's nodes, flagging those that disagree as
     *  Fork; nullopt when no strict majority. */
    std::optional<crypto::Hash32> majorityBlockHash(std::uint64_t block);

    /** The round's nodes: those usable once the target block's hash is agreed (0 before). */
    int electorate() const { return m_electorate; }
    /** More than half of the round's nodes (or, before the target, of the nodes still usable). */
    bool isMajority(int votes) const;

private:
    std::vector<NodeState> m_nodes;
    int m_electorate = 0;
};

/** eth_getBlockByNumber(block).hash from one node, checking that the answer is that block. */
Result<crypto::Hash32, ledger::RpcError> blockHashAt(ledger::EthClient &client, std::uint64_t block);

} // namespace carnet::core::sync
