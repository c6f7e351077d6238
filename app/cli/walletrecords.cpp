// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli wallet connect-code|sync|entries|add: the patient's record from the command line
// (docs/CLI.md, "Record"). The vault is opened with the passphrase from standard input; the work is
// core/sync's.
#include "command.h"
#include "ledgercli.h"
#include "messagetext.h"
#include "walletio.h"
#include "walletrecords.h"

#include "core/fhir/bundle.h"
#include "core/sync/publisher.h"
#include "core/sync/syncengine.h"
#include "core/sync/walletrecords.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>

#include <cstdio>
#include <cstring>

namespace carnet::cli {

using namespace core;
using namespace core::sync;

namespace {

QString hexOf(crypto::ByteView bytes)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size())).toHex());
}

std::unique_ptr<Vault> openVault(const char *action, const QString &dir, int &status)
{
    if (!Vault::exists(dir)) {
        status = reportVaultError(action, VaultError::NotFound, dir);
        return nullptr;
    }
    if (Vault::throttleRemaining(dir).count() > 0) {
        status = reportVaultError(action, VaultError::Throttled, dir);
        return nullptr;
    }
    std::optional<crypto::SecureBuffer> passphrase = readPassphrase("Passphrase: ");
    if (!passphrase) {
        status = reportError(action, ExitUsage, QStringLiteral("cannot read the passphrase from standard input"));
        return nullptr;
    }
    auto vault = Vault::open(dir, *passphrase);
    passphrase->clear();
    if (!vault) {
        status = reportVaultError(action, vault.error(), dir);
        return nullptr;
    }
    return std::move(*vault);
}

int storeFailure(const char *action, StoreError error)
{
    return reportError(action, error == StoreError::DiskFull ? ExitVaultIo : ExitInternal, QLatin1String(describe(error)));
}

int connectCode(const QString &dir, const QCommandLineParser &parser)
{
    const QString provider = parser.value(QStringLiteral("provider")).trimmed();
    if (provider.isEmpty())
        return reportError("connect-code", ExitUsage, QStringLiteral("--provider needs the provider's name"));
    int status = ExitOk;
    const auto network = loadNetwork(QStringLiteral("wallet connect-code"), parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    auto vault = openVault("connect-code", dir, status);
    if (!vault)
        return status;
    auto keyring = keyringOf(*vault);
    if (!keyring)
        return reportVaultError("connect-code", keyring.error(), dir);
    RecordStore store(*vault->database());
    auto reserved = reserveRecord(*network, store, *keyring, RecordKind::Provider, provider, QDateTime::currentSecsSinceEpoch());
    if (!reserved)
        return reserveFailure("connect-code", reserved.error());
    if (!reserved->skipped.empty()) {
        QStringList taken;
        for (const std::uint32_t n : reserved->skipped)
            taken << QString::number(n);
        std::printf("taken: %s (reserved or used by another device or an earlier install of this recovery phrase)\n",
                    qPrintable(taken.join(QLatin1Char(' '))));
    }
    std::printf("provider: %s\nrecord: %u\nreserved: %s\nconnect code: %s\n", qPrintable(provider), reserved->record.index,
                qPrintable(ledger::hexOf(reserved->transaction)), qPrintable(connectCodeOf(*keyring, reserved->record)));
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
    const auto network = loadNetwork(QStringLiteral("wallet sync"), parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    auto vault = openVault("sync", dir, status);
    if (!vault)
        return status;
    auto keyring = keyringOf(*vault);
    if (!keyring)
        return reportVaultError("sync", keyring.error(), dir);
    RecordStore store(*vault->database());
    SyncOptions options;
    options.discover = parser.isSet(QStringLiteral("discover"));
    if (parser.isSet(QStringLiteral("progress")))
        options.progress = printProgress;
    const SyncResult result = syncRecords(*network, *keyring, store, options);
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
    auto vault = openVault("entries", dir, status);
    if (!vault)
        return status;
    RecordStore store(*vault->database());
    auto records = store.records();
    auto list = store.entries();
    if (!records || !list)
        return storeFailure("entries", records ? list.error() : records.error());
    auto labelOf = [&](const crypto::Hash32 &id) {
        for (const StoredRecord &r : *records)
            if (r.recordId == id)
                return r.label;
        return QString();
    };
    if (parser.isSet(QStringLiteral("json"))) {
        std::fputs(walletEntriesJson(*list, labelOf).constData(), stdout);
        return ExitOk;
    }
    for (const StoredEntry &e : *list) {
        if (e.state == EntryState::Refused) {
            std::printf("%-10s refused    %s #%llu: %s\n", "", qPrintable(labelOf(e.recordId)),
                        static_cast<unsigned long long>(e.sequence), qPrintable(messageText(e.reason)));
            continue;
        }
        std::printf("%-10s %-12s %s (%s%s)\n", qPrintable(e.effective.left(10)), qPrintable(e.category), qPrintable(e.title),
                    e.patientReported ? "patient-reported" : qPrintable(e.authorName),
                    e.patientReported ? "" : ", verified");
    }
    std::printf("%zu entries\n", list->size());
    return ExitOk;
}

int add(const QString &dir, const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return reportError("add", ExitUsage, QStringLiteral("name one or more FHIR JSON files"));
    int status = ExitOk;
    const auto network = loadNetwork(QStringLiteral("wallet add"), parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    QList<QByteArray> resources;
    for (const QString &path : files) {
        auto read = readResources(path);
        if (!read.ok)
            return reportError("add", ExitUsage, QStringLiteral("%1: %2").arg(path, read.problem));
        resources += read.resources;
    }
    auto vault = openVault("add", dir, status);
    if (!vault)
        return status;
    auto keyring = keyringOf(*vault);
    if (!keyring)
        return reportVaultError("add", keyring.error(), dir);
    RecordStore store(*vault->database());
    auto self = selfRecord(*network, store, *keyring, QDateTime::currentSecsSinceEpoch());
    if (!self)
        return reserveFailure("add", self.error());
    return publishOwn(*network, *keyring, *self, resources);
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
    return -1;
}

} // namespace carnet::cli
