// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a grant action did not happen (patient and clinician), as codes: ActionFailure::grant when
// ActionFailure::error is ActionError::Grant. The UI turns them into words.
#include "core/share/grantscope.h"
#include "core/share/keybundle.h"
#include "core/share/sealedbundle.h"
#include "core/share/sharecode.h"
#include "core/share/clinicianid.h"

namespace carnet::core::service {

enum class GrantProblem {
    None,
    // --- contracts and network
    NoAccessGrants,      ///< the network file names no AccessGrants contract (or no registry)
    CantVerify,          ///< the nodes answered but no strict majority agrees (try again later)
    // --- the patient's share
    BadScope,            ///< the scope breaks a rule (see `scope`)
    NothingInScope,      ///< no verified entry matches the scope
    TooManyEntries,      ///< the bundle would need more than 64 parts (see `count`: entries asked)
    BadExpiry,           ///< validity outside 1 hour … 30 days
    BadPasscode,         ///< a passcode that is not 4 to 64 characters
    PasscodeWithNamed,   ///< a passcode and a named clinician: the named form needs none
    BadClinicianCode,    ///< the clinician's code is malformed (see `clinicianCode`)
    ClinicianNotLicensed,///< the named clinician is not licensed as a clinician (by majority)
    ClinicianNoKey,      ///< the registry holds no encryption key for the named clinician
    ClinicianKeyMismatch,///< the code's key is not the one the registry holds for that account
    KeysUnavailable,     ///< no node gave the sealed entries of the scope (their content keys) (see `count`)
    IssueRefused,        ///< AccessGrants refused the grant or a part (ActionFailure::rpc has the decoded revert)
    NoSuchGrant,         ///< no grant with that index or id in this wallet
    AlreadyRevoked,      ///< the grant is already revoked on the ledger
    // --- the clinician's open
    NotAShareCode,       ///< the text is not a share code (see `shareCode`)
    WrongNetwork,        ///< the code is for another chain or AccessGrants contract
    UnknownGrant,        ///< a majority says no such grant was issued
    GrantNotConfirmed,   ///< issued, but not yet `confirmations` blocks deep: try again in a few seconds
    GrantRevoked,        ///< revoked (by majority)
    GrantExpired,        ///< expired (by majority, or by the reader's clock)
    GrantIncomplete,     ///< not every part of its key bundle is on the ledger yet
    NotForYou,           ///< the grant names another clinician
    NotLicensed,         ///< the reader is not licensed as a clinician now (by majority)
    PasscodeNeeded,      ///< mode 2 and no passcode given
    WrongPasscode,       ///< mode 2 and the bundle does not open with this passcode
    BundleForged,        ///< no node gave key bundle parts matching the signed hash
    BundleDamaged,       ///< the bundle matches the signed hash but does not open or parse (see `bundle`, `keyBundle`)
    NoWriteBack,         ///< the grant does not allow writing back
    NotNoteOrPrescription, ///< write back takes FHIR DocumentReference (notes) and MedicationRequest (prescriptions) only
    ReceiptRefused,      ///< AccessGrants refused the access receipt (ActionFailure::rpc)
};

/** The details of a GrantProblem (only the field its code names is set). */
struct GrantFailure
{
    GrantProblem problem = GrantProblem::None;
    share::ScopeError scope = share::ScopeError::Empty;
    share::ShareCodeError shareCode = share::ShareCodeError::WrongPrefix;
    share::ClinicianCodeError clinicianCode{};
    share::BundleError bundle{};
    share::KeyBundleError keyBundle{};
    std::uint64_t count = 0;
};

} // namespace carnet::core::service
