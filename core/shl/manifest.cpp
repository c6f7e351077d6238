// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shl/manifest.h"

#include "core/shl/strictjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carnet::core::shl {
namespace {

ManifestError fromJson(JsonProblem p)
{
    switch (p) {
    case JsonProblem::DuplicateKey: return ManifestError::DuplicateKey;
    case JsonProblem::NotAnObject: return ManifestError::NotAnObject;
    default: return ManifestError::NotJson;
    }
}

bool hasControl(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))
            return true;
    return false;
}

bool isJweAlphabet(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return !s.isEmpty();
}

std::optional<qint64> isoInstant(const QString &text)
{
    // An ISO 8601 date-time with a time zone (Z or ±hh:mm); a date alone is not an instant.
    if (text.size() < 20 || text.size() > 40 || !text.contains(QLatin1Char('T')))
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

FileStatus statusOf(const QString &s)
{
    if (s == QLatin1String("finalized"))
        return FileStatus::Finalized;
    if (s == QLatin1String("can-change"))
        return FileStatus::CanChange;
    if (s == QLatin1String("no-longer-valid"))
        return FileStatus::NoLongerValid;
    return FileStatus::Other;
}

Result<ManifestFile, ManifestError> readFile(const QJsonValue &value, const ParseOptions &options)
{
    if (!value.isObject())
        return fail(ManifestError::FileNotObject);
    const QJsonObject o = value.toObject();
    ManifestFile file;
    const QJsonValue type = o.value(QLatin1String("contentType"));
    const auto known = type.isString() ? contentTypeOf(type.toString().toUtf8()) : std::nullopt;
    if (!known)
        return fail(ManifestError::UnknownContentType);
    file.contentType = *known;
    const bool hasLocation = o.contains(QLatin1String("location"));
    const bool hasEmbedded = o.contains(QLatin1String("embedded"));
    if (hasLocation && hasEmbedded)
        return fail(ManifestError::BothLocationAndEmbedded);
    if (!hasLocation && !hasEmbedded)
        return fail(ManifestError::NeitherLocationNorEmbedded);
    if (hasLocation) {
        const QJsonValue location = o.value(QLatin1String("location"));
        if (!location.isString() || location.toString().size() > kMaxLocationChars
            || checkFetchUrl(location.toString(), options))
            return fail(ManifestError::BadLocation);
        file.location = location.toString();
    } else {
        const QJsonValue embedded = o.value(QLatin1String("embedded"));
        if (!embedded.isString() || !isJweAlphabet(embedded.toString()))
            return fail(ManifestError::BadEmbedded);
        file.embedded = embedded.toString().toLatin1();
    }
    if (o.contains(QLatin1String("lastUpdated"))) {
        const QJsonValue v = o.value(QLatin1String("lastUpdated"));
        file.lastUpdated = v.isString() ? isoInstant(v.toString()) : std::nullopt;
        if (!file.lastUpdated)
            return fail(ManifestError::BadLastUpdated);
    }
    if (o.contains(QLatin1String("status"))) {
        const QJsonValue v = o.value(QLatin1String("status"));
        if (!v.isString())
            return fail(ManifestError::BadStatus);
        file.status = statusOf(v.toString());
    }
    if (o.contains(QLatin1String("fhirVersion"))) {
        const QJsonValue v = o.value(QLatin1String("fhirVersion"));
        if (!v.isString())
            return fail(ManifestError::BadFhirVersion);
        file.fhirVersion = v.toString();
    }
    return file;
}

} // namespace

QByteArray contentTypeName(ContentType type)
{
    switch (type) {
    case ContentType::FhirJson: return QByteArrayLiteral("application/fhir+json");
    case ContentType::SmartHealthCard: return QByteArrayLiteral("application/smart-health-card");
    case ContentType::SmartApiAccess: return QByteArrayLiteral("application/smart-api-access");
    }
    return {};
}

std::optional<ContentType> contentTypeOf(QByteArrayView name)
{
    for (const ContentType t : {ContentType::FhirJson, ContentType::SmartHealthCard, ContentType::SmartApiAccess})
        if (name == contentTypeName(t))
            return t;
    return std::nullopt;
}

const char *describe(ManifestError error)
{
    switch (error) {
    case ManifestError::TooLarge: return "too large";
    case ManifestError::NotJson: return "not JSON";
    case ManifestError::DuplicateKey: return "a member is named twice";
    case ManifestError::NotAnObject: return "not a JSON object";
    case ManifestError::RecipientMissing: return "no recipient";
    case ManifestError::BadRecipient: return "the recipient is over 200 characters or holds control characters";
    case ManifestError::BadPasscode: return "the passcode is not a string of 1 to 256 characters";
    case ManifestError::BadEmbeddedLengthMax: return "embeddedLengthMax is not a whole number of at least 0";
    case ManifestError::FilesNotArray: return "files is not an array";
    case ManifestError::TooManyFiles: return "more than 100 files";
    case ManifestError::FileNotObject: return "a file entry is not an object";
    case ManifestError::UnknownContentType: return "a file's content type is missing or unknown";
    case ManifestError::NeitherLocationNorEmbedded: return "a file has neither location nor embedded";
    case ManifestError::BothLocationAndEmbedded: return "a file has both location and embedded";
    case ManifestError::BadLocation: return "a file's location is not an https address";
    case ManifestError::BadEmbedded: return "a file's embedded content is not a compact JWE";
    case ManifestError::BadLastUpdated: return "a file's lastUpdated is not an ISO 8601 date-time";
    case ManifestError::BadStatus: return "a file's status is not a string";
    case ManifestError::BadFhirVersion: return "a file's fhirVersion is not a string";
    case ManifestError::BadList: return "list is not an object";
    }
    return "unknown";
}

