// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the link commands (wallet shl create|emergency|list|log|show|update|revoke) share: their exit
// statuses and the English words for core's link codes (core/service/linkfailure.h).
#include "core/service/actionfailure.h"

#include <QString>

namespace carnet::cli {

/** Exit statuses of the link commands (after `shl open`'s 45–49). */
enum LinkExitStatus : int {
    ExitLinkRequest = 50,     ///< the request breaks a rule (host address, label, validity, passcode, scope, size)
    ExitLinkHostDown = 51,    ///< the share host could not be reached, or answered what its API does not say
    ExitLinkHostRefused = 52, ///< the share host refused the request (its HTTP status on stderr)
    ExitLinkUnknown = 53,     ///< no such link of this wallet, or it is revoked already
    ExitLinkKeyUnknown = 54,  ///< the link was made before a restore: this vault does not hold its key
};

/** One English line for a link problem (never a secret, never health data). */
QString linkProblemText(const core::service::LinkFailure &failure);
int linkExitStatus(core::service::LinkProblem problem);
/** Reports a link failure of `what` ("wallet shl create") on stderr and returns its status. */
int reportLinkFailure(const QString &what, const core::service::ActionFailure &failure);

} // namespace carnet::cli
