// SPDX-License-Identifier: GPL-3.0-or-later
// ResearchMarket's transactions, views and log queries (the events: researchmarketevents.cpp).
#include "core/ledger/contracts/researchmarket.h"

namespace carnet::core::ledger {

namespace generated = contracts::researchMarket;

namespace {

crypto::Bytes bytesOf(crypto::ByteView view)
{
    return crypto::Bytes(view.begin(), view.end());
}

RpcError badAnswer(const QString &message)
{
    return RpcError{RpcErrorKind::BadAnswer, 0, 0, message, {}, {}};
}

/** The log is from `filter`'s address and carries every topic the filter fixes. */
bool matches(const LogFilter &filter, const LogEntry &log)
{
    if (filter.address && log.address != *filter.address)
        return false;
    if (log.topics.size() < filter.topics.size())
        return false;
    for (std::size_t i = 0; i < filter.topics.size(); ++i) {
        if (filter.topics[i] && log.topics[i] != *filter.topics[i])
            return false;
    }
    return true;
}

} // namespace

Result<ResearchMarket::Posted, RpcError> ResearchMarket::postStudy(const crypto::PrivateKey &researcher, const StudyPost &post,
                                                                   const U256 &escrow, int confirmations)
{
    auto receipt = m_contract.transact(researcher, generated::fnPostStudy,
                                       {bytes32Value(post.salt), post.terms, post.pricePerParticipant, U256(post.places),
                                        U256(post.deadline), post.encryptionKey},
                                       confirmations, escrow);
    if (!receipt)
        return fail(receipt.error());
    return Posted{std::move(*receipt), ledger::studyIdOf(crypto::addressOf(researcher.publicKey()), post.salt)};
}

Result<Receipt, RpcError> ResearchMarket::deliverPart(const crypto::PrivateKey &account, const crypto::Hash32 &studyId,
                                                      std::uint16_t index, crypto::ByteView part, int confirmations)
{
    return m_contract.transact(account, generated::fnDeliverPart,
                               {bytes32Value(studyId), U256(std::uint64_t{index}), bytesOf(part)}, confirmations);
}

Result<Receipt, RpcError> ResearchMarket::join(const crypto::PrivateKey &account, const crypto::Hash32 &studyId,
                                               const crypto::Hash32 &datasetHash, int confirmations)
{
    return m_contract.transact(account, generated::fnJoin, {bytes32Value(studyId), bytes32Value(datasetHash)}, confirmations);
}

Result<Receipt, RpcError> ResearchMarket::leaveStudy(const crypto::PrivateKey &account, const crypto::Hash32 &studyId,
                                                     int confirmations)
{
    return m_contract.transact(account, generated::fnLeaveStudy, {bytes32Value(studyId)}, confirmations);
}

Result<Receipt, RpcError> ResearchMarket::refund(const crypto::PrivateKey &researcher, const crypto::Hash32 &studyId,
                                                 int confirmations)
{
    return m_contract.transact(researcher, generated::fnRefund, {bytes32Value(studyId)}, confirmations);
}

Result<Receipt, RpcError> ResearchMarket::withdraw(const crypto::PrivateKey &account, const crypto::Address &to,
                                                   int confirmations)
{
    return m_contract.transact(account, generated::fnWithdraw, {to}, confirmations);
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
    return StudyRecord{*v->at(0).asAddress(),
                       bytes32Of(v->at(1)),
                       *v->at(2).asUint(),
                       static_cast<std::uint32_t>(uint64Of(v->at(3))),
                       static_cast<std::uint32_t>(uint64Of(v->at(4))),
                       uint64Of(v->at(5)),
                       *v->at(6).asBool()};
}

Result<ParticipantRecord, RpcError> ResearchMarket::participant(const crypto::Hash32 &studyId, const crypto::Hash32 &pseudonym,
                                                                const BlockTag &block)
{
    auto v = m_contract.view(generated::fnParticipant, {bytes32Value(studyId), bytes32Value(pseudonym)},
                             "(uint8,address,bytes32,bytes32,uint16)", block);
    if (!v)
        return fail(v.error());
    const std::uint64_t state = uint64Of(v->at(0));
    if (state > 2)
        return fail(badAnswer(QStringLiteral("unknown participant state %1").arg(state)));
    return ParticipantRecord{static_cast<ParticipantState>(state), *v->at(1).asAddress(), bytes32Of(v->at(2)),
                             bytes32Of(v->at(3)), static_cast<std::uint16_t>(uint64Of(v->at(4)))};
}

Result<crypto::Hash32, RpcError> ResearchMarket::studyIdOf(const crypto::Address &researcher, const crypto::Hash32 &salt,
                                                           const BlockTag &block)
{
    auto v = m_contract.view(generated::fnStudyIdOf, {researcher, bytes32Value(salt)}, "(bytes32)", block);
    if (!v)
        return fail(v.error());
    return bytes32Of(v->at(0));
}

Result<crypto::Hash32, RpcError> ResearchMarket::pseudonymOf(const crypto::Hash32 &studyId, const crypto::Address &account,
                                                             const BlockTag &block)
{
    auto v = m_contract.view(generated::fnPseudonymOf, {bytes32Value(studyId), account}, "(bytes32)", block);
    if (!v)
        return fail(v.error());
    return bytes32Of(v->at(0));
}

Result<std::uint64_t, RpcError> ResearchMarket::maxStudyDuration(const BlockTag &block)
{
    return m_contract.uint64View(generated::fnMaxStudyDuration, block);
}

Result<std::uint64_t, RpcError> ResearchMarket::encryptionKeyBytes(const BlockTag &block)
{
    return m_contract.uint64View(generated::fnEncryptionKeyBytes, block);
}

Result<std::uint64_t, RpcError> ResearchMarket::maxTermsBytes(const BlockTag &block)
{
    return m_contract.uint64View(generated::fnMaxTermsBytes, block);
}

Result<std::uint64_t, RpcError> ResearchMarket::maxPartBytes(const BlockTag &block)
{
    return m_contract.uint64View(generated::fnMaxPartBytes, block);
}

Result<std::uint64_t, RpcError> ResearchMarket::maxParts(const BlockTag &block)
{
    return m_contract.uint64View(generated::fnMaxParts, block);
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

LogFilter ResearchMarket::postedFilter(const std::optional<crypto::Hash32> &studyId) const
{
    LogFilter filter;
    filter.address = address();
    filter.topics = {eventTopic(generated::evStudyPosted)};
    if (studyId)
        filter.topics.push_back(*studyId);
    return filter;
}

LogFilter ResearchMarket::partFilter(const crypto::Hash32 &studyId, const crypto::Hash32 &pseudonym) const
{
    LogFilter filter;
    filter.address = address();
    filter.topics = {eventTopic(generated::evDatasetPart), studyId, pseudonym};
    return filter;
}

LogFilter ResearchMarket::joinedFilter(const crypto::Hash32 &studyId) const
{
    LogFilter filter;
    filter.address = address();
    filter.topics = {eventTopic(generated::evJoined), studyId};
    return filter;
}

template <typename Event>
Result<std::vector<Event>, RpcError> ResearchMarket::logsOf(const LogFilter &filter, std::uint64_t from, std::uint64_t to,
                                                            std::optional<Event> (*decode)(const LogEntry &))
{
    auto logs = m_contract.client().getLogs(filter, from, to);
    if (!logs)
        return fail(logs.error());
    std::vector<Event> out;
    out.reserve(logs->size());
    for (const LogEntry &log : *logs) {
        if (log.removed)
            continue;
        auto event = matches(filter, log) ? decode(log) : std::nullopt;
        if (!event)
            return fail(badAnswer(QStringLiteral("a log the node returned for a ResearchMarket query is not the event asked for")));
        out.push_back(std::move(*event));
    }
    return out;
}

Result<std::vector<StudyPosted>, RpcError> ResearchMarket::postedLogs(std::uint64_t from, std::uint64_t to,
                                                                      const std::optional<crypto::Hash32> &studyId)
{
    auto posted = logsOf<StudyPosted>(postedFilter(studyId), from, to, &decodeStudyPosted);
    if (!posted)
        return posted;
    for (const StudyPosted &p : *posted) {
        if (!p.termsMatch())
            return fail(badAnswer(QStringLiteral("StudyPosted %1 carries terms that do not hash to its terms hash").arg(hexOf(p.studyId))));
    }
    return posted;
}

Result<std::vector<DatasetPart>, RpcError> ResearchMarket::datasetParts(const crypto::Hash32 &studyId, const crypto::Hash32 &pseudonym,
                                                                        std::uint64_t from, std::uint64_t to)
{
    return logsOf<DatasetPart>(partFilter(studyId, pseudonym), from, to, &decodeDatasetPart);
}

Result<std::vector<StudyJoined>, RpcError> ResearchMarket::joinedLogs(const crypto::Hash32 &studyId, std::uint64_t from,
                                                                      std::uint64_t to)
{
    return logsOf<StudyJoined>(joinedFilter(studyId), from, to, &decodeJoined);
}

} // namespace carnet::core::ledger
