// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/service/researcher.h"

#include "core/research/dataset.h"
#include "core/service/research_p.h"
#include "crypto/random.h"

#include <QThread>

namespace carnet::core::service {

using namespace detail;

namespace {

/** A study of `researcher`, by majority with its terms checked: NotYourStudy for another's. */
ActionResult<StudyListing> ownStudy(StudyLedger &ledger, const crypto::Address &researcher, const research::StudyId &studyId)
{
    auto study = verifiedStudy(ledger, studyId);
    if (!study)
        return fail(study.error());
    if (study->record.researcher != researcher)
        return fail(researchProblem(ResearchProblem::NotYourStudy));
    return study;
}

} // namespace

crypto::Bytes researcherEncryptionKey(const crypto::PrivateKey &researcherKey)
{
    const auto d = research::researcherDatasetKey(researcherKey);
    if (!d)
        return {};
    const auto key = d->publicKey().compressed();
    return crypto::Bytes(key.begin(), key.end());
}

ActionResult<PostedStudy> postStudy(const crypto::PrivateKey &researcherKey, const StudyDraft &draft, const NetworkSource &network)
{
    auto config = network.resolve();
    if (!config)
        return fail(networkFileFailure(config.error()));
    const auto market = config->contract(QStringLiteral("ResearchMarket"));
    if (!market)
        return fail(researchProblem(ResearchProblem::NoMarket));
    research::StudyTerms terms;
    terms.chainId = config->chainId;
    terms.market = *market;
    terms.researcher = crypto::addressOf(researcherKey.publicKey());
    const crypto::Bytes salt = crypto::randomBytes(32);
    std::copy(salt.begin(), salt.end(), terms.salt.begin());
    terms.title = draft.title;
    terms.purpose = draft.purpose;
    terms.data = draft.data;
    terms.price = draft.price;
    terms.places = draft.places;
    terms.deadline = draft.deadline;
    terms.encryptionKey = researcherEncryptionKey(researcherKey);
    const QByteArray bytes = research::encodeTerms(terms);
    if (auto checked = research::parseTerms(bytes); !checked) {
        ActionFailure f = researchProblem(ResearchProblem::BadDraft);
        f.research.terms = checked.error();
        return fail(f);
    }
    const auto escrow = ledger::U256::mul(draft.price, ledger::U256(draft.places));
    if (!escrow) {
        ActionFailure f = researchProblem(ResearchProblem::BadDraft);
        f.research.terms = research::TermsError::BadNumber;
        return fail(f);
    }
    auto ledger = studyRound(network);
    if (!ledger)
        return fail(ledger.error());
    const auto licensed = (*ledger)->round().isLicensedResearcher(terms.researcher);
    if (!licensed)
        return fail(researchProblem(ResearchProblem::CantVerify));
    if (!*licensed)
        return fail(researchProblem(ResearchProblem::NotResearcher));

    ledger::EthClient sender(*config, transactionOptions());
    ledger::StudyPost post;
    post.salt = terms.salt;
    post.terms.assign(bytes.begin(), bytes.end());
    post.pricePerParticipant = draft.price;
    post.places = draft.places;
    post.deadline = draft.deadline;
    post.encryptionKey = terms.encryptionKey;
    auto sent = ledger::ResearchMarket(sender, *market).postStudy(researcherKey, post, *escrow, std::max(config->confirmations, 1));
    if (!sent)
        return fail(marketFailure(sent.error()));
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (auto round = studyRound(network); round && verifiedStudy(**round, sent->studyId))
            return PostedStudy{sent->studyId, bytes, *escrow, sent->receipt.transactionHash};
        QThread::msleep(200);
    }
    return fail(researchProblem(ResearchProblem::CantVerify));
}

ActionResult<std::vector<ResearcherStudy>> researcherStudies(const crypto::Address &researcher, const NetworkSource &network)
{
    auto ledger = studyRound(network);
    if (!ledger)
        return fail(ledger.error());
    const auto listed = (*ledger)->listedStudies();
    if (!listed)
        return fail(actionFailure(ActionError::Unreachable));
    std::vector<ResearcherStudy> out;
    for (const research::StudyId &id : *listed) {
        auto study = ownStudy(**ledger, researcher, id);
        if (!study)
            continue; // another's, unknown to a majority, or not verifiable: not listed as the researcher's
        ResearcherStudy s{std::move(*study), {}, (*ledger)->balanceOf(researcher)};
        const auto joins = (*ledger)->joins(id);
        if (!joins)
            return fail(actionFailure(ActionError::Unreachable));
        for (const ledger::StudyJoined &j : *joins) {
            const auto p = (*ledger)->participant(id, j.pseudonym);
            if (!p)
                return fail(researchProblem(ResearchProblem::CantVerify));
            if (p->state != ledger::ParticipantState::None) // a join a majority does not show is a liar's
                s.joins.push_back({j.pseudonym, *p, j.origin.blockNumber});
        }
        out.push_back(std::move(s));
    }
    return out;
}

