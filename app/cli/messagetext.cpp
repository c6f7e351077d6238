// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetext.h"

#include "core/service/actionfailure.h" // StoreError
#include "core/sync/syncmessage.h"

namespace carnet::cli {

using core::sync::Message;
using core::sync::MessageCode;
using core::sync::RpcStep;
using core::sync::StoreError;
using core::ledger::RpcErrorKind;

namespace {

QString stepText(RpcStep step)
{
    switch (step) {
    case RpcStep::ChainId: return QStringLiteral("chain id");
    case RpcStep::Head: return QStringLiteral("head");
    case RpcStep::TargetBlock: return QStringLiteral("target block");
    case RpcStep::ContractCode: return QStringLiteral("contract code");
    case RpcStep::Licence: return QStringLiteral("licence");
    case RpcStep::RegistryName: return QStringLiteral("registry name");
    case RpcStep::RecordState: return QStringLiteral("record state");
    case RpcStep::EntryLogs: return QStringLiteral("entry logs");
    case RpcStep::GrantState: return QStringLiteral("grant state");
    case RpcStep::GrantLogs: return QStringLiteral("grant logs");
    case RpcStep::StudyState: return QStringLiteral("study state");
    case RpcStep::StudyLogs: return QStringLiteral("study logs");
    case RpcStep::End: break;
    }
    return QStringLiteral("request");
}

std::uint64_t number(const Message &m, std::size_t i)
{
    return std::get<std::uint64_t>(m.args[i]);
}

} // namespace

QString messageText(const Message &m)
{
    if (m.code == MessageCode::None)
        return {};
    if (!wellFormed(m))
        return messageText(Message{MessageCode::Legacy, {}});
    auto n = [&m](std::size_t i) { return static_cast<qulonglong>(number(m, i)); };
    switch (m.code) {
    case MessageCode::None: return {};
    case MessageCode::Legacy: return QStringLiteral("recorded by an earlier version of Carnet (no details kept)");
    case MessageCode::NodeRpcFailed: {
        const auto kind = std::get<RpcErrorKind>(m.args[1]);
        QString text = stepText(std::get<RpcStep>(m.args[0])) + QStringLiteral(": ") + QLatin1String(core::ledger::describe(kind));
        if (kind == RpcErrorKind::HttpStatus && n(2) > 0)
            text += QStringLiteral(" %1").arg(n(2));
        return text;
    }
    case MessageCode::NodeWrongChain: return QStringLiteral("the node is on another chain than the network's");
    case MessageCode::NodeWentBack: return QStringLiteral("head %1, after %2 last time").arg(n(0)).arg(n(1));
    case MessageCode::NodeBehind:
    case MessageCode::NodeAhead: return QStringLiteral("head %1, the others are at %2").arg(n(0)).arg(n(1));
    case MessageCode::NodeBelowTarget: return QStringLiteral("head %1, below the target block %2").arg(n(0)).arg(n(1));
    case MessageCode::NodeOtherBlockHash: return QStringLiteral("another block %1 than the other nodes").arg(n(0));
    case MessageCode::NodeLicenceDisagrees: return QStringLiteral("disagrees with the other nodes about a licence at block %1").arg(n(0));
    case MessageCode::NodeClaimsContractCode: return QStringLiteral("claims contract code the majority does not have at block %1").arg(n(0));
    case MessageCode::NodeNoContractCode: return QStringLiteral("has no contract code at block %1").arg(n(0));
    case MessageCode::NodeForeignLog: return QStringLiteral("a log that is not an EntryPublished of this record");
    case MessageCode::NodeLogBeyondCount:
        return QStringLiteral("a log at position %1; the majority says the record has %2 entries").arg(n(0)).arg(n(1));
    case MessageCode::NodeTwoEntriesAt: return QStringLiteral("two entries at position %1").arg(n(0));
    case MessageCode::NodeEntryMissing: return QStringLiteral("entry %1 is missing from its log").arg(n(0));
    case MessageCode::NodeLogsDisagree:
        return QStringLiteral("its log of entries %1 to %2 is not what the majority's record holds").arg(n(0)).arg(n(1));
    case MessageCode::NodeFewerEntries: return QStringLiteral("says %1 entries; the majority says %2").arg(n(0)).arg(n(1));
    case MessageCode::NodeMoreEntries: return QStringLiteral("claims %1 entries; the majority says %2").arg(n(0)).arg(n(1));
    case MessageCode::NodeOtherRecordState: return QStringLiteral("another record state than the majority (%1 entries)").arg(n(0));
    case MessageCode::NodeOtherRecordHead: return QStringLiteral("another record hash after entry %1 than the majority").arg(n(0));
    case MessageCode::NodeGrantDisagrees: return QStringLiteral("another state of the grant than the majority");
    case MessageCode::NodeRegistryDisagrees: return QStringLiteral("another registry answer than the majority (a licence, a name or a key)");
    case MessageCode::NodeBundleForged: return QStringLiteral("key bundle parts that do not match the grant's signed hash");
    case MessageCode::NodeGrantLogsDisagree: return QStringLiteral("the grant's logs are not the ones the majority gives");
    case MessageCode::NodeStudyDisagrees: return QStringLiteral("another state of a study than the majority");
    case MessageCode::NodeTermsForged: return QStringLiteral("study terms that do not match the study's terms hash");
    case MessageCode::NodeDatasetForged: return QStringLiteral("dataset parts that do not match the participant's delivery hash");
    case MessageCode::RoundNoNetwork: return QStringLiteral("the network file names no RecordLog or CarnetRegistry contract");
    case MessageCode::RoundNoNodeAnswered: return QStringLiteral("no node answered");
    case MessageCode::RoundChainTooShort: return QStringLiteral("the chain is shorter than the confirmations needed");
    case MessageCode::RoundBlockDisagreement: return QStringLiteral("the nodes disagree about block %1").arg(n(0));
    case MessageCode::RoundContractsMissing:
        return QStringLiteral("can't verify: the contracts are not deployed at the nodes' agreed block %1").arg(n(0));
    case MessageCode::RoundContractsUndecided:
        return QStringLiteral("can't verify: the nodes disagree whether the contracts exist at block %1").arg(n(0));
    case MessageCode::RoundAllNodesSetAside: return QStringLiteral("every node was set aside during the round");
    case MessageCode::RecordStateUndecided: return QStringLiteral("can't verify: no majority of the nodes agrees on the record's state");
    case MessageCode::RecordFewerThanStored:
        return QStringLiteral("can't verify: the majority says %1 entries, the wallet holds %2").arg(n(0)).arg(n(1));
    case MessageCode::RecordOtherThanStored: return QStringLiteral("can't verify: the majority's record is not the one the wallet holds");
    case MessageCode::RecordKeyUnavailable: return QStringLiteral("the record's key could not be derived");
    case MessageCode::RecordNoLogs: return QStringLiteral("can't verify: no node served the entries the majority's record holds");
    case MessageCode::RecordLicenceUndecided:
        return QStringLiteral("can't verify: the nodes do not agree whether the author of entry %1 was licensed").arg(n(0));
    case MessageCode::RecordStopped: return QStringLiteral("stopped");
    case MessageCode::RecordStoreFailed: return QLatin1String(describe(std::get<StoreError>(m.args[0])));
    case MessageCode::EntryRejected: return QLatin1String(core::record::describe(std::get<core::record::EntryRejection>(m.args[0])));
    case MessageCode::EntryNotPatientsKey: return QStringLiteral("a patient-reported entry not signed by this wallet's key for the record");
    case MessageCode::EntryNotLicensed: return QStringLiteral("its author was not licensed at block %1").arg(n(0));
    case MessageCode::End: break;
    }
    return messageText(Message{MessageCode::Legacy, {}});
}

} // namespace carnet::cli
