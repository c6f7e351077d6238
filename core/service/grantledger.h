// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* What the nodes say about grants, read like the sync reads records (docs/PROTOCOL.md §7, §8): one
 * GrantLedger is one round. assess() runs §7 steps 1–3 (chain, heads, the target block T and its
 * hash by majority, AccessGrants and CarnetRegistry code at T); every later answer is read from each
 * round node at T by its hash (EIP-1898; by number for a node that refuses that form) and counts only
 * when a strict majority of the round's nodes give it. Then the nodes that said otherwise are flagged
 * (WrongState, HidesEntries, ForgedEntry…); without a majority nobody is flagged and the answer is
 * std::nullopt: "can't verify". Used by the clinician's open (walletclinician.cpp) and the patient's
 * grant list and access log. One thread at a time; not copyable. */
#include "core/ledger/contracts/accessgrants.h"
#include "core/ledger/contracts/recordlog.h"
#include "core/service/grantfailure.h"
#include "core/sync/nodepanel.h"
#include "core/sync/syncengine.h"

#include <map>
#include <memory>
#include <optional>

namespace carnet::core::sync::detail {
class LicenceBook;
}

namespace carnet::core::service {

/** grant(): the grant's terms, or a majority reverting UnknownGrant (`known` false). */
struct GrantLookup
{
    bool known = false;
    ledger::GrantRecord record;
    friend bool operator==(const GrantLookup &, const GrantLookup &) = default;
};

/** The head of a record after one entry: `exists` false when a majority reverts NoSuchEntry. */
struct RecordHead
{
    bool exists = false;
    crypto::Hash32 head{};
    friend bool operator==(const RecordHead &, const RecordHead &) = default;
};

/** CarnetRegistry.encryptionKeyOf by majority: none set, set but not a compressed secp256k1 point, or
 *  a valid key. */
struct RegistryKey
{
    enum class Status { None, Invalid, Valid };
    Status status = Status::None;
    std::optional<crypto::PublicKey> key; ///< Valid only
};

/** A licensed clinician from the registry's Registered events. */
struct RegisteredClinician
{
    crypto::Address account{};
    QString name; ///< by majority ("" when none)
};

class GrantLedger
{
public:
    /** Timeouts of a round: SyncOptions::defaultRpcOptions(). */
    explicit GrantLedger(const ledger::NetworkConfig &network, const ledger::RpcOptions &options = sync::SyncOptions::defaultRpcOptions());
    ~GrantLedger();
    GrantLedger(const GrantLedger &) = delete;
    GrantLedger &operator=(const GrantLedger &) = delete;

    /** §7 steps 1–3 with the network file's confirmations, then AccessGrants' code at T by majority.
     *  ok false: problem is RoundNoNetwork (no AccessGrants, RecordLog or CarnetRegistry in the file),
     *  RoundNoNodeAnswered, RoundBlockDisagreement, RoundContractsMissing/Undecided… Every other call
     *  answers nullopt before a successful assess(). */
    sync::RoundTarget assess();
    bool ready() const { return m_target.ok; }
    std::uint64_t targetBlock() const { return m_target.block; }
    const crypto::Hash32 &targetHash() const { return m_target.hash; }
    const ledger::NetworkConfig &network() const { return m_network; }
    /** Each node's verdict so far (label, verdict, detail, head). */
    std::vector<sync::NodeReport> nodes() const;

    // --- AccessGrants at T
    std::optional<GrantLookup> grant(const share::GrantId &grantId);
    std::optional<ledger::GrantState> state(const share::GrantId &grantId);
    /** Revoked at the nodes' latest blocks, by a strict majority of the round's nodes (true), not
     *  revoked by one (false), or no majority (nullopt). A revocation counts from the block after it
     *  (PROTOCOL.md §8.10), not `confirmations` blocks later as values read at T do: a grant readable
     *  at T but revoked since is refused. Only ever adds a refusal; nobody is flagged. */
    std::optional<bool> revokedAtHeads(const share::GrantId &grantId);
    /** grantState at the round nodes' latest blocks by strict majority (nullopt: none). For what T
     *  does not show yet (a grant issued or revoked within the last `confirmations` blocks); values
     *  that decide what is read stay T's. */
    std::optional<ledger::GrantState> stateAtHeads(const share::GrantId &grantId);
    std::optional<std::uint64_t> accessCount(const share::GrantId &grantId);
    std::optional<bool> nonceUsed(const crypto::Address &signer, const ledger::U256 &nonce);
    /** The encrypted key bundle: GrantIssued and KeyBundlePart logs of the grant in [fromBlock, T] from
     *  the nodes that agreed on grant() (in the network file's order) until one gives exactly
     *  `record.keyBundleParts` parts whose joined keccak is `record.keyBundleHash`; a node that gives
     *  others is flagged ForgedEntry. BundleForged when no node gave them, CantVerify when none
     *  answered (or grant() was not agreed). */
    Result<crypto::Bytes, GrantProblem> keyBundle(const share::GrantId &grantId, const ledger::GrantRecord &record,
                                                  std::uint64_t fromBlock = 0);
    /** AccessRecorded logs of the grant in [fromBlock, T] that a strict majority of the round's nodes
     *  give (same transaction and log index, same fields), in chain order; nullopt unless their number
     *  is the majority's accessCount. Nodes missing one are flagged HidesEntries, nodes adding one
     *  WrongState. */
    std::optional<std::vector<ledger::AccessRecorded>> accessRecords(const share::GrantId &grantId, std::uint64_t fromBlock = 0);

