// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the grant commands (wallet share|grants|revoke|access-log, clinician open|note) share: their
// exit statuses and the English words for core's grant codes (core/service/grantfailure.h).
#include "core/service/actionfailure.h"

#include <QString>

#include <optional>

class QCommandLineParser;
namespace carnet::core::service { struct RecordView; }
namespace carnet::core::share { struct GrantScope; }

namespace carnet::cli {

/** Exit statuses of the grant commands (after walletrecords.h's 20–24). */
enum GrantExitStatus : int {
    ExitGrantRequest = 25,   ///< the request breaks a rule: scope, expiry, passcode, nothing in scope, too many entries
    ExitClinician = 26,      ///< the named clinician: a bad code, not licensed, no key in the registry, another key
    ExitCantVerify = 27,     ///< the nodes answered but no strict majority agrees: try again later
    ExitGrantRefused = 28,   ///< AccessGrants refused a transaction (the decoded revert on stderr)
    ExitShareCode = 29,      ///< not a share code, a mistyped one, or one for another network
    ExitGrantInactive = 30,  ///< unknown, revoked, expired or incomplete grant
    ExitNotAllowed = 31,     ///< the grant names another clinician, or the reader is not licensed, or no write back
    ExitPasscode = 32,       ///< a passcode is needed, or it is wrong
    ExitBundle = 33,         ///< no node gives the grant's key bundle as signed, or it does not open
    ExitNoSuchGrant = 34,    ///< no grant with that number in this wallet, or it is revoked already
};

/** One English line for a grant problem (never a secret, never health data). */
QString grantProblemText(const core::service::GrantFailure &failure);
/** The exit status of a grant problem. */
int grantExitStatus(core::service::GrantProblem problem);

} // namespace carnet::cli
