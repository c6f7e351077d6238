// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli demo seed: a wallet full of a synthetic record on the devnet, in one command.
#include "command.h"
#include "demoresearch.h"
#include "ledgercli.h"
#include "messagetext.h"
#include "walletio.h"
#include "walletrecords.h"

#include "core/ledger/contracts/registry.h"
#include "core/ledger/devnet.h"
#include "core/service/wallet.h"
#include "core/share/clinicianid.h"
#include "platform/paths.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

namespace carnet::cli {

using namespace core;

namespace {

constexpr char kDemoClinicianName[] = "Dr. Claire Martin (démo)";

/** The demo wallet: opened with its passphrase, or created (new passphrase, twice) when absent. The
 *  passphrase stays in `passphraseOut` (the demo clinician's vault gets the same one). */
std::unique_ptr<service::Wallet> demoVault(const QString &dir, int &status, crypto::SecureBuffer &passphraseOut)
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
        passphraseOut = std::move(*passphrase);
        return std::move(*vault);
    }
    std::optional<crypto::SecureBuffer> passphrase = readNewPassphrase("demo seed", status);
    if (!passphrase)
        return nullptr;
    passphraseOut = passphrase->clone();
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

/** The demo clinician (docs/DEMO.md): a wallet of its own in $CARNET_HOME/demo-clinician/vault with
 *  the demo wallet's passphrase, its clinician account licensed by the devnet's authority and its
 *  encryption key in the registry, and a copy of the network file, so that the app opened with
 *  CARNET_HOME=$CARNET_HOME/demo-clinician reads the patient's share codes. Made once. */
int demoClinician(const ledger::NetworkConfig &network, const crypto::PrivateKey &authority, const crypto::SecureBuffer &passphrase)
{
    const QString home = QDir(ledger::NetworkConfig::homeDirectory()).filePath(QStringLiteral("demo-clinician"));
    const QString dir = QDir(home).filePath(QStringLiteral("vault"));
    std::unique_ptr<service::Wallet> wallet;
    if (service::Wallet::exists(dir)) {
        auto opened = service::Wallet::open(dir, passphrase);
        if (!opened)
            return reportVaultError("demo seed", opened.error(), dir);
        wallet = std::move(*opened);
    } else {
        const auto params = newVaultParameters("demo seed");
        if (!params)
            return ExitUsage;
        QDir().mkpath(home);
        auto created = service::Wallet::create(dir, passphrase.clone(), service::Wallet::newRecoveryPhrase(), *params);
        if (!created)
            return reportVaultError("demo seed", created.error(), dir);
        wallet = std::move(*created);
    }
    auto identity = wallet->clinicianIdentity();
    if (!identity)
        return reportError("demo seed", ExitInternal, QStringLiteral("the demo clinician's identity cannot be read"));
    const auto code = share::decodeClinicianCode(identity->code);
    ledger::EthClient client(network);
    ledger::Registry registry(client, *network.contract(QStringLiteral("CarnetRegistry")));
    auto licensed = registry.isLicensed(code->account, ledger::Role::Clinician);
    if (!licensed)
        return ledgerError(QStringLiteral("demo seed"), statusFor(licensed.error()), licensed.error().toString());
    if (!*licensed) {
        auto registered = registry.registerAccount(authority, code->account, ledger::Role::Clinician, QString::fromUtf8(kDemoClinicianName));
        if (!registered)
            return ledgerError(QStringLiteral("demo seed"), statusFor(registered.error()), registered.error().toString());
        auto keyed = registry.setEncryptionKey(authority, code->account, code->encryptionKey.compressed());
        if (!keyed)
            return ledgerError(QStringLiteral("demo seed"), statusFor(keyed.error()), keyed.error().toString());
    }
    const QString networkCopy = QDir(home).filePath(QStringLiteral("network.json"));
    if (!network.save(networkCopy))
        return reportError("demo seed", ExitVaultIo, QStringLiteral("cannot copy the network file to %1").arg(networkCopy));
    std::printf("clinician: %s (%s)\nclinician-code: %s\nclinician-home: %s\n", kDemoClinicianName,
                qPrintable(ledger::addressText(code->account)), qPrintable(identity->code), qPrintable(home));
    return ExitOk;
}

} // namespace

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "seed: on the devnet, licenses four made-up providers, connects each to the wallet (creating the\n"
        "wallet when the directory is empty: new passphrase twice on standard input), publishes a\n"
        "synthetic six-year record (docs/DEMO.md) and syncs it into the wallet. The providers' keys are\n"
        "saved in $CARNET_HOME/demo-providers/ for `carnet-cli provider publish`. It also makes the demo\n"
        "clinician: a wallet in $CARNET_HOME/demo-clinician/vault (same passphrase) whose clinician account\n"
        "is licensed, with its encryption key in the registry; `demo clinician` makes only that one.\n"
        "And the demo researcher ($CARNET_HOME/demo-researcher.key, funded, licensed) with two studies:\n"
        "one the demo record can join (HbA1c), one it cannot (vitamin D).\n"
        "Exit status: 0 done, 1 usage, 3-12 vault errors (see wallet --help), 13-19 network errors,\n"
        "23 publishing or syncing failed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("seed or clinician"));
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
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("seed")} && positional != QStringList{QStringLiteral("clinician")})
        return ledgerError(what, ExitUsage, QStringLiteral("usage: carnet-cli demo seed [--vault DIR] | demo clinician"));
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
    if (positional.constFirst() == QLatin1String("clinician")) {
        // The demo clinician alone (for a demo seeded before it existed): the passphrase of its vault,
        // twice when it is new.
        const QString clinicianVault = QDir(ledger::NetworkConfig::homeDirectory()).filePath(QStringLiteral("demo-clinician/vault"));
        std::optional<crypto::SecureBuffer> passphrase = service::Wallet::exists(clinicianVault)
            ? readPassphrase("Passphrase: ")
            : readNewPassphrase("demo clinician", status);
        if (!passphrase)
            return status == ExitOk ? int(ExitUsage) : status;
        return demoClinician(*network, *authority, *passphrase);
    }
    const QString dir = parser.isSet(QStringLiteral("vault")) ? parser.value(QStringLiteral("vault")) : platform::defaultVaultDirectory();
    crypto::SecureBuffer passphrase;
    auto vault = demoVault(dir, status, passphrase);
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
    if (const int clinician = demoClinician(*network, *authority, passphrase); clinician != ExitOk)
        return clinician;
    return demoResearcher(*network, *authority);
}

} // namespace carnet::cli