ActionResult<std::vector<ReceivedDataset>> fetchDatasets(const crypto::PrivateKey &researcherKey, const research::StudyId &studyId,
                                                         const NetworkSource &network)
{
    const auto d = research::researcherDatasetKey(researcherKey);
    if (!d)
        return fail(researchProblem(ResearchProblem::NotResearcher));
    auto ledger = studyRound(network);
    if (!ledger)
        return fail(ledger.error());
    auto study = ownStudy(**ledger, crypto::addressOf(researcherKey.publicKey()), studyId);
    if (!study)
        return fail(study.error());
    const auto joins = (*ledger)->joins(studyId);
    if (!joins)
        return fail(actionFailure(ActionError::Unreachable));
    const research::StudyLocation where = (*ledger)->where(studyId);
    std::vector<ReceivedDataset> out;
    for (const ledger::StudyJoined &j : *joins) {
        const auto p = (*ledger)->participant(studyId, j.pseudonym);
        if (!p)
            return fail(researchProblem(ResearchProblem::CantVerify));
        if (p->state == ledger::ParticipantState::None)
            continue;
        ReceivedDataset r;
        r.pseudonym = j.pseudonym;
        r.datasetHash = p->datasetHash;
        const auto parts = (*ledger)->parts(studyId, j.pseudonym, *p);
        if (!parts) {
            r.step = ReceivedDataset::Step::NoParts;
            out.push_back(std::move(r));
            continue;
        }
        auto opened = research::openDataset(*parts, p->deliveryHash, p->datasetHash, *d, where, j.pseudonym);
        if (!opened) {
            r.step = ReceivedDataset::Step::Open;
            r.open = opened.error();
            out.push_back(std::move(r));
            continue;
        }
        auto parsed = research::parseDataset(*opened);
        if (!parsed) {
            r.step = ReceivedDataset::Step::Dataset;
        } else if (parsed->header.chainId != where.chainId || parsed->header.market != where.market
                   || parsed->header.study != studyId || parsed->header.pseudonym != j.pseudonym) {
            r.step = ReceivedDataset::Step::Header;
        } else {
            r.dataset = std::move(*opened);
        }
        out.push_back(std::move(r));
    }
    return out;
}

ActionResult<crypto::Hash32> refundStudy(const crypto::PrivateKey &researcherKey, const research::StudyId &studyId,
                                         const NetworkSource &network)
{
    auto config = network.resolve();
    if (!config)
        return fail(networkFileFailure(config.error()));
    auto ledger = studyRound(network);
    if (!ledger)
        return fail(ledger.error());
    auto study = ownStudy(**ledger, crypto::addressOf(researcherKey.publicKey()), studyId);
    if (!study)
        return fail(study.error());
    ledger::EthClient sender(*config, transactionOptions());
    auto sent = ledger::ResearchMarket(sender, (*ledger)->market()).refund(researcherKey, studyId, std::max(config->confirmations, 1));
    if (!sent)
        return fail(marketFailure(sent.error()));
    return sent->transactionHash;
}

ActionResult<WithdrawReport> withdrawResearcher(const crypto::PrivateKey &researcherKey, const crypto::Address &to,
                                                const NetworkSource &network)
{
    if (to == crypto::Address{})
        return fail(researchProblem(ResearchProblem::BadAddress));
    auto config = network.resolve();
    if (!config)
        return fail(networkFileFailure(config.error()));
    auto ledger = studyRound(network);
    if (!ledger)
        return fail(ledger.error());
    const crypto::Address self = crypto::addressOf(researcherKey.publicKey());
    const auto balance = (*ledger)->balanceOf(self);
    if (!balance)
        return fail(researchProblem(ResearchProblem::CantVerify));
    if (*balance == ledger::U256(0))
        return fail(researchProblem(ResearchProblem::NothingToWithdraw));
    ledger::EthClient sender(*config, transactionOptions());
    auto sent = ledger::ResearchMarket(sender, (*ledger)->market()).withdraw(researcherKey, to, std::max(config->confirmations, 1));
    if (!sent)
        return fail(marketFailure(sent.error()));
    WithdrawReport report;
    report.paid.push_back({{}, *balance, sent->transactionHash});
    report.total = *balance;
    return report;
}

} // namespace carnet::core::service
