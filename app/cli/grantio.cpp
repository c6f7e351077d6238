// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantio.h"
#include "ledgercli.h"

namespace carnet::cli {

using core::service::GrantProblem;

int grantFailure(const QString &what, const core::service::ActionFailure &f)
{
    const auto rpc = [&f] { return f.rpc.ok() ? QString() : QStringLiteral(" (%1)").arg(f.rpc.toString()); };
    switch (f.grant.problem) {
    case GrantProblem::NoAccessGrants:
        return ledgerError(what, ExitNoNetwork, QStringLiteral("the network file names no AccessGrants, CarnetRegistry or RecordLog contract"));
    case GrantProblem::NotAShareCode:
        return ledgerError(what, ExitBadShareCode,
                           QStringLiteral("not a share code: %1").arg(QLatin1String(core::share::describe(f.grant.shareCode))));
    case GrantProblem::WrongNetwork:
        return ledgerError(what, ExitBadShareCode, QStringLiteral("the share code is for another network"));
    case GrantProblem::UnknownGrant:
        return ledgerError(what, ExitUnknownGrant, QStringLiteral("the nodes know no such grant"));
    case GrantProblem::GrantRevoked:
        return ledgerError(what, ExitGrantRevoked, QStringLiteral("the patient revoked this grant"));
    case GrantProblem::GrantExpired:
        return ledgerError(what, ExitGrantExpired, QStringLiteral("this grant has expired"));
    case GrantProblem::GrantIncomplete:
        return ledgerError(what, ExitGrantIncomplete, QStringLiteral("the grant's keys are not all on the ledger yet: try again shortly"));
    case GrantProblem::NotForYou:
        return ledgerError(what, ExitNotForYou, QStringLiteral("this grant is for another clinician"));
    case GrantProblem::NotLicensed:
    case GrantProblem::ClinicianNotLicensed:
        return ledgerError(what, ExitNotLicensed, QStringLiteral("this wallet's clinician account is not licensed as a clinician"));
    case GrantProblem::PasscodeNeeded:
        return ledgerError(what, ExitPasscode, QStringLiteral("this grant needs a passcode: use --passcode-stdin"));
    case GrantProblem::WrongPasscode:
        return ledgerError(what, ExitPasscode, QStringLiteral("wrong passcode"));
    case GrantProblem::BundleForged:
        return ledgerError(what, ExitBundleForged, QStringLiteral("no node gave the grant's keys as the patient signed them"));
    case GrantProblem::BundleDamaged:
        return ledgerError(what, ExitBundleForged, QStringLiteral("the grant's keys match the patient's signature but do not open"));
    case GrantProblem::CantVerify:
        return ledgerError(what, ExitGrantCantVerify, QStringLiteral("can't verify: no majority of the nodes agrees (try again later)"));
    case GrantProblem::NoWriteBack:
        return ledgerError(what, ExitNoWriteBack, QStringLiteral("this grant does not allow writing back"));
    case GrantProblem::ReceiptRefused:
        return ledgerError(what, ExitReceiptRefused, QStringLiteral("the access receipt was refused; nothing is shown") + rpc());
    default:
        break;
    }
    return ledgerError(what, ExitGrantRefused, QStringLiteral("the grant action was refused") + rpc());
}

} // namespace carnet::cli
