// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What `carnet-cli wallet` shares between its actions: the exit statuses of vault errors and their
// one-line messages, reading passphrases (with confirmation and the strength rule), the Argon2id
// parameters of a new vault, and the one-time display of a recovery phrase.
#include "core/vault/vaulterror.h"
#include "crypto/kdf.h"
#include "crypto/securebuffer.h"

#include <QString>

#include <optional>

namespace carnet::cli {

/** Exit statuses of commands that open or create a vault (after command.h's 0, 1 and 2). */
enum VaultExitStatus : int {
    ExitWrongPassphrase = 3,   ///< the passphrase does not open the vault
    ExitVaultDamaged = 4,      ///< header or database damaged, missing, unencrypted or tampered with
    ExitNoVault = 5,           ///< no vault in the directory
    ExitVaultExists = 6,       ///< create/restore into a directory that already holds something
    ExitVaultInUse = 7,        ///< another process has the vault open
    ExitThrottled = 8,         ///< too many wrong passphrases: wait
    ExitVaultTooNew = 9,       ///< written by a newer Carnet
    ExitPassphraseRefused = 10, ///< new passphrase empty, weak, or its confirmation differs
    ExitVaultIo = 11,          ///< disk full or another file-system error
    ExitInternal = 12,         ///< anything else (a bug)
};

/** Prints "carnet-cli wallet <action>: <message>" for `error` on stderr and returns its status. */
int reportVaultError(const char *action, core::VaultError error, const QString &dir);

/** Prints "carnet-cli wallet <action>: <message>" on stderr and returns `status`. */
int reportError(const char *action, int status, const QString &message);

/** Reads one passphrase line (prompted on a terminal); nullopt when standard input fails. */
std::optional<crypto::SecureBuffer> readPassphrase(const char *prompt);

/** Reads a new passphrase and its confirmation, and applies the strength rule
 *  (core::ratePassphrase(...).acceptable()). On refusal prints why and sets `status`. */
std::optional<crypto::SecureBuffer> readNewPassphrase(const char *action, int &status);

/** The Argon2id parameters for a new vault: calibrated to about 1 s on this machine, or the floor
 *  (m 64 MiB, t 3, p 1) when CARNET_KDF=floor (tests). nullopt (message printed, ExitUsage) for any
 *  other non-empty value of CARNET_KDF. */
std::optional<crypto::Argon2Params> newVaultParameters(const char *action);

/** "Argon2id m=65536 KiB (64 MiB), t=3, p=1". */
QString describeParameters(const crypto::Argon2Params &params);

/** Prints the recovery phrase on stdout, once, inside a "write these words down" block. */
void printRecoveryPhrase(const crypto::SecureBuffer &phrase);

} // namespace carnet::cli
