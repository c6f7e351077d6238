// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli wallet shl create|emergency|list|log|show|update|revoke: SMART Health Links for doctors
// without the app (docs/CLI.md, "SMART Health Links"). The work is the service's (core/service/wallet.h);
// this file reads options, prints, and maps codes to words and exit statuses.
#include "command.h"
#include "linkcli.h"
#include "walletio.h"
#include "walletrecords.h"

#include "core/service/networksource.h"
#include "qml/qr/qrimage.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace carnet::cli {

using namespace core;
using service::LinkKind;
using service::LinkStatus;

namespace {

QString when(std::int64_t unixSeconds)
{
    return unixSeconds > 0 ? QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("-");
}

const char *kindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Bundle: return "bundle";
    case LinkKind::Summary: return "ips";
    case LinkKind::Emergency: return "emergency";
    }
    return "?";
}

const char *statusName(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Active: return "active";
    case LinkStatus::Revoked: return "revoked";
    case LinkStatus::Expired: return "expired";
    case LinkStatus::Disabled: return "disabled";
    case LinkStatus::Unknown: return "unknown";
    }
    return "?";
}

const char *whatName(service::LinkAccess::What what)
{
    switch (what) {
    case service::LinkAccess::What::Manifest: return "manifest";
    case service::LinkAccess::What::File: return "file";
    case service::LinkAccess::What::Direct: return "direct";
    case service::LinkAccess::What::WrongPasscode: return "wrong-passcode";
    }
    return "?";
}

/** --qr FILE: checked writable before anything is made (a link that exists is not lost for a bad path). */
bool qrWritable(const char *action, const QCommandLineParser &parser, int &status)
{
    if (!parser.isSet(QStringLiteral("qr")))
        return true;
    const QString path = parser.value(QStringLiteral("qr"));
    const bool existed = QFile::exists(path);
    QFile probe(path);
    if (path.isEmpty() || !probe.open(QIODevice::WriteOnly | QIODevice::Append)) {
        status = reportError(action, ExitUsage, QStringLiteral("--qr: cannot write %1").arg(path));
        return false;
    }
    probe.close();
    if (!existed)
        probe.remove();
    return true;
}

QString textOf(const crypto::SecureBuffer &b)
{
    return QString::fromUtf8(b.asStringView().data(), qsizetype(b.size()));
}

int printIssued(const char *action, const service::IssuedLink &issued, const QCommandLineParser &parser)
{
    const service::StoredLink &l = issued.link;
    std::printf("link: %s\nkind: %s\nflag: %s\nlabel: %s\nexpires: %s\nentries: %u\nfile: %u bytes\n", qPrintable(l.id),
                kindName(l.kind), qPrintable(l.flag.isEmpty() ? QStringLiteral("-") : l.flag), qPrintable(l.label),
                qPrintable(when(l.expiresAt)), l.entryCount, l.fileBytes);
    std::printf("shlink: %s\nviewer: %s\n", qPrintable(textOf(issued.shlink)), qPrintable(textOf(issued.viewerUrl)));
    if (l.flag.contains(QLatin1Char('P')))
        std::fputs("note: give the passcode by another way than the link (say it, don't write it next to the QR)\n", stdout);
    if (parser.isSet(QStringLiteral("qr"))) {
        const QString path = parser.value(QStringLiteral("qr"));
        if (!qr::writeQrPng(textOf(issued.viewerUrl), path))
            return reportError(action, ExitVaultIo, QStringLiteral("--qr: the QR code could not be written to %1 (the link "
                                                                   "exists: it is above)").arg(path));
        std::printf("qr: %s\n", qPrintable(path));
    }
    return ExitOk;
}

/** The host: --host, else the network file's shareHost. */
std::optional<QUrl> hostOf(const char *action, service::Wallet &wallet, const QCommandLineParser &parser, const QString &dir,
                           int &status)
{
    if (parser.isSet(QStringLiteral("host")))
        return QUrl(parser.value(QStringLiteral("host")), QUrl::StrictMode);
    const QString file = parser.value(QStringLiteral("network"));
    auto host = wallet.defaultLinkHost(file.isEmpty() ? service::NetworkSource() : service::NetworkSource::file(file));
    if (!host) {
        status = actionFailure(action, host.error(), dir);
        return std::nullopt;
    }
    return *host;
}

