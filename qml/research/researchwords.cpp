// SPDX-License-Identifier: GPL-3.0-or-later
#include "researchwords.h"

#include "qml/sync/syncviewmodel.h"
#include "qml/walletsession.h"

#include "crypto/ethaddress.h"

#include <QRegularExpression>

namespace carnet::qml {

using core::service::ActionError;
using core::service::ResearchProblem;

QString ResearchWords::problem(const core::service::ResearchFailure &f)
{
    switch (f.problem) {
    case ResearchProblem::None: break;
    case ResearchProblem::NoMarket:
        return tr("The network set up here has no research market, so no study can be listed or joined on it.");
    case ResearchProblem::CantVerify:
        return tr("The network's nodes answered, but not enough of them agree, so this can't be verified now. Nothing "
                  "was sent; try again later.");
    case ResearchProblem::UnknownStudy: return tr("The network knows no such study.");
    case ResearchProblem::TermsForged:
        return tr("No node gave this study's terms as the researcher posted them, so it is not shown.");
    case ResearchProblem::TermsInvalid:
        return tr("This study's terms break the rules studies must follow, so it is not shown.");
    case ResearchProblem::TermsMismatch:
        return tr("This study's terms don't match what the ledger keeps of it, so it is not shown.");
    case ResearchProblem::StudyClosed: return tr("This study is closed: its deadline has passed. Nothing was sent.");
    case ResearchProblem::StudyFull: return tr("Every place in this study is taken. Nothing was sent.");
    case ResearchProblem::AlreadyJoined: return tr("You have joined this study already.");
    case ResearchProblem::AlreadyLeft: return tr("You have left this study; it cannot be joined again.");
    case ResearchProblem::NotJoined: return tr("You have not joined this study, so there is nothing to leave.");
    case ResearchProblem::CannotSatisfy:
        return tr("Your record doesn't have what this study asks for, so it cannot be joined.");
    case ResearchProblem::PreviewChanged:
        return tr("Your record changed since the preview. Look at the new preview before joining.");
    case ResearchProblem::DatasetTooLarge:
        return tr("The data this study asks for is more than one study can receive (8 MB). Nothing was sent.");
    case ResearchProblem::InterruptedOther:
        return tr("An earlier, interrupted join sent data that is not this dataset, so this join cannot continue.");
    case ResearchProblem::GasNotFree:
        return tr("This network charges fees, and study accounts never hold money of yours (so that nobody can link "
                  "them to you). Nothing was sent.");
    case ResearchProblem::Refused: return tr("The research market refused the transaction. Nothing more was sent.");
    case ResearchProblem::NothingToWithdraw: return tr("There are no earnings to withdraw.");
    case ResearchProblem::BadAddress: return tr("This address cannot receive payments. Nothing was sent.");
    case ResearchProblem::BadDraft:
    case ResearchProblem::NotResearcher:
    case ResearchProblem::NotYourStudy: break; // the researcher's side (carnet-cli research)
    }
    return tr("Something went wrong with this study. Nothing was sent; try again.");
}

QString ResearchWords::failure(const core::service::ActionFailure &f)
{
    switch (f.error) {
    case ActionError::Research: return problem(f.research);
    case ActionError::Locked: return tr("The wallet is locked. Unlock it and try again.");
    case ActionError::Vault: return WalletSession::describe(f.vault);
    case ActionError::NetworkFile:
        if (f.network.error == core::ledger::NetworkFileError::NotFound)
            return tr("No network is set up on this device, so no study can be listed.");
        if (f.network.error == core::ledger::NetworkFileError::Refused)
            return SyncViewModel::refusalWords(f.network.refusal);
        return tr("The network settings file cannot be read, so no study can be listed.");
    case ActionError::Store: return tr("The wallet's database failed. Nothing was sent; try again.");
    case ActionError::GasNotFree: return problem({ResearchProblem::GasNotFree});
    case ActionError::Unreachable:
        return tr("The network's nodes could not be reached. Nothing was sent; try again when you are online.");
    default: break;
    }
    return tr("Something went wrong with this study. Nothing was sent; try again.");
}

QString ResearchWords::unverified(ResearchProblem p)
{
    switch (p) {
    case ResearchProblem::TermsForged: return tr("A study could not be checked: no node gives its terms as posted.");
    case ResearchProblem::TermsInvalid: return tr("A study could not be checked: its terms break the rules.");
    case ResearchProblem::TermsMismatch: return tr("A study could not be checked: its terms don't match the ledger.");
    default: break;
    }
    return tr("A study could not be checked: the nodes don't agree about it now.");
}

QString ResearchWords::addressProblem(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return tr("Enter the address to send your earnings to.");
    if (!form.match(t).hasMatch())
        return tr("An address is 0x followed by 40 digits and letters a to f.");
    const auto address = crypto::parseAddress(t.toStdString());
    if (!address)
        return tr("This address's capital letters don't match its checksum: it may be mistyped. Copy it again.");
    if (*address == crypto::Address{})
        return tr("This is the zero address: nobody can spend what is sent there.");
    return {};
}

} // namespace carnet::qml
