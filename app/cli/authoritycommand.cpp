// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli authority register|revoke: the registry's authority licenses or revokes an account in a
// role, with a transaction signed by a key file (the devnet's authority key by default).
#include "command.h"
#include "ledgercli.h"

#include "core/ledger/contracts/registry.h"
#include "core/ledger/devnet.h"
#include "core/share/clinicianid.h"

#include <QCommandLineParser>

#include <cstdio>

namespace carnet::cli {

using namespace core::ledger;

namespace {

QString refusalHint(const RpcError &error, const crypto::Address &signer)
{
    const DecodedRevert revert = decodeRevert(error.data);
    if (revert.name == QLatin1String("NotAuthority"))
        return QStringLiteral("refused: %1: the key %2 is not the registry's authority")
            .arg(revert.description, addressText(signer));
    if (revert.name == QLatin1String("AlreadyLicensed"))
        return QStringLiteral("refused: %1: the account already holds this licence").arg(revert.description);
    if (revert.name == QLatin1String("NotLicensed"))
        return QStringLiteral("refused: %1: the account does not hold this licence").arg(revert.description);
    return QStringLiteral("refused: ") + revert.description;
}

} // namespace

int runAuthority(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "register: license an account in a role (provider, clinician or researcher) with a display name.\n"
        "revoke: end an account's licence in a role.\n"
        "A clinician is named by --code carnet-clinician:v1:… (register also stores its encryption key) or\n"
        "--address; other roles by --address.\n"
        "Signed by --key-file (default: the network file's authority key, made by `devnet start`)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("register or revoke"));
    parser.addOption({QStringLiteral("role"), QStringLiteral("provider, clinician or researcher."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("address"), QStringLiteral("The account (0x…, EIP-55 or lower case)."), QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("code"), QStringLiteral("clinician: the identity code (carnet-clinician:v1:…)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("register: display name (1-128 bytes)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("key-file"), QStringLiteral("The authority's key file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("network"), QStringLiteral("The network file (default: $CARNET_HOME/network.json)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("confirmations"), QStringLiteral("Blocks to wait for (default 1)."), QStringLiteral("N")});
    const QString what = QStringLiteral("authority");
    if (!parser.parse(arguments))
        return ledgerError(what, ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(commandHelp(parser, "authority")), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != QLatin1String("register") && action != QLatin1String("revoke")))
        return ledgerError(what, ExitUsage, QStringLiteral("name one action: register or revoke"));
    const QString where = what + QLatin1Char(' ') + action;
    const bool registering = action == QLatin1String("register");
    const auto role = roleFromName(parser.value(QStringLiteral("role")));
    if (!role)
        return ledgerError(where, ExitUsage, QStringLiteral("--role must be provider, clinician or researcher"));
    std::optional<crypto::Address> account;
    std::optional<crypto::PublicKey> encryptionKey;
    if (parser.isSet(QStringLiteral("code"))) {
        if (*role != Role::Clinician || parser.isSet(QStringLiteral("address")))
            return ledgerError(where, ExitUsage, QStringLiteral("--code names a clinician, instead of --address"));
        const auto id = core::share::decodeClinicianCode(parser.value(QStringLiteral("code")));
        if (!id)
            return ledgerError(where, ExitUsage, QStringLiteral("not a clinician code: %1").arg(QLatin1String(core::share::describe(id.error()))));
        account = id->account;
        encryptionKey = id->encryptionKey;
    } else {
        if (!parser.isSet(QStringLiteral("address")))
            return ledgerError(where, ExitUsage, QStringLiteral("--address (or --code for a clinician) is required"));
        account = parseAccount(where, parser.value(QStringLiteral("address")));
        if (!account)
            return ExitUsage;
    }
    const QString name = parser.value(QStringLiteral("name"));
    if (registering && name.isEmpty())
        return ledgerError(where, ExitUsage, QStringLiteral("--name is required"));
    bool ok = true;
    const int confirmations = parser.isSet(QStringLiteral("confirmations"))
        ? parser.value(QStringLiteral("confirmations")).toInt(&ok) : 1;
    if (!ok || confirmations < 1 || confirmations > 1000)
        return ledgerError(where, ExitUsage, QStringLiteral("--confirmations takes a number from 1 to 1000"));

    int status = ExitOk;
    const auto network = loadNetwork(where, parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    const QString keyFile = parser.isSet(QStringLiteral("key-file")) ? parser.value(QStringLiteral("key-file"))
                                                                     : network->authorityKeyFile;
    if (keyFile.isEmpty())
        return ledgerError(where, ExitKeyFile, QStringLiteral("the network file names no authority key: pass --key-file"));
    auto key = loadKeyFile(keyFile);
    if (!key)
        return ledgerError(where, ExitKeyFile, QStringLiteral("%1: %2").arg(keyFile, QLatin1String(describe(key.error()))));
    const auto registryAddress = network->contract(QStringLiteral("CarnetRegistry"));
    if (!registryAddress)
        return ledgerError(where, ExitNoNetwork, QStringLiteral("the network file has no CarnetRegistry address"));

    EthClient client(*network);
    if (auto checked = client.checkNodes(); !checked)
        return ledgerError(where, statusFor(checked.error()), checked.error().toString());
    Registry registry(client, *registryAddress);
    const auto receipt = registering ? registry.registerAccount(*key, *account, *role, name, confirmations)
                                     : registry.revoke(*key, *account, *role, confirmations);
    if (!receipt) {
        const RpcError &error = receipt.error();
        if (error.kind == RpcErrorKind::Reverted && !error.data.isEmpty())
            return ledgerError(where, ExitRefused, refusalHint(error, crypto::addressOf(key->publicKey())));
        return ledgerError(where, statusFor(error), error.toString());
    }
    std::printf("%s: %s as %s\n", registering ? "registered" : "revoked", qPrintable(addressText(*account)),
                qPrintable(roleName(*role)));
    std::printf("transaction: %s\nblock: %llu\n", qPrintable(hexOf(receipt->transactionHash)),
                static_cast<unsigned long long>(receipt->blockNumber));
    if (registering && encryptionKey) {
        // The key patients seal named grants to (docs/PROTOCOL.md §8.1).
        const auto compressed = encryptionKey->compressed();
        const auto keyed = registry.setEncryptionKey(*key, *account, compressed, confirmations);
        if (!keyed) {
            const RpcError &error = keyed.error();
            if (error.kind == RpcErrorKind::Reverted && !error.data.isEmpty())
                return ledgerError(where, ExitRefused, refusalHint(error, crypto::addressOf(key->publicKey())));
            return ledgerError(where, statusFor(error), error.toString());
        }
        std::printf("encryption key: %s\nkey transaction: %s\n", qPrintable(hexOf(crypto::ByteView(compressed))),
                    qPrintable(hexOf(keyed->transactionHash)));
    }
    std::fflush(stdout);
    return ExitOk;
}

} // namespace carnet::cli
