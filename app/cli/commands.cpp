// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace carnet::cli {

std::span<const Command> commands()
{
    static const Command table[] = {
        {"identity", "Show the account address and encryption key of a recovery phrase (read from stdin)",
         &runIdentity},
        {"wallet", "Create, restore, show or re-key the wallet's vault (secrets read from stdin)", &runWallet},
        {"devnet", "Start, stop or show a local anvil chain with the contracts deployed", &runDevnet},
        {"authority", "Register or revoke a provider, clinician or researcher (signed by the authority key)",
         &runAuthority},
        {"registry", "Show an account's roles and licences from the registry contract", &runRegistry},
        {"provider", "Seal and publish FHIR resources to a patient's record (signed by a licensed key)", &runProvider},
        {"clinician", "Clinician mode: identity code, open a patient's share code, write notes back", &runClinician},
        {"research", "Researcher: post a paid study, list its joins, fetch and verify the datasets, refund, withdraw", &runResearch},
        {"shl", "Open a SMART Health Link as its recipient: fetch, decrypt and check its files", &runShl},
        {"demo", "Fill a wallet with a synthetic six-year record from demo providers (devnet)", &runDemo},
    };
    return table;
}

QString commandHelp(const QCommandLineParser &parser, const char *name)
{
    // QCommandLineParser names the executable as invoked; a command's usage names the command too.
    QString help = parser.helpText();
    const QString invoked = QCoreApplication::arguments().constFirst();
    const QString usage = QStringLiteral("Usage: ") + invoked;
    if (help.startsWith(usage))
        help.replace(0, usage.size(), QStringLiteral("Usage: carnet-cli ") + QLatin1String(name));
    return help;
}

} // namespace carnet::cli
