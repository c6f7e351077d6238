// SPDX-License-Identifier: GPL-3.0-or-later
// Joining, leaving and withdrawing (docs/PROTOCOL.md §9.6–9.7): every transaction from the study's
// own account with zero fees, after the passphrase, each counted once a strict majority of the nodes
// shows it. The study keys are derived again for each call and never stored.
#include "core/service/research_p.h"

#include <QThread>

namespace carnet::core::service {

using namespace detail;

namespace {

constexpr int kConfirmAttempts = 50; // × 200 ms

/** Waits until a strict majority of a fresh round shows `done(participant)`; CantVerify otherwise. */
template <typename Done>
ActionResult<void> confirmParticipant(const NetworkSource &network, const research::StudyId &studyId,
                                      const research::Pseudonym &pseudonym, Done done)
{
    for (int attempt = 0; attempt < kConfirmAttempts; ++attempt) {
        if (auto round = studyRound(network)) {
            const auto p = (*round)->participant(studyId, pseudonym);
            if (p && done(*p))
                return {};
        }
        QThread::msleep(200);
    }
    return fail(researchProblem(ResearchProblem::CantVerify));
}

/** The study account's keys and the study, by majority, after the passphrase and the network checks. */
struct JoinContext
{
    std::unique_ptr<StudyLedger> ledger;
    StudyListing study;
    research::StudyKeys keys;
    ledger::NetworkConfig network;
};

} // namespace

namespace {
ActionResult<JoinContext> prepare(Vault &vault, const research::StudyId &studyId, const crypto::SecureBuffer &passphrase,
                                  const NetworkSource &network)
{
    if (auto verified = vault.verifyPassphrase(passphrase); !verified)
        return fail(vaultFailure(verified.error()));
    auto config = network.resolve();
    if (!config)
        return fail(networkFileFailure(config.error()));
    // The study account holds nothing and is never funded (funding it would link it to the payer).
    if (config->gas != ledger::GasPricing::Free)
        return fail(researchProblem(ResearchProblem::GasNotFree));
    auto keys = vault.researchKeys();
    if (!keys)
        return fail(vaultFailure(keys.error()));
    auto ledger = studyRound(network);
    if (!ledger)
        return fail(ledger.error());
    auto study = verifiedStudy(**ledger, studyId);
    if (!study)
        return fail(study.error());
    auto studyKeys = keys->study((*ledger)->where(studyId));
    if (!studyKeys)
        return fail(vaultFailure(VaultError::Damaged));
    if (auto added = addParticipation(**ledger, *studyKeys, *study); !added)
        return fail(added.error());
    return JoinContext{std::move(*ledger), std::move(*study), std::move(*studyKeys), std::move(*config)};
}
} // namespace

ActionResult<JoinReport> Wallet::joinStudy(const research::StudyId &studyId, const crypto::Hash32 &previewHash, bool freeText,
                                           const crypto::SecureBuffer &passphrase, const NetworkSource &network)
{
    auto context = prepare(*m_vault, studyId, passphrase, network);
    if (!context)
        return fail(context.error());
    JoinContext &c = *context;
    const ledger::ParticipantRecord &p = c.study.participant;
    if (p.state == ledger::ParticipantState::Joined)
        return fail(researchProblem(ResearchProblem::AlreadyJoined));
    if (p.state == ledger::ParticipantState::Left)
        return fail(researchProblem(ResearchProblem::AlreadyLeft));
    if (c.study.record.joined >= c.study.record.places)
        return fail(researchProblem(ResearchProblem::StudyFull));
    if (!c.study.open)
        return fail(researchProblem(ResearchProblem::StudyClosed));

    // §9.6 step 2: the dataset made again is the one previewed, or nothing is sent.
    sync::EntryQuery query;
    query.verifiedOnly = true;
    auto view = read(query);
    if (!view)
        return fail(view.error());
    const Selection selection = selectFor(c.study.terms.data, view->entries);
    if (selection.fit != StudyFit::Satisfiable)
        return fail(researchProblem(ResearchProblem::CannotSatisfy));
    const research::StudyLocation where = c.ledger->where(studyId);
    auto built = buildDataset(c.study, selection, c.keys, freeText, where);
    if (!built)
        return fail(built.error());
    if (built->hash != previewHash)
        return fail(researchProblem(ResearchProblem::PreviewChanged));
    auto parts = research::sealDataset(built->bytes, c.study.terms.encryptionKey, where, c.keys);
    if (!parts)
        return fail(researchProblem(ResearchProblem::DatasetTooLarge));

    // An interrupted join: the parts on the ledger must be this dataset's first ones (sealing is
    // deterministic), and sending continues after them.
    std::vector<QByteArray> sent(parts->begin(), parts->begin() + std::min<std::size_t>(p.parts, parts->size()));
    if (p.parts > parts->size() || research::deliveryHashOf(sent) != p.deliveryHash)
        return fail(researchProblem(ResearchProblem::InterruptedOther));

    JoinReport report;
    report.studyId = studyId;
    report.pseudonym = c.keys.pseudonym;
    report.datasetHash = built->hash;
    report.parts = std::uint16_t(parts->size());
    report.price = c.study.record.pricePerParticipant;
    ledger::EthClient sender(c.network, transactionOptions());
    ledger::ResearchMarket market(sender, c.ledger->market());
    const int confirmations = std::max(c.network.confirmations, 1);
    for (std::size_t i = p.parts; i < parts->size(); ++i) {
        const QByteArray &part = (*parts)[i];
        auto receipt = market.deliverPart(c.keys.key, studyId, std::uint16_t(i),
                                          {reinterpret_cast<const std::uint8_t *>(part.data()), std::size_t(part.size())},
                                          confirmations);
        if (!receipt)
            return fail(marketFailure(receipt.error()));
        report.transactions.push_back(receipt->transactionHash);
    }
    const crypto::Hash32 delivery = research::deliveryHashOf(*parts);
    const std::uint16_t count = report.parts;
    if (auto shown = confirmParticipant(network, studyId, c.keys.pseudonym, [&](const ledger::ParticipantRecord &r) {
            return r.parts == count && r.deliveryHash == delivery;
        });
        !shown)
        return fail(shown.error());
    auto joined = market.join(c.keys.key, studyId, built->hash, confirmations);
    if (!joined)
        return fail(marketFailure(joined.error()));
    report.transactions.push_back(joined->transactionHash);
    if (auto shown = confirmParticipant(network, studyId, c.keys.pseudonym, [&](const ledger::ParticipantRecord &r) {
            return r.state == ledger::ParticipantState::Joined && r.datasetHash == report.datasetHash;
        });
        !shown)
        return fail(shown.error());
    return report;
}

ActionResult<crypto::Hash32> Wallet::leaveStudy(const research::StudyId &studyId, const crypto::SecureBuffer &passphrase,
                                                const NetworkSource &network)
{
    auto context = prepare(*m_vault, studyId, passphrase, network);
    if (!context)
        return fail(context.error());
    JoinContext &c = *context;
    if (c.study.participant.state == ledger::ParticipantState::Left)
        return fail(researchProblem(ResearchProblem::AlreadyLeft));
    if (c.study.participant.state != ledger::ParticipantState::Joined)
        return fail(researchProblem(ResearchProblem::NotJoined));
    ledger::EthClient sender(c.network, transactionOptions());
    auto sent = ledger::ResearchMarket(sender, c.ledger->market()).leaveStudy(c.keys.key, studyId, std::max(c.network.confirmations, 1));
    if (!sent)
        return fail(marketFailure(sent.error()));
    if (auto shown = confirmParticipant(network, studyId, c.keys.pseudonym, [](const ledger::ParticipantRecord &r) {
            return r.state == ledger::ParticipantState::Left;
        });
        !shown)
        return fail(shown.error());
    return sent->transactionHash;
}

ActionResult<WithdrawReport> Wallet::withdrawEarnings(const crypto::Address &to, const crypto::SecureBuffer &passphrase,
                                                      const NetworkSource &network)
{
    if (to == crypto::Address{})
        return fail(researchProblem(ResearchProblem::BadAddress));
    if (auto verified = m_vault->verifyPassphrase(passphrase); !verified)
        return fail(vaultFailure(verified.error()));
    auto config = network.resolve();
    if (!config)
        return fail(networkFileFailure(config.error()));
    if (config->gas != ledger::GasPricing::Free)
        return fail(researchProblem(ResearchProblem::GasNotFree));
    auto keys = m_vault->researchKeys();
    if (!keys)
        return fail(vaultFailure(keys.error()));
    auto ledger = studyRound(network);
    if (!ledger)
        return fail(ledger.error());
    const auto listed = (*ledger)->listedStudies();
    if (!listed)
        return fail(actionFailure(ActionError::Unreachable));
    ledger::EthClient sender(*config, transactionOptions());
    ledger::ResearchMarket market(sender, (*ledger)->market());
    WithdrawReport report;
    for (const research::StudyId &id : *listed) {
        auto studyKeys = keys->study((*ledger)->where(id));
        if (!studyKeys)
            continue;
        const auto p = (*ledger)->participant(id, studyKeys->pseudonym);
        if (!p || p->state == ledger::ParticipantState::None)
            continue;
        const auto balance = (*ledger)->balanceOf(studyKeys->account);
        if (!balance)
            return fail(researchProblem(ResearchProblem::CantVerify));
        if (*balance == ledger::U256(0))
            continue;
        auto sent = market.withdraw(studyKeys->key, to, std::max(config->confirmations, 1));
        if (!sent)
            return fail(marketFailure(sent.error()));
        report.paid.push_back({id, *balance, sent->transactionHash});
        report.total = ledger::U256::add(report.total, *balance).value_or(report.total);
    }
    if (report.paid.empty())
        return fail(researchProblem(ResearchProblem::NothingToWithdraw));
    return report;
}

} // namespace carnet::core::service
