// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fhir/views.h"

#include "core/ledger/utf8.h"

#include <initializer_list>

namespace carnet::core::fhir {

namespace {

QStringList readNotes(const JsonValue &array)
{
    QStringList out;
    for (const JsonValue &n : array.elements()) {
        if (!n["text"].toString().isEmpty())
            out.append(n["text"].toString());
    }
    return out;
}

QList<Reference> readReferences(const JsonValue &array)
{
    QList<Reference> out;
    for (const JsonValue &r : array.elements()) {
        if (r.isObject())
            out.append(readReference(r));
    }
    return out;
}

/** The first valid date of `names` in `resource` ("xDateTime", "xPeriod" with its start, …). */
FhirDateTime firstDate(const JsonValue &resource, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const JsonValue &v = resource[name];
        const FhirDateTime d = v.isObject() ? readDateTime(v["start"]) : readDateTime(v);
        if (d.isValid())
            return d;
    }
    return {};
}

QString referenceText(const Reference &r)
{
    return r.display.isEmpty() ? r.reference : r.display;
}

ObservationValue readValue(const JsonValue &o)
{
    if (o["valueQuantity"].isObject())
        return readQuantity(o["valueQuantity"]);
    if (o["valueCodeableConcept"].isObject())
        return readConcept(o["valueCodeableConcept"]);
    if (o["valueString"].isString())
        return o["valueString"].toString();
    if (o["valueBoolean"].isBool())
        return o["valueBoolean"].toBool();
    if (o["valueInteger"].isNumber())
        return o["valueInteger"].toDecimal();
    if (o["valuePeriod"].isObject())
        return readPeriod(o["valuePeriod"]);
    if (o["valueRange"].isObject())
        return readReferenceRange(o["valueRange"]);
    if (o["valueDateTime"].isString())
        return o["valueDateTime"].toString();
    if (o["valueTime"].isString())
        return o["valueTime"].toString();
    return std::monostate {};
}

QList<ReferenceRange> readRanges(const JsonValue &array)
{
    QList<ReferenceRange> out;
    for (const JsonValue &r : array.elements()) {
        if (r.isObject())
            out.append(readReferenceRange(r));
    }
    return out;
}

} // namespace

bool ObservationView::hasCategory(const QString &c) const
{
    for (const CodeableConcept &cc : category) {
        if (cc.hasCode(c))
            return true;
    }
    return false;
}

ObservationView readObservation(const JsonValue &r)
{
    ObservationView o;
    o.status = r["status"].toString();
    o.category = readConcepts(r["category"]);
    o.code = readConcept(r["code"]);
    o.effective = firstDate(r, {"effectiveDateTime", "effectiveInstant", "effectivePeriod"});
    o.effectivePeriod = readPeriod(r["effectivePeriod"]);
    o.issued = readDateTime(r["issued"]);
    o.value = readValue(r);
    o.dataAbsentReason = readConcept(r["dataAbsentReason"]);
    o.interpretation = readConcepts(r["interpretation"]);
    o.referenceRange = readRanges(r["referenceRange"]);
    for (const JsonValue &c : r["component"].elements()) {
        if (!c.isObject())
            continue;
        o.component.append(ObservationComponent {readConcept(c["code"]), readValue(c),
                                                 readConcept(c["dataAbsentReason"]), readConcepts(c["interpretation"]),
                                                 readRanges(c["referenceRange"])});
    }
    o.method = readConcept(r["method"]);
    o.bodySite = readConcept(r["bodySite"]);
    o.performer = readReferences(r["performer"]);
    o.notes = readNotes(r["note"]);
    return o;
}

DiagnosticReportView readDiagnosticReport(const JsonValue &r)
{
    DiagnosticReportView d;
    d.status = r["status"].toString();
    d.category = readConcepts(r["category"]);
    d.code = readConcept(r["code"]);
    d.effective = firstDate(r, {"effectiveDateTime", "effectivePeriod"});
    d.issued = readDateTime(r["issued"]);
    d.performer = readReferences(r["performer"]);
    d.result = readReferences(r["result"]);
    d.conclusion = r["conclusion"].toString();
    d.conclusionCode = readConcepts(r["conclusionCode"]);
    return d;
}

ConditionView readCondition(const JsonValue &r)
{
    ConditionView c;
    c.clinicalStatus = readConcept(r["clinicalStatus"]);
    c.verificationStatus = readConcept(r["verificationStatus"]);
    c.category = readConcepts(r["category"]);
    c.severity = readConcept(r["severity"]);
    c.code = readConcept(r["code"]);
    c.bodySite = readConcepts(r["bodySite"]);
    c.onset = firstDate(r, {"onsetDateTime", "onsetPeriod"});
    c.onsetText = r["onsetString"].toString();
    c.abatement = firstDate(r, {"abatementDateTime", "abatementPeriod"});
    c.recordedDate = readDateTime(r["recordedDate"]);
    c.recorder = readReference(r["recorder"]);
    c.notes = readNotes(r["note"]);
    return c;
}