int createAction(const char *action, LinkKind kind, const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    if (!qrWritable(action, parser, status))
        return status;
    if (!service::Wallet::exists(dir))
        return reportVaultError(action, VaultError::NotFound, dir);
    std::optional<crypto::SecureBuffer> passphrase = readPassphrase("Passphrase: ");
    if (!passphrase)
        return reportError(action, ExitUsage, QStringLiteral("cannot read the passphrase from standard input"));
    auto opened = service::Wallet::open(dir, *passphrase);
    if (!opened)
        return reportVaultError(action, opened.error(), dir);
    service::Wallet &wallet = **opened;
    service::LinkRequest request;
    request.kind = kind;
    if (kind == LinkKind::Bundle) {
        auto view = wallet.read();
        if (!view)
            return actionFailure(action, view.error(), dir);
        auto scope = scopeOptions(action, parser, *view, status);
        if (!scope)
            return status;
        request.scope = std::move(*scope);
    }
    auto host = hostOf(action, wallet, parser, dir, status);
    if (!host)
        return status;
    request.host = *host;
    bool ok = true;
    if (kind == LinkKind::Emergency) {
        const int days = parser.isSet(QStringLiteral("days")) ? parser.value(QStringLiteral("days")).toInt(&ok) : 365;
        request.validity = std::chrono::hours(24 * std::int64_t(days));
    } else {
        const int hours = parser.isSet(QStringLiteral("hours")) ? parser.value(QStringLiteral("hours")).toInt(&ok) : 24;
        request.validity = std::chrono::hours(hours);
    }
    if (!ok)
        return reportError(action, ExitUsage, QStringLiteral("--hours and --days take a whole number"));
    request.label = parser.value(QStringLiteral("label"));
    if (request.label.isEmpty() && kind == LinkKind::Emergency)
        request.label = QStringLiteral("Emergency card");
    request.longTerm = parser.isSet(QStringLiteral("long-term"));
    if (parser.isSet(QStringLiteral("passcode-stdin"))) {
        auto passcode = readPassphrase("Passcode: ");
        if (!passcode)
            return reportError(action, ExitUsage, QStringLiteral("cannot read the passcode from standard input"));
        request.passcode = std::move(*passcode);
    }
    // Making a link hands data out: the passphrase just typed re-authenticates it.
    auto issued = wallet.createLink(request, *passphrase);
    passphrase->clear();
    if (!issued)
        return actionFailure(action, issued.error(), dir);
    return printIssued(action, *issued, parser);
}

int listAction(const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    auto wallet = openWallet("shl list", dir, status);
    if (!wallet)
        return status;
    const QUrl discoverAt = parser.isSet(QStringLiteral("host")) ? QUrl(parser.value(QStringLiteral("host"))) : QUrl();
    auto listed = wallet->links(discoverAt);
    if (!listed)
        return actionFailure("shl list", listed.error(), dir);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const service::LinkListing &x : *listed)
            out.append(QJsonObject{{QStringLiteral("id"), x.link.id},
                                   {QStringLiteral("host"), x.link.host},
                                   {QStringLiteral("kind"), QLatin1String(kindName(x.link.kind))},
                                   {QStringLiteral("flag"), x.link.flag},
                                   {QStringLiteral("label"), x.link.label},
                                   {QStringLiteral("created"), when(x.link.createdAt)},
                                   {QStringLiteral("expires"), when(x.link.expiresAt)},
                                   {QStringLiteral("status"), QLatin1String(statusName(x.status))},
                                   {QStringLiteral("accesses"), x.accesses},
                                   {QStringLiteral("failuresRemaining"), x.failuresRemaining},
                                   {QStringLiteral("lastAccess"), x.lastAccess ? QJsonValue(when(*x.lastAccess)) : QJsonValue()},
                                   {QStringLiteral("keyInVault"), x.link.hasKey}});
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
        return ExitOk;
    }
    for (const service::LinkListing &x : *listed) {
        std::printf("link %s: %s \"%s\" (%s), %s, expires %s\n", qPrintable(x.link.id), kindName(x.link.kind),
                    qPrintable(x.link.label), qPrintable(x.link.flag.isEmpty() ? QStringLiteral("no flag") : x.link.flag),
                    statusName(x.status), qPrintable(when(x.link.expiresAt)));
        std::printf("  accesses: %d%s%s\n", x.accesses,
                    x.lastAccess ? qPrintable(QStringLiteral(", last %1").arg(when(*x.lastAccess))) : "",
                    x.link.flag.contains(QLatin1Char('P')) ? qPrintable(QStringLiteral("; wrong passcodes left: %1").arg(x.failuresRemaining)) : "");
        if (!x.link.hasKey)
            std::fputs("  made before this wallet was restored: its key is not in this vault\n", stdout);
    }
    std::printf("%zu links\n", listed->size());
    return ExitOk;
}

