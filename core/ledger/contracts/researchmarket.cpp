// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/contracts/researchmarket.h"

namespace carnet::core::ledger {

namespace generated = contracts::researchMarket;

namespace {

const AbiEvent &postedEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evStudyPosted, {true, true, false, false, false, false, false});
    return e;
}

const AbiEvent &joinedEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evJoined, {true, true, true, false, false});
    return e;
}

const AbiEvent &leftEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evLeft, {true, true, false});
    return e;
}

const AbiEvent &refundedEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evRefunded, {true, true, false});
    return e;
}

const AbiEvent &withdrawnEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evWithdrawn, {true, false});
    return e;
}

std::uint32_t uint32Of(const AbiValue &value)
{
    return static_cast<std::uint32_t>(uint64Of(value)); // decoded as uint32: in range
}

} // namespace

std::optional<StudyPosted> decodeStudyPosted(const LogEntry &log)
{
    const auto v = decodeEventLog(postedEvent(), log);
    if (!v)
        return std::nullopt;
    return StudyPosted{bytes32Of(v->at(0)), *v->at(1).asAddress(), bytes32Of(v->at(2)), *v->at(3).asUint(),
                       uint32Of(v->at(4)),  uint64Of(v->at(5)),    *v->at(6).asBytes(), LogOrigin::of(log)};
}

std::optional<StudyJoined> decodeJoined(const LogEntry &log)
{
    const auto v = decodeEventLog(joinedEvent(), log);
    if (!v)
        return std::nullopt;
    return StudyJoined{bytes32Of(v->at(0)), bytes32Of(v->at(1)), *v->at(2).asAddress(), bytes32Of(v->at(3)),
                       *v->at(4).asUint(),  LogOrigin::of(log)};
}

std::optional<StudyLeft> decodeLeft(const LogEntry &log)
{
    const auto v = decodeEventLog(leftEvent(), log);
    if (!v)
        return std::nullopt;
    return StudyLeft{bytes32Of(v->at(0)), bytes32Of(v->at(1)), uint64Of(v->at(2)), LogOrigin::of(log)};
}

std::optional<StudyRefunded> decodeRefunded(const LogEntry &log)
{
    const auto v = decodeEventLog(refundedEvent(), log);
    if (!v)
        return std::nullopt;
    return StudyRefunded{bytes32Of(v->at(0)), *v->at(1).asAddress(), *v->at(2).asUint(), LogOrigin::of(log)};
}

std::optional<Withdrawn> decodeWithdrawn(const LogEntry &log)
{
    const auto v = decodeEventLog(withdrawnEvent(), log);
    if (!v)
        return std::nullopt;
    return Withdrawn{*v->at(0).asAddress(), *v->at(1).asUint(), LogOrigin::of(log)};
}

Result<Receipt, RpcError> ResearchMarket::postStudy(const crypto::PrivateKey &researcher, const StudyPost &post,
                                                    const U256 &escrow, int confirmations)
{
    return m_contract.transact(researcher, generated::fnPostStudy,
                               {bytes32Value(post.studyId), bytes32Value(post.termsHash), post.pricePerParticipant,
                                U256(post.places), U256(post.deadline), post.encryptionKey},
                               confirmations, escrow);
}

Result<Receipt, RpcError> ResearchMarket::join(const crypto::PrivateKey &account, const crypto::Hash32 &studyId,
                                               const crypto::Hash32 &pseudonym, const crypto::Hash32 &datasetHash,
                                               const crypto::Address &payoutAddress, int confirmations)
{
    return m_contract.transact(account, generated::fnJoin,
                               {bytes32Value(studyId), bytes32Value(pseudonym), bytes32Value(datasetHash), payoutAddress},
                               confirmations);
}

Result<Receipt, RpcError> ResearchMarket::leaveStudy(const crypto::PrivateKey &account, const crypto::Hash32 &studyId,
                                                     const crypto::Hash32 &pseudonym, int confirmations)
{
    return m_contract.transact(account, generated::fnLeaveStudy, {bytes32Value(studyId), bytes32Value(pseudonym)},
                               confirmations);
}

Result<Receipt, RpcError> ResearchMarket::refund(const crypto::PrivateKey &researcher, const crypto::Hash32 &studyId,
                                                 int confirmations)
{
    return m_contract.transact(researcher, generated::fnRefund, {bytes32Value(studyId)}, confirmations);
}

Result<Receipt, RpcError> ResearchMarket::withdraw(const crypto::PrivateKey &account, int confirmations)
{
    return m_contract.transact(account, generated::fnWithdraw, {}, confirmations);
}

Result<U256, RpcError> ResearchMarket::balanceOf(const crypto::Address &account, const BlockTag &block)
{
    auto v = m_contract.view(generated::fnBalanceOf, {account}, "(uint256)", block);
    if (!v)
        return fail(v.error());
    return *v->at(0).asUint();
}

Result<StudyRecord, RpcError> ResearchMarket::study(const crypto::Hash32 &studyId, const BlockTag &block)
{
    auto v = m_contract.view(generated::fnStudy, {bytes32Value(studyId)}, "(address,bytes32,uint256,uint32,uint32,uint64,bool)",
                             block);
    if (!v)
        return fail(v.error());
    return StudyRecord{*v->at(0).asAddress(), bytes32Of(v->at(1)), *v->at(2).asUint(), uint32Of(v->at(3)),
                       uint32Of(v->at(4)),    uint64Of(v->at(5)),  *v->at(6).asBool()};
}

Result<ParticipantRecord, RpcError> ResearchMarket::participant(const crypto::Hash32 &studyId, const crypto::Hash32 &pseudonym,
                                                                const BlockTag &block)
{
    auto v = m_contract.view(generated::fnParticipant, {bytes32Value(studyId), bytes32Value(pseudonym)}, "(uint8,address)", block);
    if (!v)
        return fail(v.error());
    const std::uint64_t state = uint64Of(v->at(0));
    if (state > 2)
        return fail(RpcError{RpcErrorKind::BadAnswer, 0, 0, QStringLiteral("unknown participant state %1").arg(state), {}, {}});
    return ParticipantRecord{static_cast<ParticipantState>(state), *v->at(1).asAddress()};
}

Result<std::uint64_t, RpcError> ResearchMarket::maxStudyDuration(const BlockTag &block)
{
    return m_contract.uint64View(generated::fnMaxStudyDuration, block);
}

Result<std::uint64_t, RpcError> ResearchMarket::encryptionKeyBytes(const BlockTag &block)
{
    return m_contract.uint64View(generated::fnEncryptionKeyBytes, block);
}

Result<crypto::Address, RpcError> ResearchMarket::registry(const BlockTag &block)
{
    return m_contract.addressView(generated::fnRegistry, block);
}

LogFilter ResearchMarket::studyFilter(const crypto::Hash32 &studyId) const
{
    LogFilter filter;
    filter.address = address();
    filter.topics = {std::nullopt, studyId};
    return filter;
}

} // namespace carnet::core::ledger
