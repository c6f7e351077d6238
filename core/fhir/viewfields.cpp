// SPDX-License-Identifier: GPL-3.0-or-later
// What each view models (for unknownFields) and the base64Binary decoder.
#include "core/fhir/views.h"

#include <initializer_list>

namespace carnet::core::fhir {

namespace {

/** The modelled top-level members of each view; "*" ends the list. */
QStringList knownFields(const QString &type)
{
    QStringList common = {QStringLiteral("resourceType"), QStringLiteral("id"),      QStringLiteral("meta"),
                          QStringLiteral("text"),         QStringLiteral("subject"), QStringLiteral("patient")};
    auto add = [&common](std::initializer_list<const char *> names) {
        for (const char *n : names)
            common.append(QLatin1String(n));
    };
    if (type == QLatin1String("Observation"))
        add({"status",
             "category",
             "code",
             "effectiveDateTime",
             "effectiveInstant",
             "effectivePeriod",
             "issued",
             "valueQuantity",
             "valueCodeableConcept",
             "valueString",
             "valueBoolean",
             "valueInteger",
             "valuePeriod",
             "valueRange",
             "valueDateTime",
             "valueTime",
             "dataAbsentReason",
             "interpretation",
             "referenceRange",
             "component",
             "method",
             "bodySite",
             "performer",
             "note"});
    else if (type == QLatin1String("DiagnosticReport"))
        add({"status", "category", "code", "effectiveDateTime", "effectivePeriod", "issued", "performer", "result",
             "conclusion", "conclusionCode"});
    else if (type == QLatin1String("Condition"))
        add({"clinicalStatus", "verificationStatus", "category", "severity", "code", "bodySite", "onsetDateTime",
             "onsetPeriod", "onsetString", "abatementDateTime", "abatementPeriod", "recordedDate", "recorder", "note"});
    else if (type == QLatin1String("MedicationStatement") || type == QLatin1String("MedicationRequest"))
        add({"status", "intent", "medicationCodeableConcept", "medicationReference", "effectiveDateTime",
             "effectivePeriod", "authoredOn", "dateAsserted", "requester", "informationSource", "dosage",
             "dosageInstruction", "reasonCode", "note"});
    else if (type == QLatin1String("Immunization"))
        add({"status", "vaccineCode", "occurrenceDateTime", "occurrenceString", "recorded", "lotNumber",
             "expirationDate", "site", "route", "doseQuantity", "performer", "protocolApplied", "note"});
    else if (type == QLatin1String("AllergyIntolerance"))
        add({"clinicalStatus", "verificationStatus", "type", "category", "criticality", "code", "onsetDateTime",
             "onsetPeriod", "recordedDate", "reaction", "note"});
    else if (type == QLatin1String("Encounter"))
        add({"status", "class", "type", "serviceType", "period", "reasonCode", "participant", "location",
             "serviceProvider", "hospitalization"});
    else if (type == QLatin1String("Procedure"))
        add({"status", "code", "category", "performedDateTime", "performedPeriod", "bodySite", "outcome", "reasonCode",
             "performer", "note"});
    else if (type == QLatin1String("DocumentReference"))
        add({"status", "docStatus", "type", "category", "date", "description", "author", "content", "context"});
    else if (type == QLatin1String("Patient"))
        add({"name", "gender", "birthDate", "deceasedBoolean", "deceasedDateTime", "identifier", "telecom", "address"});
    else
        add({"status", "code", "effectiveDateTime", "date", "authoredOn", "recorded", "issued"});
    return common;
}

} // namespace

QStringList unknownFields(const JsonValue &resource)
{
    const QStringList known = knownFields(resource["resourceType"].toString());
    QStringList out;
    for (const JsonMember &m : resource.members()) {
        if (!known.contains(m.key))
            out.append(m.key);
    }
    return out;
}

std::optional<QByteArray> decodeBase64(QStringView text)
{
    QByteArray ascii;
    ascii.reserve(text.size());
    for (const QChar c : text) {
        if (c == u' ' || c == u'\n' || c == u'\r' || c == u'\t')
            continue;
        if (c.unicode() > 0x7F)
            return std::nullopt;
        ascii.append(static_cast<char>(c.unicode()));
    }
    if (ascii.size() % 4 != 0)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace carnet::core::fhir
