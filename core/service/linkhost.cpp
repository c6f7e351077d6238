// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/service/linkhost.h"

#include "core/net/httpexchange.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carnet::core::service {
namespace {

constexpr qint64 kMaxAnswer = 4 * 1024 * 1024;

LinkFailure problem(LinkProblem p, int status = 0)
{
    LinkFailure f;
    f.problem = p;
    f.status = status;
    return f;
}

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

// A link id as the host makes them: 43 base64url characters. Anything else never reaches a URL path.
bool isLinkId(const QString &id)
{
    if (id.size() != 43)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}


Result<QByteArray, LinkFailure> send(const QUrl &url, const crypto::SecureBuffer &token, const QByteArray &method,
                                     const QByteArray &body, std::initializer_list<int> expected)
{
    net::HttpRequest request;
    request.method = method;
    request.url = url;
    QByteArray bearer = QByteArrayLiteral("Bearer ") + QByteArray(token.asStringView().data(), qsizetype(token.size()));
    request.headers = {{"Authorization", bearer}, {"Accept", "application/json"}};
    request.body = body;
    if (!body.isEmpty())
        request.contentType = "application/json";
    request.maxBodyBytes = kMaxAnswer;
    const net::HttpAnswer answer = net::exchange(request);
    bearer.fill('\0');
    if (!answer.ok())
        return fail(problem(LinkProblem::HostUnreachable));
    if (std::find(expected.begin(), expected.end(), answer.status) == expected.end()) {
        if (answer.status == 404)
            return fail(problem(LinkProblem::NoSuchLink, 404));
        return fail(problem(LinkProblem::HostRefused, answer.status));
    }
    return answer.body;
}

Result<QJsonObject, LinkFailure> object(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(problem(LinkProblem::HostAnswerBad));
    return doc.object();
}

std::optional<std::int64_t> instant(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toSecsSinceEpoch();
}

LinkStatus statusOf(const QString &s)
{
    if (s == QLatin1String("active"))
        return LinkStatus::Active;
    if (s == QLatin1String("revoked"))
        return LinkStatus::Revoked;
    if (s == QLatin1String("expired"))
        return LinkStatus::Expired;
    if (s == QLatin1String("disabled"))
        return LinkStatus::Disabled;
    return LinkStatus::Unknown;
}

std::optional<HostLink> hostLink(const QJsonObject &o)
{
    HostLink l;
    l.id = o.value(QLatin1String("id")).toString();
    l.url = o.value(QLatin1String("url")).toString();
    l.flag = o.value(QLatin1String("flag")).toString();
    l.label = o.value(QLatin1String("label")).toString();
    if (!isLinkId(l.id) || l.url.size() > 128 || !o.value(QLatin1String("url")).isString())
        return std::nullopt;
    const QJsonValue exp = o.value(QLatin1String("exp"));
    if (exp.isDouble())
        l.expiresAt = static_cast<std::int64_t>(exp.toDouble());
    else if (!exp.isNull() && !exp.isUndefined())
        return std::nullopt;
    l.createdAt = instant(o.value(QLatin1String("created"))).value_or(0);
    l.status = o.contains(QLatin1String("status")) ? statusOf(o.value(QLatin1String("status")).toString())
                                                   : LinkStatus::Active;
    l.failuresRemaining = o.value(QLatin1String("failuresRemaining")).toInt();
    l.accesses = o.value(QLatin1String("accesses")).toInt();
    l.lastAccess = instant(o.value(QLatin1String("lastAccess")));
    return l;
}

} // namespace

LinkHost::LinkHost(const QUrl &base, crypto::SecureBuffer ownerToken) : m_base(base), m_token(std::move(ownerToken)) {}

Result<HostLink, LinkFailure> LinkHost::create(const QString &flag, const crypto::SecureBuffer &passcode,
                                               std::int64_t expiresAt, const QString &label)
{
    QJsonObject body{{QStringLiteral("flag"), flag}, {QStringLiteral("label"), label}};
    body.insert(QStringLiteral("exp"), expiresAt > 0 ? QJsonValue(double(expiresAt)) : QJsonValue());
    QString code;
    if (!passcode.empty()) {
        code = QString::fromUtf8(passcode.asStringView().data(), qsizetype(passcode.size()));
        body.insert(QStringLiteral("passcode"), code);
    }
    QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    body = {};
    code.fill(QLatin1Char('\0'));
    auto sent = send(endpoint(m_base, QStringLiteral("/api/v1/links")), m_token, "POST", json, {201});
    json.fill('\0');
    if (!sent)
        return fail(sent.error());
    auto o = object(*sent);
    if (!o)
        return fail(o.error());
    auto link = hostLink(*o);
    if (!link || link->flag != flag)
        return fail(problem(LinkProblem::HostAnswerBad));
    return std::move(*link);
}