crypto::SecureBuffer manifestRequestBody(const ManifestRequest &request)
{
    QJsonObject o;
    o.insert(QLatin1String("recipient"), request.recipient);
    QString passcode;
    if (request.passcode)
        passcode = QString::fromUtf8(reinterpret_cast<const char *>(request.passcode->data()),
                                     qsizetype(request.passcode->size()));
    // QJsonDocument writes members sorted; the order means nothing to a reader.
    if (request.passcode)
        o.insert(QLatin1String("passcode"), passcode);
    if (request.embeddedLengthMax)
        o.insert(QLatin1String("embeddedLengthMax"), *request.embeddedLengthMax);
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    passcode.fill(QLatin1Char('\0'));
    crypto::SecureBuffer out = crypto::SecureBuffer::copyOf(crypto::asBytes(std::string_view(json.constData(), std::size_t(json.size()))));
    json.fill('\0');
    return out;
}

Result<ManifestRequest, ManifestError> parseManifestRequest(QByteArrayView body)
{
    if (body.size() > kMaxRequestBytes)
        return fail(ManifestError::TooLarge);
    JsonProblem problem = JsonProblem::None;
    const auto o = strictJsonObject(body, &problem);
    if (!o)
        return fail(fromJson(problem));
    ManifestRequest request;
    const QJsonValue recipient = o->value(QLatin1String("recipient"));
    if (!recipient.isString() || recipient.toString().isEmpty())
        return fail(ManifestError::RecipientMissing);
    request.recipient = recipient.toString();
    if (request.recipient.size() > kMaxRecipientChars || hasControl(request.recipient))
        return fail(ManifestError::BadRecipient);
    if (o->contains(QLatin1String("passcode"))) {
        const QJsonValue p = o->value(QLatin1String("passcode"));
        if (!p.isString() || p.toString().isEmpty() || p.toString().size() > kMaxPasscodeChars)
            return fail(ManifestError::BadPasscode);
        QByteArray utf8 = p.toString().toUtf8();
        request.passcode = crypto::SecureBuffer::copyOf(crypto::asBytes(std::string_view(utf8.constData(), std::size_t(utf8.size()))));
        utf8.fill('\0');
    }
    if (o->contains(QLatin1String("embeddedLengthMax"))) {
        const QJsonValue v = o->value(QLatin1String("embeddedLengthMax"));
        const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
        if (n < 0)
            return fail(ManifestError::BadEmbeddedLengthMax);
        request.embeddedLengthMax = n;
    }
    return request;
}

QByteArray manifestJson(const Manifest &manifest)
{
    QJsonArray files;
    for (const ManifestFile &f : manifest.files) {
        QJsonObject o;
        o.insert(QLatin1String("contentType"), QString::fromLatin1(contentTypeName(f.contentType)));
        if (f.location.isEmpty())
            o.insert(QLatin1String("embedded"), QString::fromLatin1(f.embedded));
        else
            o.insert(QLatin1String("location"), f.location);
        if (f.lastUpdated)
            o.insert(QLatin1String("lastUpdated"),
                     QDateTime::fromMSecsSinceEpoch(*f.lastUpdated, Qt::UTC).toString(Qt::ISODateWithMs));
        switch (f.status) {
        case FileStatus::Finalized: o.insert(QLatin1String("status"), QStringLiteral("finalized")); break;
        case FileStatus::CanChange: o.insert(QLatin1String("status"), QStringLiteral("can-change")); break;
        case FileStatus::NoLongerValid: o.insert(QLatin1String("status"), QStringLiteral("no-longer-valid")); break;
        default: break;
        }
        if (!f.fhirVersion.isEmpty())
            o.insert(QLatin1String("fhirVersion"), f.fhirVersion);
        files.append(o);
    }
    QJsonObject m;
    m.insert(QLatin1String("files"), files);
    return QJsonDocument(m).toJson(QJsonDocument::Compact);
}

Result<Manifest, ManifestError> parseManifest(QByteArrayView body, const ParseOptions &options)
{
    if (body.size() > kMaxManifestBytes)
        return fail(ManifestError::TooLarge);
    JsonProblem problem = JsonProblem::None;
    const auto o = strictJsonObject(body, &problem);
    if (!o)
        return fail(fromJson(problem));
    Manifest manifest;
    if (o->contains(QLatin1String("list"))) {
        if (!o->value(QLatin1String("list")).isObject())
            return fail(ManifestError::BadList);
        manifest.hasList = true;
    }
    if (!o->contains(QLatin1String("files")))
        return manifest;
    const QJsonValue files = o->value(QLatin1String("files"));
    if (!files.isArray())
        return fail(ManifestError::FilesNotArray);
    const QJsonArray array = files.toArray();
    if (std::size_t(array.size()) > kMaxManifestFiles)
        return fail(ManifestError::TooManyFiles);
    for (const QJsonValue &v : array) {
        auto file = readFile(v, options);
        if (!file)
            return fail(file.error());
        manifest.files.push_back(std::move(*file));
    }
    return manifest;
}

} // namespace carnet::core::shl
