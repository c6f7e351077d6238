// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/nodepanel.h"

#include <QJsonObject>

#include <algorithm>
#include <map>

namespace carnet::core::sync {

using ledger::RpcError;
using ledger::RpcErrorKind;

namespace {

struct VerdictName
{
    NodeVerdict verdict;
    const char *key;
    const char *text;
};

constexpr VerdictName kVerdicts[] = {
    {NodeVerdict::Healthy, "healthy", "agrees with the other nodes"},
    {NodeVerdict::Unreachable, "unreachable", "does not answer"},
    {NodeVerdict::WrongChain, "wrong-chain", "answers for another chain"},
    {NodeVerdict::Behind, "behind", "is behind the other nodes"},
    {NodeVerdict::Ahead, "ahead", "claims blocks the other nodes do not have"},
    {NodeVerdict::WentBack, "went-back", "went back to an older head"},
    {NodeVerdict::Fork, "fork", "follows another chain of blocks"},
    {NodeVerdict::ForgedEntry, "forged-entry", "served an entry that fails verification"},
    {NodeVerdict::HidesEntries, "hides-entries", "hides entries the other nodes have"},
    {NodeVerdict::WrongState, "wrong-state", "contradicts the other nodes about the contracts' state"},
    {NodeVerdict::BadAnswer, "bad-answer", "gives malformed answers"},
};

QString labelOf(const QUrl &url)
{
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

} // namespace

QString verdictKey(NodeVerdict verdict)
{
    for (const auto &v : kVerdicts)
        if (v.verdict == verdict)
            return QLatin1String(v.key);
    return QStringLiteral("unknown");
}

std::optional<NodeVerdict> verdictFromKey(const QString &key)
{
    for (const auto &v : kVerdicts)
        if (key == QLatin1String(v.key))
            return v.verdict;
    return std::nullopt;
}

QString verdictText(NodeVerdict verdict)
{
    for (const auto &v : kVerdicts)
        if (v.verdict == verdict)
            return QLatin1String(v.text);
    return {};
}

void NodeState::flag(NodeVerdict why, Message what)
{
    if (!usable() || why == NodeVerdict::Healthy)
        return;
    verdict = why;
    detail = std::move(what);
}

void NodeState::flagError(const RpcError &error, RpcStep during)
{
    switch (error.kind) {
    case RpcErrorKind::Timeout:
    case RpcErrorKind::Transport:
    case RpcErrorKind::HttpStatus:
    case RpcErrorKind::NoNode:
        flag(NodeVerdict::Unreachable, rpcFailure(during, error));
        return;
    case RpcErrorKind::ChainMismatch:
        flag(NodeVerdict::WrongChain, message(MessageCode::NodeWrongChain));
        return;
    default:
        // The node's own message (attacker-controlled) is not kept: the step and the kind say enough.
        flag(NodeVerdict::BadAnswer, rpcFailure(during, error));
        return;
    }
}

NodePanel::NodePanel(const ledger::NetworkConfig &config, const ledger::RpcOptions &options)
{
    for (const QUrl &url : config.nodes) {
        NodeState node;
        node.url = url;
        node.label = labelOf(url);
        node.client = std::make_unique<ledger::EthClient>(config.chainId, QList<QUrl>{url}, options);
        m_nodes.push_back(std::move(node));
    }
}

std::vector<NodeState *> NodePanel::usable()
{
    std::vector<NodeState *> out;
    for (NodeState &n : m_nodes)
        if (n.usable())
            out.push_back(&n);
    return out;
}

Result<crypto::Hash32, RpcError> blockHashAt(ledger::EthClient &client, std::uint64_t block)
{
    const ledger::RpcAnswer answer = client.request(QStringLiteral("eth_getBlockByNumber"),
                                                    {ledger::quantityText(ledger::U256(block)), false});
    if (!answer.error.ok())
        return fail(answer.error);
    RpcError bad;
    bad.kind = RpcErrorKind::BadAnswer;
    const QJsonObject o = answer.result.toObject();
    const auto number = ledger::quantityOf(o.value(QLatin1String("number")));
    const auto hash = ledger::hash32Of(o.value(QLatin1String("hash")));
    if (!answer.result.isObject() || !number || !hash) {
        bad.message = QStringLiteral("block %1 is not a block").arg(block);
        return fail(bad);
    }
    if (*number != ledger::U256(block)) {
        bad.message = QStringLiteral("asked for block %1, got another").arg(block);
        return fail(bad);
    }
    return *hash;
}

bool NodePanel::isMajority(int votes) const
{
    const int voters = m_electorate > 0 ? m_electorate : static_cast<int>(const_cast<NodePanel *>(this)->usable().size());
    return voters > 0 && 2 * votes > voters;
}

std::optional<crypto::Hash32> NodePanel::majorityBlockHash(std::uint64_t block)
{
    std::vector<std::pair<NodeState *, crypto::Hash32>> answers;
    for (NodeState *n : usable()) {
        auto hash = blockHashAt(*n->client, block);
        if (!hash) {
            n->flagError(hash.error(), RpcStep::TargetBlock);
            continue;
        }
        answers.emplace_back(n, *hash);
    }
    std::map<crypto::Hash32, int> votes;
    for (const auto &a : answers)
        ++votes[a.second];
    const auto best = std::max_element(votes.begin(), votes.end(),
                                       [](const auto &a, const auto &b) { return a.second < b.second; });
    if (best == votes.end() || !isMajority(best->second))
        return std::nullopt;
    for (const auto &a : answers)
        if (a.second != best->first)
            a.first->flag(NodeVerdict::Fork, message(MessageCode::NodeOtherBlockHash, block));
    return best->first;
}

RoundTarget NodePanel::assess(const QMap<QString, std::uint64_t> &previousHeads, int confirmations, int staleBlocks)
{
    RoundTarget target;
    // 1. Chain: EthClient::checkNodes compares eth_chainId with the network's.
    for (NodeState &n : m_nodes) {
        if (auto checked = n.client->checkNodes(); !checked) {
            const auto &status = n.client->nodeStatus();
            n.flagError(status.isEmpty() ? checked.error() : status.front().error, RpcStep::ChainId);
        }
    }
    // 2. Heads.
    std::vector<std::uint64_t> heads;
    for (NodeState *n : usable()) {
        auto head = n->client->blockNumber();
        if (!head) {
            n->flagError(head.error(), RpcStep::Head);
            continue;
        }
        n->head = *head;
        heads.push_back(*head);
        const auto previous = previousHeads.constFind(n->label);
        if (previous != previousHeads.constEnd() && *head + static_cast<std::uint64_t>(confirmations) < *previous)
            n->flag(NodeVerdict::WentBack, message(MessageCode::NodeWentBack, *head, *previous));
    }
    if (heads.empty()) {
        target.problem = message(MessageCode::RoundNoNodeAnswered);
        return target;
    }
    // A strict majority of the nodes that answered is at or above `low` and at or below `high`; only
    // a node outside [low − stale, high + stale] said something a majority contradicts. With two
    // nodes nobody is flagged here (low is the smaller head, high the larger).
    std::sort(heads.begin(), heads.end());
    const std::size_t majority = heads.size() / 2 + 1;
    const std::uint64_t low = heads[heads.size() - majority];
    const std::uint64_t high = heads[majority - 1];
    target.head = low; // a single node cannot raise it (nor lower it by more than `stale`, below)
    const auto stale = static_cast<std::uint64_t>(staleBlocks);
    for (NodeState *n : usable()) {
        if (n->head + stale < low)
            n->flag(NodeVerdict::Behind, message(MessageCode::NodeBehind, n->head, low));
        else if (n->head > high + stale)
            n->flag(NodeVerdict::Ahead, message(MessageCode::NodeAhead, n->head, high));
    }
    // The target is at or below every head still usable: a node a few blocks behind (a block was made
    // between two head reads) can answer for it and is not flagged. A liar can only make it up to
    // `stale` blocks older, and every answer at it still needs a majority.
    for (NodeState *n : usable())
        target.head = std::min(target.head, n->head);
    if (target.head + 1 < static_cast<std::uint64_t>(confirmations)) {
        target.problem = message(MessageCode::RoundChainTooShort);
        return target;
    }
    target.block = target.head + 1 - static_cast<std::uint64_t>(confirmations);
    // A node whose head is below the target cannot answer for it (it is behind the majority).
    for (NodeState *n : usable())
        if (n->head < target.block)
            n->flag(NodeVerdict::Behind, message(MessageCode::NodeBelowTarget, n->head, target.block));
    // 3. The target block's hash by majority.
    const auto hash = majorityBlockHash(target.block);
    if (!hash) {
        target.problem = usable().empty() ? message(MessageCode::RoundNoNodeAnswered)
                                          : message(MessageCode::RoundBlockDisagreement, target.block);
        return target;
    }
    target.hash = *hash;
    target.ok = !usable().empty();
    m_electorate = static_cast<int>(usable().size());
    return target;
}

} // namespace carnet::core::sync
