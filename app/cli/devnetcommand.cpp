// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli devnet start|stop|status: a local anvil chain with the contracts deployed and an authority
// registered, described by the network file the app and the other commands read (docs/CLI.md,
// docs/LEDGER-NETWORK.md). Works from any working directory.
#include "command.h"
#include "ledgercli.h"

#include "core/ledger/devnet.h"
#include "core/ledger/ethclient.h"

#include <QCommandLineParser>

#include <cstdio>

namespace carnet::cli {

using namespace core::ledger;

namespace {

int reportDevnet(const char *action, const DevnetError &error)
{
    return ledgerError(QStringLiteral("devnet ") + QLatin1String(action), ExitDevnet, error.message);
}

void printNetwork(const NetworkConfig &config, const QString &file)
{
    std::printf("chain-id: %llu\n", static_cast<unsigned long long>(config.chainId));
    for (const QUrl &url : config.nodes)
        std::printf("node: %s\n", qPrintable(url.toString()));
    for (auto it = config.contracts.begin(); it != config.contracts.end(); ++it)
        std::printf("contract: %s %s\n", qPrintable(it.key()), qPrintable(addressText(it.value())));
    std::printf("share-host: %s\n", config.shareHost.isEmpty() ? "none (carnet-share-host not found)"
                                                               : qPrintable(config.shareHost.toString()));
    std::printf("network-file: %s\n", qPrintable(file));
}

int start(const QCommandLineParser &parser, Devnet &devnet)
{
    DevnetOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("nodes")))
        options.nodes = parser.value(QStringLiteral("nodes")).toInt(&ok);
    if (!ok || options.nodes < 1 || options.nodes > 16)
        return ledgerError(QStringLiteral("devnet start"), ExitUsage, QStringLiteral("--nodes takes a number from 1 to 16"));
    if (parser.isSet(QStringLiteral("chain-id")))
        options.chainId = parser.value(QStringLiteral("chain-id")).toULongLong(&ok);
    if (!ok || options.chainId == 0)
        return ledgerError(QStringLiteral("devnet start"), ExitUsage, QStringLiteral("--chain-id takes a positive number"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    auto config = devnet.start(options);
    if (!config)
        return reportDevnet("start", config.error());
    printNetwork(*config, devnet.networkFile());
    std::printf("authority: %s\nauthority-key-file: %s\n",
                qPrintable(addressText(crypto::addressOf(loadKeyFile(devnet.authorityKeyFile())->publicKey()))),
                qPrintable(devnet.authorityKeyFile()));
    std::printf("pid: %lld\nlog: %s/anvil.log\n", static_cast<long long>(devnet.status().pid), qPrintable(devnet.directory()));
    std::fflush(stdout);
    return ExitOk;
}

int status(Devnet &devnet)
{
    const DevnetStatus s = devnet.status();
    std::printf("running: %s\n", s.running ? "yes" : "no");
    if (s.running)
        std::printf("pid: %lld\n", static_cast<long long>(s.pid));
    if (s.chainId != 0)
        std::printf("chain-id: %llu\n", static_cast<unsigned long long>(s.chainId));
    bool allAnswer = !s.nodes.isEmpty();
    for (const DevnetNodeStatus &node : s.nodes) {
        if (node.answers)
            std::printf("node: %s answers chain-id %llu head %llu\n", qPrintable(node.url.toString()),
                        static_cast<unsigned long long>(node.chainId), static_cast<unsigned long long>(node.head));
        else
            std::printf("node: %s does not answer (%s)\n", qPrintable(node.url.toString()), qPrintable(node.problem));
        allAnswer = allAnswer && node.answers && node.chainId == s.chainId;
    }
    std::fflush(stdout);
    if (!s.running)
        return ledgerError(QStringLiteral("devnet status"), ExitDevnet,
                           QStringLiteral("no devnet is running from %1").arg(devnet.directory()));
    return allAnswer ? static_cast<int>(ExitOk) : static_cast<int>(ExitNodeUnreachable);
}

int stop(Devnet &devnet)
{
    auto stopped = devnet.stop();
    if (!stopped)
        return reportDevnet("stop", stopped.error());
    std::printf("stopped: pid %lld\n", static_cast<long long>(*stopped));
    std::fflush(stdout);
    return ExitOk;
}

} // namespace

int runDevnet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Start, stop or show a local anvil chain with Carnet's contracts (in $CARNET_HOME/devnet).\n"
        "start: starts anvil, deploys the contracts from a fresh authority key, writes the network file.\n"
        "status: the node URLs, chain id and head block, and whether each node answers.\n"
        "stop: stops anvil (SIGTERM, then SIGKILL); nothing is left running."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("start, stop or status"));
    parser.addOption({QStringLiteral("nodes"), QStringLiteral("start: number of node URLs (1-16, default 1)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("chain-id"), QStringLiteral("start: chain id (default 31337)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("replace"), QStringLiteral("start: stop a devnet already running here first.")});
    if (!parser.parse(arguments))
        return ledgerError(QStringLiteral("devnet"), ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(commandHelp(parser, "devnet")), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ledgerError(QStringLiteral("devnet"), ExitUsage, QStringLiteral("name one action: start, stop or status"));
    Devnet devnet;
    const QString action = positional.constFirst();
    if (action == QLatin1String("start"))
        return start(parser, devnet);
    if (action == QLatin1String("status"))
        return status(devnet);
    if (action == QLatin1String("stop"))
        return stop(devnet);
    return ledgerError(QStringLiteral("devnet"), ExitUsage, QStringLiteral("unknown action '%1'").arg(action));
}

} // namespace carnet::cli
