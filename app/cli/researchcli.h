// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the research commands (wallet studies|study-preview|join|leave|earnings|withdraw, research
// post|list|datasets|refund|withdraw) share: their exit statuses and the English words for core's
// research codes (core/service/researchfailure.h).
#include "core/service/actionfailure.h"

#include <QString>

namespace carnet::cli {

/** Exit statuses of the research commands (after grantcli.h's 25–34). */
enum ResearchExitStatus : int {
    ExitStudyRequest = 35,  ///< the draft or request breaks a rule (terms, address, withdrawal to zero)
    ExitStudyCantVerify = 36, ///< the nodes answered but no strict majority agrees, or no node gives the terms as posted
    ExitStudyUnknown = 37,  ///< no such study, or it is another researcher's
    ExitStudyClosed = 38,   ///< the study's deadline has passed or every place is taken
    ExitStudyState = 39,    ///< already joined, already left, or not joined
    ExitCannotSatisfy = 40, ///< the record has nothing the study asks, or lacks a required code
    ExitPreviewChanged = 41,///< the dataset made now is not the one previewed (or too large)
    ExitMarketRefused = 42, ///< ResearchMarket refused a transaction (the decoded revert on stderr)
    ExitNothingToWithdraw = 43, ///< no balance to withdraw
    ExitNotResearcher = 44, ///< the key is not licensed as a researcher now
};

/** One English line for a research problem (never a secret, never health data). */
QString researchProblemText(const core::service::ResearchFailure &failure);
/** The exit status of a research problem. */
int researchExitStatus(core::service::ResearchProblem problem);
/** Reports a research failure of `what` ("wallet join") on stderr and returns its status. */
int reportResearchFailure(const QString &what, const core::service::ActionFailure &failure);

} // namespace carnet::cli
