// SPDX-License-Identifier: GPL-3.0-or-later
// Majority reads about grants (grantledger.h): the registry at the round's target block, and the
// records a grant reads from (their heads and logs, §8.7 step 5).
#include "core/service/grantledger_p.h"

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

namespace registryAbi = carnet::contracts::carnetRegistry;

const ledger::AbiEvent &registeredEvent()
{
    static const ledger::AbiEvent e = ledger::eventOf(registryAbi::contract(), registryAbi::evRegistered, {true, true, false, false});
    return e;
}

} // namespace

std::optional<bool> GrantLedger::isLicensedClinician(const crypto::Address &account)
{
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) {
        return ledger::Registry(*n.client, m_registry).isLicensed(account, ledger::Role::Clinician, tag);
    };
    return majority<bool>(read, RpcStep::Licence, NodeVerdict::WrongState, message(MessageCode::NodeLicenceDisagrees, m_target.block));
}

std::optional<bool> GrantLedger::isLicensedResearcher(const crypto::Address &account)
{
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) {
        return ledger::Registry(*n.client, m_registry).isLicensed(account, ledger::Role::Researcher, tag);
    };
    return majority<bool>(read, RpcStep::Licence, NodeVerdict::WrongState, message(MessageCode::NodeLicenceDisagrees, m_target.block));
}

std::vector<sync::NodeState *> GrantLedger::usableNodes()
{
    return m_panel.usable();
}

std::optional<QString> GrantLedger::nameOf(const crypto::Address &account)
{
    // One majority read per account and round: a grant's entries name few authors many times.
    if (const auto known = m_names.find(account); known != m_names.end())
        return known->second;
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) { return ledger::Registry(*n.client, m_registry).nameOf(account, tag); };
    auto name = majority<QString>(read, RpcStep::RegistryName, NodeVerdict::WrongState, message(MessageCode::NodeRegistryDisagrees));
    if (name)
        m_names.emplace(account, *name);
    return name;
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
