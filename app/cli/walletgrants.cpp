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
#include "core/service/grantfhir.h"
#include "qml/qr/qrimage.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

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

} // namespace

std::optional<share::GrantScope> scopeOptions(const char *action, const QCommandLineParser &parser,
                                              const service::RecordView &view, int &status)
{
    share::GrantScope scope;
    const QString categories = parser.value(QStringLiteral("categories"));
    for (const QString &key : categories.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool known = false;
        for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i) {
            const auto c = static_cast<fhir::EntryCategory>(i);
            if (key.trimmed() == QLatin1String(fhir::categoryKey(c)) || key.trimmed() == QLatin1String("all")) {
                scope.categories |= share::categoryBit(c);
                known = true;
            }
        }
        if (!known) {
            status = reportError(action, ExitUsage, QStringLiteral("unknown category '%1' (lab, vital, condition, medication, "
                                                                   "immunization, allergy, encounter, note, procedure, report, other, all)")
                                                        .arg(key));
            return std::nullopt;
        }
    }
    const auto from = dayOption(parser.value(QStringLiteral("from")));
    const auto to = dayOption(parser.value(QStringLiteral("to")));
    if (!from || !to) {
        status = reportError(action, ExitUsage, QStringLiteral("--from and --to take a day, YYYY-MM-DD"));
        return std::nullopt;
    }
    scope.from = *from;
    scope.to = *to;
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
            status = reportError(action, ExitUsage,
                                 QStringLiteral("--entry takes RECORD:SEQUENCE, a record number of this wallet and an entry's sequence"));
            return std::nullopt;
        }
        scope.entries.push_back(share::ScopeEntry{record->recordId, sequence});
    }
    return scope;
}

namespace {

/** The share request of the options, or a usage error (printed, `status` set). */
std::optional<ShareRequest> requestOf(const QCommandLineParser &parser, const service::RecordView &view, int &status)
{
    ShareRequest r;
    auto scope = scopeOptions("share", parser, view, status);
    if (!scope)
        return std::nullopt;
    r.scope = std::move(*scope);
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

const char *stateName(const std::optional<ledger::GrantState> &state)
{
    if (!state)
        return "can't-verify";
    switch (*state) {
    case ledger::GrantState::None:
        return "not-on-ledger";
    case ledger::GrantState::Active:
        return "active";
    case ledger::GrantState::Revoked:
        return "revoked";
    case ledger::GrantState::Expired:
        return "expired";
    case ledger::GrantState::Incomplete:
        return "incomplete";
    }
    return "?";
}

QString scopeText(const share::GrantScope &scope)
{
    if (scope.categories == 0 && scope.entries.empty())
        return QStringLiteral("scope unknown: made before a restore");
    QStringList parts;
    for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i)
        if (scope.categories & (1u << i))
            parts << QLatin1String(fhir::categoryKey(static_cast<fhir::EntryCategory>(i)));
    QString text = parts.join(QLatin1Char(','));
    if (scope.from != 0 || scope.to != 0)
        text += QStringLiteral(" %1..%2").arg(scope.from ? QString::number(scope.from) : QString(), scope.to ? QString::number(scope.to) : QString());
    if (!scope.entries.empty())
        text += QStringLiteral("%1%2 single entries").arg(text.isEmpty() ? QString() : QStringLiteral(" + ")).arg(scope.entries.size());
    return text;
}

QString whoText(const service::StoredGrant &g)
{
    return g.mode == share::BundleMode::Named ? QStringLiteral("%1 (%2)").arg(g.granteeName, ledger::addressText(g.grantee))
                                              : QStringLiteral("any licensed clinician with the code%1")
                                                    .arg(g.mode == share::BundleMode::Passcode ? QStringLiteral(" and passcode") : QString());
}

/** The network file of the options, read before the passphrase is asked (nullopt with `status` set). */
std::optional<ledger::NetworkConfig> networkOf(const char *action, const QCommandLineParser &parser, int &status)
{
    return loadNetwork(QStringLiteral("wallet %1").arg(QLatin1String(action)), parser.value(QStringLiteral("network")), status);
}

int grantsAction(const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    auto network = networkOf("grants", parser, status);
    if (!network)
        return status;
    const std::uint64_t chainId = network->chainId;
    const crypto::Address contract = network->contract(QStringLiteral("AccessGrants")).value_or(crypto::Address{});
    auto wallet = openWallet("grants", dir, status);
    if (!wallet)
        return status;
    auto listed = wallet->grants(service::NetworkSource::loaded(std::move(*network)), parser.isSet(QStringLiteral("discover")));
    if (!listed)
        return actionFailure("grants", listed.error(), dir);
    if (parser.isSet(QStringLiteral("fhir"))) {
        QList<QJsonObject> consents;
        for (const auto &l : *listed)
            consents << service::consentOf(l.grant, l.state, chainId, contract);
        std::fputs(QJsonDocument(service::collectionOf(consents)).toJson(QJsonDocument::Indented).constData(), stdout);
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const auto &l : *listed) {
            const auto &g = l.grant;
            out.append(QJsonObject{{QStringLiteral("grant"), static_cast<int>(g.index)},
                                   {QStringLiteral("grantId"), ledger::hexOf(g.grantId)},
                                   {QStringLiteral("mode"), QLatin1String(modeName(g.mode))},
                                   {QStringLiteral("grantee"), g.mode == share::BundleMode::Named ? ledger::addressText(g.grantee) : QString()},
                                   {QStringLiteral("granteeName"), g.granteeName},
                                   {QStringLiteral("scope"), scopeText(g.scope)},
                                   {QStringLiteral("entries"), static_cast<int>(g.entryCount)},
                                   {QStringLiteral("created"), when(static_cast<std::uint64_t>(g.createdAt))},
                                   {QStringLiteral("expires"), when(g.expiry)},
                                   {QStringLiteral("writeBack"), g.writeRecordIndex.has_value()},
                                   {QStringLiteral("state"), QLatin1String(stateName(l.state))},
                                   {QStringLiteral("reads"), static_cast<qint64>(l.reads)}});
        }
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
        return ExitOk;
    }
    for (const auto &l : *listed) {
        const auto &g = l.grant;
        std::printf("grant %u: %s; %s; %u entries (%s); until %s; %llu reads\n", g.index, stateName(l.state),
                    qPrintable(whoText(g)), g.entryCount, qPrintable(scopeText(g.scope)), qPrintable(when(g.expiry)),
                    static_cast<unsigned long long>(l.reads));
    }
    std::printf("%zu grants\n", listed->size());
    return ExitOk;
}

