// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli wallet connect-code|sync|entries|add: the patient's record from the command line
// (docs/CLI.md, "Record"). The vault is opened with the passphrase from standard input; the work is
// the service's (core/service/wallet.h).
#include "command.h"
#include "grantcli.h"
#include "linkcli.h"
#include "researchcli.h"
#include "ledgercli.h"
#include "messagetext.h"
#include "walletio.h"
#include "walletrecords.h"

#include "core/service/wallet.h"

#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

namespace carnet::cli {

using namespace core;
using core::sync::EntryState;
using core::sync::NodeReport;
using core::sync::NodeVerdict;
using core::sync::Published;
using core::sync::RecordReport;
using core::sync::ReserveError;
using core::sync::ReserveFailure;
using core::sync::StoreError;
using core::sync::StoredEntry;
using core::sync::SyncError;
using core::sync::SyncOptions;
using core::sync::SyncProgress;
using core::sync::SyncResult;

namespace {

QString hexOf(crypto::ByteView bytes)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size())).toHex());
}

} // namespace

/** Unlocks the wallet with the passphrase from standard input; no vault or a running throttle is said
 *  before asking for it. */
std::unique_ptr<service::Wallet> openWallet(const char *action, const QString &dir, int &status)
{
    if (!service::Wallet::exists(dir)) {
        status = reportVaultError(action, VaultError::NotFound, dir);
        return nullptr;
    }
    if (service::Wallet::throttleRemaining(dir).count() > 0) {
        status = reportVaultError(action, VaultError::Throttled, dir);
        return nullptr;
    }
    std::optional<crypto::SecureBuffer> passphrase = readPassphrase("Passphrase: ");
    if (!passphrase) {
        status = reportError(action, ExitUsage, QStringLiteral("cannot read the passphrase from standard input"));
        return nullptr;
    }
    auto wallet = service::Wallet::open(dir, *passphrase);
    passphrase->clear();
    if (!wallet) {
        status = reportVaultError(action, wallet.error(), dir);
        return nullptr;
    }
    return std::move(*wallet);
}

