// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* ResearchMarket through typed calls (ledger/contracts/ResearchMarket.sol, docs/CONTRACTS.md):
 * posting a study with its escrow, joining and leaving under a per-study pseudonym, the
 * researcher's refund after the deadline, withdrawals, the views at any block, and strict decoding
 * of the five events. */
#include "core/ledger/contracts/contractcall.h"

namespace carnet::core::ledger {

/** What a researcher posts (the arguments of postStudy). */
struct StudyPost
{
    crypto::Hash32 studyId{};
    crypto::Hash32 termsHash{};
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

struct ParticipantRecord
{
    ParticipantState state = ParticipantState::None;
    crypto::Address account{}; // the per-study account that joined
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
    LogOrigin origin;
};

struct StudyJoined
{
    crypto::Hash32 studyId{};
    crypto::Hash32 pseudonym{};
    crypto::Address payoutAddress{};
    crypto::Hash32 datasetHash{};
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
    U256 amount;
    LogOrigin origin;
};

// Strict event decoders: nullopt for a log of another event or a malformed one.
std::optional<StudyPosted> decodeStudyPosted(const LogEntry &log);
std::optional<StudyJoined> decodeJoined(const LogEntry &log);
std::optional<StudyLeft> decodeLeft(const LogEntry &log);
std::optional<StudyRefunded> decodeRefunded(const LogEntry &log);
std::optional<Withdrawn> decodeWithdrawn(const LogEntry &log);

class ResearchMarket
{
public:
    ResearchMarket(EthClient &client, const crypto::Address &address)
        : m_contract(client, contracts::researchMarket::contract(), address)
    { }
    const crypto::Address &address() const { return m_contract.address(); }

    /** postStudy(…) by a licensed researcher, sending `escrow` wei (normally post.escrow()). */
    Result<Receipt, RpcError> postStudy(const crypto::PrivateKey &researcher, const StudyPost &post, const U256 &escrow,
                                        int confirmations = 1);
    /** join(studyId, pseudonym, datasetHash, payoutAddress) by the patient's per-study account. */
    Result<Receipt, RpcError> join(const crypto::PrivateKey &account, const crypto::Hash32 &studyId,
                                   const crypto::Hash32 &pseudonym, const crypto::Hash32 &datasetHash,
                                   const crypto::Address &payoutAddress, int confirmations = 1);
    /** leaveStudy(studyId, pseudonym) by the account that joined. */
    Result<Receipt, RpcError> leaveStudy(const crypto::PrivateKey &account, const crypto::Hash32 &studyId,
                                         const crypto::Hash32 &pseudonym, int confirmations = 1);
    /** refund(studyId) by the study's researcher, after the deadline. */
    Result<Receipt, RpcError> refund(const crypto::PrivateKey &researcher, const crypto::Hash32 &studyId, int confirmations = 1);
    /** withdraw(): the caller's whole balance. */
    Result<Receipt, RpcError> withdraw(const crypto::PrivateKey &account, int confirmations = 1);

    Result<U256, RpcError> balanceOf(const crypto::Address &account, const BlockTag &block = {});
    /** Reverted UnknownStudy for a study never posted. */
    Result<StudyRecord, RpcError> study(const crypto::Hash32 &studyId, const BlockTag &block = {});
    Result<ParticipantRecord, RpcError> participant(const crypto::Hash32 &studyId, const crypto::Hash32 &pseudonym,
                                                    const BlockTag &block = {});
    /** MAX_STUDY_DURATION in seconds. */
    Result<std::uint64_t, RpcError> maxStudyDuration(const BlockTag &block = {});
    Result<std::uint64_t, RpcError> encryptionKeyBytes(const BlockTag &block = {});
    Result<crypto::Address, RpcError> registry(const BlockTag &block = {});

    /** eth_getLogs filter for every event of one study (posted, joined, left, refunded). */
    LogFilter studyFilter(const crypto::Hash32 &studyId) const;

private:
    ContractClient m_contract;
};

} // namespace carnet::core::ledger
