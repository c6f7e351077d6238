// SPDX-License-Identifier: GPL-3.0-or-later
// The scoped Bundle and the helpers both exports share (docs/FHIR.md, "Exports").
#include "core/fhir/export.h"

#include "core/fhir/export_p.h"
#include "core/fhir/json.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace carnet::core::fhir {

namespace exportjson {

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

JsonWriter &JsonWriter::raw(const char *key, const QByteArray &json)
{
    if (!m_body.isEmpty())
        m_body += ',';
    m_body += jsonString(QString::fromLatin1(key)) + ':' + json;
    return *this;
}

JsonWriter &JsonWriter::str(const char *key, const QString &value)
{
    return raw(key, jsonString(value));
}

JsonWriter &JsonWriter::arr(const char *key, const QList<QByteArray> &items)
{
    return raw(key, '[' + items.join(',') + ']');
}

JsonWriter referenceTo(const QString &ref)
{
    return JsonWriter().str("reference", ref);
}

JsonWriter codeableOf(const QString &system, const QString &code, const QString &display)
{
    const JsonWriter coding = JsonWriter().str("system", system).str("code", code).str("display", display);
    return JsonWriter().arr("coding", {coding.json()});
}

QByteArray bundleOf(const char *type, const QString &uuid, const QString &timestamp, const QStringList &fullUrls,
                    const QList<QByteArray> &resources)
{
    QList<QByteArray> entries;
    for (qsizetype i = 0; i < resources.size(); ++i)
        entries.push_back(JsonWriter().str("fullUrl", fullUrls.at(i)).raw("resource", resources.at(i)).json());
    const JsonWriter identifier =
        JsonWriter().str("system", QStringLiteral("urn:ietf:rfc:3986")).str("value", QStringLiteral("urn:uuid:") + uuid);
    return JsonWriter()
        .str("resourceType", QStringLiteral("Bundle"))
        .str("id", uuid)
        .obj("identifier", identifier)
        .str("type", QString::fromLatin1(type))
        .str("timestamp", timestamp)
        .arr("entry", entries)
        .json();
}

QString derivedUuid(const QByteArray &tag, const QString &source)
{
    QByteArray h = QCryptographicHash::hash(QByteArray(tag + source.toUtf8()), QCryptographicHash::Sha256).left(16);
    h[6] = static_cast<char>((h[6] & 0x0F) | 0x40);
    h[8] = static_cast<char>((h[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(h).toString(QUuid::WithoutBraces);
}

} // namespace exportjson

FhirResult<QStringList> exportFullUrls(const QList<ExportEntry> &entries)
{
    QStringList urls;
    QSet<QString> taken;
    for (const ExportEntry &e : entries) {
        auto resource = parseResource(e.content);
        if (!resource)
            return fail(resource.error());
        const QString type = (*resource)["resourceType"].toString();
        const QString id = (*resource)["id"].toString();
        const QString restful = QLatin1String(kExportBase) + type + QLatin1Char('/') + id;
        if (!id.isEmpty() && !taken.contains(restful)) {
            taken.insert(restful);
            urls.push_back(restful);
        } else {
            urls.push_back(QStringLiteral("urn:uuid:") + exportjson::derivedUuid("carnet/export-entry/v1", e.source));
        }
    }
    return urls;
}

FhirResult<QByteArray> collectionBundle(const QList<ExportEntry> &entries, const ExportStamp &stamp)
{
    if (entries.isEmpty())
        return fail(FhirError::EmptyBundle);
    auto urls = exportFullUrls(entries);
    if (!urls)
        return fail(urls.error());
    QList<QByteArray> resources;
    for (const ExportEntry &e : entries)
        resources.push_back(e.content.trimmed());
    return exportjson::bundleOf("collection", stamp.uuid, stamp.timestamp.toUTC().toString(Qt::ISODate), *urls, resources);
}

} // namespace carnet::core::fhir
