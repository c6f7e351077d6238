// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a research action did not happen (patient and researcher), as codes: ActionFailure::research
// when ActionFailure::error is ActionError::Research. The UI turns them into words.
#include "core/research/datasetseal.h"
#include "core/research/studyterms.h"

namespace carnet::core::service {

enum class ResearchProblem {
    None,
    NoMarket,          ///< the network file names no ResearchMarket (or no registry, AccessGrants, RecordLog)
    CantVerify,        ///< the nodes answered but no strict majority agrees (try again later)
    UnknownStudy,      ///< a majority says no such study was posted
    TermsForged,       ///< no node gave terms whose keccak is the study's termsHash
    TermsInvalid,      ///< the terms hash right but break a rule (see `terms`)
    TermsMismatch,     ///< the terms are not the study's (see `mismatch`)
    StudyClosed,       ///< the deadline has passed
    StudyFull,         ///< every place is taken
    AlreadyJoined,     ///< this wallet's study account has joined
    AlreadyLeft,       ///< this wallet's study account has left
    NotJoined,         ///< leave: this wallet has not joined the study
    CannotSatisfy,     ///< the record has nothing the study asks, or lacks a required code
    PreviewChanged,    ///< the dataset made now is not the one previewed: preview again
    DatasetTooLarge,   ///< the dataset is over 8 MiB or needs more than 256 parts
    InterruptedOther,  ///< parts already on the ledger from this account are not this dataset's
    GasNotFree,        ///< the network charges for gas: study accounts are never funded
    Refused,           ///< ResearchMarket refused a transaction (ActionFailure::rpc has the decoded revert)
    NothingToWithdraw, ///< no study account of this wallet has a balance
    BadAddress,        ///< the withdrawal address is zero
    // --- the researcher
    BadDraft,          ///< the study's terms break a rule (see `terms`)
    NotResearcher,     ///< not licensed as a researcher now (by majority)
    NotYourStudy,      ///< the study is another researcher's
};

struct ResearchFailure
{
    ResearchProblem problem = ResearchProblem::None;
    research::TermsError terms = research::TermsError::NotJson;
    research::TermsMismatch mismatch = research::TermsMismatch::None;
};

} // namespace carnet::core::service