Result<void, LinkFailure> LinkHost::putFiles(const QString &id, const QList<HostFile> &files)
{
    if (!isLinkId(id))
        return fail(problem(LinkProblem::NoSuchLink));
    QJsonArray list;
    for (const HostFile &f : files)
        list.append(QJsonObject{{QStringLiteral("contentType"), QString::fromLatin1(f.contentType)},
                                {QStringLiteral("jwe"), QString::fromLatin1(f.jwe)}});
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("files"), list}}).toJson(QJsonDocument::Compact);
    auto sent = send(endpoint(m_base, QStringLiteral("/api/v1/links/%1/files").arg(id)), m_token, "PUT", json, {200});
    if (!sent)
        return fail(sent.error());
    auto o = object(*sent);
    if (!o)
        return fail(o.error());
    if (o->value(QLatin1String("files")).toInt(-1) != files.size())
        return fail(problem(LinkProblem::HostAnswerBad));
    return {};
}

Result<std::vector<HostLink>, LinkFailure> LinkHost::list()
{
    auto sent = send(endpoint(m_base, QStringLiteral("/api/v1/links")), m_token, "GET", {}, {200});
    if (!sent)
        return fail(sent.error());
    auto o = object(*sent);
    if (!o)
        return fail(o.error());
    const QJsonValue links = o->value(QLatin1String("links"));
    if (!links.isArray())
        return fail(problem(LinkProblem::HostAnswerBad));
    std::vector<HostLink> out;
    for (const QJsonValue &v : links.toArray()) {
        auto link = hostLink(v.toObject());
        if (!v.isObject() || !link)
            return fail(problem(LinkProblem::HostAnswerBad));
        out.push_back(std::move(*link));
    }
    return out;
}

Result<std::vector<LinkAccess>, LinkFailure> LinkHost::log(const QString &id)
{
    if (!isLinkId(id))
        return fail(problem(LinkProblem::NoSuchLink));
    auto sent = send(endpoint(m_base, QStringLiteral("/api/v1/links/%1/log").arg(id)), m_token, "GET", {}, {200});
    if (!sent)
        return fail(sent.error());
    auto o = object(*sent);
    if (!o)
        return fail(o.error());
    const QJsonValue accesses = o->value(QLatin1String("accesses"));
    if (!accesses.isArray())
        return fail(problem(LinkProblem::HostAnswerBad));
    static const QHash<QString, LinkAccess::What> kinds{{QStringLiteral("manifest"), LinkAccess::What::Manifest},
                                                         {QStringLiteral("file"), LinkAccess::What::File},
                                                         {QStringLiteral("direct"), LinkAccess::What::Direct},
                                                         {QStringLiteral("wrong-passcode"), LinkAccess::What::WrongPasscode}};
    std::vector<LinkAccess> out;
    for (const QJsonValue &v : accesses.toArray()) {
        const QJsonObject a = v.toObject();
        const auto time = instant(a.value(QLatin1String("time")));
        const auto what = kinds.constFind(a.value(QLatin1String("what")).toString());
        if (!v.isObject() || !time || what == kinds.constEnd() || !a.value(QLatin1String("recipient")).isString())
            return fail(problem(LinkProblem::HostAnswerBad));
        LinkAccess access;
        access.time = *time;
        access.recipient = a.value(QLatin1String("recipient")).toString().left(200);
        access.address = a.value(QLatin1String("address")).toString().left(64);
        access.what = *what;
        out.push_back(std::move(access));
    }
    return out;
}

Result<void, LinkFailure> LinkHost::revoke(const QString &id)
{
    if (!isLinkId(id))
        return fail(problem(LinkProblem::NoSuchLink));
    auto sent = send(endpoint(m_base, QStringLiteral("/api/v1/links/%1").arg(id)), m_token, "DELETE", {}, {204, 200});
    if (!sent)
        return fail(sent.error());
    return {};
}

QString linkViewerPrefix(const QUrl &base)
{
    return endpoint(base, QStringLiteral("/view/")).toString() + QLatin1Char('#');
}

} // namespace carnet::core::service
