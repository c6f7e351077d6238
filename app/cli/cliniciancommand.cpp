// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli clinician create|identity|open|note: clinician mode from the command line (docs/CLI.md,
// "Clinician"; docs/PROTOCOL.md §8.7–8.9). The vault is opened with the passphrase from standard input;
// the work is the service's (core/service/wallet.h). Nothing of the patient's is written to disk.
#include "command.h"
#include "grantcli.h"
#include "ledgercli.h"
#include "messagetext.h"
#include "secretinput.h"
#include "walletio.h"
#include "walletrecords.h"

#include "core/service/wallet.h"
#include "platform/paths.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace carnet::cli {

using namespace core;
using core::sync::EntryState;
using core::sync::StoredEntry;

namespace {

constexpr std::size_t kMaxPasscodeBytes = 1024;

int failed(const char *action, const service::ActionFailure &f, const QString &dir)
{
    if (f.error != service::ActionError::Grant)
        return actionFailure(action, f, dir);
    QString text = grantProblemText(f.grant);
    if (!f.rpc.ok())
        text += QStringLiteral(": ") + f.rpc.toString();
    return ledgerError(QStringLiteral("clinician ") + QLatin1String(action), grantExitStatus(f.grant.problem), text);
}

QString scopeText(const share::GrantScope &scope)
{
    QStringList categories;
    for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i)
        if (scope.categories & share::categoryBit(static_cast<fhir::EntryCategory>(i)))
            categories << QLatin1String(fhir::categoryKey(static_cast<fhir::EntryCategory>(i)));
    return QStringLiteral("categories %1; from %2; to %3; %4 single entries")
        .arg(categories.isEmpty() ? QStringLiteral("none") : categories.join(QLatin1Char(',')),
             scope.from ? QString::number(scope.from) : QStringLiteral("any"), scope.to ? QString::number(scope.to) : QStringLiteral("any"))
        .arg(scope.entries.size());
}

QString expiryText(std::uint64_t expiry)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(expiry), Qt::UTC).toString(Qt::ISODate);
}

/** The share code: the argument, or with "-" one line of standard input (then it is not in `ps`). */
std::optional<QString> shareCodeOf(const QString &argument)
{
    if (argument != QLatin1String("-"))
        return argument;
    auto line = readSecretLine("Share code: ", share::kMaxShareCodeChars);
    if (!line)
        return std::nullopt;
    return QString::fromLatin1(reinterpret_cast<const char *>(line->data()), static_cast<qsizetype>(line->size()));
}

std::optional<crypto::SecureBuffer> passcodeOf(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("passcode-stdin")))
        return crypto::SecureBuffer();
    return readSecretLine("Passcode: ", kMaxPasscodeBytes);
}

int create(const QString &dir)
{
    if (service::Wallet::exists(dir))
        return reportVaultError("create", VaultError::AlreadyExists, dir);
    int status = ExitOk;
    std::optional<crypto::SecureBuffer> passphrase = readNewPassphrase("create", status);
    if (!passphrase)
        return status;
    const std::optional<crypto::Argon2Params> params = newVaultParameters("create");
    if (!params)
        return ExitUsage;
    crypto::SecureBuffer phrase = service::Wallet::newRecoveryPhrase();
    auto wallet = service::Wallet::create(dir, std::move(*passphrase), phrase.clone(), *params);
    if (!wallet)
        return reportVaultError("create", wallet.error(), dir);
    auto id = (*wallet)->clinicianIdentity();
    if (!id)
        return failed("create", id.error(), dir);
    std::printf("clinician-code: %s\naccount: %s\nvault: %s\n", qPrintable(id->code), qPrintable(ledger::addressText(id->account)),
                qPrintable(dir));
    (*wallet)->lock();
    printRecoveryPhrase(phrase);
    return ExitOk;
}

