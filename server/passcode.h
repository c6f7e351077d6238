// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* A P link's passcode as the host keeps it: Argon2id (m = 19 MiB, t = 2, p = 1, the OWASP minimum:
 * the passcode is short and guessable offline from a stolen database, so the hash is slow; it is
 * computed on every wrong guess too, so it stays modest: the lifetime failure counter, not the
 * hash, is what stops online guessing). Stored "argon2id$m$t$p$salt$hash" (base64url). */
#include <QByteArray>

namespace carnet::sharehost {

QByteArray hashPasscode(const QByteArray &passcode);

/** Constant-time comparison of the recomputed hash; false for a malformed record. */
bool passcodeMatches(const QByteArray &record, const QByteArray &passcode);

} // namespace carnet::sharehost
