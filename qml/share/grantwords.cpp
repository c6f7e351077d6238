// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantwords.h"

#include "qml/sync/connectviewmodel.h"
#include "qml/sync/syncviewmodel.h"
#include "qml/walletsession.h"

namespace carnet::qml {

using core::service::ActionError;
using core::service::GrantProblem;
using core::share::ClinicianCodeError;
using core::share::ScopeError;
using core::share::ShareCodeError;

QString GrantWords::scopeError(ScopeError error)
{
    switch (error) {
    case ScopeError::TooShort:
    case ScopeError::UnsupportedVersion:
    case ScopeError::WrongLength: return tr("it is not written in a form this version of Carnet knows");
    case ScopeError::UnknownCategories: return tr("it names a category this version of Carnet does not know");
    case ScopeError::BadDay: return tr("one of its dates is not a real day");
    case ScopeError::DaysReversed: return tr("its first day comes after its last day");
    case ScopeError::DaysWithoutCategories: return tr("a date range needs at least one category to apply to");
    case ScopeError::TooManyEntries: return tr("more than 1,000 single entries are picked");
    case ScopeError::NotCanonical: return tr("an entry is picked twice");
    case ScopeError::Empty: return tr("it names no category and no entry");
    }
    return tr("it is not written in a form this version of Carnet knows");
}

QString GrantWords::shareCodeError(ShareCodeError error)
{
    switch (error) {
    case ShareCodeError::TooLong:
    case ShareCodeError::WrongPrefix: return tr("it is not a Carnet share code");
    case ShareCodeError::UnsupportedVersion: return tr("it comes from a newer version of Carnet");
    case ShareCodeError::BadBase64url:
    case ShareCodeError::WrongLength:
    case ShareCodeError::UnknownMode:
    case ShareCodeError::LengthModeMismatch:
    case ShareCodeError::BadCheck: return tr("it is mistyped or damaged");
    case ShareCodeError::WrongNetwork: return tr("it is for another network than the one set up here");
    }
    return tr("it is not a Carnet share code");
}

QString GrantWords::clinicianCodeError(ClinicianCodeError error)
{
    switch (error) {
    case ClinicianCodeError::WrongPrefix: return tr("it is not a clinician's identity code");
    case ClinicianCodeError::UnsupportedVersion: return tr("it comes from a newer version of Carnet");
    case ClinicianCodeError::BadBase64url:
    case ClinicianCodeError::WrongLength:
    case ClinicianCodeError::BadCheck:
    case ClinicianCodeError::InvalidKey: return tr("it is mistyped or damaged");
    }
    return tr("it is not a clinician's identity code");
}

QString GrantWords::problem(const core::service::GrantFailure &f)
{
    switch (f.problem) {
    case GrantProblem::None: break;
    case GrantProblem::NoAccessGrants:
        return tr("The network set up here has no sharing service, so nothing can be shared or opened on it.");
    case GrantProblem::CantVerify:
        return tr("The network's nodes answered, but not enough of them agree, so this can't be verified now. Nothing was "
                  "changed; try again later.");
    case GrantProblem::BadScope:
        return tr("This choice of what to share is refused: %1.").arg(scopeError(f.scope));
    case GrantProblem::NothingInScope:
        return tr("No verified entry matches this choice, so there is nothing to share. Choose other categories, dates or "
                  "entries.");
    case GrantProblem::TooManyEntries:
        return tr("%n entries are more than one share can carry. Choose fewer categories or a shorter period.", nullptr,
                  static_cast<int>(f.count));
    case GrantProblem::BadExpiry:
        return tr("A share lasts from 1 hour to 30 days.");
    case GrantProblem::BadPasscode:
        return tr("A passcode has 4 to 64 characters.");
    case GrantProblem::PasscodeWithNamed:
        return tr("A share for a named clinician needs no passcode: only their key opens it. Remove the passcode.");
    case GrantProblem::BadClinicianCode:
        return tr("The clinician's identity code is refused: %1. Scan or paste it again.").arg(clinicianCodeError(f.clinicianCode));
    case GrantProblem::ClinicianNotLicensed:
        return tr("This clinician is not licensed now, according to the network. Nothing was shared.");
    case GrantProblem::ClinicianNoKey:
        return tr("The registry holds no key for this clinician yet, so a share cannot be sealed for them. Ask them to "
                  "have their licence completed.");
    case GrantProblem::ClinicianKeyMismatch:
        return tr("This identity code does not match what the registry holds for that clinician: it is not theirs. "
                  "Nothing was shared.");
    case GrantProblem::KeysUnavailable:
        return tr("The network's nodes did not give back %n of the entries to share, so nothing was shared. Try again "
                  "later.", nullptr, static_cast<int>(f.count));
    case GrantProblem::IssueRefused:
        return tr("The network refused to record this share. Nothing can be read with it; try again.");
    case GrantProblem::NoSuchGrant:
        return tr("This share is not in this wallet.");
    case GrantProblem::AlreadyRevoked:
        return tr("This share is revoked already: nobody can open it any more.");
    case GrantProblem::NotAShareCode:
        return tr("This code can't be opened: %1.").arg(shareCodeError(f.shareCode));
    case GrantProblem::WrongNetwork:
        return tr("This share code is for another network than the one set up here.");
    case GrantProblem::UnknownGrant:
        return tr("The network knows no share with this code. Ask the patient for a new code.");
    case GrantProblem::GrantNotConfirmed:
        return tr("This share was just made and the network has not confirmed it yet. Try again in a few seconds.");
    case GrantProblem::GrantRevoked:
        return tr("This share has been revoked by the patient.");
    case GrantProblem::GrantExpired:
        return tr("This share has expired. Ask the patient for a new one if you still need it.");
    case GrantProblem::GrantIncomplete:
        return tr("This share is not complete on the network yet. Try again in a minute.");
    case GrantProblem::NotForYou:
        return tr("This share was made for another clinician.");
    case GrantProblem::NotLicensed:
        return tr("Your clinician identity is not licensed now, according to the network, so shares can't be opened.");
    case GrantProblem::PasscodeNeeded:
        return tr("This share needs the passcode the patient chose.");
    case GrantProblem::WrongPasscode:
        return tr("Wrong passcode. Ask the patient to tell it again.");
    case GrantProblem::BundleForged:
        return tr("No node gave this share as the patient signed it, so it was not opened.");
    case GrantProblem::BundleDamaged:
        return tr("This share is damaged and cannot be opened. Ask the patient for a new one.");
    case GrantProblem::NoWriteBack:
        return tr("The patient did not allow notes to be added with this share.");
    case GrantProblem::ReceiptRefused:
        return tr("The network refused the record of your access, so the share was not opened.");
    case GrantProblem::NotNoteOrPrescription:
        return tr("Only a note or a prescription can be added to the patient's record.");
    }
    return tr("Something went wrong with this share. Nothing was changed; try again.");
}

QString GrantWords::failure(const core::service::ActionFailure &f)
{
    switch (f.error) {
    case ActionError::Grant: return problem(f.grant);
    case ActionError::Locked: return tr("The wallet is locked. Unlock it and try again.");
    case ActionError::Vault: return WalletSession::describe(f.vault);
    case ActionError::NetworkFile:
        switch (f.network.error) {
        case core::ledger::NetworkFileError::NotFound:
            return tr("No network is set up on this device, so nothing can be shared or opened.");
        case core::ledger::NetworkFileError::Refused: return SyncViewModel::refusalWords(f.network.refusal);
        case core::ledger::NetworkFileError::Unreadable:
        case core::ledger::NetworkFileError::Malformed:
        case core::ledger::NetworkFileError::Unwritable: break;
        }
        return tr("The network settings file cannot be read, so nothing can be shared or opened.");
    case ActionError::NoRecordLog: return tr("The network set up here has no record log, so nothing can be shared or opened.");
    case ActionError::Store: return tr("The wallet's database failed. Nothing was shared; try again.");
    case ActionError::NotReserved: return ConnectViewModel::notReservedWords(f.reserve);
    case ActionError::GasNotFree:
        return tr("This network charges fees, and sharing keys never hold money (so that nobody can link your shares). "
                  "Nothing was sent.");
    case ActionError::Unreachable:
        return tr("The network's nodes could not be reached. Nothing was changed; try again when you are online.");
    case ActionError::PublishRefused: return tr("The network refused the note. Nothing more was written.");
    case ActionError::PublishFailed: return tr("A node failed while the note was written. Try again.");
    case ActionError::FileUnreadable: return tr("The file cannot be read.");
    case ActionError::FileTooLarge: return tr("The file is larger than 16 MB.");
    case ActionError::NotFhir: return tr("The file is not a FHIR resource.");
    case ActionError::NoEntries: return tr("There is nothing to write.");
    case ActionError::NoSuchRecord: return tr("This record is not in the wallet.");
    case ActionError::Research:
    case ActionError::Link: break;
    }
    return tr("Something went wrong with this share. Nothing was changed; try again.");
}

} // namespace carnet::qml
