// SPDX-License-Identifier: GPL-3.0-or-later
// Majority reads about grants (grantledger.h): AccessGrants' views and logs, the registry, and the
// records a grant reads from, at one target block.
#include "core/service/grantledger.h"

#include "core/share/sealedbundle.h"
#include "core/sync/syncround_p.h"
#include "crypto/hash.h"

#include <algorithm>

namespace carnet::core::service {

using ledger::RpcError;
using ledger::RpcErrorKind;
using sync::Message;
using sync::MessageCode;
using sync::NodeState;
using sync::NodeVerdict;
using sync::RpcStep;
using sync::message;

namespace {

namespace registryAbi = carnet::contracts::carnetRegistry;
namespace grantsAbi = carnet::contracts::accessGrants;

/** A log whose first topic is a bundle event's (decoding it strictly is the caller's). */
bool isBundleLog(const ledger::LogEntry &log)
{
    static const crypto::Hash32 issued = ledger::eventTopic(grantsAbi::evGrantIssued);
    static const crypto::Hash32 part = ledger::eventTopic(grantsAbi::evKeyBundlePart);
    return !log.topics.empty() && (log.topics.front() == issued || log.topics.front() == part);
}

const ledger::AbiEvent &registeredEvent()
{
    static const ledger::AbiEvent e = ledger::eventOf(registryAbi::contract(), registryAbi::evRegistered, {true, true, false, false});
    return e;
}

bool revertedAs(const RpcError &error, const char *name)
{
    return error.kind == RpcErrorKind::Reverted && ledger::decodeRevert(error.data).name == QLatin1String(name);
}

bool sameAccess(const ledger::AccessRecorded &a, const ledger::AccessRecorded &b)
{
    return a.grantId == b.grantId && a.clinician == b.clinician && a.receiptHash == b.receiptHash
        && a.accessedAt == b.accessedAt && a.origin == b.origin;
}

/** A node's log that is not of `contract` or above the target: a bad answer. */
bool foreign(const ledger::LogEntry &log, const crypto::Address &contract, std::uint64_t target)
{
    return log.address != contract || log.blockNumber > target;
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

template <typename T, typename Read>
std::optional<T> GrantLedger::majority(Read read, RpcStep step, NodeVerdict verdict, const Message &what,
                                       std::vector<NodeState *> *agreeing)
{
    if (!m_target.ok)
        return std::nullopt;
    std::vector<std::pair<NodeState *, T>> answers;
    for (NodeState *n : m_panel.usable()) {
        Result<T, RpcError> value = read(*n, at(*n));
        if (!value && !n->blockByNumber && value.error().kind == RpcErrorKind::RpcError) {
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

std::optional<bool> GrantLedger::isLicensedClinician(const crypto::Address &account)
{
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) {
        return ledger::Registry(*n.client, m_registry).isLicensed(account, ledger::Role::Clinician, tag);
    };
    return majority<bool>(read, RpcStep::Licence, NodeVerdict::WrongState, message(MessageCode::NodeLicenceDisagrees, m_target.block));
}

std::optional<QString> GrantLedger::nameOf(const crypto::Address &account)
{
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) { return ledger::Registry(*n.client, m_registry).nameOf(account, tag); };
    return majority<QString>(read, RpcStep::RegistryName, NodeVerdict::WrongState, message(MessageCode::NodeRegistryDisagrees));
}

std::optional<RegistryKey> GrantLedger::encryptionKeyOf(const crypto::Address &account)
{
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) {
        return ledger::Registry(*n.client, m_registry).encryptionKeyOf(account, tag);
    };
    const auto bytes = majority<crypto::Bytes>(read, RpcStep::RegistryName, NodeVerdict::WrongState,
                                               message(MessageCode::NodeRegistryDisagrees));
    if (!bytes)
        return std::nullopt;
    RegistryKey key;
    if (bytes->empty())
        return key;
    // A compressed point only (02/03 ‖ x): the form setEncryptionKey stores.
    const auto point = bytes->size() == 33 ? crypto::PublicKey::parse(*bytes) : std::nullopt;
    key.status = point ? RegistryKey::Status::Valid : RegistryKey::Status::Invalid;
    key.key = point;
    return key;
}

std::optional<bool> GrantLedger::licensedAt(const crypto::Address &author, std::uint64_t block)
{
    if (!m_target.ok || !m_licences)
        return std::nullopt;
    switch (m_licences->licensedAt(author, block)) {
    case sync::detail::LicenceBook::Answer::Licensed:
        return true;
    case sync::detail::LicenceBook::Answer::NotLicensed:
        return false;
    case sync::detail::LicenceBook::Answer::Undecided:
        break;
    }
    return std::nullopt;
}

std::optional<std::vector<RegisteredClinician>> GrantLedger::licensedClinicians(std::uint64_t fromBlock)
{
    if (!m_target.ok)
        return std::nullopt;
    ledger::LogFilter filter;
    filter.address = m_registry;
    crypto::Hash32 roleTopic{};
    roleTopic[31] = static_cast<std::uint8_t>(ledger::Role::Clinician);
    filter.topics = {ledger::eventTopic(registryAbi::evRegistered), std::nullopt, roleTopic};
    std::vector<std::vector<crypto::Address>> lists;
    for (NodeState *n : m_panel.usable()) {
        std::vector<crypto::Address> accounts;
        bool bad = false;
        auto take = [&](std::vector<ledger::LogEntry> &&logs) {
            for (const ledger::LogEntry &raw : logs) {
                if (raw.removed)
                    continue;
                const auto v = foreign(raw, m_registry, m_target.block) ? std::nullopt : ledger::decodeEventLog(registeredEvent(), raw);
                if (!v || !v->at(0).asAddress()) {
                    bad = true;
                    return false;
                }
                if (std::find(accounts.begin(), accounts.end(), *v->at(0).asAddress()) == accounts.end())
                    accounts.push_back(*v->at(0).asAddress());
            }
            return true;
        };
        const auto read = n->client->forEachLogWindow(filter, fromBlock, m_target.block, take);
        if (!read) {
            n->flagError(read.error(), RpcStep::Licence);
            continue;
        }
        if (bad) {
            n->flag(NodeVerdict::BadAnswer, message(MessageCode::NodeForeignLog));
            continue;
        }
        lists.push_back(std::move(accounts));
    }
    // An account counts when a strict majority of the round's nodes list it; its licence now decides.
    std::vector<RegisteredClinician> out;
    for (const auto &list : lists)
        for (const crypto::Address &account : list) {
            if (std::any_of(out.begin(), out.end(), [&](const auto &c) { return c.account == account; }))
                continue;
            const int votes = static_cast<int>(std::count_if(lists.begin(), lists.end(), [&](const auto &l) {
                return std::find(l.begin(), l.end(), account) != l.end();
            }));
            if (!m_panel.isMajority(votes))
                continue;
            const auto licensed = isLicensedClinician(account);
            if (!licensed)
                return std::nullopt;
            if (*licensed)
                out.push_back(RegisteredClinician{account, nameOf(account).value_or(QString())});
        }
    return out;
}

std::optional<RecordHead> GrantLedger::recordHead(const crypto::Hash32 &recordId, std::uint64_t sequence)
{
    std::vector<NodeState *> agreeing;
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) -> Result<RecordHead, RpcError> {
        auto head = ledger::RecordLog(*n.client, m_recordLog).headAt(recordId, sequence, tag);
        if (!head && revertedAs(head.error(), "NoSuchEntry"))
            return RecordHead{};
        if (!head)
            return fail(head.error());
        return RecordHead{true, *head};
    };
    auto agreed = majority<RecordHead>(read, RpcStep::RecordState, NodeVerdict::WrongState,
                                       message(MessageCode::NodeOtherRecordHead, sequence), &agreeing);
    if (agreed && agreed->exists) {
        m_headAgreeing[{recordId, sequence}] = std::move(agreeing);
        m_heads[{recordId, sequence}] = agreed->head;
    }
    return agreed;
}

std::optional<std::vector<ledger::EntryPublished>> GrantLedger::recordLogs(const crypto::Hash32 &recordId, std::uint64_t last)
{
    const auto agreed = m_headAgreeing.find({recordId, last});
    if (!m_target.ok || agreed == m_headAgreeing.end())
        return std::nullopt;
    const crypto::Hash32 head = m_heads.at({recordId, last});
    for (NodeState *n : agreed->second) {
        if (!n->usable())
            continue;
        std::vector<std::optional<ledger::EntryPublished>> logs(static_cast<std::size_t>(last + 1));
        std::optional<std::pair<NodeVerdict, Message>> lie;
        auto take = [&](std::vector<ledger::LogEntry> &&raws) {
            for (const ledger::LogEntry &raw : raws) {
                if (raw.removed)
                    continue;
                auto log = foreign(raw, m_recordLog, m_target.block) ? std::nullopt : ledger::decodeEntryPublished(raw);
                if (!log || log->recordId != recordId) {
                    lie.emplace(NodeVerdict::BadAnswer, message(MessageCode::NodeForeignLog));
                    return false;
                }
                if (log->sequence > last)
                    continue; // after the grant's entries
                auto &slot = logs[static_cast<std::size_t>(log->sequence)];
                if (slot) {
                    lie.emplace(NodeVerdict::ForgedEntry, message(MessageCode::NodeTwoEntriesAt, log->sequence));
                    return false;
                }
                slot = std::move(*log);
            }
            return true;
        };
        const auto read = n->client->forEachLogWindow(ledger::RecordLog(*n->client, m_recordLog).entryFilter(recordId), 0,
                                                      m_target.block, take);
        if (!read) {
            n->flagError(read.error(), RpcStep::EntryLogs);
            continue;
        }
        if (lie) {
            n->flag(lie->first, lie->second);
            continue;
        }
        crypto::Hash32 folded{};
        std::vector<ledger::EntryPublished> out;
        for (std::size_t i = 0; i < logs.size(); ++i) {
            if (!logs[i]) {
                n->flag(NodeVerdict::HidesEntries, message(MessageCode::NodeEntryMissing, i));
                break;
            }
            const ledger::EntryPublished &log = *logs[i];
            folded = ledger::nextRecordHead(folded, recordId, log.sequence, record::entryHashOf(log.sealedEntry), log.author,
                                            log.blockNumber, log.patientReported);
            out.push_back(std::move(*logs[i]));
        }
        if (out.size() != logs.size())
            continue;
        if (folded != head) {
            n->flag(NodeVerdict::ForgedEntry, message(MessageCode::NodeLogsDisagree, 0, last));
            continue;
        }
        return out;
    }
    return std::nullopt;
}

} // namespace carnet::core::service
