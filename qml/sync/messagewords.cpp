// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagewords.h"

#include "core/service/actionfailure.h" // StoreError
#include "core/sync/syncmessage.h"

namespace carnet::qml {

using core::sync::Message;
using core::sync::MessageCode;
using core::sync::RpcStep;
using core::sync::StoreError;
using core::ledger::RpcErrorKind;
using core::record::EntryRejection;

QString MessageWords::step(RpcStep step)
{
    switch (step) {
    case RpcStep::ChainId: return tr("checking the network");
    case RpcStep::Head: return tr("reading the latest block");
    case RpcStep::TargetBlock: return tr("reading the block being checked");
    case RpcStep::ContractCode: return tr("checking the contracts");
    case RpcStep::Licence: return tr("checking a provider's licence");
    case RpcStep::RegistryName: return tr("reading a provider's name");
    case RpcStep::RecordState: return tr("reading the state of a record");
    case RpcStep::EntryLogs: return tr("reading the entries");
    case RpcStep::GrantState: return tr("reading a grant");
    case RpcStep::GrantLogs: return tr("reading a grant's keys or receipts");
    case RpcStep::StudyState: return tr("reading a study");
    case RpcStep::StudyLogs: return tr("reading a study's terms or datasets");
    case RpcStep::End: break;
    }
    return tr("a request");
}

QString MessageWords::rpcKind(RpcErrorKind kind, std::uint64_t httpStatus)
{
    switch (kind) {
    case RpcErrorKind::None: return tr("no error");
    case RpcErrorKind::Timeout: return tr("no answer in time");
    case RpcErrorKind::Transport: return tr("no connection");
    case RpcErrorKind::HttpStatus:
        //: %1 is an HTTP status code such as 502
        return httpStatus > 0 ? tr("the server answered with error %1").arg(httpStatus) : tr("the server answered with an error");
    case RpcErrorKind::TooLarge: return tr("the answer was too large");
    case RpcErrorKind::TooDeep: return tr("the answer was nested too deeply");
    case RpcErrorKind::Malformed: return tr("the answer was malformed");
    case RpcErrorKind::RpcError: return tr("the node reported an error");
    case RpcErrorKind::ChainMismatch: return tr("it is on another network");
    case RpcErrorKind::NoNode: return tr("no node could be used");
    case RpcErrorKind::Reverted: return tr("the contract refused the request");
    case RpcErrorKind::BadAnswer: return tr("the answer made no sense");
    }
    return tr("the answer made no sense");
}

QString MessageWords::rejection(EntryRejection rejection)
{
    switch (rejection) {
    case EntryRejection::TooLarge: return tr("it is larger than an entry may be");
    case EntryRejection::TooShort: return tr("it is too short to be an entry");
    case EntryRejection::UnsupportedVersion: return tr("it uses a format this version of Carnet does not know");
    case EntryRejection::UnknownFlags: return tr("it carries markers this version of Carnet does not know");
    case EntryRejection::FlagMismatch: return tr("its patient-reported marker does not match the network's");
    case EntryRejection::EntryHashMismatch: return tr("its contents do not match the fingerprint on the network");
    case EntryRejection::KeyUnwrapFailed: return tr("it was not sealed for this record");
    case EntryRejection::ContentAuthFailed: return tr("its contents were altered");
    case EntryRejection::BadSignature: return tr("its signature is not valid");
    case EntryRejection::WrongSigner: return tr("it is not signed by its stated author");
    case EntryRejection::ContentNotJson: return tr("its contents cannot be read");
    case EntryRejection::NoResourceType: return tr("its contents are not a FHIR resource");
    }
    return tr("it failed verification");
}

QString MessageWords::storeError(StoreError error)
{
    switch (error) {
    case StoreError::Database: return tr("the wallet's database failed");
    case StoreError::DiskFull: return tr("the disk is full; nothing was written");
    case StoreError::NotContiguous: return tr("an entry was out of order");
    case StoreError::Conflict: return tr("another entry is already saved at this position");
    case StoreError::UnknownRecord: return tr("the record is not in the wallet");
    case StoreError::DuplicateRecord: return tr("the record is already in the wallet");
    }
    return tr("the wallet's database failed");
}

QString MessageWords::phrase(const Message &m)
{
    if (m.code == MessageCode::None)
        return {};
    if (!wellFormed(m))
        return phrase(Message{MessageCode::Legacy, {}});
    auto n = [&m](std::size_t i) { return static_cast<qulonglong>(std::get<std::uint64_t>(m.args[i])); };
    switch (m.code) {
    case MessageCode::None: return {};
    case MessageCode::Legacy: return tr("recorded by an earlier version of Carnet, without details");

    case MessageCode::NodeRpcFailed:
        //: %1 is a step of the sync ("reading the entries"), %2 what went wrong ("no answer in time")
        return tr("%1: %2").arg(step(std::get<RpcStep>(m.args[0])), rpcKind(std::get<RpcErrorKind>(m.args[1]), n(2)));
    case MessageCode::NodeWrongChain: return tr("its network is not the one in the settings");
    case MessageCode::NodeWentBack: return tr("latest block %1, after %2 last time").arg(n(0)).arg(n(1));
    case MessageCode::NodeBehind: return tr("latest block %1; the other nodes are at %2").arg(n(0)).arg(n(1));
    case MessageCode::NodeAhead: return tr("latest block %1, beyond the other nodes' %2").arg(n(0)).arg(n(1));
    case MessageCode::NodeBelowTarget: return tr("latest block %1, below the block being checked (%2)").arg(n(0)).arg(n(1));
    case MessageCode::NodeOtherBlockHash: return tr("a different block %1 than the other nodes").arg(n(0));
    case MessageCode::NodeLicenceDisagrees: return tr("contradicts the other nodes about a licence at block %1").arg(n(0));
    case MessageCode::NodeClaimsContractCode: return tr("claims contracts the other nodes do not have at block %1").arg(n(0));
    case MessageCode::NodeNoContractCode: return tr("does not have the contracts at block %1").arg(n(0));
    case MessageCode::NodeForeignLog: return tr("sent an entry that does not belong to this record");
    case MessageCode::NodeLogBeyondCount:
        return tr("sent entry %1, beyond the entry count of %2 the other nodes confirm").arg(n(0)).arg(n(1));
    case MessageCode::NodeTwoEntriesAt: return tr("sent two entries at position %1").arg(n(0));
    case MessageCode::NodeEntryMissing: return tr("left out entry %1").arg(n(0));
    case MessageCode::NodeLogsDisagree: return tr("its entries %1 to %2 are not those the other nodes confirm").arg(n(0)).arg(n(1));
    case MessageCode::NodeFewerEntries: return tr("gives an entry count of %1; the other nodes give %2").arg(n(0)).arg(n(1));
    case MessageCode::NodeMoreEntries: return tr("claims an entry count of %1; the other nodes give %2").arg(n(0)).arg(n(1));
    case MessageCode::NodeOtherRecordState:
        return tr("the same entry count (%1) as the other nodes, but a different record").arg(n(0));
    case MessageCode::NodeOtherRecordHead: return tr("a different record up to entry %1 than the other nodes").arg(n(0));
    case MessageCode::NodeGrantDisagrees: return tr("a different state of the shared access than the other nodes");
    case MessageCode::NodeRegistryDisagrees: return tr("a different licence, name or key in the registry than the other nodes");
    case MessageCode::NodeBundleForged: return tr("altered keys for the shared access");
    case MessageCode::NodeGrantLogsDisagree: return tr("different records of the shared access than the other nodes");
    case MessageCode::NodeStudyDisagrees: return tr("a different state of a study than the other nodes");
    case MessageCode::NodeTermsForged: return tr("altered terms of a study");
    case MessageCode::NodeDatasetForged: return tr("an altered research dataset");

    case MessageCode::RoundNoNetwork: return tr("the network settings name no record contract");
    case MessageCode::RoundNoNodeAnswered: return tr("no node answered");
    case MessageCode::RoundChainTooShort: return tr("the network does not have enough blocks yet to confirm anything");
    case MessageCode::RoundBlockDisagreement: return tr("the nodes disagree about block %1").arg(n(0));
    case MessageCode::RoundContractsMissing: return tr("can't verify: the contracts are not on the network at block %1").arg(n(0));
    case MessageCode::RoundContractsUndecided:
        return tr("can't verify: the nodes disagree whether the contracts exist at block %1").arg(n(0));
    case MessageCode::RoundAllNodesSetAside: return tr("every node was set aside during the sync");

    case MessageCode::RecordStateUndecided: return tr("can't verify: the nodes do not agree on this record");
    case MessageCode::RecordFewerThanStored:
        return tr("can't verify: the nodes give an entry count of %1, this device holds %2").arg(n(0)).arg(n(1));
    case MessageCode::RecordOtherThanStored: return tr("can't verify: the nodes' record is not the one on this device");
    case MessageCode::RecordKeyUnavailable: return tr("the key of this record could not be derived");
    case MessageCode::RecordNoLogs: return tr("can't verify: no node sent the entries the others confirm");
    case MessageCode::RecordLicenceUndecided:
        return tr("can't verify: the nodes disagree whether the author of entry %1 was licensed").arg(n(0));
    case MessageCode::RecordStopped: return tr("stopped before the end");
    case MessageCode::RecordStoreFailed:
        //: %1 says why ("the disk is full; nothing was written")
        return tr("could not be saved: %1").arg(storeError(std::get<StoreError>(m.args[0])));

    case MessageCode::EntryRejected: return rejection(std::get<EntryRejection>(m.args[0]));
    case MessageCode::EntryNotPatientsKey: return tr("it is marked as yours but not signed with your key for this record");
    case MessageCode::EntryNotLicensed: return tr("its author was not licensed at block %1").arg(n(0));
    case MessageCode::End: break;
    }
    return phrase(Message{MessageCode::Legacy, {}});
}

QString MessageWords::sentence(const Message &message)
{
    QString text = phrase(message);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace carnet::qml
