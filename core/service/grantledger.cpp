// SPDX-License-Identifier: GPL-3.0-or-later
// Majority reads about grants (grantledger.h): the round, AccessGrants' views and logs. The registry
// and the records a grant reads from: grantledgerregistry.cpp.
#include "core/service/grantledger_p.h"

#include "core/share/sealedbundle.h"
#include "crypto/hash.h"

namespace carnet::core::service {

using ledger::RpcError;
using ledger::RpcErrorKind;
using sync::Message;
using sync::MessageCode;
using sync::NodeState;
using sync::NodeVerdict;
using sync::RpcStep;
using sync::message;
using grantledger::foreign;
using grantledger::revertedAs;

namespace {

namespace grantsAbi = carnet::contracts::accessGrants;

/** A log whose first topic is a bundle event's (decoding it strictly is the caller's). */
bool isBundleLog(const ledger::LogEntry &log)
{
    static const crypto::Hash32 issued = ledger::eventTopic(grantsAbi::evGrantIssued);
    static const crypto::Hash32 part = ledger::eventTopic(grantsAbi::evKeyBundlePart);
    return !log.topics.empty() && (log.topics.front() == issued || log.topics.front() == part);
}

bool sameAccess(const ledger::AccessRecorded &a, const ledger::AccessRecorded &b)
{
    return a.grantId == b.grantId && a.clinician == b.clinician && a.receiptHash == b.receiptHash
        && a.accessedAt == b.accessedAt && a.origin == b.origin;
}

} // namespace

GrantLedger::GrantLedger(const ledger::NetworkConfig &network, const ledger::RpcOptions &options)
    : m_network(network), m_panel(network, options)
{
}

GrantLedger::~GrantLedger() = default;

ledger::BlockTag GrantLedger::at(const NodeState &node) const
{
    return node.blockByNumber ? ledger::BlockTag(m_target.block) : ledger::BlockTag::atHash(m_target.hash);
}

std::vector<sync::NodeReport> GrantLedger::nodes() const
{
    std::vector<sync::NodeReport> out;
    for (const NodeState &n : const_cast<sync::NodePanel &>(m_panel).nodes())
        out.push_back(sync::NodeReport{n.label, n.verdict, n.detail, n.head});
    return out;
}

std::optional<bool> GrantLedger::codeAtTarget(const crypto::Address &contract)
{
    std::vector<std::pair<NodeState *, bool>> answers;
    for (NodeState *n : m_panel.usable()) {
        const ledger::RpcAnswer a = n->client->request(QStringLiteral("eth_getCode"),
                                                       {ledger::addressText(contract), ledger::quantityText(ledger::U256(m_target.block))});
        const auto code = a.error.ok() ? ledger::dataOf(a.result) : std::nullopt;
        if (!code) {
            n->flagError(a.error.ok() ? RpcError{RpcErrorKind::BadAnswer, 0, 0, QStringLiteral("eth_getCode did not answer with data"), {}, {}}
                                      : a.error,
                         RpcStep::ContractCode);
            continue;
        }
        answers.emplace_back(n, !code->empty());
    }
    const int yes = static_cast<int>(std::count_if(answers.begin(), answers.end(), [](const auto &a) { return a.second; }));
    const int no = static_cast<int>(answers.size()) - yes;
    if (!m_panel.isMajority(yes) && !m_panel.isMajority(no))
        return std::nullopt;
    const bool present = m_panel.isMajority(yes);
    for (const auto &[node, said] : answers)
        if (said != present)
            node->flag(NodeVerdict::WrongState, said ? message(MessageCode::NodeClaimsContractCode, m_target.block)
                                                     : message(MessageCode::NodeNoContractCode, m_target.block));
    return present;
}

sync::RoundTarget GrantLedger::assess()
{
    const auto grants = m_network.contract(QStringLiteral("AccessGrants"));
    const auto registry = m_network.contract(QStringLiteral("CarnetRegistry"));
    const auto recordLog = m_network.contract(QStringLiteral("RecordLog"));
    if (!grants || !registry || !recordLog) {
        m_target = {};
        m_target.problem = message(MessageCode::RoundNoNetwork);
        return m_target;
    }
    m_grants = *grants;
    m_registry = *registry;
    m_recordLog = *recordLog;
    m_target = m_panel.assess({}, m_network.confirmations, sync::SyncOptions{}.staleBlocks);
    if (!m_target.ok)
        return m_target;
    // Contracts deployed after T (a liar's early head with two nodes): "can't verify", nobody flagged.
    const auto present = codeAtTarget(m_grants);
    if (!present || !*present) {
        m_target.ok = false;
        m_target.problem = message(present ? MessageCode::RoundContractsMissing : MessageCode::RoundContractsUndecided, m_target.block);
        return m_target;
    }
    m_licences = std::make_unique<sync::detail::LicenceBook>(m_panel, m_registry);
    m_licences->setBlock(m_target.block, m_target.hash);
    return m_target;
}

std::optional<GrantLookup> GrantLedger::grant(const share::GrantId &grantId)
{
    std::vector<NodeState *> agreeing;
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) -> Result<GrantLookup, RpcError> {
        auto record = ledger::AccessGrants(*n.client, m_grants).grant(grantId, tag);
        if (!record && revertedAs(record.error(), "UnknownGrant"))
            return GrantLookup{};
        if (!record)
            return fail(record.error());
        return GrantLookup{true, *record};
    };
    auto agreed = majority<GrantLookup>(read, RpcStep::GrantState, NodeVerdict::WrongState, message(MessageCode::NodeGrantDisagrees),
                                        &agreeing);
    if (agreed && agreed->known)
        m_grantAgreeing[grantId] = std::move(agreeing);
    return agreed;
}

