// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantcli.h"

namespace carnet::cli {

using core::service::GrantProblem;

QString grantProblemText(const core::service::GrantFailure &f)
{
    switch (f.problem) {
    case GrantProblem::None:
        return QStringLiteral("no problem");
    case GrantProblem::NoAccessGrants:
        return QStringLiteral("the network file names no AccessGrants, CarnetRegistry or RecordLog contract");
    case GrantProblem::CantVerify:
        return QStringLiteral("the nodes answered, but no strict majority of them agrees: can't verify (try again later)");
    case GrantProblem::BadScope:
        return QStringLiteral("the scope is refused: %1").arg(QLatin1String(core::share::describe(f.scope)));
    case GrantProblem::NothingInScope:
        return QStringLiteral("no verified entry matches the scope: nothing to share");
    case GrantProblem::TooManyEntries:
        return QStringLiteral("%1 entries are more than one grant can carry (64 parts of 32 KiB): share a smaller scope").arg(f.count);
    case GrantProblem::BadExpiry:
        return QStringLiteral("a grant lasts from 1 hour to 30 days");
    case GrantProblem::BadPasscode:
        return QStringLiteral("a passcode has 4 to 64 characters");
    case GrantProblem::PasscodeWithNamed:
        return QStringLiteral("a grant to a named clinician needs no passcode: only their key opens it");
    case GrantProblem::BadClinicianCode:
        return QStringLiteral("the clinician's code is refused: %1").arg(QLatin1String(core::share::describe(f.clinicianCode)));
    case GrantProblem::ClinicianNotLicensed:
        return QStringLiteral("this account is not licensed as a clinician (by a majority of the nodes)");
    case GrantProblem::ClinicianNoKey:
        return QStringLiteral("the registry holds no encryption key for this clinician (the authority sets it with the licence)");
    case GrantProblem::ClinicianKeyMismatch:
        return QStringLiteral("the code's encryption key is not the one the registry holds for this clinician: the code is not theirs");
    case GrantProblem::KeysUnavailable:
        return QStringLiteral("no node gave the sealed entries of %1 entries in the scope (their keys); try again later").arg(f.count);
    case GrantProblem::IssueRefused:
        return QStringLiteral("AccessGrants refused the transaction");
    case GrantProblem::NoSuchGrant:
        return QStringLiteral("this wallet has no grant with that number");
    case GrantProblem::AlreadyRevoked:
        return QStringLiteral("the grant is revoked already");
    case GrantProblem::NotAShareCode:
        return QStringLiteral("not a share code: %1").arg(QLatin1String(core::share::describe(f.shareCode)));
    case GrantProblem::WrongNetwork:
        return QStringLiteral("the share code is for another network (chain or AccessGrants contract)");
    case GrantProblem::UnknownGrant:
        return QStringLiteral("no such grant on the ledger");
    case GrantProblem::GrantNotConfirmed:
        return QStringLiteral("this grant was just made and is not confirmed yet: try again in a few seconds");
    case GrantProblem::GrantRevoked:
        return QStringLiteral("the patient revoked this grant");
    case GrantProblem::GrantExpired:
        return QStringLiteral("this grant has expired");
    case GrantProblem::GrantIncomplete:
        return QStringLiteral("this grant's key bundle is not all on the ledger yet");
    case GrantProblem::NotForYou:
        return QStringLiteral("this grant names another clinician");
    case GrantProblem::NotLicensed:
        return QStringLiteral("this wallet's clinician account is not licensed as a clinician (by a majority of the nodes)");
    case GrantProblem::PasscodeNeeded:
        return QStringLiteral("this grant needs the passcode the patient chose");
    case GrantProblem::WrongPasscode:
        return QStringLiteral("wrong passcode");
    case GrantProblem::BundleForged:
        return QStringLiteral("no node gave this grant's key bundle as the patient signed it");
    case GrantProblem::BundleDamaged:
        return QStringLiteral("the grant's key bundle does not open or is malformed");
    case GrantProblem::NoWriteBack:
        return QStringLiteral("this grant does not allow writing notes back");
    case GrantProblem::ReceiptRefused:
        return QStringLiteral("AccessGrants refused the access receipt");
    case GrantProblem::NotNoteOrPrescription:
        return QStringLiteral("a clinician writes back notes (FHIR DocumentReference) and prescriptions (MedicationRequest) only");
    }
    return QStringLiteral("unknown grant problem");
}

int grantExitStatus(GrantProblem problem)
{
    switch (problem) {
    case GrantProblem::None:
        return 0;
    case GrantProblem::NoAccessGrants:
        return 13;
    case GrantProblem::CantVerify:
        return ExitCantVerify;
    case GrantProblem::BadScope:
    case GrantProblem::NothingInScope:
    case GrantProblem::TooManyEntries:
    case GrantProblem::BadExpiry:
    case GrantProblem::BadPasscode:
    case GrantProblem::PasscodeWithNamed:
        return ExitGrantRequest;
    case GrantProblem::BadClinicianCode:
    case GrantProblem::ClinicianNotLicensed:
    case GrantProblem::ClinicianNoKey:
    case GrantProblem::ClinicianKeyMismatch:
        return ExitClinician;
    case GrantProblem::KeysUnavailable:
    case GrantProblem::GrantNotConfirmed:
        return ExitCantVerify;
    case GrantProblem::IssueRefused:
    case GrantProblem::ReceiptRefused:
        return ExitGrantRefused;
    case GrantProblem::NoSuchGrant:
    case GrantProblem::AlreadyRevoked:
        return ExitNoSuchGrant;
    case GrantProblem::NotAShareCode:
    case GrantProblem::WrongNetwork:
        return ExitShareCode;
    case GrantProblem::UnknownGrant:
    case GrantProblem::GrantRevoked:
    case GrantProblem::GrantExpired:
    case GrantProblem::GrantIncomplete:
        return ExitGrantInactive;
    case GrantProblem::NotForYou:
    case GrantProblem::NotLicensed:
    case GrantProblem::NoWriteBack:
        return ExitNotAllowed;
    case GrantProblem::NotNoteOrPrescription:
        return ExitGrantRequest;
    case GrantProblem::PasscodeNeeded:
    case GrantProblem::WrongPasscode:
        return ExitPasscode;
    case GrantProblem::BundleForged:
    case GrantProblem::BundleDamaged:
        return ExitBundle;
    }
    return 12;
}

} // namespace carnet::cli