int identity(const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    auto network = loadNetwork(QStringLiteral("clinician identity"), parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    auto wallet = openWallet("identity", dir, status);
    if (!wallet)
        return status;
    auto id = wallet->clinicianIdentity(true, service::NetworkSource::loaded(std::move(*network)));
    if (!id)
        return failed("identity", id.error(), dir);
    std::printf("clinician-code: %s\naccount: %s\nname: %s\nlicensed: %s\n", qPrintable(id->code),
                qPrintable(ledger::addressText(id->account)),
                qPrintable(id->registryName.isEmpty() ? QStringLiteral("(not registered)") : id->registryName),
                !id->licensed ? "can't verify" : *id->licensed ? "yes" : "no");
    return ExitOk;
}

QByteArray viewJson(const service::GrantView &view)
{
    QJsonObject o;
    o.insert(QStringLiteral("grantId"), ledger::hexOf(view.grantId));
    o.insert(QStringLiteral("mode"), static_cast<int>(view.mode));
    o.insert(QStringLiteral("grantee"), view.grantee == crypto::Address{} ? QString() : ledger::addressText(view.grantee));
    o.insert(QStringLiteral("granteeName"), view.granteeName);
    o.insert(QStringLiteral("expiry"), static_cast<qint64>(view.expiry));
    o.insert(QStringLiteral("permissions"), view.permissions);
    o.insert(QStringLiteral("scope"), scopeText(view.scope));
    o.insert(QStringLiteral("targetBlock"), static_cast<qint64>(view.targetBlock));
    o.insert(QStringLiteral("receiptTx"), ledger::hexOf(view.receiptTx));
    QJsonArray records, nodes;
    for (const auto &r : view.records)
        records.append(QJsonObject{{QStringLiteral("record"), ledger::hexOf(r.recordId)}, {QStringLiteral("label"), r.label}});
    for (const auto &n : view.nodes)
        nodes.append(QJsonObject{{QStringLiteral("node"), n.label}, {QStringLiteral("verdict"), verdictKey(n.verdict)}});
    o.insert(QStringLiteral("records"), records);
    o.insert(QStringLiteral("nodes"), nodes);
    QByteArray grant = QJsonDocument(o).toJson(QJsonDocument::Compact);
    grant.chop(1); // the closing brace: the entries follow, verbatim
    auto labelOf = [&view](const crypto::Hash32 &id) {
        for (const auto &r : view.records)
            if (r.recordId == id)
                return r.label;
        return QString();
    };
    return grant + ",\"entries\":" + walletEntriesJson(view.entries, labelOf).trimmed() + "}\n";
}

int open(const QString &dir, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return reportError("open", ExitUsage, QStringLiteral("give the share code (or - to read it from standard input)"));
    int status = ExitOk;
    auto network = loadNetwork(QStringLiteral("clinician open"), parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    auto wallet = openWallet("open", dir, status);
    if (!wallet)
        return status;
    const auto code = shareCodeOf(positional.at(1));
    auto passcode = passcodeOf(parser);
    if (!code || !passcode)
        return reportError("open", ExitUsage, QStringLiteral("cannot read the share code or passcode from standard input"));
    auto view = wallet->openGrant(*code, *passcode, service::NetworkSource::loaded(std::move(*network)));
    passcode->clear();
    if (!view)
        return failed("open", view.error(), dir);
    if (parser.isSet(QStringLiteral("json"))) {
        std::fputs(viewJson(*view).constData(), stdout);
        return ExitOk;
    }
    std::printf("grant: %s\nexpires: %s\nscope: %s\nfor: %s\nwrite back: %s\n", qPrintable(ledger::hexOf(view->grantId)),
                qPrintable(expiryText(view->expiry)), qPrintable(scopeText(view->scope)),
                qPrintable(view->grantee == crypto::Address{} ? QStringLiteral("any licensed clinician holding the code")
                                                              : QStringLiteral("%1 (%2)").arg(view->granteeName, ledger::addressText(view->grantee))),
                (view->permissions & ledger::kPermissionWrite) ? "yes" : "no");
    for (const auto &r : view->records)
        std::printf("record %s: %s\n", qPrintable(ledger::hexOf(r.recordId)), qPrintable(r.label.isEmpty() ? QStringLiteral("(unnamed)") : r.label));
    for (const auto &n : view->nodes)
        std::printf("node %s: %s\n", qPrintable(n.label), qPrintable(verdictKey(n.verdict)));
    std::printf("target block: %llu\nreceipt: %s\n", static_cast<unsigned long long>(view->targetBlock), qPrintable(ledger::hexOf(view->receiptTx)));
    for (const StoredEntry &e : view->entries) {
        if (e.state == EntryState::Refused) {
            std::printf("%-10s refused    #%llu: %s\n", "", static_cast<unsigned long long>(e.sequence), qPrintable(messageText(e.reason)));
            continue;
        }
        std::printf("%-10s %-12s %s (%s%s)\n", qPrintable(e.effective.left(10)), qPrintable(e.category), qPrintable(e.title),
                    e.patientReported ? "patient-reported" : qPrintable(e.authorName), e.patientReported ? "" : ", verified");
    }
    std::printf("%zu entries\n", view->entries.size());
    return ExitOk;
}

int note(const QString &dir, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3)
        return reportError("note", ExitUsage, QStringLiteral("give the share code (or -) and one or more FHIR JSON files"));
    QList<QByteArray> resources;
    for (const QString &path : positional.mid(2)) {
        auto read = readResources(path);
        if (!read.ok)
            return reportError("note", ExitUsage, QStringLiteral("%1: %2").arg(path, read.problem));
        resources += read.resources;
    }
    int status = ExitOk;
    auto network = loadNetwork(QStringLiteral("clinician note"), parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    auto wallet = openWallet("note", dir, status);
    if (!wallet)
        return status;
    const auto code = shareCodeOf(positional.at(1));
    auto passcode = passcodeOf(parser);
    if (!code || !passcode)
        return reportError("note", ExitUsage, QStringLiteral("cannot read the share code or passcode from standard input"));
    auto written = wallet->writeBack(*code, *passcode, resources, service::NetworkSource::loaded(std::move(*network)));
    passcode->clear();
    if (!written)
        return failed("note", written.error(), dir);
    for (const auto &p : written->entries)
        std::printf("published: record %s, entry %llu, block %llu, %zu bytes sealed\n", qPrintable(ledger::hexOf(written->recordId)),
                    static_cast<unsigned long long>(p.sequence), static_cast<unsigned long long>(p.blockNumber), p.sealedBytes);
    return ExitOk;
}

} // namespace

int runClinician(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Clinician mode: this wallet's clinician identity, and reading a patient's share code.\n"
        "\n"
        "Actions (secrets are read from standard input, one per line in the order given):\n"
        "  create     new passphrase, repeated. Prints the clinician code and account, then the recovery phrase once.\n"
        "  identity   passphrase. Prints the clinician code, account, registry name and licence (by majority).\n"
        "  open CODE  passphrase [, share code when CODE is -] [, passcode with --passcode-stdin]. Checks the grant\n"
        "             by majority of the nodes, verifies every entry in it, leaves an access receipt and prints them.\n"
        "  note CODE FILE.json…  the same lines. Writes notes or prescriptions back into the patient's record.\n"
        "Exit status: as carnet-cli wallet --help, and 27 can't verify (no majority of the nodes agrees), 28 the\n"
        "access receipt was refused, 29 not a share code or one for another network, 30 unknown, revoked, expired\n"
        "or incomplete grant, 31 for another clinician, not licensed, or no write back, 32 passcode needed or\n"
        "wrong, 33 key bundle forged or damaged."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("create, identity, open or note."),
                                 QStringLiteral("create|identity|open|note"));
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QStringLiteral("The vault directory (default: %1).").arg(platform::defaultVaultDirectory()),
                                         QStringLiteral("DIR"));
    parser.addOption(vaultOption);
    parser.addOption({QStringLiteral("network"), QStringLiteral("The network file (default: $CARNET_HOME/network.json)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("passcode-stdin"), QStringLiteral("open, note: read the grant's passcode after the passphrase.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("open: print JSON.")});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "carnet-cli clinician: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(commandHelp(parser, "clinician")), stdout);
        return ExitOk;
    }
    const QString action = parser.positionalArguments().value(0);
    const QString dir = parser.isSet(vaultOption) ? parser.value(vaultOption) : platform::defaultVaultDirectory();
    if (dir.isEmpty()) {
        std::fputs("carnet-cli clinician: --vault needs a directory\n", stderr);
        return ExitUsage;
    }
    if (action == QLatin1String("create") && parser.positionalArguments().size() == 1)
        return create(dir);
    if (action == QLatin1String("identity") && parser.positionalArguments().size() == 1)
        return identity(dir, parser);
    if (action == QLatin1String("open"))
        return open(dir, parser);
    if (action == QLatin1String("note"))
        return note(dir, parser);
    std::fputs("carnet-cli clinician: give one action (create, identity, open CODE or note CODE FILE…); see --help\n", stderr);
    return ExitUsage;
}

} // namespace carnet::cli
