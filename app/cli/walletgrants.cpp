// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli wallet share|grants|revoke|access-log: sharing with a clinician from the command line
// (docs/CLI.md, "Sharing"). The work is the service's (core/service/wallet.h); this file reads the
// options, prints and maps codes to words and exit statuses.
#include "command.h"
#include "grantcli.h"
#include "ledgercli.h"
#include "walletio.h"
#include "walletrecords.h"

#include "core/fhir/entry.h"
#include "core/ledger/contracts/accessgrants.h"
#include "qml/qr/qrimage.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>

#include <cstdio>

namespace carnet::cli {

using namespace core;
using service::ShareRequest;

namespace {

const char *modeName(share::BundleMode mode)
{
    switch (mode) {
    case share::BundleMode::Code:
        return "code";
    case share::BundleMode::Passcode:
        return "passcode";
    case share::BundleMode::Named:
        return "named";
    }
    return "?";
}

QString when(std::uint64_t unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(unixSeconds), Qt::UTC).toString(Qt::ISODate);
}

/** YYYY-MM-DD → YYYYMMDD; 0 for an empty text; nullopt for anything else. */
std::optional<std::uint32_t> dayOption(const QString &text)
{
    if (text.isEmpty())
        return 0u;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return std::nullopt;
    return share::dayNumber(date);
}

/** The share request of the options, or a usage error (printed, `status` set). */
std::optional<ShareRequest> requestOf(const QCommandLineParser &parser, const service::RecordView &view, int &status)
{
    ShareRequest r;
    const QString categories = parser.value(QStringLiteral("categories"));
    for (const QString &key : categories.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool known = false;
        for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i) {
            const auto c = static_cast<fhir::EntryCategory>(i);
            if (key.trimmed() == QLatin1String(fhir::categoryKey(c)) || key.trimmed() == QLatin1String("all")) {
                r.scope.categories |= share::categoryBit(c);
                known = true;
            }
        }
        if (!known) {
            status = reportError("share", ExitUsage, QStringLiteral("unknown category '%1' (lab, vital, condition, medication, "
                                                                    "immunization, allergy, encounter, note, procedure, report, other, all)")
                                                         .arg(key));
            return std::nullopt;
        }
    }
    const auto from = dayOption(parser.value(QStringLiteral("from")));
    const auto to = dayOption(parser.value(QStringLiteral("to")));
    if (!from || !to) {
        status = reportError("share", ExitUsage, QStringLiteral("--from and --to take a day, YYYY-MM-DD"));
        return std::nullopt;
    }
    r.scope.from = *from;
    r.scope.to = *to;
    for (const QString &entry : parser.values(QStringLiteral("entry"))) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        bool okIndex = false, okSeq = false;
        const uint index = parts.value(0).toUInt(&okIndex);
        const uint sequence = parts.value(1).toUInt(&okSeq);
        const sync::StoredRecord *record = nullptr;
        for (const auto &rec : view.records)
            if (rec.index == index)
                record = &rec;
        if (parts.size() != 2 || !okIndex || !okSeq || !record) {
            status = reportError("share", ExitUsage,
                                 QStringLiteral("--entry takes RECORD:SEQUENCE, a record number of this wallet and an entry's sequence"));
            return std::nullopt;
        }
        r.scope.entries.push_back(share::ScopeEntry{record->recordId, sequence});
    }
    bool okHours = true;
    const int hours = parser.isSet(QStringLiteral("hours")) ? parser.value(QStringLiteral("hours")).toInt(&okHours) : 24;
    if (!okHours) {
        status = reportError("share", ExitUsage, QStringLiteral("--hours takes a number of hours (1 to 720)"));
        return std::nullopt;
    }
    r.validity = std::chrono::hours(hours);
    r.clinicianCode = parser.value(QStringLiteral("clinician")).trimmed();
    if (parser.isSet(QStringLiteral("clinician-address"))) {
        const auto address = parseAccount(QStringLiteral("wallet share"), parser.value(QStringLiteral("clinician-address")));
        if (!address) {
            status = ExitUsage;
            return std::nullopt;
        }
        r.clinician = *address;
    }
    r.allowWriteBack = parser.isSet(QStringLiteral("write-back"));
    return r;
}

