// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/hostserver.h"

#include "server/connguard.h"
#include "server/jwecheck.h"
#include "server/passcode.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace carnet::sharehost {

QString shortId(const QString &id)
{
    return id.left(6) + QStringLiteral("…");
}

bool isLinkId(const QString &id)
{
    return id.size() == 43 && isBase64Url(id.toLatin1());
}

HostServer::HostServer(HostConfig config, LinkStore *store, QObject *parent)
    : QAbstractHttpServer(parent), m_config(std::move(config)), m_store(store)
{
    m_housekeeping.setInterval(60 * 1000);
    connect(&m_housekeeping, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_store->purgeTickets(now);
        m_rates.removeIf([now](const auto &it) { return now - it.value().start > 60000; });
        const qint64 keep = qint64(m_config.pollSeconds) * 1000;
        m_lastManifest.removeIf([now, keep](const auto &it) { return now - it.value() > keep; });
    });
    m_housekeeping.start();
}

quint16 HostServer::start()
{
    auto *tcp = new GuardedTcpServer(GuardLimits{m_config.maxBodyBytes, m_config.maxHeaderBytes,
                                                 m_config.requestTimeoutSeconds * 1000}, this);
    if (!tcp->listen(m_config.listenAddress, m_config.listenPort))
        return 0;
    bind(tcp);
    return tcp->serverPort();
}

QString HostServer::clientAddress(const QHttpServerRequest &request) const
{
    const QHostAddress peer = request.remoteAddress();
    if (m_config.trustProxy && peer.isLoopback()) {
        const QByteArray forwarded = request.value("X-Forwarded-For");
        if (!forwarded.isEmpty()) {
            const QHostAddress last(QString::fromLatin1(forwarded.split(',').last().trimmed()));
            if (!last.isNull())
                return last.toString();
        }
    }
    QHostAddress a = peer;
    bool ok = false;
    const QHostAddress v4(a.toIPv4Address(&ok));
    return ok ? v4.toString() : a.toString();
}

std::optional<int> HostServer::rateLimited(const QString &address, qint64 nowMs)
{
    if (m_config.ratePerMinute == 0)
        return std::nullopt;
    Window &w = m_rates[address];
    if (nowMs - w.start >= 60000) {
        w.start = nowMs;
        w.count = 0;
    }
    if (++w.count <= m_config.ratePerMinute)
        return std::nullopt;
    return int((w.start + 60000 - nowMs + 999) / 1000);
}

bool HostServer::linkActive(const StoredLink &link, qint64 nowMs) const
{
    if (link.revoked)
        return false;
    if (link.exp > 0 && link.exp * 1000 <= nowMs)
        return false;
    if (link.flag.contains(QLatin1Char('P')) && link.failuresRemaining <= 0)
        return false;
    return true;
}

bool HostServer::passcodeMatchesLink(const StoredLink &link, const QByteArray &passcode)
{
    return !link.passcodeHash.isEmpty() && passcodeMatches(link.passcodeHash, passcode);
}

QString HostServer::linkUrl(const QString &id) const
{
    return m_config.publicUrl + QStringLiteral("/shl/") + id;
}

void HostServer::record(const QString &id, const QString &recipient, const QString &address, const char *what)
{
    if (m_store->logAccess(id, StoredAccess{QDateTime::currentMSecsSinceEpoch(), recipient, address,
                                            QString::fromLatin1(what)}) != StoreStatus::Ok)
        qWarning("access log: cannot record a %s access of link %s", what, qPrintable(shortId(id)));
}

Reply HostServer::dispatch(const QHttpServerRequest &request, const QString &address)
{
    qsizetype headBytes = 0;
    for (const auto &h : request.headers())
        headBytes += h.first.size() + h.second.size() + 4;
    if (headBytes > m_config.maxHeaderBytes)
        return Reply::error(431, "headers-too-large");
    if (request.body().size() > m_config.maxBodyBytes)
        return Reply::error(413, "body-too-large");
    if (const auto wait = rateLimited(address, QDateTime::currentMSecsSinceEpoch())) {
        Reply r = Reply::error(429, "rate-limited");
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray(QByteArray::number(*wait))));
        return r;
    }
    const QString path = request.url().path();
    const QStringList parts = path.split(QLatin1Char('/'));
    const auto method = request.method();
    if (parts.size() >= 3 && parts[1] == QLatin1String("shl")) {
        const QString id = parts[2];
        if (method == QHttpServerRequest::Method::Options) {
            Reply r{204, {}, {}, {{"Access-Control-Allow-Methods", "GET, POST"},
                                  {"Access-Control-Allow-Headers", "Content-Type"},
                                  {"Access-Control-Max-Age", "600"}}};
            return r;
        }
        if (!isLinkId(id))
            return Reply::error(404, "not-found");
        if (parts.size() == 3 && method == QHttpServerRequest::Method::Post)
            return manifest(id, request, address);
        if (parts.size() == 3 && method == QHttpServerRequest::Method::Get)
            return direct(id, request, address);
        if (parts.size() == 5 && parts[3] == QLatin1String("file") && method == QHttpServerRequest::Method::Get)
            return fileByTicket(id, parts[4], address);
        if (parts.size() == 3 || (parts.size() == 5 && parts[3] == QLatin1String("file")))
            return Reply::error(405, "method-not-allowed");
        return Reply::error(404, "not-found");
    }
    if (parts.size() >= 4 && parts[1] == QLatin1String("api") && parts[2] == QLatin1String("v1"))
        return owner(parts.mid(3), request);
    if (parts.size() >= 2 && parts[1] == QLatin1String("view")) {
        if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Head)
            return Reply::error(405, "method-not-allowed");
        if (parts.size() == 2) {
            Reply r{301, {}, {}, {{"Location", "/view/"}}};
            return r;
        }
        return viewer(path.mid(6));
    }
    return Reply::error(404, "not-found");
}

bool HostServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString address = clientAddress(request);
    Reply reply = dispatch(request, address);
    const bool isPublic = request.url().path().startsWith(QLatin1String("/shl/"));
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("Referrer-Policy", "no-referrer");
    bool cacheSet = false;
    for (const auto &h : reply.headers) {
        responder.writeHeader(h.first, h.second);
        cacheSet = cacheSet || h.first == "Cache-Control";
    }
    if (!cacheSet)
        responder.writeHeader("Cache-Control", "no-store");
    if (isPublic)
        responder.writeHeader("Access-Control-Allow-Origin", "*");
    if (request.method() == QHttpServerRequest::Method::Head)
        responder.writeBody(QByteArray());
    else
        responder.writeBody(reply.body);
    return true;
}

void HostServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

} // namespace carnet::sharehost
