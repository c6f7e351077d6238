// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* ResearchMarket v2 through typed calls (ledger/contracts/ResearchMarket.sol, docs/CONTRACTS.md):
 * posting a study with its terms and escrow (the id bound to the researcher), a patient's per-study
 * account delivering its encrypted dataset in parts and joining (the pseudonym bound to that account),
 * leaving, the researcher's refund after the deadline, withdrawals to a chosen address, the views at
 * any block, the contract's ids computed locally, strict decoding of the six events, and the log
 * queries a reader needs (terms, dataset parts, joins), each log checked strictly.
 * Events and local computations are in researchmarketevents.cpp. */
#include "core/ledger/contracts/contractcall.h"

#include <span>

namespace carnet::core::ledger {

/** What a researcher posts (the arguments of postStudy). */
struct StudyPost
{
    crypto::Hash32 salt{};           // any value this researcher has not posted with before
    crypto::Bytes terms;             // the terms document, 1 to MAX_TERMS_BYTES bytes
    U256 pricePerParticipant;
    std::uint32_t places = 0;
    std::uint64_t deadline = 0;      // unix seconds
    crypto::Bytes encryptionKey;     // compressed secp256k1 public key (33 bytes)

    /** price × places, the escrow postStudy must carry; nullopt when it overflows. */
    std::optional<U256> escrow() const { return U256::mul(pricePerParticipant, U256(places)); }
};

/** What the contract keeps of a study (ResearchMarket.study). */
struct StudyRecord
{
    crypto::Address researcher{};
    crypto::Hash32 termsHash{};
    U256 pricePerParticipant;
    std::uint32_t places = 0;
    std::uint32_t joined = 0;
    std::uint64_t deadline = 0;
    bool refunded = false;
    friend bool operator==(const StudyRecord &, const StudyRecord &) = default;
};

enum class ParticipantState : std::uint8_t { None = 0, Joined = 1, Left = 2 };

/** What the contract keeps of one participation (ResearchMarket.participant). */
struct ParticipantRecord
{
    ParticipantState state = ParticipantState::None;
    crypto::Address account{};     // the per-study account (zero before its first part)
    crypto::Hash32 datasetHash{};  // keccak of the plaintext dataset, given at joining
    crypto::Hash32 deliveryHash{}; // the encrypted parts chained (nextDeliveryHash)
    std::uint16_t parts = 0;
    /** Parts delivered but not joined (yet). */
    bool delivering() const { return state == ParticipantState::None && parts > 0; }
    friend bool operator==(const ParticipantRecord &, const ParticipantRecord &) = default;
};

struct StudyPosted
{
    crypto::Hash32 studyId{};
    crypto::Address researcher{};
    crypto::Hash32 termsHash{};
    U256 pricePerParticipant;
    std::uint32_t places = 0;
    std::uint64_t deadline = 0;
    crypto::Bytes encryptionKey;
    crypto::Bytes terms;
    LogOrigin origin;
    /** keccak(terms) == termsHash: the event carries the terms the contract hashed. */
    bool termsMatch() const;
};

struct DatasetPart
{
    crypto::Hash32 studyId{};
    crypto::Hash32 pseudonym{};
    std::uint16_t index = 0;
    crypto::Bytes part;
    LogOrigin origin;
};

struct StudyJoined
{
    crypto::Hash32 studyId{};
    crypto::Hash32 pseudonym{};
    crypto::Address account{}; // paid: the price went to this account's balance
    crypto::Hash32 datasetHash{};
    crypto::Hash32 deliveryHash{};
    std::uint16_t parts = 0;
    U256 price;
    LogOrigin origin;
};

struct StudyLeft
{
    crypto::Hash32 studyId{};
    crypto::Hash32 pseudonym{};
    std::uint64_t leftAt = 0;
    LogOrigin origin;
};

struct StudyRefunded
{
    crypto::Hash32 studyId{};
    crypto::Address researcher{};
    U256 amount;
    LogOrigin origin;
};

struct Withdrawn
{
    crypto::Address account{};
    crypto::Address to{};
    U256 amount;
    LogOrigin origin;
};

// Strict event decoders: nullopt for a log of another event or a malformed one (topic count,
// topic0, ABI decoding of topics and data). The log's address is not checked.
std::optional<StudyPosted> decodeStudyPosted(const LogEntry &log);
std::optional<DatasetPart> decodeDatasetPart(const LogEntry &log);
std::optional<StudyJoined> decodeJoined(const LogEntry &log);
std::optional<StudyLeft> decodeLeft(const LogEntry &log);
std::optional<StudyRefunded> decodeRefunded(const LogEntry &log);
std::optional<Withdrawn> decodeWithdrawn(const LogEntry &log);

/** keccak("carnet/study-id/v1" ‖ researcher ‖ salt): the only id `researcher` may post with `salt`
 *  (ResearchMarket.studyIdOf). */
crypto::Hash32 studyIdOf(const crypto::Address &researcher, const crypto::Hash32 &salt);
/** keccak("carnet/study-pseudonym/v1" ‖ studyId ‖ account): the only pseudonym `account` delivers and
 *  joins under (ResearchMarket.pseudonymOf). */
crypto::Hash32 pseudonymOf(const crypto::Hash32 &studyId, const crypto::Address &account);
/** The delivery hash after one more part: keccak(previous ‖ part); zero before the first. */
crypto::Hash32 nextDeliveryHash(const crypto::Hash32 &previous, crypto::ByteView part);
/** The delivery hash of parts read from logs, which must be exactly indices 0, 1, … in order
 *  (nullopt otherwise): compare it with participant().deliveryHash read from a majority of nodes. */
std::optional<crypto::Hash32> deliveryHashOf(std::span<const DatasetPart> parts);

class ResearchMarket
{
public:
    ResearchMarket(EthClient &client, const crypto::Address &address)
        : m_contract(client, contracts::researchMarket::contract(), address)
    { }
    const crypto::Address &address() const { return m_contract.address(); }

