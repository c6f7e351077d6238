// SPDX-License-Identifier: GPL-3.0-or-later
#include "researchcli.h"

#include <cstdio>

namespace carnet::cli {

using core::service::ResearchProblem;

QString researchProblemText(const core::service::ResearchFailure &f)
{
    switch (f.problem) {
    case ResearchProblem::None: return QStringLiteral("no problem");
    case ResearchProblem::NoMarket: return QStringLiteral("the network file names no ResearchMarket contract");
    case ResearchProblem::CantVerify:
        return QStringLiteral("can't verify: the nodes answered but no strict majority agrees; try again later");
    case ResearchProblem::UnknownStudy: return QStringLiteral("no such study on this network (by majority of the nodes)");
    case ResearchProblem::TermsForged: return QStringLiteral("no node gives the study's terms as posted (terms hash mismatch)");
    case ResearchProblem::TermsInvalid:
        return QStringLiteral("the study's terms break a rule: ") + QLatin1String(core::research::describe(f.terms));
    case ResearchProblem::TermsMismatch: return QStringLiteral("the study's terms are not those the contract keeps");
    case ResearchProblem::StudyClosed: return QStringLiteral("the study's deadline has passed");
    case ResearchProblem::StudyFull: return QStringLiteral("every place of the study is taken");
    case ResearchProblem::AlreadyJoined: return QStringLiteral("this wallet has already joined the study");
    case ResearchProblem::AlreadyLeft: return QStringLiteral("this wallet has left the study; it cannot join again");
    case ResearchProblem::NotJoined: return QStringLiteral("this wallet has not joined the study");
    case ResearchProblem::CannotSatisfy: return QStringLiteral("the record does not have what the study asks for");
    case ResearchProblem::PreviewChanged:
        return QStringLiteral("the dataset made now is not the one previewed (the record changed): preview it again");
    case ResearchProblem::DatasetTooLarge: return QStringLiteral("the dataset is larger than 8 MiB or 256 parts");
    case ResearchProblem::InterruptedOther:
        return QStringLiteral("parts already sent from this study account are not this dataset's; it cannot join");
    case ResearchProblem::GasNotFree:
        return QStringLiteral("this network charges for gas (its file does not say \"gas\": \"free\"); study accounts "
                              "hold nothing and are never funded");
    case ResearchProblem::Refused: return QStringLiteral("ResearchMarket refused the transaction");
    case ResearchProblem::NothingToWithdraw: return QStringLiteral("nothing to withdraw");
    case ResearchProblem::BadAddress: return QStringLiteral("the address to withdraw to is not a non-zero account");
    case ResearchProblem::BadDraft:
        return QStringLiteral("the study breaks a rule: ") + QLatin1String(core::research::describe(f.terms));
    case ResearchProblem::NotResearcher: return QStringLiteral("this key is not licensed as a researcher now");
    case ResearchProblem::NotYourStudy: return QStringLiteral("the study is another researcher's");
    }
    return QStringLiteral("research action failed");
}

int researchExitStatus(ResearchProblem problem)
{
    switch (problem) {
    case ResearchProblem::BadDraft:
    case ResearchProblem::BadAddress:
    case ResearchProblem::GasNotFree:
    case ResearchProblem::NoMarket:
        return ExitStudyRequest;
    case ResearchProblem::None:
    case ResearchProblem::CantVerify:
    case ResearchProblem::TermsForged:
    case ResearchProblem::TermsInvalid:
    case ResearchProblem::TermsMismatch:
        return ExitStudyCantVerify;
    case ResearchProblem::UnknownStudy:
    case ResearchProblem::NotYourStudy:
        return ExitStudyUnknown;
    case ResearchProblem::StudyClosed:
    case ResearchProblem::StudyFull:
        return ExitStudyClosed;
    case ResearchProblem::AlreadyJoined:
    case ResearchProblem::AlreadyLeft:
    case ResearchProblem::NotJoined:
    case ResearchProblem::InterruptedOther:
        return ExitStudyState;
    case ResearchProblem::CannotSatisfy:
        return ExitCannotSatisfy;
    case ResearchProblem::PreviewChanged:
    case ResearchProblem::DatasetTooLarge:
        return ExitPreviewChanged;
    case ResearchProblem::Refused:
        return ExitMarketRefused;
    case ResearchProblem::NothingToWithdraw:
        return ExitNothingToWithdraw;
    case ResearchProblem::NotResearcher:
        return ExitNotResearcher;
    }
    return ExitStudyCantVerify;
}

int reportResearchFailure(const QString &what, const core::service::ActionFailure &f)
{
    QString text = researchProblemText(f.research);
    if (!f.rpc.ok())
        text += QStringLiteral(": ") + f.rpc.toString();
    std::fprintf(stderr, "carnet-cli %s: %s\n", qPrintable(what), qPrintable(text));
    return researchExitStatus(f.research.problem);
}

} // namespace carnet::cli
