// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the patient's side of research (walletresearch*.cpp): the round, a study verified by
// majority, the selection and the dataset. Not a public API.
#include "core/service/studyledger.h"
#include "core/service/wallet_p.h"

namespace carnet::core::service::detail {

/** A research round on the network of `source` (NetworkFile, Research/NoMarket, Unreachable, CantVerify). */
ActionResult<std::unique_ptr<StudyLedger>> studyRound(const NetworkSource &source);

/** The study by majority with its terms checked (PROTOCOL.md §9.2): UnknownStudy, CantVerify,
 *  TermsForged, TermsInvalid, TermsMismatch. Fills the study's public part of a listing. */
ActionResult<StudyListing> verifiedStudy(StudyLedger &ledger, const research::StudyId &studyId);

/** This wallet's part in a listed study: its study account, pseudonym, participation and balance. */
ActionResult<void> addParticipation(StudyLedger &ledger, const research::StudyKeys &keys, StudyListing &listing);

/** What a study receives of the verified entries (§9.3), and whether the record satisfies it. */
struct Selection
{
    std::vector<sync::StoredEntry> entries;
    StudyFit fit = StudyFit::NothingSelected;
    QStringList missingCodes;
};
Selection selectFor(const research::DataRequest &request, const std::vector<sync::StoredEntry> &verified);

/** The dataset of a selection (§9.4), de-identified with the study's secret. */
struct BuiltDataset
{
    QByteArray bytes;
    crypto::Hash32 hash{};
    std::vector<PreviewResource> resources;
    int excluded = 0;
};
ActionResult<BuiltDataset> buildDataset(const StudyListing &study, const Selection &selection, const research::StudyKeys &keys,
                                        bool keepFreeText, const research::StudyLocation &where);

ActionFailure researchProblem(ResearchProblem problem);
/** A ResearchMarket transaction's failure: Refused (a revert, rpc kept) or Unreachable. */
ActionFailure marketFailure(const ledger::RpcError &error);

} // namespace carnet::core::service::detail
