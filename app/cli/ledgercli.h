// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the ledger commands (devnet, authority, registry) share: their exit statuses, the network
// file and key file options, and one-line error reports (docs/CLI.md, "Ledger commands").
#include "core/ledger/ethclient.h"
#include "core/ledger/networkconfig.h"
#include "core/service/networksource.h"

#include <QString>

#include <optional>

namespace carnet::cli {

/** Exit statuses of the ledger commands (after walletio.h's 3–12). */
enum LedgerExitStatus : int {
    ExitNoNetwork = 13,       ///< no network file, or it is not a valid one
    ExitNodeUnreachable = 14, ///< no node answered (refused, timeout, HTTP error, garbage)
    ExitWrongChain = 15,      ///< the nodes are on another chain than the network file says
    ExitRefused = 16,         ///< the contract refused (a revert: not authority, already licensed, …)
    ExitKeyFile = 17,         ///< the key file is missing, unreadable, malformed or readable by others
    ExitDevnet = 18,          ///< devnet: anvil not found, already running, not running, failed to start
    ExitNodeError = 19,       ///< a node answered with an error or an unexpected answer
};

/** Prints "carnet-cli <what>: <message>" on stderr and returns `status`. */
int ledgerError(const QString &what, int status, const QString &message);

/** The exit status for an RpcError (Reverted → ExitRefused, ChainMismatch → ExitWrongChain, …). */
int statusFor(const core::ledger::RpcError &error);

/** Words for a network file the network policy refuses (too few nodes, a node not on https). */
QString refusalText(const core::ledger::NetworkRefusal &refusal);

/** One line saying why a network file cannot be used (its path, and what is wrong with it). */
QString networkFileText(const core::service::NetworkFileFailure &failure);

/** Loads --network FILE or the default network file; on failure prints why and sets `status`
 *  (ExitNoNetwork, also for a file the network policy refuses). */
std::optional<core::ledger::NetworkConfig> loadNetwork(const QString &what, const QString &path, int &status);

/** Parses an account address strictly (EIP-55 checksum when mixed case); prints why on failure. */
std::optional<crypto::Address> parseAccount(const QString &what, const QString &text);

} // namespace carnet::cli
