// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a secret (a recovery phrase, a passphrase) from standard input into secure memory.
#include "crypto/securebuffer.h"

#include <optional>

namespace carnet::cli {

/** Reads one line from standard input (without its end of line) into secure memory. When standard
 *  input is a terminal, `prompt` is written to stderr and the terminal's echo is off while the line
 *  is typed (restored afterwards, also on SIGINT/SIGTERM/SIGHUP/SIGQUIT).
 *  Returns: the line, or nullopt when it is longer than `maxBytes` or standard input fails. */
[[nodiscard]] std::optional<crypto::SecureBuffer> readSecretLine(const char *prompt, std::size_t maxBytes);

} // namespace carnet::cli
