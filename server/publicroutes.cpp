// SPDX-License-Identifier: GPL-3.0-or-later
// The public SMART Health Links routes: the manifest, location files, and U links' direct GET.
#include "server/hostserver.h"

#include "crypto/hash.h"
#include "crypto/random.h"
#include "server/jwecheck.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

namespace carnet::sharehost {
namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray ticketHash(const QByteArray &ticket)
{
    const crypto::Hash32 h = crypto::sha256(crypto::asBytes(std::string_view(ticket.constData(), std::size_t(ticket.size()))));
    return QByteArray::fromStdString(crypto::toHex(h));
}

Reply unavailable()
{
    return Reply::error(503, "unavailable");
}

Reply jose(const QByteArray &jwe)
{
    return Reply{200, "application/jose", jwe, {}};
}

bool validRecipient(const QString &r)
{
    return !r.isEmpty() && r.size() <= 200;
}

} // namespace

Reply HostServer::manifest(const QString &id, const QHttpServerRequest &request, const QString &address)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Reply::error(400, "bad-json");
    const QJsonObject body = doc.object();
    const QJsonValue recipient = body.value(QLatin1String("recipient"));
    if (!recipient.isString() || !validRecipient(recipient.toString()))
        return Reply::error(400, "bad-field", "recipient");
    const QJsonValue passcode = body.value(QLatin1String("passcode"));
    if (!passcode.isUndefined() && !passcode.isString())
        return Reply::error(400, "bad-field", "passcode");
    const QJsonValue lengthMax = body.value(QLatin1String("embeddedLengthMax"));
    qint64 embeddedMax = -1;
    if (!lengthMax.isUndefined()) {
        const double d = lengthMax.toDouble(-1);
        if (!lengthMax.isDouble() || d < 0 || d != double(qint64(d)))
            return Reply::error(400, "bad-field", "embeddedLengthMax");
        embeddedMax = qint64(d);
    }

    StoredLink link;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const StoreStatus found = m_store->link(id, &link);
    if (found == StoreStatus::Failed)
        return unavailable();
    if (found != StoreStatus::Ok || !linkActive(link, now) || link.flag.contains(QLatin1Char('U')))
        return Reply::error(404, "not-found");
    const QString pollKey = id + QLatin1Char(' ') + address;
    if (m_config.pollSeconds > 0) {
        const auto last = m_lastManifest.constFind(pollKey);
        if (last != m_lastManifest.constEnd() && now - *last < qint64(m_config.pollSeconds) * 1000) {
            Reply r = Reply::error(429, "too-many-requests");
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray(QByteArray::number((*last + qint64(m_config.pollSeconds) * 1000 - now + 999) / 1000))));
            return r;
        }
    }
    if (link.flag.contains(QLatin1Char('P'))) {
        const bool right = passcode.isString() && passcodeMatchesLink(link, passcode.toString().toUtf8());
        if (!right) {
            int remaining = 0;
            const StoreStatus taken = m_store->takeFailure(id, &remaining);
            if (taken == StoreStatus::Failed)
                return unavailable();
            if (taken == StoreStatus::NotFound)
                return Reply::error(404, "not-found");
            record(id, recipient.toString(), address, "wrong-passcode");
            qInfo("link %s: wrong passcode, %d attempts left", qPrintable(shortId(id)), remaining);
            return Reply::json(401, QJsonObject{{QStringLiteral("error"), QStringLiteral("wrong-passcode")},
                                                {QStringLiteral("remainingAttempts"), remaining}});
        }
        // Another process may have taken the last attempt while the hash was computed.
        const StoreStatus again = m_store->link(id, &link);
        if (again == StoreStatus::Failed)
            return unavailable();
        if (again != StoreStatus::Ok || !linkActive(link, now))
            return Reply::error(404, "not-found");
    }
    QVector<StoredFile> files;
    if (m_store->files(id, &files) != StoreStatus::Ok)
        return unavailable();
    QJsonArray list;
    const qint64 expires = now + qint64(m_config.locationSeconds) * 1000;
    for (const StoredFile &f : files) {
        QJsonObject entry{{QStringLiteral("contentType"), QString::fromLatin1(f.contentType)},
                          {QStringLiteral("lastUpdated"), iso(link.lastUpdated)}};
        if (embeddedMax >= 0 && f.jwe.size() <= embeddedMax) {
            entry.insert(QStringLiteral("embedded"), QString::fromLatin1(f.jwe));
        } else {
            const crypto::Bytes raw = crypto::randomBytes(32);
            const QByteArray ticket = QByteArray(reinterpret_cast<const char *>(raw.data()), qsizetype(raw.size()))
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            if (m_store->addTicket(ticketHash(ticket), StoredTicket{id, f.position, expires, recipient.toString()})
                != StoreStatus::Ok)
                return unavailable();
            entry.insert(QStringLiteral("location"), QString(linkUrl(id) + QStringLiteral("/file/") + QString::fromLatin1(ticket)));
        }
        list.append(entry);
    }
    m_lastManifest.insert(pollKey, now);
    record(id, recipient.toString(), address, "manifest");
    return Reply::json(200, QJsonObject{{QStringLiteral("files"), list}});
}

Reply HostServer::fileByTicket(const QString &id, const QString &ticket, const QString &address)
{
    if (ticket.size() != 43 || !isBase64Url(ticket.toLatin1()))
        return Reply::error(404, "not-found");
    StoredTicket t;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const StoreStatus found = m_store->ticket(ticketHash(ticket.toLatin1()), &t);
    if (found == StoreStatus::Failed)
        return unavailable();
    if (found != StoreStatus::Ok || t.linkId != id || t.expires <= now)
        return Reply::error(404, "not-found");
    StoredLink link;
    const StoreStatus linked = m_store->link(id, &link);
    if (linked == StoreStatus::Failed)
        return unavailable();
    if (linked != StoreStatus::Ok || !linkActive(link, now))
        return Reply::error(404, "not-found");
    StoredFile f;
    const StoreStatus got = m_store->file(id, t.position, &f);
    if (got == StoreStatus::Failed)
        return unavailable();
    if (got != StoreStatus::Ok)
        return Reply::error(404, "not-found");
    record(id, t.recipient, address, "file");
    return jose(f.jwe);
}

Reply HostServer::direct(const QString &id, const QHttpServerRequest &request, const QString &address)
{
    // Form encoding, as receivers build it (URLSearchParams): '+' is a space, a literal '+' is %2B.
    const QUrlQuery query(request.url());
    QByteArray encoded = query.queryItemValue(QStringLiteral("recipient"), QUrl::FullyEncoded).toLatin1();
    encoded.replace('+', "%20");
    const QString recipient = QUrl::fromPercentEncoding(encoded);
    if (!validRecipient(recipient))
        return Reply::error(400, "bad-field", "recipient");
    StoredLink link;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const StoreStatus found = m_store->link(id, &link);
    if (found == StoreStatus::Failed)
        return unavailable();
    if (found != StoreStatus::Ok || !linkActive(link, now) || !link.flag.contains(QLatin1Char('U')))
        return Reply::error(404, "not-found");
    QVector<StoredFile> files;
    if (m_store->files(id, &files) != StoreStatus::Ok)
        return unavailable();
    if (files.isEmpty())
        return Reply::error(404, "not-found");
    record(id, recipient, address, "direct");
    return jose(files.first().jwe);
}

} // namespace carnet::sharehost
