// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli registry show 0x…: an account's name, roles, licences in force and licence history, read
// from the CarnetRegistry of the network file.
#include "command.h"
#include "ledgercli.h"

#include "core/ledger/contracts/registry.h"

#include <QCommandLineParser>

#include <cstdio>

namespace carnet::cli {

using namespace core::ledger;

int runRegistry(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "show ADDRESS: the account's display name and, per role, whether it is licensed now and its licence\n"
        "intervals in blocks (both ends included; \"now\" while in force)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("show"));
    parser.addPositionalArgument(QStringLiteral("address"), QStringLiteral("The account (0x…)."));
    parser.addOption({QStringLiteral("network"), QStringLiteral("The network file (default: $CARNET_HOME/network.json)."), QStringLiteral("FILE")});
    const QString what = QStringLiteral("registry");
    if (!parser.parse(arguments))
        return ledgerError(what, ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(commandHelp(parser, "registry")), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("show"))
        return ledgerError(what, ExitUsage, QStringLiteral("usage: carnet-cli registry show 0x…"));
    const QString where = QStringLiteral("registry show");
    const auto account = parseAccount(where, positional.at(1));
    if (!account)
        return ExitUsage;
    int status = ExitOk;
    const auto network = loadNetwork(where, parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    const auto registryAddress = network->contract(QStringLiteral("CarnetRegistry"));
    if (!registryAddress)
        return ledgerError(where, ExitNoNetwork, QStringLiteral("the network file has no CarnetRegistry address"));
    EthClient client(*network);
    if (auto checked = client.checkNodes(); !checked)
        return ledgerError(where, statusFor(checked.error()), checked.error().toString());
    Registry registry(client, *registryAddress);
    const auto head = client.blockNumber();
    const auto name = registry.nameOf(*account);
    if (!head || !name)
        return ledgerError(where, statusFor(!head ? head.error() : name.error()),
                           (!head ? head.error() : name.error()).toString());
    std::printf("account: %s\n", qPrintable(addressText(*account)));
    std::printf("name: %s\n", name->isEmpty() ? "(none)" : qPrintable(sanitizeNodeText(*name)));
    std::printf("block: %llu\n", static_cast<unsigned long long>(*head));
    for (const Role role : kAllRoles) {
        const auto now = registry.isLicensed(*account, role);
        const auto intervals = registry.intervals(*account, role);
        if (!now || !intervals)
            return ledgerError(where, statusFor(!now ? now.error() : intervals.error()),
                               (!now ? now.error() : intervals.error()).toString());
        QStringList spans;
        for (const LicenceInterval &i : *intervals)
            spans.append(i.revokedAt == 0 ? QStringLiteral("%1-now").arg(i.registeredAt)
                                          : QStringLiteral("%1-%2").arg(i.registeredAt).arg(i.revokedAt));
        std::printf("%s: licensed-now %s; intervals %s\n", qPrintable(roleName(role)), *now ? "yes" : "no",
                    spans.isEmpty() ? "none" : qPrintable(spans.join(QStringLiteral(", "))));
    }
    std::fflush(stdout);
    return ExitOk;
}

} // namespace carnet::cli