MedicationView readMedication(const JsonValue &r)
{
    MedicationView m;
    m.resourceType = r["resourceType"].toString();
    m.status = r["status"].toString();
    m.intent = r["intent"].toString();
    m.medication = readConcept(r["medicationCodeableConcept"]);
    if (m.medication.isEmpty())
        m.medication.text = referenceText(readReference(r["medicationReference"]));
    m.effective = firstDate(r, {"effectiveDateTime", "effectivePeriod", "authoredOn"});
    m.effectivePeriod = readPeriod(r["effectivePeriod"]);
    m.dateAsserted = readDateTime(r["dateAsserted"]);
    m.requester
        = readReference(r[m.resourceType == QLatin1String("MedicationRequest") ? "requester" : "informationSource"]);
    for (const char *key : {"dosage", "dosageInstruction"}) {
        for (const JsonValue &d : r[key].elements()) {
            if (!d["text"].toString().isEmpty())
                m.dosage.append(d["text"].toString());
        }
    }
    m.reasonCode = readConcepts(r["reasonCode"]);
    m.notes = readNotes(r["note"]);
    return m;
}

ImmunizationView readImmunization(const JsonValue &r)
{
    ImmunizationView i;
    i.status = r["status"].toString();
    i.vaccineCode = readConcept(r["vaccineCode"]);
    i.occurrence = readDateTime(r["occurrenceDateTime"]);
    i.occurrenceText = r["occurrenceString"].toString();
    i.recorded = readDateTime(r["recorded"]);
    i.lotNumber = r["lotNumber"].toString();
    i.expirationDate = readDateTime(r["expirationDate"]);
    i.site = readConcept(r["site"]);
    i.route = readConcept(r["route"]);
    i.doseQuantity = readQuantity(r["doseQuantity"]);
    for (const JsonValue &p : r["performer"].elements())
        i.performer.append(readReference(p["actor"]));
    const JsonValue &applied = r["protocolApplied"].at(0);
    i.doseNumber = applied["doseNumberString"].isString() ? applied["doseNumberString"].toString()
                                                          : applied["doseNumberPositiveInt"].toDecimal().lexeme;
    i.seriesDoses = applied["seriesDosesString"].isString() ? applied["seriesDosesString"].toString()
                                                            : applied["seriesDosesPositiveInt"].toDecimal().lexeme;
    for (const CodeableConcept &c : readConcepts(applied["targetDisease"]))
        i.targetDisease.append(c.displayText());
    i.notes = readNotes(r["note"]);
    return i;
}

AllergyView readAllergy(const JsonValue &r)
{
    AllergyView a;
    a.clinicalStatus = readConcept(r["clinicalStatus"]);
    a.verificationStatus = readConcept(r["verificationStatus"]);
    a.type = r["type"].toString();
    a.category = readStrings(r["category"]);
    a.criticality = r["criticality"].toString();
    a.code = readConcept(r["code"]);
    a.onset = firstDate(r, {"onsetDateTime", "onsetPeriod"});
    a.recordedDate = readDateTime(r["recordedDate"]);
    for (const JsonValue &x : r["reaction"].elements()) {
        if (!x.isObject())
            continue;
        a.reaction.append(AllergyReaction {readConcept(x["substance"]), readConcepts(x["manifestation"]),
                                           x["severity"].toString(), x["description"].toString(),
                                           readDateTime(x["onset"])});
    }
    a.notes = readNotes(r["note"]);
    return a;
}

EncounterView readEncounter(const JsonValue &r)
{
    EncounterView e;
    e.status = r["status"].toString();
    e.encounterClass = readCoding(r["class"]);
    e.type = readConcepts(r["type"]);
    e.serviceType = readConcept(r["serviceType"]);
    e.period = readPeriod(r["period"]);
    e.reasonCode = readConcepts(r["reasonCode"]);
    for (const JsonValue &p : r["participant"].elements()) {
        const QString who = referenceText(readReference(p["individual"]));
        if (!who.isEmpty())
            e.participants.append(who);
    }
    for (const JsonValue &l : r["location"].elements()) {
        const QString where = referenceText(readReference(l["location"]));
        if (!where.isEmpty())
            e.locations.append(where);
    }
    e.serviceProvider = readReference(r["serviceProvider"]);
    e.dischargeDisposition = readConcept(r["hospitalization"]["dischargeDisposition"]);
    return e;
}

