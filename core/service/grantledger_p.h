// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to GrantLedger (grantledger.cpp, grantledgerregistry.cpp): the majority of one read at the
// round's target block, and the checks the log readers share. Not a public API.
#include "core/service/grantledger.h"

#include "core/sync/syncround_p.h"

#include <algorithm>

namespace carnet::core::service {

namespace grantledger {

/** A revert whose decoded error is `name` (UnknownGrant, NoSuchEntry). */
inline bool revertedAs(const ledger::RpcError &error, const char *name)
{
    return error.kind == ledger::RpcErrorKind::Reverted && ledger::decodeRevert(error.data).name == QLatin1String(name);
}

/** A node's log that is not of `contract`, or is above the target: a bad answer. */
inline bool foreign(const ledger::LogEntry &log, const crypto::Address &contract, std::uint64_t target)
{
    return log.address != contract || log.blockNumber > target;
}

} // namespace grantledger

template <typename T, typename Read>
std::optional<T> GrantLedger::majority(Read read, sync::RpcStep step, sync::NodeVerdict verdict, const sync::Message &what,
                                       std::vector<sync::NodeState *> *agreeing)
{
    if (!m_target.ok)
        return std::nullopt;
    std::vector<std::pair<sync::NodeState *, T>> answers;
    for (sync::NodeState *n : m_panel.usable()) {
        Result<T, ledger::RpcError> value = read(*n, at(*n));
        if (!value && !n->blockByNumber && value.error().kind == ledger::RpcErrorKind::RpcError) {
            // A node without EIP-1898: the target by number from now on (its hash was agreed in step 3).
            n->blockByNumber = true;
            value = read(*n, at(*n));
        }
        if (!value) {
            n->flagError(value.error(), step);
            continue;
        }
        answers.emplace_back(n, std::move(*value));
    }
    const T *best = nullptr;
    int bestVotes = 0;
    for (const auto &candidate : answers) {
        const int votes = static_cast<int>(std::count_if(answers.begin(), answers.end(),
                                                         [&](const auto &a) { return a.second == candidate.second; }));
        if (votes > bestVotes) {
            best = &candidate.second;
            bestVotes = votes;
        }
    }
    if (!best || !m_panel.isMajority(bestVotes))
        return std::nullopt; // a tie, or too few answers: "can't verify", nobody flagged
    for (auto &[node, value] : answers) {
        if (value == *best) {
            if (agreeing)
                agreeing->push_back(node);
        } else {
            node->flag(verdict, what);
        }
    }
    return *best;
}

} // namespace carnet::core::service
