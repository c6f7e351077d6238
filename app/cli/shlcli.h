// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `carnet-cli shl open`'s exit statuses and its English words for core/shl's receiver codes
// (core/shl/receiver.h).
#include "core/shl/receiver.h"

#include <QString>

namespace carnet::cli {

/** Exit statuses of `shl open` (before the link commands' 50–54, app/cli/linkcli.h). */
enum ShlOpenExitStatus : int {
    ExitShlBadLink = 45,  ///< not a SMART Health Link, a damaged one, a newer version, or an address refused
    ExitShlInactive = 46, ///< the link's expiry has passed, or the host answers 404 (inactive)
    ExitShlPasscode = 47, ///< the link needs a passcode, or it is wrong (attempts left on stderr)
    ExitShlHost = 48,     ///< unreachable, timeout, 429, another HTTP status, a malformed or oversized answer
    ExitShlBadFile = 49,  ///< a file does not decrypt, or is not what the manifest says
};

/** One English line for a receive failure (no link, URL, key, passcode or content in it). */
QString receiveFailureText(const core::shl::ReceiveFailure &failure, const core::shl::ReceiveOptions &options);
int receiveExitStatus(core::shl::ReceiveError error);

} // namespace carnet::cli
