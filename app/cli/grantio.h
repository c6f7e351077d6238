// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the grant commands (clinician open|note|identity, and the patient's sharing) share: the exit
// statuses of grant problems and their one-line messages (docs/CLI.md, "Exit statuses").
#include "core/service/actionfailure.h"

namespace carnet::cli {

/** Exit statuses of grant problems (after walletrecords.h's 20–24). */
enum GrantExitStatus : int {
    ExitBadShareCode = 25,     ///< not a share code, or one for another network
    ExitUnknownGrant = 26,     ///< a majority of the nodes says no such grant was issued
    ExitGrantRevoked = 27,     ///< the grant is revoked
    ExitGrantExpired = 28,     ///< the grant has expired
    ExitGrantIncomplete = 29,  ///< not every part of the grant's key bundle is on the ledger yet
    ExitNotForYou = 30,        ///< the grant names another clinician
    ExitNotLicensed = 31,      ///< this wallet's clinician account is not licensed (by majority)
    ExitPasscode = 32,         ///< the grant needs a passcode, or the passcode is wrong
    ExitBundleForged = 33,     ///< no node gave the key bundle the grant signs, or it does not open
    ExitGrantCantVerify = 34,  ///< the nodes answered but no strict majority agrees: try again later
    ExitNoWriteBack = 35,      ///< the grant does not allow writing back
    ExitReceiptRefused = 36,   ///< the access receipt was refused (the entries are not shown)
    ExitGrantRefused = 37,     ///< any other grant problem (the patient's share, revoke, …)
};

/** Prints why a grant action did not happen ("carnet-cli <what>: …") and returns its exit status. */
int grantFailure(const QString &what, const core::service::ActionFailure &failure);

} // namespace carnet::cli
