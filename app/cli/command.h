// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The commands of carnet-cli. A command is a function that receives its own argument list (starting
// with "carnet-cli <name>", as argv would) and returns the process exit status. To add a command,
// write it in its own file and add a row to the table in commands.cpp.
#include <QStringList>

#include <span>

class QCommandLineParser;

namespace carnet::cli {

/** Exit statuses shared by every command. */
enum ExitStatus : int {
    ExitOk = 0,            ///< done
    ExitUsage = 1,         ///< unknown command, bad option or argument
    ExitInvalidPhrase = 2, ///< the recovery phrase is not a valid BIP-39 phrase (message on stderr)
};

struct Command
{
    const char *name;
    const char *summary; ///< one line for `carnet-cli --help`
    int (*run)(const QStringList &arguments);
};

/** Every command, in the order `--help` lists them. */
std::span<const Command> commands();

/** A command's help text, with the usage line naming the command ("carnet-cli <name> [options]"). */
QString commandHelp(const QCommandLineParser &parser, const char *name);

// The commands (one file each).
int runIdentity(const QStringList &arguments);
int runWallet(const QStringList &arguments);
int runDevnet(const QStringList &arguments);
int runAuthority(const QStringList &arguments);
int runRegistry(const QStringList &arguments);
int runProvider(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runClinician(const QStringList &arguments);
int runResearch(const QStringList &arguments);
int runShl(const QStringList &arguments);

} // namespace carnet::cli