ProcedureView readProcedure(const JsonValue &r)
{
    ProcedureView p;
    p.status = r["status"].toString();
    p.code = readConcept(r["code"]);
    p.category = readConcept(r["category"]);
    p.performed = firstDate(r, {"performedDateTime", "performedPeriod"});
    p.performedPeriod = readPeriod(r["performedPeriod"]);
    p.bodySite = readConcepts(r["bodySite"]);
    p.outcome = readConcept(r["outcome"]);
    p.reasonCode = readConcepts(r["reasonCode"]);
    for (const JsonValue &x : r["performer"].elements()) {
        const QString who = referenceText(readReference(x["actor"]));
        if (!who.isEmpty())
            p.performers.append(who);
    }
    p.notes = readNotes(r["note"]);
    return p;
}

DocumentReferenceView readDocumentReference(const JsonValue &r)
{
    DocumentReferenceView d;
    d.status = r["status"].toString();
    d.docStatus = r["docStatus"].toString();
    d.type = readConcept(r["type"]);
    d.category = readConcepts(r["category"]);
    d.date = readDateTime(r["date"]);
    d.description = r["description"].toString();
    for (const JsonValue &a : r["author"].elements()) {
        const QString who = referenceText(readReference(a));
        if (!who.isEmpty())
            d.authors.append(who);
    }
    for (const JsonValue &c : r["content"].elements()) {
        const JsonValue &att = c["attachment"];
        if (!att.isObject())
            continue;
        AttachmentView v;
        v.contentType = att["contentType"].toString();
        v.language = att["language"].toString();
        v.title = att["title"].toString();
        v.url = att["url"].toString();
        v.creation = readDateTime(att["creation"]);
        v.hasData = att["data"].isString();
        if (v.hasData) {
            const auto data = decodeBase64(att["data"].toString());
            v.dataBytes = data ? data->size() : 0;
            const bool textual = v.contentType.startsWith(QLatin1String("text/"), Qt::CaseInsensitive);
            const bool utf8 = !v.contentType.contains(QLatin1String("charset="), Qt::CaseInsensitive)
                || v.contentType.contains(QLatin1String("charset=utf-8"), Qt::CaseInsensitive)
                || v.contentType.contains(QLatin1String("charset=\"utf-8\""), Qt::CaseInsensitive);
            const auto *raw = data ? reinterpret_cast<const std::uint8_t *>(data->constData()) : nullptr;
            if (data && textual && utf8
                && ledger::isValidUtf8(crypto::ByteView(raw, static_cast<std::size_t>(data->size()))))
                v.text = QString::fromUtf8(*data);
        }
        d.content.append(v);
    }
    d.contextPeriod = readPeriod(r["context"]["period"]);
    return d;
}

PatientView readPatient(const JsonValue &r)
{
    PatientView p;
    for (const JsonValue &n : r["name"].elements()) {
        QString name = n["text"].toString();
        if (name.isEmpty()) {
            QStringList parts = readStrings(n["given"]);
            if (!n["family"].toString().isEmpty())
                parts.append(n["family"].toString());
            name = parts.join(QLatin1Char(' '));
        }
        if (!name.isEmpty())
            p.names.append(name);
    }
    p.gender = r["gender"].toString();
    p.birthDate = readDateTime(r["birthDate"]);
    p.deceasedDate = readDateTime(r["deceasedDateTime"]);
    p.deceased = r["deceasedBoolean"].toBool() || p.deceasedDate.isValid();
    for (const JsonValue &i : r["identifier"].elements()) {
        if (!i["value"].toString().isEmpty())
            p.identifiers.append(i["system"].toString() + QLatin1Char('|') + i["value"].toString());
    }
    for (const JsonValue &t : r["telecom"].elements()) {
        if (!t["value"].toString().isEmpty())
            p.telecom.append(t["value"].toString());
    }
    for (const JsonValue &a : r["address"].elements()) {
        QString text = a["text"].toString();
        if (text.isEmpty()) {
            QStringList parts = readStrings(a["line"]);
            for (const char *k : {"postalCode", "city", "country"}) {
                if (!a[k].toString().isEmpty())
                    parts.append(a[k].toString());
            }
            text = parts.join(QStringLiteral(", "));
        }
        if (!text.isEmpty())
            p.addresses.append(text);
    }
    return p;
}

GenericView readGeneric(const JsonValue &r)
{
    GenericView g;
    g.resourceType = r["resourceType"].toString();
    g.id = r["id"].toString();
    g.status = r["status"].toString();
    g.code = readConcept(r["code"]);
    g.date = firstDate(r, {"effectiveDateTime", "date", "authoredOn", "recorded", "issued"});
    if (!g.date.isValid())
        g.date = readDateTime(r["meta"]["lastUpdated"]);
    return g;
}

} // namespace carnet::core::fhir