int logAction(const QString &id, const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    auto wallet = openWallet("shl log", dir, status);
    if (!wallet)
        return status;
    auto log = wallet->linkLog(id);
    if (!log)
        return actionFailure("shl log", log.error(), dir);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const service::LinkAccess &a : *log)
            out.append(QJsonObject{{QStringLiteral("time"), when(a.time)}, {QStringLiteral("recipient"), a.recipient},
                                   {QStringLiteral("address"), a.address}, {QStringLiteral("what"), QLatin1String(whatName(a.what))}});
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
        return ExitOk;
    }
    for (const service::LinkAccess &a : *log)
        std::printf("%s  %-14s %s (from %s)\n", qPrintable(when(a.time)), whatName(a.what), qPrintable(a.recipient),
                    qPrintable(a.address));
    std::printf("%zu accesses (the names are what the readers typed: the host cannot check them)\n", log->size());
    return ExitOk;
}

/** revoke and show: re-authenticated with the passphrase read here. */
int passphraseAction(const char *action, const QString &id, const QString &dir, const QCommandLineParser &parser, bool revoke)
{
    int status = ExitOk;
    if (!revoke && !qrWritable(action, parser, status))
        return status;
    if (!service::Wallet::exists(dir))
        return reportVaultError(action, VaultError::NotFound, dir);
    std::optional<crypto::SecureBuffer> passphrase = readPassphrase("Passphrase: ");
    if (!passphrase)
        return reportError(action, ExitUsage, QStringLiteral("cannot read the passphrase from standard input"));
    auto wallet = service::Wallet::open(dir, *passphrase);
    if (!wallet)
        return reportVaultError(action, wallet.error(), dir);
    if (revoke) {
        auto revoked = (*wallet)->revokeLink(id, *passphrase);
        passphrase->clear();
        if (!revoked)
            return actionFailure(action, revoked.error(), dir);
        std::printf("revoked: link %s (the host answers 404 to it from now on)\n", qPrintable(id));
        return ExitOk;
    }
    auto shown = (*wallet)->showLink(id, *passphrase);
    passphrase->clear();
    if (!shown)
        return actionFailure(action, shown.error(), dir);
    return printIssued(action, *shown, parser);
}

int updateAction(const QString &id, const QString &dir)
{
    int status = ExitOk;
    auto wallet = openWallet("shl update", dir, status);
    if (!wallet)
        return status;
    auto updated = wallet->updateLink(id);
    if (!updated)
        return actionFailure("shl update", updated.error(), dir);
    std::printf("updated: link %s\nentries: %u\nfile: %u bytes (a fresh IV, the same key)\n", qPrintable(id),
                updated->entryCount, updated->fileBytes);
    return ExitOk;
}

} // namespace

int runWalletLinkAction(const QString &action, const QStringList &arguments, const QString &dir, const QCommandLineParser &parser)
{
    if (action != QLatin1String("shl"))
        return -1;
    const QString verb = arguments.value(0);
    const QString id = arguments.value(1);
    const bool takesId = QStringList{QStringLiteral("log"), QStringLiteral("show"), QStringLiteral("update"),
                                     QStringLiteral("revoke")}.contains(verb);
    if (arguments.size() != (takesId ? 2 : 1)) {
        std::fputs("carnet-cli wallet shl: give create, emergency, list, or log|show|update|revoke LINK-ID\n", stderr);
        return ExitUsage;
    }
    if (verb == QLatin1String("create"))
        return createAction("wallet shl create", parser.isSet(QStringLiteral("summary")) ? LinkKind::Summary : LinkKind::Bundle,
                            dir, parser);
    if (verb == QLatin1String("emergency"))
        return createAction("wallet shl emergency", LinkKind::Emergency, dir, parser);
    if (verb == QLatin1String("list"))
        return listAction(dir, parser);
    if (verb == QLatin1String("log"))
        return logAction(id, dir, parser);
    if (verb == QLatin1String("show"))
        return passphraseAction("wallet shl show", id, dir, parser, false);
    if (verb == QLatin1String("revoke"))
        return passphraseAction("wallet shl revoke", id, dir, parser, true);
    if (verb == QLatin1String("update"))
        return updateAction(id, dir);
    std::fprintf(stderr, "carnet-cli wallet shl: unknown action '%s'\n", qPrintable(verb));
    return ExitUsage;
}

} // namespace carnet::cli
