// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncmessage.h"

#include "core/sync/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <optional>

namespace carnet::core::sync {
namespace {

struct CodeInfo
{
    MessageCode code;
    const char *key;
    std::array<ArgKind, 3> kinds;
    std::size_t arity;
};

constexpr ArgKind N = ArgKind::Number;

// One row per code, in enum order (checked by codeInfo below).
constexpr CodeInfo kCodes[] = {
    {MessageCode::None, "", {}, 0},
    {MessageCode::Legacy, "legacy", {}, 0},
    {MessageCode::NodeRpcFailed, "node.rpc_failed", {ArgKind::Step, ArgKind::RpcKind, N}, 3},
    {MessageCode::NodeWrongChain, "node.wrong_chain", {}, 0},
    {MessageCode::NodeWentBack, "node.went_back", {N, N}, 2},
    {MessageCode::NodeBehind, "node.behind", {N, N}, 2},
    {MessageCode::NodeAhead, "node.ahead", {N, N}, 2},
    {MessageCode::NodeBelowTarget, "node.below_target", {N, N}, 2},
    {MessageCode::NodeOtherBlockHash, "node.other_block_hash", {N}, 1},
    {MessageCode::NodeLicenceDisagrees, "node.licence_disagrees", {N}, 1},
    {MessageCode::NodeClaimsContractCode, "node.claims_contract_code", {N}, 1},
    {MessageCode::NodeNoContractCode, "node.no_contract_code", {N}, 1},
    {MessageCode::NodeForeignLog, "node.foreign_log", {}, 0},
    {MessageCode::NodeLogBeyondCount, "node.log_beyond_count", {N, N}, 2},
    {MessageCode::NodeTwoEntriesAt, "node.two_entries_at", {N}, 1},
    {MessageCode::NodeEntryMissing, "node.entry_missing", {N}, 1},
    {MessageCode::NodeLogsDisagree, "node.logs_disagree", {N, N}, 2},
    {MessageCode::NodeFewerEntries, "node.fewer_entries", {N, N}, 2},
    {MessageCode::NodeMoreEntries, "node.more_entries", {N, N}, 2},
    {MessageCode::NodeOtherRecordState, "node.other_record_state", {N}, 1},
    {MessageCode::NodeOtherRecordHead, "node.other_record_head", {N}, 1},
    {MessageCode::NodeGrantDisagrees, "node.grant_disagrees", {}, 0},
    {MessageCode::NodeRegistryDisagrees, "node.registry_disagrees", {}, 0},
    {MessageCode::NodeBundleForged, "node.bundle_forged", {}, 0},
    {MessageCode::NodeGrantLogsDisagree, "node.grant_logs_disagree", {}, 0},
    {MessageCode::NodeStudyDisagrees, "node.study_disagrees", {}, 0},
    {MessageCode::NodeTermsForged, "node.terms_forged", {}, 0},
    {MessageCode::NodeDatasetForged, "node.dataset_forged", {}, 0},
    {MessageCode::RoundNoNetwork, "round.no_network", {}, 0},
    {MessageCode::RoundNoNodeAnswered, "round.no_node_answered", {}, 0},
    {MessageCode::RoundChainTooShort, "round.chain_too_short", {}, 0},
    {MessageCode::RoundBlockDisagreement, "round.block_disagreement", {N}, 1},
    {MessageCode::RoundContractsMissing, "round.contracts_missing", {N}, 1},
    {MessageCode::RoundContractsUndecided, "round.contracts_undecided", {N}, 1},
    {MessageCode::RoundAllNodesSetAside, "round.all_nodes_set_aside", {}, 0},
    {MessageCode::RecordStateUndecided, "record.state_undecided", {}, 0},
    {MessageCode::RecordFewerThanStored, "record.fewer_than_stored", {N, N}, 2},
    {MessageCode::RecordOtherThanStored, "record.other_than_stored", {}, 0},
    {MessageCode::RecordKeyUnavailable, "record.key_unavailable", {}, 0},
    {MessageCode::RecordNoLogs, "record.no_logs", {}, 0},
    {MessageCode::RecordLicenceUndecided, "record.licence_undecided", {N}, 1},
    {MessageCode::RecordStopped, "record.stopped", {}, 0},
    {MessageCode::RecordStoreFailed, "record.store_failed", {ArgKind::Store}, 1},
    {MessageCode::EntryRejected, "entry.rejected", {ArgKind::Rejection}, 1},
    {MessageCode::EntryNotPatientsKey, "entry.not_patients_key", {}, 0},
    {MessageCode::EntryNotLicensed, "entry.not_licensed", {N}, 1},
};
static_assert(std::size(kCodes) == static_cast<std::size_t>(MessageCode::End), "one row per MessageCode");

constexpr bool rowsInOrder()
{
    for (std::size_t i = 0; i < std::size(kCodes); ++i)
        if (static_cast<std::size_t>(kCodes[i].code) != i)
            return false;
    return true;
}
static_assert(rowsInOrder(), "kCodes rows follow the enum");

const CodeInfo *codeInfo(MessageCode code)
{
    const auto i = static_cast<std::size_t>(code);
    return i < std::size(kCodes) ? &kCodes[i] : nullptr;
}

/** The value of `key` among the values for which `keyOf` gives a key (0 … until nullptr). */
template <typename E, typename KeyOf>
std::optional<E> fromKey(const QString &key, KeyOf keyOf)
{
    for (int i = 0;; ++i) {
        const char *k = keyOf(static_cast<E>(i));
        if (!k)
            return std::nullopt;
        if (key == QLatin1String(k))
            return static_cast<E>(i);
    }
}

QString argText(const MessageArg &arg)
{
    struct Visitor
    {
        QString operator()(std::uint64_t n) const { return QString::number(n); }
        QString operator()(RpcStep s) const { return QLatin1String(rpcStepKey(s)); }
        QString operator()(ledger::RpcErrorKind k) const { return QLatin1String(rpcKindKey(k)); }
        QString operator()(record::EntryRejection r) const { return QLatin1String(rejectionKey(r)); }
        QString operator()(StoreError e) const { return QLatin1String(storeErrorKey(e)); }
    };
    return std::visit(Visitor{}, arg);
}

std::optional<MessageArg> argFrom(ArgKind kind, const QString &text)
{
    switch (kind) {
    case ArgKind::Number: {
        bool ok = false;
        const qulonglong n = text.toULongLong(&ok);
        if (!ok || text != QString::number(n))
            return std::nullopt;
        return MessageArg(static_cast<std::uint64_t>(n));
    }
    case ArgKind::Step:
        if (auto s = fromKey<RpcStep>(text, rpcStepKey))
            return MessageArg(*s);
        return std::nullopt;
    case ArgKind::RpcKind:
        if (auto k = fromKey<ledger::RpcErrorKind>(text, rpcKindKey))
            return MessageArg(*k);
        return std::nullopt;
    case ArgKind::Rejection:
        if (auto r = fromKey<record::EntryRejection>(text, rejectionKey))
            return MessageArg(*r);
        return std::nullopt;
    case ArgKind::Store:
        if (auto e = fromKey<StoreError>(text, storeErrorKey))
            return MessageArg(*e);
        return std::nullopt;
    }
    return std::nullopt;
}

bool fits(ArgKind kind, const MessageArg &arg)
{
    switch (kind) {
    case ArgKind::Number: return std::holds_alternative<std::uint64_t>(arg);
    case ArgKind::Step: return std::holds_alternative<RpcStep>(arg) && rpcStepKey(std::get<RpcStep>(arg));
    case ArgKind::RpcKind: return std::holds_alternative<ledger::RpcErrorKind>(arg) && rpcKindKey(std::get<ledger::RpcErrorKind>(arg));
    case ArgKind::Rejection:
        return std::holds_alternative<record::EntryRejection>(arg) && rejectionKey(std::get<record::EntryRejection>(arg));
    case ArgKind::Store: return std::holds_alternative<StoreError>(arg) && storeErrorKey(std::get<StoreError>(arg));
    }
    return false;
}

} // namespace

const char *messageKey(MessageCode code)
{
    const CodeInfo *info = codeInfo(code);
    return info ? info->key : "";
}

std::span<const ArgKind> messageArgKinds(MessageCode code)
{
    const CodeInfo *info = codeInfo(code);
    if (!info)
        return {};
    return std::span<const ArgKind>(info->kinds.data(), info->arity);
}

const char *rpcStepKey(RpcStep step)
{
    switch (step) {
    case RpcStep::ChainId: return "chain-id";
    case RpcStep::Head: return "head";
    case RpcStep::TargetBlock: return "target-block";
    case RpcStep::ContractCode: return "contract-code";
    case RpcStep::Licence: return "licence";
    case RpcStep::RegistryName: return "registry-name";
    case RpcStep::RecordState: return "record-state";
    case RpcStep::EntryLogs: return "entry-logs";
    case RpcStep::GrantState: return "grant-state";
    case RpcStep::GrantLogs: return "grant-logs";
    case RpcStep::StudyState: return "study-state";
    case RpcStep::StudyLogs: return "study-logs";
    case RpcStep::End: break;
    }
    return nullptr;
}

const char *rpcKindKey(ledger::RpcErrorKind kind)
{
    using K = ledger::RpcErrorKind;
    switch (kind) {
    case K::None: return "none";
    case K::Timeout: return "timeout";
    case K::Transport: return "transport";
    case K::HttpStatus: return "http-status";
    case K::TooLarge: return "too-large";
    case K::TooDeep: return "too-deep";
    case K::Malformed: return "malformed";
    case K::RpcError: return "rpc-error";
    case K::ChainMismatch: return "chain-mismatch";
    case K::NoNode: return "no-node";
    case K::Reverted: return "reverted";
    case K::BadAnswer: return "bad-answer";
    }
    return nullptr;
}

const char *rejectionKey(record::EntryRejection rejection)
{
    using R = record::EntryRejection;
    switch (rejection) {
    case R::TooLarge: return "too-large";
    case R::TooShort: return "too-short";
    case R::UnsupportedVersion: return "unsupported-version";
    case R::UnknownFlags: return "unknown-flags";
    case R::FlagMismatch: return "flag-mismatch";
    case R::EntryHashMismatch: return "entry-hash-mismatch";
    case R::KeyUnwrapFailed: return "key-unwrap-failed";
    case R::ContentAuthFailed: return "content-auth-failed";
    case R::BadSignature: return "bad-signature";
    case R::WrongSigner: return "wrong-signer";
    case R::ContentNotJson: return "content-not-json";
    case R::NoResourceType: return "no-resource-type";
    }
    return nullptr;
}

const char *storeErrorKey(StoreError error)
{
    switch (error) {
    case StoreError::Database: return "database";
    case StoreError::DiskFull: return "disk-full";
    case StoreError::NotContiguous: return "not-contiguous";
    case StoreError::Conflict: return "conflict";
    case StoreError::UnknownRecord: return "unknown-record";
    case StoreError::DuplicateRecord: return "duplicate-record";
    }
    return nullptr;
}

QString encodeMessage(const Message &message)
{
    if (message.code == MessageCode::None)
        return {};
    if (!wellFormed(message))
        return QStringLiteral("[\"legacy\"]");
    QJsonArray array{QLatin1String(messageKey(message.code))};
    for (const MessageArg &arg : message.args)
        array.append(argText(arg));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Message decodeMessage(const QString &text)
{
    if (text.isEmpty())
        return {};
    const Message legacy{MessageCode::Legacy, {}};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty())
        return legacy;
    const QJsonArray array = doc.array();
    const QString key = array.first().toString();
    for (const CodeInfo &info : kCodes) {
        if (info.code == MessageCode::None || key != QLatin1String(info.key))
            continue;
        if (static_cast<std::size_t>(array.size()) != info.arity + 1)
            return legacy;
        Message out{info.code, {}};
        for (std::size_t i = 0; i < info.arity; ++i) {
            const QJsonValue v = array.at(static_cast<qsizetype>(i + 1));
            auto arg = v.isString() ? argFrom(info.kinds[i], v.toString()) : std::nullopt;
            if (!arg)
                return legacy;
            out.args.push_back(*arg);
        }
        return out;
    }
    return legacy;
}

Message rpcFailure(RpcStep step, const ledger::RpcError &error)
{
    // The HTTP status is the only number kept: the node's text (and its JSON-RPC code) stay out.
    const std::uint64_t status = error.kind == ledger::RpcErrorKind::HttpStatus ? static_cast<std::uint64_t>(std::max(0, error.httpStatus)) : 0;
    return message(MessageCode::NodeRpcFailed, step, error.kind, status);
}

bool wellFormed(const Message &message)
{
    const auto kinds = messageArgKinds(message.code);
    if (!codeInfo(message.code) || kinds.size() != message.args.size())
        return false;
    for (std::size_t i = 0; i < kinds.size(); ++i)
        if (!fits(kinds[i], message.args[i]))
            return false;
    return true;
}

} // namespace carnet::core::sync