namespace {

int storeFailure(const char *action, StoreError error)
{
    return reportError(action, error == StoreError::DiskFull ? ExitVaultIo : ExitInternal, QLatin1String(describe(error)));
}

QString publishText(const service::ActionFailure &f)
{
    const QString done = f.published > 0 ? QStringLiteral(" (the %1 entries before it were published)").arg(f.published) : QString();
    return f.publish.toString() + done;
}

int connectCode(const QString &dir, const QCommandLineParser &parser)
{
    const QString provider = parser.value(QStringLiteral("provider")).trimmed();
    if (provider.isEmpty())
        return reportError("connect-code", ExitUsage, QStringLiteral("--provider needs the provider's name"));
    int status = ExitOk;
    auto network = loadNetwork(QStringLiteral("wallet connect-code"), parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    auto wallet = openWallet("connect-code", dir, status);
    if (!wallet)
        return status;
    auto connected = wallet->connectProvider(provider, service::NetworkSource::loaded(std::move(*network)));
    if (!connected)
        return actionFailure("connect-code", connected.error(), dir);
    if (!connected->skipped.empty()) {
        QStringList taken;
        for (const std::uint32_t n : connected->skipped)
            taken << QString::number(n);
        std::printf("taken: %s (reserved or used by another device or an earlier install of this recovery phrase)\n",
                    qPrintable(taken.join(QLatin1Char(' '))));
    }
    std::printf("provider: %s\nrecord: %u\nreserved: %s\nconnect code: %s\n", qPrintable(provider), connected->record.index,
                qPrintable(ledger::hexOf(connected->transaction)), qPrintable(connected->code));
    return ExitOk;
}

void printProgress(const SyncProgress &p)
{
    if (p.phase == SyncProgress::Phase::Records && p.recordsTotal > 0)
        std::fprintf(stderr, "\rsyncing record %d of %d, %d new entries", p.recordsDone + 1, p.recordsTotal, p.newEntries);
}

int sync(const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    auto network = loadNetwork(QStringLiteral("wallet sync"), parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    auto wallet = openWallet("sync", dir, status);
    if (!wallet)
        return status;
    SyncOptions options;
    options.discover = parser.isSet(QStringLiteral("discover"));
    if (parser.isSet(QStringLiteral("progress")))
        options.progress = printProgress;
    auto synced = wallet->sync(options, service::NetworkSource::loaded(std::move(*network)));
    if (!synced)
        return actionFailure("sync", synced.error(), dir);
    const SyncResult &result = synced->round;
    if (options.progress)
        std::fputs("\n", stderr);
    bool setAside = false;
    for (const NodeReport &n : result.nodes) {
        setAside = setAside || n.verdict != NodeVerdict::Healthy;
        std::printf("node %s: %s%s%s\n", qPrintable(n.label), qPrintable(verdictKey(n.verdict)),
                    n.verdict == NodeVerdict::Healthy ? "" : " - ", qPrintable(n.verdict == NodeVerdict::Healthy ? QString() : messageText(n.detail)));
    }
    if (!result.ok) {
        if (result.error == SyncError::Store)
            return storeFailure("sync", result.storeError);
        return reportError("sync", ExitSyncFailed, QStringLiteral("%1: %2").arg(QLatin1String(describe(result.error)), messageText(result.problem)));
    }
    int incomplete = 0;
    for (const RecordReport &r : result.records) {
        std::printf("record %s… %s: %llu entries (+%d%s)%s%s\n", qPrintable(hexOf(crypto::ByteView(r.recordId).first(4))),
                    qPrintable(r.label.isEmpty() ? QStringLiteral("(unnamed)") : r.label),
                    static_cast<unsigned long long>(r.entries), r.added,
                    r.refused ? qPrintable(QStringLiteral(", %1 refused").arg(r.refused)) : "",
                    r.complete ? "" : " incomplete: ", r.complete ? "" : qPrintable(messageText(r.problem)));
        incomplete += r.complete ? 0 : 1;
    }
    std::printf("target block: %llu\nnew entries: %d\nnew records: %d\n", static_cast<unsigned long long>(result.targetBlock),
                result.newEntries, result.newRecords);
    return setAside || incomplete ? int(ExitSyncPartial) : int(ExitOk);
}

int entries(const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    auto wallet = openWallet("entries", dir, status);
    if (!wallet)
        return status;
    auto view = wallet->read();
    if (!view)
        return actionFailure("entries", view.error(), dir);
    auto labelOf = [&](const crypto::Hash32 &id) { return view->labelOf(id); };
    if (parser.isSet(QStringLiteral("json"))) {
        std::fputs(walletEntriesJson(view->entries, labelOf).constData(), stdout);
        return ExitOk;
    }
    for (const StoredEntry &e : view->entries) {
        if (e.state == EntryState::Refused) {
            std::printf("%-10s refused    %s #%llu: %s\n", "", qPrintable(labelOf(e.recordId)),
                        static_cast<unsigned long long>(e.sequence), qPrintable(messageText(e.reason)));
            continue;
        }
        std::printf("%-10s %-12s %s (%s%s)\n", qPrintable(e.effective.left(10)), qPrintable(e.category), qPrintable(e.title),
                    e.patientReported ? "patient-reported" : qPrintable(e.authorName),
                    e.patientReported ? "" : ", verified");
    }
    std::printf("%zu entries\n", view->entries.size());
    return ExitOk;
}

int add(const QString &dir, const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return reportError("add", ExitUsage, QStringLiteral("name one or more FHIR JSON files"));
    int status = ExitOk;
    auto network = loadNetwork(QStringLiteral("wallet add"), parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    QList<QByteArray> resources;
    for (const QString &path : files) {
        auto read = readResources(path);
        if (!read.ok)
            return reportError("add", ExitUsage, QStringLiteral("%1: %2").arg(path, read.problem));
        resources += read.resources;
    }
    auto wallet = openWallet("add", dir, status);
    if (!wallet)
        return status;
    auto added = wallet->addOwnEntries(resources, service::NetworkSource::loaded(std::move(*network)));
    if (!added)
        return actionFailure("add", added.error(), dir);
    for (const Published &p : added->entries)
        std::printf("published: entry %llu, block %llu, %zu bytes sealed (patient-reported)\n",
                    static_cast<unsigned long long>(p.sequence), static_cast<unsigned long long>(p.blockNumber), p.sealedBytes);
    std::puts("run `carnet-cli wallet sync` to verify and store them");
    return ExitOk;
}

} // namespace

int reserveFailure(const char *action, const ReserveFailure &f)
{
    const int majority = f.nodes / 2 + 1;
    const QString none = QStringLiteral("no record index was handed out");
    const QString nodeError = f.rpc.ok() ? QString() : QStringLiteral(" (last node error: %1)").arg(f.rpc.toString());
    switch (f.error) {
    case ReserveError::NoNetwork:
        return reportError(action, ExitNoNetwork,
                           QStringLiteral("the network file names no RecordLog contract or no node; %1").arg(none));
    case ReserveError::GasNotFree: // `wallet add` says 23 for this, as when it would publish from an existing self record
        return reportError(action, std::strcmp(action, "add") == 0 ? int(ExitPublishFailed) : int(ExitNotReserved),
                           QStringLiteral("this network charges for gas (its file does not say \"gas\": \"free\"); the "
                                          "record's patient key holds nothing and is never funded, so it cannot reserve "
                                          "the record; %1").arg(none));
    case ReserveError::Unreachable:
        return reportError(action, ExitNodeUnreachable,
                           QStringLiteral("cannot reserve record %1: %2 of %3 nodes answered, and confirming a reservation "
                                          "takes a majority of them (%4); %5%6")
                               .arg(f.index).arg(f.answered).arg(f.nodes).arg(majority).arg(none, nodeError));
    case ReserveError::Unverified:
        return reportError(action, ExitNotReserved,
                           QStringLiteral("cannot reserve record %1: %2 of %3 nodes answered and %4 confirm the "
                                          "reservation, fewer than a majority (%5); %6 (try again later)%7")
                               .arg(f.index).arg(f.answered).arg(f.nodes).arg(f.confirmed).arg(majority).arg(none, nodeError));
    case ReserveError::SendFailed:
        return reportError(action, ExitNotReserved,
                           QStringLiteral("cannot reserve record %1: the reservation was not sent or was refused: %2; %3")
                               .arg(f.index).arg(f.rpc.toString(), none));
    case ReserveError::TooManyInUse:
        return reportError(action, ExitNotReserved,
                           QStringLiteral("record indexes up to %1 are all taken already (by another device or an "
                                          "earlier install of this recovery phrase); run `carnet-cli wallet sync "
                                          "--discover` first; %2").arg(f.index).arg(none));
    case ReserveError::NoIndexLeft:
        return reportError(action, ExitNotReserved, QStringLiteral("every record index is used; %1").arg(none));
    case ReserveError::Store:
        return storeFailure(action, f.store);
    }
    return reportError(action, ExitInternal, none);
}

int actionFailure(const char *action, const service::ActionFailure &f, const QString &dir)
{
    using service::ActionError;
    const QString what = QStringLiteral("wallet %1").arg(QLatin1String(action));
    switch (f.error) {
    case ActionError::Locked:
    case ActionError::Vault:
        return reportVaultError(action, f.error == ActionError::Locked ? VaultError::Locked : f.vault, dir);
    case ActionError::NetworkFile:
        return ledgerError(what, ExitNoNetwork, networkFileText(f.network));
    case ActionError::NoRecordLog:
        return ledgerError(what, ExitNoNetwork, QStringLiteral("the network file names no RecordLog contract"));
    case ActionError::Store:
        return storeFailure(action, f.store);
    case ActionError::NotReserved:
        return reserveFailure(action, f.reserve);
    case ActionError::GasNotFree:
        return ledgerError(what, ExitPublishFailed,
                           QStringLiteral("this network charges for gas (its file does not say \"gas\": \"free\"); the "
                                          "record's patient key holds nothing and is never funded, so it cannot send"));
    case ActionError::Unreachable:
        return ledgerError(what, statusFor(f.rpc), f.rpc.toString());
    case ActionError::PublishRefused:
    case ActionError::PublishFailed:
        return ledgerError(what, ExitPublishFailed, publishText(f));
    case ActionError::FileUnreadable:
    case ActionError::FileTooLarge:
    case ActionError::NotFhir:
        return reportError(action, ExitUsage, fileProblemText(f));
    case ActionError::NoEntries:
        return reportError(action, ExitUsage, QStringLiteral("nothing to add"));
    case ActionError::NoSuchRecord:
        return reportError(action, ExitUsage, QStringLiteral("no provider record with that index"));
    case ActionError::Grant: {
        QString text = grantProblemText(f.grant);
        if (!f.rpc.ok())
            text += QStringLiteral(": ") + f.rpc.toString();
        return reportError(action, grantExitStatus(f.grant.problem), text);
    }
    case ActionError::Research:
        return reportResearchFailure(what, f);
    case ActionError::Link:
        return reportLinkFailure(what, f);
    }
    return reportError(action, ExitInternal, QStringLiteral("internal error"));
}

int runWalletRecordAction(const QString &action, const QString &dir, const QCommandLineParser &parser)
{
    if (action == QLatin1String("connect-code"))
        return connectCode(dir, parser);
    if (action == QLatin1String("sync"))
        return sync(dir, parser);
    if (action == QLatin1String("entries"))
        return entries(dir, parser);
    if (action == QLatin1String("add"))
        return add(dir, parser);
    if (action == QLatin1String("export"))
        return walletExportAction(dir, parser);
    return runWalletGrantAction(action, dir, parser);
}

} // namespace carnet::cli
