// SPDX-License-Identifier: GPL-3.0-or-later
// What a received file must be once decrypted (docs/SHL.md, "Receiving"): a JSON object of its type.
#include "core/shl/receiver.h"

#include "core/shl/strictjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace carnet::core::shl {
namespace {

/** A FHIR resource type name: an upper-case ASCII letter, then ASCII letters (at most 64 in all). */
bool isTypeName(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QString name = value.toString();
    if (name.isEmpty() || name.size() > 64 || name[0] < QLatin1Char('A') || name[0] > QLatin1Char('Z'))
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
    });
}

void countEntries(const QJsonObject &bundle, ReceivedFile &file)
{
    const QJsonArray entries = bundle.value(QLatin1String("entry")).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonValue type = entry.toObject().value(QLatin1String("resource")).toObject().value(QLatin1String("resourceType"));
        if (!isTypeName(type))
            continue;
        const QString name = type.toString();
        auto it = std::find_if(file.entryTypes.begin(), file.entryTypes.end(), [&](const auto &p) { return p.first == name; });
        if (it == file.entryTypes.end())
            file.entryTypes.emplace_back(name, 1);
        else
            ++it->second;
    }
}

} // namespace

std::optional<ReceiveError> readContent(ContentType type, ReceivedFile &file)
{
    JsonProblem problem = JsonProblem::None;
    const auto object = strictJsonObject(file.content, &problem);
    if (!object)
        return ReceiveError::NotJson;
    switch (type) {
    case ContentType::FhirJson: {
        const QJsonValue resourceType = object->value(QLatin1String("resourceType"));
        if (!isTypeName(resourceType))
            return ReceiveError::NotFhirResource;
        file.resourceType = resourceType.toString();
        if (file.resourceType == QLatin1String("Bundle"))
            countEntries(*object, file);
        return std::nullopt;
    }
    case ContentType::SmartHealthCard: {
        const QJsonValue credentials = object->value(QLatin1String("verifiableCredential"));
        if (!credentials.isArray() || credentials.toArray().isEmpty())
            return ReceiveError::NotHealthCard;
        for (const QJsonValue &jws : credentials.toArray())
            if (!jws.isString() || jws.toString().isEmpty())
                return ReceiveError::NotHealthCard;
        file.credentials = int(credentials.toArray().size());
        return std::nullopt;
    }
    case ContentType::SmartApiAccess: {
        const QJsonValue aud = object->value(QLatin1String("aud"));
        if (!aud.isString() || aud.toString().isEmpty())
            return ReceiveError::NotApiAccess;
        return std::nullopt;
    }
    }
    return ReceiveError::NotJson;
}

} // namespace carnet::core::shl
