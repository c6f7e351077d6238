// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli demo seed: a wallet full of a synthetic record on the devnet, in one command.
#include "command.h"
#include "ledgercli.h"
#include "messagetext.h"
#include "walletio.h"
#include "walletrecords.h"

#include "core/ledger/devnet.h"
#include "core/service/wallet.h"
#include "platform/paths.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

namespace carnet::cli {

using namespace core;

namespace {

/** The demo wallet: opened with its passphrase, or created (new passphrase, twice) when absent. */
std::unique_ptr<service::Wallet> demoVault(const QString &dir, int &status)
{
    if (service::Wallet::exists(dir)) {
        std::optional<crypto::SecureBuffer> passphrase = readPassphrase("Passphrase: ");
        if (!passphrase) {
            status = reportError("demo seed", ExitUsage, QStringLiteral("cannot read the passphrase from standard input"));
            return nullptr;
        }
        auto vault = service::Wallet::open(dir, *passphrase);
        if (!vault) {
            status = reportVaultError("demo seed", vault.error(), dir);
            return nullptr;
        }
        return std::move(*vault);
    }
    std::optional<crypto::SecureBuffer> passphrase = readNewPassphrase("demo seed", status);
    if (!passphrase)
        return nullptr;
    const auto params = newVaultParameters("demo seed");
    if (!params) {
        status = ExitUsage;
        return nullptr;
    }
    crypto::SecureBuffer phrase = service::Wallet::newRecoveryPhrase();
    auto vault = service::Wallet::create(dir, std::move(*passphrase), phrase.clone(), *params);
    if (!vault) {
        status = reportVaultError("demo seed", vault.error(), dir);
        return nullptr;
    }
    std::printf("created the demo wallet %s (address %s)\n", qPrintable(dir), qPrintable((*vault)->address()));
    printRecoveryPhrase(phrase);
    return std::move(*vault);
}

} // namespace

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "seed: on the devnet, licenses four made-up providers, connects each to the wallet (creating the\n"
        "wallet when the directory is empty: new passphrase twice on standard input), publishes a\n"
        "synthetic six-year record (docs/DEMO.md) and syncs it into the wallet. The providers' keys are\n"
        "saved in $CARNET_HOME/demo-providers/ for `carnet-cli provider publish`.\n"
        "Exit status: 0 done, 1 usage, 3-12 vault errors (see wallet --help), 13-19 network errors,\n"
        "23 publishing or syncing failed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("seed"));
    parser.addOption({QStringLiteral("vault"), QStringLiteral("The wallet's vault directory (default: %1).").arg(platform::defaultVaultDirectory()),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("network"), QStringLiteral("The network file (default: $CARNET_HOME/network.json)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("years"), QStringLiteral("Years of record (5 to 30, default 6)."), QStringLiteral("N")});
    const QString what = QStringLiteral("demo seed");
    if (!parser.parse(arguments))
        return ledgerError(what, ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(commandHelp(parser, "demo")), stdout);
        return ExitOk;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("seed")})
        return ledgerError(what, ExitUsage, QStringLiteral("usage: carnet-cli demo seed [--vault DIR]"));
    sync::DemoSeedOptions options;
    if (parser.isSet(QStringLiteral("years"))) {
        bool ok = false;
        options.demo.years = parser.value(QStringLiteral("years")).toInt(&ok);
        if (!ok || options.demo.years < 5 || options.demo.years > 30)
            return ledgerError(what, ExitUsage, QStringLiteral("--years must be a whole number from 5 to 30"));
    }
    int status = ExitOk;
    const auto network = loadNetwork(what, parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    if (network->authorityKeyFile.isEmpty())
        return ledgerError(what, ExitNoNetwork, QStringLiteral("the demo needs a devnet (its network file names the authority key)"));
    auto authority = ledger::loadKeyFile(network->authorityKeyFile);
    if (!authority)
        return ledgerError(what, ExitKeyFile, QStringLiteral("authority key: %1").arg(QLatin1String(ledger::describe(authority.error()))));
    const QString dir = parser.isSet(QStringLiteral("vault")) ? parser.value(QStringLiteral("vault")) : platform::defaultVaultDirectory();
    auto vault = demoVault(dir, status);
    if (!vault)
        return status;
    options.keyDirectory = QDir(ledger::NetworkConfig::homeDirectory()).filePath(QStringLiteral("demo-providers"));
    options.progress = [](int done, int total) {
        if (done == total || done % 25 == 0)
            std::fprintf(stderr, "\rpublished %d of %d entries", done, total);
        if (done == total)
            std::fputs("\n", stderr);
    };
    const sync::DemoSeedResult result = vault->seedDemo(*network, *authority, options);
    for (const QString &p : result.providers)
        std::printf("provider: %s\n", qPrintable(p));
    if (!result.ok)
        return ledgerError(what, ExitPublishFailed,
                           result.sync.problem.isEmpty() ? result.problem : result.problem + QStringLiteral(": ") + messageText(result.sync.problem));
    std::printf("published: %d entries\nsynced: %d new entries verified and stored\n", result.published, result.sync.newEntries);
    return ExitOk;
}

} // namespace carnet::cli
