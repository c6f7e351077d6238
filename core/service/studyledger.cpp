// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/service/studyledger.h"

#include "core/service/grantledger_p.h"

namespace carnet::core::service {

using ledger::RpcError;
using sync::MessageCode;
using sync::NodeState;
using sync::NodeVerdict;
using sync::RpcStep;
using sync::message;

StudyLedger::StudyLedger(const ledger::NetworkConfig &network)
    : m_round(std::make_unique<GrantLedger>(network))
{
    if (const auto market = network.contract(QStringLiteral("ResearchMarket"))) {
        m_market = *market;
        m_hasMarket = true;
    }
}

StudyLedger::~StudyLedger() = default;

sync::RoundTarget StudyLedger::assess()
{
    if (!m_hasMarket) {
        sync::RoundTarget none;
        none.problem = message(MessageCode::RoundNoNetwork);
        return none;
    }
    sync::RoundTarget target = m_round->assess();
    if (!target.ok)
        return target;
    const auto present = m_round->hasCode(m_market);
    if (!present || !*present) {
        target.ok = false;
        target.problem = message(present ? MessageCode::RoundContractsMissing : MessageCode::RoundContractsUndecided, target.block);
    }
    return target;
}

research::StudyLocation StudyLedger::where(const research::StudyId &studyId) const
{
    return {m_round->network().chainId, m_market, studyId};
}

std::optional<StudyLookup> StudyLedger::study(const research::StudyId &studyId)
{
    std::vector<NodeState *> agreeing;
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) -> Result<StudyLookup, RpcError> {
        auto record = ledger::ResearchMarket(*n.client, m_market).study(studyId, tag);
        if (!record && grantledger::revertedAs(record.error(), "UnknownStudy"))
            return StudyLookup{};
        if (!record)
            return fail(record.error());
        return StudyLookup{true, *record};
    };
    auto agreed = m_round->agreed<StudyLookup>(read, RpcStep::StudyState, message(MessageCode::NodeStudyDisagrees), &agreeing);
    if (agreed && agreed->known)
        m_studyAgreeing[studyId] = std::move(agreeing);
    return agreed;
}

std::optional<ledger::ParticipantRecord> StudyLedger::participant(const research::StudyId &studyId,
                                                                  const research::Pseudonym &pseudonym)
{
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) {
        return ledger::ResearchMarket(*n.client, m_market).participant(studyId, pseudonym, tag);
    };
    return m_round->agreed<ledger::ParticipantRecord>(read, RpcStep::StudyState, message(MessageCode::NodeStudyDisagrees));
}

std::optional<ledger::U256> StudyLedger::balanceOf(const crypto::Address &account)
{
    auto read = [&](NodeState &n, const ledger::BlockTag &tag) {
        return ledger::ResearchMarket(*n.client, m_market).balanceOf(account, tag);
    };
    return m_round->agreed<ledger::U256>(read, RpcStep::StudyState, message(MessageCode::NodeStudyDisagrees));
}

std::optional<std::uint64_t> StudyLedger::blockTime()
{
    const QString hash = ledger::hexOf(m_round->targetHash());
    auto read = [&](NodeState &n, const ledger::BlockTag &) -> Result<std::uint64_t, RpcError> {
        const ledger::RpcAnswer a = n.client->request(QStringLiteral("eth_getBlockByHash"), {hash, false});
        if (!a.error.ok())
            return fail(a.error);
        const auto t = ledger::quantityOf(a.result.toObject().value(QLatin1String("timestamp")));
        if (!t || !t->toUint64())
            return fail(RpcError{ledger::RpcErrorKind::BadAnswer, 0, 0, QStringLiteral("a block without a timestamp"), {}, {}});
        return *t->toUint64();
    };
    return m_round->agreed<std::uint64_t>(read, RpcStep::TargetBlock, message(MessageCode::NodeOtherBlockHash, m_round->targetBlock()));
}