std::optional<ledger::GrantState> GrantLedger::state(const share::GrantId &grantId)
{
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) { return ledger::AccessGrants(*n.client, m_grants).grantState(grantId, tag); };
    return majority<ledger::GrantState>(read, RpcStep::GrantState, NodeVerdict::WrongState, message(MessageCode::NodeGrantDisagrees));
}

std::optional<ledger::GrantState> GrantLedger::stateAtHeads(const share::GrantId &grantId)
{
    if (!m_target.ok)
        return std::nullopt;
    // Each round node at its own latest block: no node is flagged for being a block ahead or behind.
    std::map<ledger::GrantState, int> votes;
    for (NodeState *n : m_panel.usable()) {
        if (const auto state = ledger::AccessGrants(*n->client, m_grants).grantState(grantId, ledger::BlockTag::latest()))
            ++votes[*state];
    }
    for (const auto &[state, n] : votes)
        if (m_panel.isMajority(n))
            return state;
    return std::nullopt;
}

std::optional<bool> GrantLedger::revokedAtHeads(const share::GrantId &grantId)
{
    const auto state = stateAtHeads(grantId);
    if (!state)
        return std::nullopt;
    return *state == ledger::GrantState::Revoked;
}

std::optional<std::uint64_t> GrantLedger::accessCount(const share::GrantId &grantId)
{
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) { return ledger::AccessGrants(*n.client, m_grants).accessCount(grantId, tag); };
    return majority<std::uint64_t>(read, RpcStep::GrantState, NodeVerdict::WrongState, message(MessageCode::NodeGrantDisagrees));
}

std::optional<bool> GrantLedger::nonceUsed(const crypto::Address &signer, const ledger::U256 &nonce)
{
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) { return ledger::AccessGrants(*n.client, m_grants).nonceUsed(signer, nonce, tag); };
    return majority<bool>(read, RpcStep::GrantState, NodeVerdict::WrongState, message(MessageCode::NodeGrantDisagrees));
}