void printEntries(const std::vector<sync::StoredEntry> &entries, const service::RecordView &view)
{
    for (const sync::StoredEntry &e : entries) {
        const QString who = e.patientReported ? QStringLiteral("patient-reported")
                                              : QStringLiteral("%1, verified").arg(e.authorName.isEmpty() ? view.labelOf(e.recordId) : e.authorName);
        std::printf("  %-10s %-12s %s (%s)\n", qPrintable(e.effective.left(10)), qPrintable(e.category), qPrintable(e.title),
                    qPrintable(who));
    }
}

int shareAction(const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    std::optional<ledger::NetworkConfig> network;
    const bool preview = parser.isSet(QStringLiteral("preview"));
    if (!preview) {
        network = loadNetwork(QStringLiteral("wallet share"), parser.value(QStringLiteral("network")), status);
        if (!network)
            return status;
    }
    auto wallet = openWallet("share", dir, status);
    if (!wallet)
        return status;
    auto view = wallet->read();
    if (!view)
        return actionFailure("share", view.error(), dir);
    auto request = requestOf(parser, *view, status);
    if (!request)
        return status;
    if (parser.isSet(QStringLiteral("passcode-stdin"))) {
        auto passcode = readPassphrase("Passcode: ");
        if (!passcode)
            return reportError("share", ExitUsage, QStringLiteral("cannot read the passcode from standard input"));
        request->passcode = std::move(*passcode);
    }
    auto shown = wallet->previewShare(*request);
    if (!shown)
        return actionFailure("share", shown.error(), dir);
    std::printf("the clinician will see %zu entries:\n", shown->entries.size());
    printEntries(shown->entries, *view);
    if (preview)
        return ExitOk;
    // --qr: a file that cannot be written is said before a grant exists, not after.
    const QString qrPath = parser.value(QStringLiteral("qr"));
    if (parser.isSet(QStringLiteral("qr"))) {
        const bool existed = QFile::exists(qrPath);
        QFile probe(qrPath);
        if (qrPath.isEmpty() || !probe.open(QIODevice::WriteOnly | QIODevice::Append))
            return reportError("share", ExitUsage, QStringLiteral("--qr: cannot write %1").arg(qrPath));
        probe.close();
        if (!existed)
            probe.remove();
    }
    auto issued = wallet->share(*request, service::NetworkSource::loaded(std::move(*network)));
    if (!issued)
        return actionFailure("share", issued.error(), dir);
    const service::StoredGrant &g = issued->grant;
    std::printf("grant: %u\ngrant-id: %s\nmode: %s\n", g.index, qPrintable(ledger::hexOf(g.grantId)), modeName(g.mode));
    if (g.mode == share::BundleMode::Named)
        std::printf("clinician: %s (%s)\n", qPrintable(g.granteeName), qPrintable(ledger::addressText(g.grantee)));
    else
        std::printf("clinician: any licensed clinician holding the code%s\n",
                    g.mode == share::BundleMode::Passcode ? " and the passcode" : "");
    std::printf("expires: %s\nentries: %u in %u records\nwrite-back: %s\nbundle: %u bytes in %u parts\n",
                qPrintable(when(g.expiry)), g.entryCount, g.recordCount, g.writeRecordIndex ? "yes" : "no", g.bundleBytes,
                unsigned(g.parts));
    for (const auto &tx : issued->transactions)
        std::printf("transaction: %s\n", qPrintable(ledger::hexOf(tx)));
    std::printf("gas: %llu\nshare code: %s\n", static_cast<unsigned long long>(issued->gasUsed), qPrintable(issued->shareCode));
    if (g.mode == share::BundleMode::Passcode)
        std::fputs("note: a passcode only slows down someone who copied the code (they can guess it offline); name the "
                   "clinician (--clinician) for sensitive data\n", stdout);
    if (parser.isSet(QStringLiteral("qr"))) {
        if (!qr::writeQrPng(issued->shareCode, qrPath))
            return reportError("share", ExitVaultIo, QStringLiteral("--qr: the QR code could not be written to %1 (the grant "
                                                                   "exists: the share code is above)").arg(qrPath));
        std::printf("qr: %s\n", qPrintable(qrPath));
    }
    return ExitOk;
}

} // namespace

int runWalletGrantAction(const QString &action, const QString &dir, const QCommandLineParser &parser)
{
    if (action == QLatin1String("share"))
        return shareAction(dir, parser);
    return -1;
}

} // namespace carnet::cli