std::optional<std::vector<research::StudyId>> StudyLedger::listedStudies()
{
    const std::uint64_t target = m_round->targetBlock();
    std::vector<std::pair<std::uint64_t, research::StudyId>> seen; // (block, id), first sighting
    bool answered = false;
    for (NodeState *n : m_round->usableNodes()) {
        auto logs = ledger::ResearchMarket(*n->client, m_market).postedLogs(0, target);
        if (!logs && logs.error().kind == ledger::RpcErrorKind::BadAnswer) {
            // Logs that do not decode, or terms that do not hash to their termsHash: a lie, not an outage.
            answered = true;
            n->flag(NodeVerdict::ForgedEntry, message(MessageCode::NodeTermsForged));
            continue;
        }
        if (!logs) {
            n->flagError(logs.error(), RpcStep::StudyLogs);
            continue;
        }
        answered = true;
        for (ledger::StudyPosted &posted : *logs) {
            if (m_posted.contains(posted.studyId))
                continue;
            seen.emplace_back(posted.origin.blockNumber, posted.studyId);
            m_posted.emplace(posted.studyId, std::move(posted));
        }
    }
    if (!answered)
        return std::nullopt;
    std::stable_sort(seen.begin(), seen.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<research::StudyId> out;
    for (const auto &[block, id] : seen)
        out.push_back(id);
    return out;
}

Result<ledger::StudyPosted, ResearchProblem> StudyLedger::posted(const research::StudyId &studyId,
                                                                 const ledger::StudyRecord &record)
{
    const auto agreeing = m_studyAgreeing.find(studyId);
    if (agreeing == m_studyAgreeing.end())
        return fail(ResearchProblem::CantVerify);
    const auto matches = [&](const ledger::StudyPosted &p) {
        return p.studyId == studyId && p.termsHash == record.termsHash && p.researcher == record.researcher;
    };
    // listedStudies() already holds one node's event of it: good when it is the agreed study's.
    if (const auto cached = m_posted.find(studyId); cached != m_posted.end() && matches(cached->second))
        return cached->second;
    bool answered = false;
    for (NodeState *n : agreeing->second) {
        if (!n->usable())
            continue;
        auto logs = ledger::ResearchMarket(*n->client, m_market).postedLogs(0, m_round->targetBlock(), studyId);
        if (!logs) {
            // A forged terms event makes the whole answer BadAnswer (researchmarket.h): a lie, not an outage.
            if (logs.error().kind == ledger::RpcErrorKind::BadAnswer) {
                answered = true;
                n->flag(NodeVerdict::ForgedEntry, message(MessageCode::NodeTermsForged));
            } else {
                n->flagError(logs.error(), RpcStep::StudyLogs);
            }
            continue;
        }
        answered = true;
        for (ledger::StudyPosted &p : *logs)
            if (matches(p))
                return std::move(p);
        n->flag(logs->empty() ? NodeVerdict::HidesEntries : NodeVerdict::ForgedEntry,
                message(MessageCode::NodeTermsForged));
    }
    return fail(answered ? ResearchProblem::TermsForged : ResearchProblem::CantVerify);
}

std::optional<std::vector<ledger::StudyJoined>> StudyLedger::joins(const research::StudyId &studyId)
{
    std::map<research::Pseudonym, ledger::StudyJoined> seen;
    bool answered = false;
    for (NodeState *n : m_round->usableNodes()) {
        auto logs = ledger::ResearchMarket(*n->client, m_market).joinedLogs(studyId, 0, m_round->targetBlock());
        if (!logs) {
            n->flagError(logs.error(), RpcStep::StudyLogs);
            continue;
        }
        answered = true;
        for (ledger::StudyJoined &j : *logs)
            seen.emplace(j.pseudonym, std::move(j));
    }
    if (!answered)
        return std::nullopt;
    std::vector<ledger::StudyJoined> out;
    for (auto &[pseudonym, joined] : seen)
        out.push_back(std::move(joined));
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.origin.blockNumber < b.origin.blockNumber; });
    return out;
}

std::optional<std::vector<QByteArray>> StudyLedger::parts(const research::StudyId &studyId, const research::Pseudonym &pseudonym,
                                                          const ledger::ParticipantRecord &record)
{
    for (NodeState *n : m_round->usableNodes()) {
        auto logs = ledger::ResearchMarket(*n->client, m_market).datasetParts(studyId, pseudonym, 0, m_round->targetBlock());
        if (!logs) {
            n->flagError(logs.error(), RpcStep::StudyLogs);
            continue;
        }
        const auto chained = ledger::deliveryHashOf(*logs);
        if (logs->size() != record.parts || !chained || *chained != record.deliveryHash) {
            n->flag(NodeVerdict::ForgedEntry, message(MessageCode::NodeDatasetForged));
            continue;
        }
        std::vector<QByteArray> out;
        for (const ledger::DatasetPart &p : *logs)
            out.emplace_back(reinterpret_cast<const char *>(p.part.data()), qsizetype(p.part.size()));
        return out;
    }
    return std::nullopt;
}

} // namespace carnet::core::service
