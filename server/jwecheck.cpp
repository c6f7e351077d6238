// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/jwecheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace carnet::sharehost {
namespace {

std::optional<QByteArray> decode(const QByteArray &part)
{
    if (!isBase64Url(part) || part.size() % 4 == 1)
        return std::nullopt;
    return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

bool isBase64Url(const QByteArray &text)
{
    for (char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

bool isFileContentType(const QByteArray &type)
{
    return type == "application/fhir+json" || type == "application/smart-health-card"
        || type == "application/smart-api-access";
}

JweShape checkJwe(const QByteArray &compact, const QByteArray &contentType)
{
    JweShape out;
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 5) {
        out.problem = JweProblem::NotCompact;
        return out;
    }
    const auto header = decode(parts[0]);
    QJsonParseError error{};
    const QJsonDocument doc = header ? QJsonDocument::fromJson(*header, &error) : QJsonDocument();
    if (!header || error.error != QJsonParseError::NoError || !doc.isObject()) {
        out.problem = JweProblem::BadHeader;
        return out;
    }
    const QJsonObject h = doc.object();
    if (h.value(QLatin1String("alg")).toString() != QLatin1String("dir"))
        out.problem = JweProblem::WrongAlg;
    else if (h.value(QLatin1String("enc")).toString() != QLatin1String("A256GCM"))
        out.problem = JweProblem::WrongEnc;
    else if (!h.value(QLatin1String("cty")).isString()
             || h.value(QLatin1String("cty")).toString().toUtf8() != contentType)
        out.problem = JweProblem::WrongCty;
    else if (h.contains(QLatin1String("zip")) && h.value(QLatin1String("zip")).toString() != QLatin1String("DEF"))
        out.problem = JweProblem::BadZip;
    else if (h.contains(QLatin1String("crit")))
        out.problem = JweProblem::Crit;
    else if (!parts[1].isEmpty())
        out.problem = JweProblem::KeyNotEmpty;
    else if (const auto iv = decode(parts[2]); !iv || iv->size() != 12)
        out.problem = JweProblem::BadIv;
    else if (const auto tag = decode(parts[4]); !tag || tag->size() != 16)
        out.problem = JweProblem::BadTag;
    else if (!decode(parts[3]))
        out.problem = JweProblem::BadCiphertext;
    out.iv = parts[2];
    return out;
}

} // namespace carnet::sharehost