    // --- CarnetRegistry at T
    /** Licensed as a clinician at T. */
    std::optional<bool> isLicensedClinician(const crypto::Address &account);
    std::optional<QString> nameOf(const crypto::Address &account);
    std::optional<RegistryKey> encryptionKeyOf(const crypto::Address &account);
    /** Was `author` licensed as provider or clinician at `block` (§6 step 5)? nullopt: no majority. */
    std::optional<bool> licensedAt(const crypto::Address &author, std::uint64_t block);
    /** Accounts with a Registered event for the clinician role in [fromBlock, T] (by majority of the
     *  nodes' logs) and licensed as clinicians at T, with their names, in the order first registered. */
    std::optional<std::vector<RegisteredClinician>> licensedClinicians(std::uint64_t fromBlock = 0);

    // --- RecordLog at T (the entries of a grant, §8.7 step 5)
    std::optional<RecordHead> recordHead(const crypto::Hash32 &recordId, std::uint64_t sequence);
    /** EntryPublished logs 0 … last of the record, from the nodes that agreed on recordHead(recordId,
     *  last) in turn, accepted from the first node whose logs fold to that head (§6); others flagged.
     *  nullopt: no node's logs do (or the head was not agreed). */
    std::optional<std::vector<ledger::EntryPublished>> recordLogs(const crypto::Hash32 &recordId, std::uint64_t last);

    // --- For other readers of the same round (StudyLedger)
    /** The value `read(node, tag)` gives at T by strict majority (see majority below; dissenters are
     *  flagged WrongState with `what`); the agreeing nodes go to `agreeing`. */
    template <typename T, typename Read>
    std::optional<T> agreed(Read read, sync::RpcStep step, const sync::Message &what,
                            std::vector<sync::NodeState *> *agreeing = nullptr)
    {
        return majority<T>(read, step, sync::NodeVerdict::WrongState, what, agreeing);
    }
    /** The round's nodes still usable, in the network file's order. */
    std::vector<sync::NodeState *> usableNodes();
    /** The block tag that reads `node` at T. */
    ledger::BlockTag tagAt(const sync::NodeState &node) const { return at(node); }
    /** Whether a strict majority shows code at `contract` at T (nullopt: no majority). */
    std::optional<bool> hasCode(const crypto::Address &contract) { return codeAtTarget(contract); }
    /** Licensed as a researcher at T. */
    std::optional<bool> isLicensedResearcher(const crypto::Address &account);

private:
    /** The value `read` gives at T from each usable node, by strict majority (see the file comment);
     *  the nodes that agree go to `agreeing`, the others are flagged `verdict` with `what`. */
    template <typename T, typename Read>
    std::optional<T> majority(Read read, sync::RpcStep step, sync::NodeVerdict verdict, const sync::Message &what,
                              std::vector<sync::NodeState *> *agreeing = nullptr);
    ledger::BlockTag at(const sync::NodeState &node) const;
    std::optional<bool> codeAtTarget(const crypto::Address &contract);

    ledger::NetworkConfig m_network;
    sync::NodePanel m_panel;
    sync::RoundTarget m_target;
    crypto::Address m_grants{}, m_registry{}, m_recordLog{};
    std::unique_ptr<sync::detail::LicenceBook> m_licences;
    std::map<share::GrantId, std::vector<sync::NodeState *>> m_grantAgreeing;
    std::map<crypto::Address, QString> m_names; ///< nameOf's agreed answers this round
    std::map<std::pair<crypto::Hash32, std::uint64_t>, std::vector<sync::NodeState *>> m_headAgreeing;
    std::map<std::pair<crypto::Hash32, std::uint64_t>, crypto::Hash32> m_heads;
};

} // namespace carnet::core::service
