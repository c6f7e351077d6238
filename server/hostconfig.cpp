// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/hostconfig.h"

#include <QUrl>

namespace carnet::sharehost {
namespace {

bool intIn(const QString &text, qint64 low, qint64 high, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < low || v > high)
        return false;
    *out = v;
    return true;
}

} // namespace

QString usageText()
{
    return QStringLiteral(
        "usage: carnet-share-host --public-url URL --db sqlite:PATH|postgresql://... [options]\n"
        "  --listen HOST:PORT        address to listen on (default 127.0.0.1:8090; port 0 = any, printed)\n"
        "  --viewer-dir DIR          the viewer's static files, served at /view/\n"
        "  --location-lifetime S     lifetime of a file location URL, 1..3600 s (default 3600)\n"
        "  --min-poll-interval S     minimum seconds between manifests of one link to one address (default 5)\n"
        "  --max-body BYTES          largest request body (default 10485760)\n"
        "  --max-file BYTES          largest file (compact JWE) (default 5242880)\n"
        "  --max-link BYTES          largest total of one link's files (default 8388608)\n"
        "  --max-files N             most files per link (default 10)\n"
        "  --max-header BYTES        largest request head (default 16384)\n"
        "  --rate-per-address N      requests per client address per minute, 0 = off (default 600)\n"
        "  --default-max-failures N  a P link's wrong passcodes when the owner gives none (default 10)\n"
        "  --request-timeout S       time a connection has for each request (default 10)\n"
        "  --trust-proxy             client address from X-Forwarded-For when the peer is loopback\n");
}

std::optional<HostConfig> parseArguments(const QStringList &args, const QString &defaultViewerDir, QString *error)
{
    HostConfig c;
    c.viewerDir = defaultViewerDir;
    auto bad = [error](const QString &option) {
        *error = QStringLiteral("bad or missing value for %1").arg(option);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString opt = args.at(i);
        if (opt == QLatin1String("--trust-proxy")) {
            c.trustProxy = true;
            continue;
        }
        if (i + 1 >= args.size())
            return bad(opt);
        const QString v = args.at(++i);
        qint64 n = 0;
        if (opt == QLatin1String("--listen")) {
            const qsizetype colon = v.lastIndexOf(QLatin1Char(':'));
            QString host = v.left(colon);
            if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
                host = host.mid(1, host.size() - 2);
            if (colon <= 0 || !c.listenAddress.setAddress(host) || !intIn(v.mid(colon + 1), 0, 65535, &n))
                return bad(opt);
            c.listenPort = quint16(n);
        } else if (opt == QLatin1String("--public-url")) {
            QString url = v;
            while (url.endsWith(QLatin1Char('/')))
                url.chop(1);
            const QUrl u(url, QUrl::StrictMode);
            if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))
                || u.host().isEmpty() || u.hasQuery() || u.hasFragment() || url.size() + 48 > 128)
                return bad(opt);
            c.publicUrl = url;
        } else if (opt == QLatin1String("--db")) {
            if (!v.startsWith(QLatin1String("sqlite:")) && !v.startsWith(QLatin1String("postgresql://"))
                && !v.startsWith(QLatin1String("postgres://")))
                return bad(opt);
            c.db = v;
        } else if (opt == QLatin1String("--viewer-dir")) {
            c.viewerDir = v;
        } else if (opt == QLatin1String("--location-lifetime")) {
            if (!intIn(v, 1, 3600, &n))
                return bad(opt);
            c.locationSeconds = int(n);
        } else if (opt == QLatin1String("--min-poll-interval")) {
            if (!intIn(v, 0, 86400, &n))
                return bad(opt);
            c.pollSeconds = int(n);
        } else if (opt == QLatin1String("--max-body")) {
            if (!intIn(v, 1024, qint64(1) << 30, &c.maxBodyBytes))
                return bad(opt);
        } else if (opt == QLatin1String("--max-file")) {
            if (!intIn(v, 64, qint64(1) << 30, &c.maxFileBytes))
                return bad(opt);
        } else if (opt == QLatin1String("--max-link")) {
            if (!intIn(v, 64, qint64(1) << 32, &c.maxLinkBytes))
                return bad(opt);
        } else if (opt == QLatin1String("--max-files")) {
            if (!intIn(v, 1, 1000, &n))
                return bad(opt);
            c.maxFiles = int(n);
        } else if (opt == QLatin1String("--max-header")) {
            if (!intIn(v, 1024, 1024 * 1024, &n))
                return bad(opt);
            c.maxHeaderBytes = int(n);
        } else if (opt == QLatin1String("--rate-per-address")) {
            if (!intIn(v, 0, 1000000, &n))
                return bad(opt);
            c.ratePerMinute = int(n);
        } else if (opt == QLatin1String("--default-max-failures")) {
            if (!intIn(v, 1, 100, &n))
                return bad(opt);
            c.defaultMaxFailures = int(n);
        } else if (opt == QLatin1String("--request-timeout")) {
            if (!intIn(v, 1, 3600, &n))
                return bad(opt);
            c.requestTimeoutSeconds = int(n);
        } else {
            *error = QStringLiteral("unknown option %1").arg(opt.left(40));
            return std::nullopt;
        }
    }
    if (c.publicUrl.isEmpty())
        return bad(QStringLiteral("--public-url"));
    if (c.db.isEmpty())
        return bad(QStringLiteral("--db"));
    return c;
}

} // namespace carnet::sharehost
