// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli provider publish: a licensed provider seals FHIR resources for a patient's record (named
// by the connect code the patient's wallet showed) and publishes them to the record log.
#include "command.h"
#include "ledgercli.h"
#include "walletrecords.h"

#include "core/ledger/devnet.h"
#include "core/record/connectcode.h"
#include "core/service/provider.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <cstdio>

namespace carnet::cli {

using namespace core;

int runProvider(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "publish: seals each FHIR R4 resource given (or each entry of a Bundle) as the exact bytes in the\n"
        "file, for the record of the connect code, and publishes it, signed by --key-file (a key licensed\n"
        "as provider or clinician in the registry). The contract checks the licence, the wallet again.\n"
        "Exit status: 0 published, 1 usage, 13-19 network and key-file errors (see devnet --help),\n"
        "22 connect code malformed or mistyped, 23 the record log refused an entry or the node failed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("publish"));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("FHIR JSON files."), QStringLiteral("FILE.json…"));
    parser.addOption({QStringLiteral("key-file"), QStringLiteral("The provider's key file (hex private key, mode 0600)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("code"), QStringLiteral("The connect code the patient's wallet shows."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("network"), QStringLiteral("The network file (default: $CARNET_HOME/network.json)."), QStringLiteral("FILE")});
    const QString what = QStringLiteral("provider publish");
    if (!parser.parse(arguments))
        return ledgerError(what, ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(commandHelp(parser, "provider")), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != QLatin1String("publish") || positional.size() < 2)
        return ledgerError(what, ExitUsage, QStringLiteral("usage: carnet-cli provider publish --key-file K --code CODE FILE.json…"));
    if (!parser.isSet(QStringLiteral("key-file")) || !parser.isSet(QStringLiteral("code")))
        return ledgerError(what, ExitUsage, QStringLiteral("--key-file and --code are needed"));
    auto code = record::decodeConnectCode(parser.value(QStringLiteral("code")).trimmed());
    if (!code)
        return ledgerError(what, ExitBadCode, QStringLiteral("connect code: %1").arg(QLatin1String(record::describe(code.error()))));
    auto key = ledger::loadKeyFile(parser.value(QStringLiteral("key-file")));
    if (!key)
        return ledgerError(what, ExitKeyFile, QStringLiteral("key file: %1").arg(QLatin1String(ledger::describe(key.error()))));
    QList<QByteArray> resources;
    for (const QString &path : positional.mid(1)) {
        auto read = readResources(path);
        if (!read.ok)
            return ledgerError(what, ExitUsage, QStringLiteral("%1: %2").arg(path, read.problem));
        resources += read.resources;
    }
    int status = ExitOk;
    auto network = loadNetwork(what, parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    auto published = service::publishForPatient(*code, *key, resources, service::NetworkSource::loaded(std::move(*network)));
    if (!published) {
        const service::ActionFailure &f = published.error();
        switch (f.error) {
        case service::ActionError::NoRecordLog:
            return ledgerError(what, ExitNoNetwork, QStringLiteral("the network file names no RecordLog contract"));
        case service::ActionError::Unreachable:
            return ledgerError(what, statusFor(f.rpc), f.rpc.toString());
        default:
            return ledgerError(what, ExitPublishFailed,
                               QStringLiteral("%1 of %2 published; then: %3").arg(f.published).arg(resources.size()).arg(f.publish.toString()));
        }
    }
    const int done = static_cast<int>(published->entries.size());
    for (const sync::Published &p : published->entries)
        std::printf("published: entry %llu, block %llu, %zu bytes sealed\n", static_cast<unsigned long long>(p.sequence),
                    static_cast<unsigned long long>(p.blockNumber), p.sealedBytes);
    std::printf("%d entries published to record %s…\n", done,
                QByteArray(reinterpret_cast<const char *>(code->recordId.data()), 4).toHex().constData());
    return ExitOk;
}

} // namespace carnet::cli