int revokeAction(const QString &dir, const QCommandLineParser &parser)
{
    bool ok = false;
    const uint index = parser.value(QStringLiteral("grant")).toUInt(&ok);
    if (!ok)
        return reportError("revoke", ExitUsage, QStringLiteral("--grant needs the grant's number (see `carnet-cli wallet grants`)"));
    int status = ExitOk;
    auto network = networkOf("revoke", parser, status);
    if (!network)
        return status;
    if (!service::Wallet::exists(dir))
        return reportVaultError("revoke", VaultError::NotFound, dir);
    std::optional<crypto::SecureBuffer> passphrase = readPassphrase("Passphrase: ");
    if (!passphrase)
        return reportError("revoke", ExitUsage, QStringLiteral("cannot read the passphrase from standard input"));
    auto wallet = service::Wallet::open(dir, *passphrase);
    if (!wallet)
        return reportVaultError("revoke", wallet.error(), dir);
    // Revoking is a sensitive action: the passphrase just typed re-authenticates it (throttled like unlock).
    auto revoked = (*wallet)->revokeGrant(index, *passphrase, service::NetworkSource::loaded(std::move(*network)));
    passphrase->clear();
    if (!revoked)
        return actionFailure("revoke", revoked.error(), dir);
    std::printf("revoked: grant %u\ntransaction: %s\n", index, qPrintable(ledger::hexOf(*revoked)));
    return ExitOk;
}

int accessLogAction(const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    auto network = networkOf("access-log", parser, status);
    if (!network)
        return status;
    const std::uint64_t chainId = network->chainId;
    const crypto::Address contract = network->contract(QStringLiteral("AccessGrants")).value_or(crypto::Address{});
    auto wallet = openWallet("access-log", dir, status);
    if (!wallet)
        return status;
    auto grants = wallet->grants();
    auto log = wallet->accessLog(service::NetworkSource::loaded(std::move(*network)));
    if (!log)
        return actionFailure("access-log", log.error(), dir);
    auto grantOf = [&](std::uint32_t index) -> const service::StoredGrant * {
        if (grants)
            for (const auto &l : *grants)
                if (l.grant.index == index)
                    return &l.grant;
        return nullptr;
    };
    if (parser.isSet(QStringLiteral("fhir"))) {
        QList<QJsonObject> events;
        for (const auto &e : *log)
            events << service::auditEventOf(e, chainId, contract);
        std::fputs(QJsonDocument(service::collectionOf(events)).toJson(QJsonDocument::Indented).constData(), stdout);
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const auto &e : *log) {
            const auto *g = grantOf(e.grantIndex);
            out.append(QJsonObject{{QStringLiteral("grant"), static_cast<int>(e.grantIndex)},
                                   {QStringLiteral("grantId"), ledger::hexOf(e.grantId)},
                                   {QStringLiteral("clinician"), ledger::addressText(e.clinician)},
                                   {QStringLiteral("clinicianName"), e.clinicianName},
                                   {QStringLiteral("at"), when(e.accessedAt)},
                                   {QStringLiteral("block"), static_cast<qint64>(e.block)},
                                   {QStringLiteral("scope"), g ? scopeText(g->scope) : QString()},
                                   {QStringLiteral("receiptHash"), ledger::hexOf(e.receiptHash)}});
        }
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
        return ExitOk;
    }
    for (const auto &e : *log) {
        const auto *g = grantOf(e.grantIndex);
        std::printf("%s %s (%s) read under grant %u (%s)\n", qPrintable(when(e.accessedAt)),
                    qPrintable(e.clinicianName.isEmpty() ? QStringLiteral("unknown clinician") : e.clinicianName),
                    qPrintable(ledger::addressText(e.clinician)), e.grantIndex, qPrintable(g ? scopeText(g->scope) : QString()));
    }
    std::printf("%zu reads\n", log->size());
    return ExitOk;
}

} // namespace

int runWalletGrantAction(const QString &action, const QString &dir, const QCommandLineParser &parser)
{
    if (action == QLatin1String("share"))
        return shareAction(dir, parser);
    if (action == QLatin1String("grants"))
        return grantsAction(dir, parser);
    if (action == QLatin1String("revoke"))
        return revokeAction(dir, parser);
    if (action == QLatin1String("access-log"))
        return accessLogAction(dir, parser);
    return -1;
}

} // namespace carnet::cli
