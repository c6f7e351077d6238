// SPDX-License-Identifier: GPL-3.0-or-later
// The owner API (/api/v1): the wallet that made a link creates, fills, lists, reads the log of and
// revokes it. The owner is SHA-256 of the bearer token; another owner's link answers 404.
#include "server/hostserver.h"

#include "crypto/hash.h"
#include "crypto/random.h"
#include "server/jwecheck.h"
#include "server/passcode.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

namespace carnet::sharehost {
namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<QByteArray> ownerOf(const QHttpServerRequest &request)
{
    const QByteArray auth = request.value("Authorization");
    if (!auth.startsWith("Bearer "))
        return std::nullopt;
    const QByteArray token = auth.mid(7).trimmed();
    if (token.size() != 43 || !isBase64Url(token))
        return std::nullopt;
    const crypto::Hash32 h = crypto::sha256(crypto::asBytes(std::string_view(token.constData(), std::size_t(token.size()))));
    return QByteArray::fromStdString(crypto::toHex(h));
}

std::optional<QJsonObject> bodyObject(const QHttpServerRequest &request)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}

const char *statusOf(const StoredLink &l, qint64 nowMs)
{
    if (l.revoked)
        return "revoked";
    if (l.exp > 0 && l.exp * 1000 <= nowMs)
        return "expired";
    if (l.flag.contains(QLatin1Char('P')) && l.failuresRemaining <= 0)
        return "disabled";
    return "active";
}

QJsonValue expOf(const StoredLink &l)
{
    return l.exp > 0 ? QJsonValue(double(l.exp)) : QJsonValue();
}

Reply unavailable()
{
    return Reply::error(503, "unavailable");
}

} // namespace

Reply HostServer::owner(const QStringList &path, const QHttpServerRequest &request)
{
    const auto ownerId = ownerOf(request);
    if (!ownerId) {
        Reply r = Reply::error(401, "unauthorized");
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return r;
    }
    const auto m = request.method();
    using M = QHttpServerRequest::Method;
    if (path.isEmpty() || path[0] != QLatin1String("links"))
        return Reply::error(404, "not-found");
    if (path.size() == 1) {
        if (m == M::Post)
            return createLink(*ownerId, request);
        if (m == M::Get)
            return listLinks(*ownerId);
        return Reply::error(405, "method-not-allowed");
    }
    const QString id = path[1];
    if (!isLinkId(id) || path.size() > 3)
        return Reply::error(404, "not-found");
    if (path.size() == 2)
        return m == M::Delete ? revokeLink(*ownerId, id) : Reply::error(405, "method-not-allowed");
    if (path[2] == QLatin1String("files"))
        return m == M::Put ? putFiles(*ownerId, id, request) : Reply::error(405, "method-not-allowed");
    if (path[2] == QLatin1String("log"))
        return m == M::Get ? accessLog(*ownerId, id, request) : Reply::error(405, "method-not-allowed");
    return Reply::error(404, "not-found");
}

Reply HostServer::createLink(const QByteArray &ownerId, const QHttpServerRequest &request)
{
    const auto body = bodyObject(request);
    if (!body)
        return Reply::error(400, "bad-json");
    const QJsonValue flagValue = body->value(QLatin1String("flag"));
    const QString flag = flagValue.toString();
    static const QStringList kFlags{QString(), QStringLiteral("L"), QStringLiteral("P"), QStringLiteral("LP"), QStringLiteral("U")};
    if ((!flagValue.isUndefined() && !flagValue.isString()) || !kFlags.contains(flag))
        return Reply::error(400, "bad-field", "flag");
    const bool p = flag.contains(QLatin1Char('P'));
    const QJsonValue passcode = body->value(QLatin1String("passcode"));
    if (p != (passcode.isString()) || (!p && !passcode.isUndefined() && !passcode.isNull())
        || (p && (passcode.toString().size() < 4 || passcode.toString().size() > 64)))
        return Reply::error(400, "bad-field", "passcode");
    const QJsonValue exp = body->value(QLatin1String("exp"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!exp.isUndefined() && !exp.isNull() && (!isInteger(exp) || qint64(exp.toDouble()) * 1000 <= now))
        return Reply::error(400, "bad-field", "exp");
    const QJsonValue label = body->value(QLatin1String("label"));
    if ((!label.isUndefined() && !label.isString()) || label.toString().size() > 80)
        return Reply::error(400, "bad-field", "label");
    const QJsonValue maxFailures = body->value(QLatin1String("maxFailures"));
    if (!maxFailures.isUndefined()
        && (!isInteger(maxFailures) || maxFailures.toDouble() < 1 || maxFailures.toDouble() > 100))
        return Reply::error(400, "bad-field", "maxFailures");

    StoredLink link;
    const crypto::Bytes raw = crypto::randomBytes(32);
    link.id = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw.data()), qsizetype(raw.size()))
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    link.owner = ownerId;
    link.flag = flag;
    if (p) {
        QByteArray code = passcode.toString().toUtf8();
        link.passcodeHash = hashPasscode(code);
        code.fill('\0');
    }
    link.exp = exp.isDouble() ? qint64(exp.toDouble()) : 0;
    link.label = label.toString();
    link.created = now;
    link.maxFailures = maxFailures.isUndefined() ? m_config.defaultMaxFailures : int(maxFailures.toDouble());
    link.failuresRemaining = link.maxFailures;
    if (m_store->createLink(link) != StoreStatus::Ok)
        return unavailable();
    qInfo("link %s created (flag %s)", qPrintable(shortId(link.id)), qPrintable(flag.isEmpty() ? QStringLiteral("-") : flag));
    return Reply::json(201, QJsonObject{{QStringLiteral("id"), link.id}, {QStringLiteral("url"), linkUrl(link.id)},
                                        {QStringLiteral("flag"), flag}, {QStringLiteral("exp"), expOf(link)},
                                        {QStringLiteral("label"), link.label}, {QStringLiteral("created"), iso(now)}});
}

