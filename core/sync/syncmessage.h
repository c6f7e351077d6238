// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* What core/sync tells a person, as a code with arguments (../shared/design/ARCHITECTURE.md, "One
 * service layer"): a node's verdict detail, a refused entry's reason, a record's or a round's problem.
 * Core never writes the sentence; the app renders it with tr() (qml/sync/messagewords.cpp) and
 * carnet-cli in English (app/cli/messagetext.cpp).
 *
 * Arguments are numbers (blocks, positions, counts, an HTTP status) or codes of the layers
 * below; never text. In particular a node's own JSON-RPC error message is attacker-controlled and is
 * not carried: a message says which step failed and how (RpcErrorKind), nothing the node wrote. No
 * message holds a secret or health data.
 *
 * The vault keeps messages in their stable text form (encodeMessage): a JSON array of strings, the
 * code's key first, then each argument (a decimal number, or the key of a lower-layer code), e.g.
 * ["node.behind","12","40"]. The keys below never change meaning; a new meaning is a new key. */
#include "core/ledger/jsonlimits.h"
#include "core/record/verifyentry.h"

#include <QString>

#include <cstdint>
#include <span>
#include <type_traits>
#include <variant>
#include <vector>

namespace carnet::core::sync {

enum class StoreError; // core/sync/recordstore.h

/** The step of a round a node failed to answer (a NodeRpcFailed argument). */
enum class RpcStep : std::uint8_t {
    ChainId,      ///< eth_chainId
    Head,         ///< eth_blockNumber
    TargetBlock,  ///< eth_getBlockByNumber of the round's target block
    ContractCode, ///< eth_getCode of RecordLog
    Licence,      ///< the registry's licence intervals
    RegistryName, ///< the registry's name of an author
    RecordState,  ///< RecordLog.recordState
    EntryLogs,    ///< the EntryPublished logs
    GrantState,   ///< AccessGrants views of a grant (grant, grantState, accessCount, nonceUsed)
    GrantLogs,    ///< AccessGrants logs of a grant (GrantIssued, KeyBundlePart, AccessRecorded)
    StudyState,   ///< ResearchMarket views (study, participant, balanceOf)
    StudyLogs,    ///< ResearchMarket logs (StudyPosted, DatasetPart, Joined)
    End,          ///< not a step: one past the last
};

enum class MessageCode : std::uint16_t {
    None,   ///< no message (a healthy node, a verified entry, a complete record)
    Legacy, ///< written by an older version as English text (schema 4 and before), or unreadable

    // A node's verdict detail (NodeReport::detail, the vault's nodes.detail).
    NodeRpcFailed,          ///< [RpcStep, RpcErrorKind, HTTP status (0: none)]
    NodeWrongChain,         ///< []
    NodeWentBack,           ///< [head, head it gave last round]
    NodeBehind,             ///< [head, the majority's head]
    NodeAhead,              ///< [head, the majority's head]
    NodeBelowTarget,        ///< [head, target block]
    NodeOtherBlockHash,     ///< [block]
    NodeLicenceDisagrees,   ///< [block]
    NodeClaimsContractCode, ///< [block]
    NodeNoContractCode,     ///< [block]
    NodeForeignLog,         ///< []
    NodeLogBeyondCount,     ///< [position, the majority's count]
    NodeTwoEntriesAt,       ///< [position]
    NodeEntryMissing,       ///< [position]
    NodeLogsDisagree,       ///< [first position, last position]
    NodeFewerEntries,       ///< [its count, the majority's count]
    NodeMoreEntries,        ///< [its count, the majority's count]
    NodeOtherRecordState,   ///< [its count (the majority's too)]
    NodeOtherRecordHead,    ///< [position]: another running hash after that entry than the majority
    NodeGrantDisagrees,     ///< []: another state of a grant than the majority (terms, state, reads, nonce)
    NodeRegistryDisagrees,  ///< []: another registry answer than the majority (licence now, name, key)
    NodeBundleForged,       ///< []: key bundle parts whose keccak is not the grant's signed hash
    NodeGrantLogsDisagree,  ///< []: a grant's logs that a majority does not give, or without one it gives
    NodeStudyDisagrees,     ///< []: another state of a study than the majority (study, participant, balance)
    NodeTermsForged,        ///< []: a study's terms whose keccak is not the study's termsHash, or none
    NodeDatasetForged,      ///< []: dataset parts that do not chain to the participant's deliveryHash

    // Why a round stopped (SyncResult::problem, RoundTarget::problem).
    RoundNoNetwork,          ///< []
    RoundNoNodeAnswered,     ///< []
    RoundChainTooShort,      ///< []
    RoundBlockDisagreement,  ///< [target block]
    RoundContractsMissing,   ///< [target block]
    RoundContractsUndecided, ///< [target block]
    RoundAllNodesSetAside,   ///< []

    // Why a record is not complete (RecordReport::problem).
    RecordStateUndecided,   ///< []
    RecordFewerThanStored,  ///< [the majority's count, entries the wallet holds]
    RecordOtherThanStored,  ///< []
    RecordKeyUnavailable,   ///< []
    RecordNoLogs,           ///< []
    RecordLicenceUndecided, ///< [position]
    RecordStopped,          ///< []
    RecordStoreFailed,      ///< [StoreError]

    // Why an entry was refused (StoredEntry::reason, the vault's entries.reason).
    EntryRejected,          ///< [record::EntryRejection]
    EntryNotPatientsKey,    ///< []
    EntryNotLicensed,       ///< [block]

    End, ///< not a code: one past the last (tests walk the codes up to it)
};

/** What an argument of a code is. */
enum class ArgKind : std::uint8_t { Number, Step, RpcKind, Rejection, Store };

using MessageArg = std::variant<std::uint64_t, RpcStep, ledger::RpcErrorKind, record::EntryRejection, StoreError>;

struct Message
{
    MessageCode code = MessageCode::None;
    std::vector<MessageArg> args;

    bool isEmpty() const { return code == MessageCode::None; }
    friend bool operator==(const Message &, const Message &) = default;
};

/** A message of `code` with `args` (integers become numbers). */
template <typename... Args>
Message message(MessageCode code, Args... args)
{
    [[maybe_unused]] auto toArg = [](auto value) -> MessageArg {
        if constexpr (std::is_integral_v<decltype(value)>)
            return static_cast<std::uint64_t>(value);
        else
            return value;
    };
    return Message{code, {toArg(args)...}};
}

/** The code's stable key ("node.behind"); "" for None. */
const char *messageKey(MessageCode code);
/** The kinds of the code's arguments, in order. */
std::span<const ArgKind> messageArgKinds(MessageCode code);

/** Whether the arguments are those the code asks for (renderers show Legacy's sentence otherwise). */
bool wellFormed(const Message &message);

/** Stable keys of the argument codes (for the stored form): nullptr for a value out of range. */
const char *rpcStepKey(RpcStep step);
const char *rpcKindKey(ledger::RpcErrorKind kind);
const char *rejectionKey(record::EntryRejection rejection);
const char *storeErrorKey(StoreError error);

/** The stored form: "" for None, else the JSON array described above. */
QString encodeMessage(const Message &message);
/** Reads the stored form: "" → None; a valid array → the message; anything else (English text of an
 *  older version, an unknown key, arguments that do not fit the code) → Legacy without arguments. */
Message decodeMessage(const QString &text);

/** A NodeRpcFailed message for `error` during `step`: its kind and number only, never its text. */
Message rpcFailure(RpcStep step, const ledger::RpcError &error);

} // namespace carnet::core::sync