    struct Posted
    {
        Receipt receipt;
        crypto::Hash32 studyId{}; // studyIdOf(researcher, salt), computed locally
    };

    /** postStudy(salt, terms, …) by a licensed researcher, sending `escrow` wei (normally post.escrow()). */
    Result<Posted, RpcError> postStudy(const crypto::PrivateKey &researcher, const StudyPost &post, const U256 &escrow,
                                       int confirmations = 1);
    /** deliverPart(studyId, index, part) by the patient's per-study account, parts 0, 1, … in order. */
    Result<Receipt, RpcError> deliverPart(const crypto::PrivateKey &account, const crypto::Hash32 &studyId,
                                          std::uint16_t index, crypto::ByteView part, int confirmations = 1);
    /** join(studyId, datasetHash) by the per-study account that delivered the parts. */
    Result<Receipt, RpcError> join(const crypto::PrivateKey &account, const crypto::Hash32 &studyId,
                                   const crypto::Hash32 &datasetHash, int confirmations = 1);
    /** leaveStudy(studyId) by the account that joined. */
    Result<Receipt, RpcError> leaveStudy(const crypto::PrivateKey &account, const crypto::Hash32 &studyId,
                                         int confirmations = 1);
    /** refund(studyId) by the study's researcher, after the deadline. */
    Result<Receipt, RpcError> refund(const crypto::PrivateKey &researcher, const crypto::Hash32 &studyId, int confirmations = 1);
    /** withdraw(to): the caller's whole balance, sent to `to`. */
    Result<Receipt, RpcError> withdraw(const crypto::PrivateKey &account, const crypto::Address &to, int confirmations = 1);

    Result<U256, RpcError> balanceOf(const crypto::Address &account, const BlockTag &block = {});
    /** Reverted UnknownStudy for a study never posted. */
    Result<StudyRecord, RpcError> study(const crypto::Hash32 &studyId, const BlockTag &block = {});
    Result<ParticipantRecord, RpcError> participant(const crypto::Hash32 &studyId, const crypto::Hash32 &pseudonym,
                                                    const BlockTag &block = {});
    /** The contract's own studyIdOf / pseudonymOf (the free functions compute the same locally). */
    Result<crypto::Hash32, RpcError> studyIdOf(const crypto::Address &researcher, const crypto::Hash32 &salt,
                                               const BlockTag &block = {});
    Result<crypto::Hash32, RpcError> pseudonymOf(const crypto::Hash32 &studyId, const crypto::Address &account,
                                                 const BlockTag &block = {});
    /** MAX_STUDY_DURATION in seconds. */
    Result<std::uint64_t, RpcError> maxStudyDuration(const BlockTag &block = {});
    Result<std::uint64_t, RpcError> encryptionKeyBytes(const BlockTag &block = {});
    Result<std::uint64_t, RpcError> maxTermsBytes(const BlockTag &block = {});
    Result<std::uint64_t, RpcError> maxPartBytes(const BlockTag &block = {});
    Result<std::uint64_t, RpcError> maxParts(const BlockTag &block = {});
    Result<crypto::Address, RpcError> registry(const BlockTag &block = {});

    // eth_getLogs filters of this contract.
    /** Every event about one study (posted, parts, joined, left, refunded). */
    LogFilter studyFilter(const crypto::Hash32 &studyId) const;
    /** StudyPosted logs: of every study, or of one. */
    LogFilter postedFilter(const std::optional<crypto::Hash32> &studyId = std::nullopt) const;
    /** DatasetPart logs of one participation. */
    LogFilter partFilter(const crypto::Hash32 &studyId, const crypto::Hash32 &pseudonym) const;
    /** Joined logs of one study. */
    LogFilter joinedFilter(const crypto::Hash32 &studyId) const;

    // The logs over blocks [from, to], each decoded strictly: a log from another address, of another
    // event, malformed, or not matching the filter's topics makes the answer BadAnswer.
    /** Also BadAnswer when an event's terms do not hash to its termsHash. */
    Result<std::vector<StudyPosted>, RpcError> postedLogs(std::uint64_t from, std::uint64_t to,
                                                          const std::optional<crypto::Hash32> &studyId = std::nullopt);
    Result<std::vector<DatasetPart>, RpcError> datasetParts(const crypto::Hash32 &studyId, const crypto::Hash32 &pseudonym,
                                                            std::uint64_t from, std::uint64_t to);
    Result<std::vector<StudyJoined>, RpcError> joinedLogs(const crypto::Hash32 &studyId, std::uint64_t from, std::uint64_t to);

private:
    template <typename Event>
    Result<std::vector<Event>, RpcError> logsOf(const LogFilter &filter, std::uint64_t from, std::uint64_t to,
                                                std::optional<Event> (*decode)(const LogEntry &));
    ContractClient m_contract;
};

} // namespace carnet::core::ledger