Reply HostServer::putFiles(const QByteArray &ownerId, const QString &id, const QHttpServerRequest &request)
{
    StoredLink link;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const StoreStatus found = m_store->link(id, &link);
    if (found == StoreStatus::Failed)
        return unavailable();
    if (found != StoreStatus::Ok || link.owner != ownerId || !linkActive(link, now))
        return Reply::error(404, "not-found");
    const auto body = bodyObject(request);
    if (!body)
        return Reply::error(400, "bad-json");
    const QJsonValue filesValue = body->value(QLatin1String("files"));
    if (!filesValue.isArray())
        return Reply::error(400, "bad-field", "files");
    const QJsonArray list = filesValue.toArray();
    if (list.size() > m_config.maxFiles)
        return Reply::error(413, "too-many-files");
    if (link.flag.contains(QLatin1Char('U')) && list.size() != 1)
        return Reply::error(400, "bad-field", "files");
    QVector<StoredFile> files;
    QSet<QByteArray> ivs;
    qint64 total = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QByteArray type = o.value(QLatin1String("contentType")).toString().toLatin1();
        if (!v.isObject() || !o.value(QLatin1String("contentType")).isString() || !isFileContentType(type))
            return Reply::error(400, "bad-field", "contentType");
        if (!o.value(QLatin1String("jwe")).isString())
            return Reply::error(400, "bad-field", "jwe");
        const QByteArray jwe = o.value(QLatin1String("jwe")).toString().toLatin1();
        if (jwe.size() > m_config.maxFileBytes)
            return Reply::error(413, "file-too-large");
        total += jwe.size();
        if (total > m_config.maxLinkBytes)
            return Reply::error(413, "link-too-large");
        const JweShape shape = checkJwe(jwe, type);
        if (shape.problem != JweProblem::None)
            return Reply::error(400, "bad-jwe");
        if (ivs.contains(shape.iv))
            return Reply::error(409, "iv-reused");
        ivs.insert(shape.iv);
        files.append(StoredFile{int(files.size()), type, jwe, shape.iv});
    }
    switch (m_store->replaceFiles(id, ownerId, files, now)) {
    case StoreStatus::Ok:
        break;
    case StoreStatus::NotFound:
        return Reply::error(404, "not-found");
    case StoreStatus::IvReused:
        return Reply::error(409, "iv-reused");
    case StoreStatus::Failed:
        return unavailable();
    }
    qInfo("link %s: %d files stored", qPrintable(shortId(id)), int(files.size()));
    return Reply::json(200, QJsonObject{{QStringLiteral("files"), int(files.size())}, {QStringLiteral("lastUpdated"), iso(now)}});
}

Reply HostServer::listLinks(const QByteArray &ownerId)
{
    QVector<StoredLink> links;
    if (m_store->ownerLinks(ownerId, &links) != StoreStatus::Ok)
        return unavailable();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray out;
    for (const StoredLink &l : links)
        out.append(QJsonObject{{QStringLiteral("id"), l.id}, {QStringLiteral("url"), linkUrl(l.id)},
                               {QStringLiteral("flag"), l.flag}, {QStringLiteral("label"), l.label},
                               {QStringLiteral("exp"), expOf(l)}, {QStringLiteral("created"), iso(l.created)},
                               {QStringLiteral("status"), QLatin1String(statusOf(l, now))},
                               {QStringLiteral("failuresRemaining"), l.failuresRemaining},
                               {QStringLiteral("accesses"), l.accesses},
                               {QStringLiteral("lastAccess"), l.lastAccess > 0 ? QJsonValue(iso(l.lastAccess)) : QJsonValue()}});
    return Reply::json(200, QJsonObject{{QStringLiteral("links"), out}});
}

Reply HostServer::accessLog(const QByteArray &ownerId, const QString &id, const QHttpServerRequest &request)
{
    qint64 since = 0;
    const QUrlQuery query(request.url());
    if (query.hasQueryItem(QStringLiteral("since"))) {
        const QDateTime t = QDateTime::fromString(query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded), Qt::ISODateWithMs);
        if (!t.isValid())
            return Reply::error(400, "bad-field", "since");
        since = t.toMSecsSinceEpoch();
    }
    StoredLink link;
    const StoreStatus found = m_store->link(id, &link);
    if (found == StoreStatus::Failed)
        return unavailable();
    if (found != StoreStatus::Ok || link.owner != ownerId)
        return Reply::error(404, "not-found");
    QVector<StoredAccess> rows;
    if (m_store->accesses(id, since, &rows) != StoreStatus::Ok)
        return unavailable();
    QJsonArray out;
    for (const StoredAccess &a : rows)
        out.append(QJsonObject{{QStringLiteral("time"), iso(a.time)}, {QStringLiteral("recipient"), a.recipient},
                               {QStringLiteral("address"), a.address}, {QStringLiteral("what"), a.what}});
    return Reply::json(200, QJsonObject{{QStringLiteral("accesses"), out}});
}

Reply HostServer::revokeLink(const QByteArray &ownerId, const QString &id)
{
    switch (m_store->revoke(id, ownerId)) {
    case StoreStatus::Ok:
        qInfo("link %s revoked", qPrintable(shortId(id)));
        return Reply{204, {}, {}, {}};
    case StoreStatus::Failed:
        return unavailable();
    default:
        return Reply::error(404, "not-found");
    }
}

} // namespace carnet::sharehost
