// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The researcher's actions (docs/PROTOCOL.md §9.2, §9.8): posting a study with its escrow, listing
// one's studies and their joins, fetching and checking every dataset, the refund after the deadline,
// withdrawing. Signed by the researcher's licensed key (a key file, like a provider's); every ledger
// value by strict majority of the nodes. One call per action, like wallet.h.
#include "core/service/wallet.h"

namespace carnet::core::service {

/** What a researcher writes; the rest of the terms (network, researcher, salt, key) is filled in. */
struct StudyDraft
{
    QString title;
    QString purpose;
    research::DataRequest data;
    ledger::U256 price;          ///< wei per participant
    std::uint32_t places = 0;
    std::uint64_t deadline = 0;  ///< Unix seconds
};

struct PostedStudy
{
    research::StudyId studyId{};
    QByteArray terms;            ///< the canonical terms posted
    ledger::U256 escrow;
    crypto::Hash32 transaction{};
};

/** One join of a study, as a strict majority of the nodes keeps it. */
struct StudyJoin
{
    research::Pseudonym pseudonym{};
    ledger::ParticipantRecord participant;
    std::uint64_t block = 0;
};

struct ResearcherStudy
{
    StudyListing study;           ///< the wallet-side fields (fit, account, balance) are unset
    std::vector<StudyJoin> joins; ///< in join order
    std::optional<ledger::U256> balance; ///< the researcher's withdrawable balance (refunds)
};

/** A dataset received and checked (§9.8), or the step it failed at. */
struct ReceivedDataset
{
    enum class Step { Ok, NoParts, Open, Dataset, Header };
    research::Pseudonym pseudonym{};
    crypto::Hash32 datasetHash{};
    Step step = Step::Ok;
    research::OpenError open = research::OpenError::NoParts; ///< Step::Open
    QByteArray dataset;                                      ///< Step::Ok: the exact bytes the join committed
};

/** The researcher's dataset key's public half for `researcherKey` (§9.1), as posted with studies. */
[[nodiscard]] crypto::Bytes researcherEncryptionKey(const crypto::PrivateKey &researcherKey);

/** Posts a study: terms made canonical and checked, the researcher licensed now (by majority),
 *  postStudy with exactly price × places, then the study confirmed by majority. */
ActionResult<PostedStudy> postStudy(const crypto::PrivateKey &researcherKey, const StudyDraft &draft,
                                    const NetworkSource &network = {});
/** The researcher's studies (every verified study whose researcher is `researcher`) and their joins. */
ActionResult<std::vector<ResearcherStudy>> researcherStudies(const crypto::Address &researcher, const NetworkSource &network = {});
/** Every joined dataset of one of the researcher's studies, fetched, opened and checked. */
ActionResult<std::vector<ReceivedDataset>> fetchDatasets(const crypto::PrivateKey &researcherKey, const research::StudyId &studyId,
                                                         const NetworkSource &network = {});
/** refund(studyId) after the deadline, confirmed by majority. */
ActionResult<crypto::Hash32> refundStudy(const crypto::PrivateKey &researcherKey, const research::StudyId &studyId,
                                         const NetworkSource &network = {});
/** withdraw(to) of the researcher's balance. */
ActionResult<WithdrawReport> withdrawResearcher(const crypto::PrivateKey &researcherKey, const crypto::Address &to,
                                                const NetworkSource &network = {});

} // namespace carnet::core::service
