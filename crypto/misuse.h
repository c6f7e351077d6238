// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Reporting of programmer errors (illegal arguments), after libsecp256k1's illegal callback.
 *
 * A call with an argument no correct program passes (a 31-byte AES key, an Argon2id cost of zero,
 * an HKDF output longer than 255 blocks) is reported to the illegal-argument handler. The default
 * handler prints the function name to stderr (never the argument's value) and aborts. Tests install
 * their own handler to count the reports; when the handler returns, the function fails the way it
 * fails on bad input (false, nullopt or an empty result). */

namespace carnet::crypto {

/** Called with a static description of the misuse (function and what was wrong). Must not be null. */
using IllegalArgumentHandler = void (*)(const char *what);

/** Installs a handler and returns the previous one. Not thread-safe: set it once at start-up or in a test. */
IllegalArgumentHandler setIllegalArgumentHandler(IllegalArgumentHandler handler) noexcept;

/** Reports a misuse to the current handler (used inside the crypto layer). */
void reportIllegalArgument(const char *what) noexcept;

} // namespace carnet::crypto