Result<crypto::Bytes, GrantProblem> GrantLedger::keyBundle(const share::GrantId &grantId, const ledger::GrantRecord &record,
                                                           std::uint64_t fromBlock)
{
    const auto agreed = m_grantAgreeing.find(grantId);
    if (!m_target.ok || agreed == m_grantAgreeing.end() || record.keyBundleParts == 0 || record.keyBundleParts > share::kMaxParts)
        return fail(GrantProblem::CantVerify);
    bool answered = false;
    for (NodeState *n : agreed->second) {
        if (!n->usable())
            continue;
        std::vector<std::optional<crypto::Bytes>> parts(record.keyBundleParts);
        std::optional<std::pair<NodeVerdict, Message>> lie;
        auto take = [&](std::vector<ledger::LogEntry> &&logs) {
            for (const ledger::LogEntry &raw : logs) {
                if (raw.removed)
                    continue;
                if (foreign(raw, m_grants, m_target.block)) {
                    lie.emplace(NodeVerdict::BadAnswer, message(MessageCode::NodeForeignLog));
                    return false;
                }
                std::optional<crypto::Bytes> *slot = nullptr;
                crypto::Bytes bytes;
                if (auto issued = ledger::decodeGrantIssued(raw); issued && issued->grantId == grantId) {
                    slot = &parts[0];
                    bytes = std::move(issued->firstPart);
                } else if (auto part = ledger::decodeKeyBundlePart(raw); part && part->grantId == grantId) {
                    if (part->index == 0 || part->index >= parts.size()) {
                        lie.emplace(NodeVerdict::ForgedEntry, message(MessageCode::NodeBundleForged));
                        return false;
                    }
                    slot = &parts[part->index];
                    bytes = std::move(part->part);
                } else if (isBundleLog(raw)) { // a bundle event that does not decode, or of another grant
                    lie.emplace(NodeVerdict::ForgedEntry, message(MessageCode::NodeBundleForged));
                    return false;
                } else {
                    continue; // a revocation or an access receipt of the grant
                }
                if (*slot) { // two parts at one index: the contract accepts each index once
                    lie.emplace(NodeVerdict::ForgedEntry, message(MessageCode::NodeBundleForged));
                    return false;
                }
                *slot = std::move(bytes);
            }
            return true;
        };
        const auto read = n->client->forEachLogWindow(ledger::AccessGrants(*n->client, m_grants).grantFilter(grantId), fromBlock,
                                                      m_target.block, take);
        if (!read) {
            n->flagError(read.error(), RpcStep::GrantLogs);
            continue;
        }
        answered = true;
        if (lie) {
            n->flag(lie->first, lie->second);
            continue;
        }
        std::vector<crypto::Bytes> joined;
        for (auto &p : parts) {
            if (!p)
                break;
            joined.push_back(std::move(*p));
        }
        if (joined.size() != parts.size()) {
            n->flag(NodeVerdict::HidesEntries, message(MessageCode::NodeBundleForged));
            continue;
        }
        auto bundle = share::joinParts(joined);
        if (!bundle || crypto::keccak256(*bundle) != record.keyBundleHash) {
            n->flag(NodeVerdict::ForgedEntry, message(MessageCode::NodeBundleForged));
            continue;
        }
        return std::move(*bundle);
    }
    return fail(answered ? GrantProblem::BundleForged : GrantProblem::CantVerify);
}

std::optional<std::vector<ledger::AccessRecorded>> GrantLedger::accessRecords(const share::GrantId &grantId, std::uint64_t fromBlock)
{
    const auto count = accessCount(grantId);
    if (!count)
        return std::nullopt;
    std::vector<std::pair<NodeState *, std::vector<ledger::AccessRecorded>>> answers;
    for (NodeState *n : m_panel.usable()) {
        std::vector<ledger::AccessRecorded> found;
        bool bad = false;
        auto take = [&](std::vector<ledger::LogEntry> &&logs) {
            for (const ledger::LogEntry &raw : logs) {
                if (raw.removed)
                    continue;
                if (foreign(raw, m_grants, m_target.block)) {
                    bad = true;
                    return false;
                }
                if (auto access = ledger::decodeAccessRecorded(raw); access && access->grantId == grantId)
                    found.push_back(std::move(*access));
            }
            return true;
        };
        const auto read = n->client->forEachLogWindow(ledger::AccessGrants(*n->client, m_grants).grantFilter(grantId), fromBlock,
                                                      m_target.block, take);
        if (!read) {
            n->flagError(read.error(), RpcStep::GrantLogs);
            continue;
        }
        if (bad) {
            n->flag(NodeVerdict::BadAnswer, message(MessageCode::NodeForeignLog));
            continue;
        }
        answers.emplace_back(n, std::move(found));
    }
    // A receipt counts when a strict majority of the round's nodes give it.
    std::vector<ledger::AccessRecorded> agreed;
    for (const auto &answer : answers)
        for (const ledger::AccessRecorded &a : answer.second) {
            if (std::any_of(agreed.begin(), agreed.end(), [&](const auto &b) { return sameAccess(a, b); }))
                continue;
            const int votes = static_cast<int>(std::count_if(answers.begin(), answers.end(), [&](const auto &other) {
                return std::any_of(other.second.begin(), other.second.end(), [&](const auto &b) { return sameAccess(a, b); });
            }));
            if (m_panel.isMajority(votes))
                agreed.push_back(a);
        }
    if (agreed.size() != *count)
        return std::nullopt;
    for (auto &[node, found] : answers) {
        const bool missing = std::any_of(agreed.begin(), agreed.end(), [&](const auto &a) {
            return std::none_of(found.begin(), found.end(), [&](const auto &b) { return sameAccess(a, b); });
        });
        if (missing)
            node->flag(NodeVerdict::HidesEntries, message(MessageCode::NodeGrantLogsDisagree));
        else if (found.size() != agreed.size())
            node->flag(NodeVerdict::WrongState, message(MessageCode::NodeGrantLogsDisagree));
    }
    std::sort(agreed.begin(), agreed.end(), [](const auto &a, const auto &b) {
        return std::tie(a.origin.blockNumber, a.origin.logIndex) < std::tie(b.origin.blockNumber, b.origin.logIndex);
    });
    return agreed;
}

} // namespace carnet::core::service
