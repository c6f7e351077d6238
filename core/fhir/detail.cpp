// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fhir/entry_p.h"
#include "core/fhir/format.h"

#include <QtGlobal>

namespace carnet::core::fhir {

namespace {

/** Collects labelled fields, skipping empty values. Labels are English source texts in the
 *  "FhirField" context (QT_TRANSLATE_NOOP marks them for lupdate). */
class Fields
{
public:
    Fields(QList<DetailField> &out, const QLocale &locale)
        : m_out(out)
        , m_locale(locale)
    { }

    void text(const QString &key, const char *label, const QString &value, bool abnormal = false)
    {
        if (!value.trimmed().isEmpty())
            m_out.append(DetailField {key, QString::fromLatin1(label), value, abnormal});
    }
    void text(const char *key, const char *label, const QString &value, bool abnormal = false)
    {
        text(QString::fromLatin1(key), label, value, abnormal);
    }
    void date(const char *key, const char *label, const FhirDateTime &value)
    {
        text(key, label, formatDateTime(value, m_locale));
    }
    void period(const char *key, const char *label, const Period &value)
    {
        text(key, label, formatPeriod(value, m_locale));
    }
    void coded(const char *key, const char *label, const CodeableConcept &value)
    {
        text(key, label, value.displayText());
    }
    void concepts(const char *key, const char *label, const QList<CodeableConcept> &values)
    {
        QStringList parts;
        for (const CodeableConcept &c : values) {
            if (!c.displayText().isEmpty())
                parts.append(c.displayText());
        }
        text(key, label, parts.join(QStringLiteral(", ")));
    }
    void list(const char *key, const char *label, const QStringList &values)
    {
        text(key, label, values.join(QStringLiteral(", ")));
    }
    void notes(const QStringList &values)
    {
        text("note", QT_TRANSLATE_NOOP("FhirField", "Note"), values.join(QLatin1Char('\n')));
    }
    void codes(const CodeableConcept &value)
    {
        QStringList parts;
        for (const Coding &c : value.codings) {
            if (!c.code.isEmpty())
                parts.append(internal::codingText(c));
        }
        list("code", QT_TRANSLATE_NOOP("FhirField", "Code"), parts);
    }
    const QLocale &locale() const { return m_locale; }

private:
    QList<DetailField> &m_out;
    const QLocale &m_locale;
};

void ranges(Fields &f, const QString &key, const QList<ReferenceRange> &list)
{
    QStringList parts;
    for (const ReferenceRange &r : list) {
        const QString text = formatReferenceRange(r, f.locale());
        if (!text.isEmpty())
            parts.append(text);
    }
    f.text(key, QT_TRANSLATE_NOOP("FhirField", "Reference range"), parts.join(QStringLiteral("; ")));
}

void observation(Fields &f, const JsonValue &r)
{
    const ObservationView o = readObservation(r);
    const bool abnormal = internal::valueAbnormal(o.value, o.interpretation, o.referenceRange);
    f.text("value", QT_TRANSLATE_NOOP("FhirField", "Value"), internal::formatValue(o.value, f.locale()), abnormal);
    f.concepts("interpretation", QT_TRANSLATE_NOOP("FhirField", "Interpretation"), o.interpretation);
    ranges(f, QStringLiteral("referenceRange"), o.referenceRange);
    for (const ObservationComponent &c : o.component) {
        QString id = c.code.codeIn(QLatin1String(kLoinc));
        if (id.isEmpty() && !c.code.codings.isEmpty())
            id = c.code.codings.first().code;
        const QString key = QStringLiteral("component.") + id;
        const QString value = internal::formatValue(c.value, f.locale());
        const QString name = c.code.displayText();
        f.text(key, QT_TRANSLATE_NOOP("FhirField", "Component"),
               name.isEmpty() ? value : name + QStringLiteral(": ") + value,
               internal::valueAbnormal(c.value, c.interpretation, c.referenceRange));
        ranges(f, key + QStringLiteral(".referenceRange"), c.referenceRange);
    }
    f.coded("dataAbsentReason", QT_TRANSLATE_NOOP("FhirField", "Missing value"), o.dataAbsentReason);
    f.period("effectivePeriod", QT_TRANSLATE_NOOP("FhirField", "Period"), o.effectivePeriod);
    f.date("issued", QT_TRANSLATE_NOOP("FhirField", "Issued"), o.issued);
    f.concepts("category", QT_TRANSLATE_NOOP("FhirField", "Category"), o.category);
    f.coded("method", QT_TRANSLATE_NOOP("FhirField", "Method"), o.method);
    f.coded("bodySite", QT_TRANSLATE_NOOP("FhirField", "Body site"), o.bodySite);
    QStringList performers;
    for (const Reference &p : o.performer)
        performers.append(p.display);
    f.list("performer", QT_TRANSLATE_NOOP("FhirField", "Performer"), performers);
    f.notes(o.notes);
    f.codes(o.code);
}

void report(Fields &f, const JsonValue &r)
{
    const DiagnosticReportView d = readDiagnosticReport(r);
    f.text("conclusion", QT_TRANSLATE_NOOP("FhirField", "Conclusion"), d.conclusion);
    f.concepts("conclusionCode", QT_TRANSLATE_NOOP("FhirField", "Findings"), d.conclusionCode);
    f.date("issued", QT_TRANSLATE_NOOP("FhirField", "Issued"), d.issued);
    f.concepts("category", QT_TRANSLATE_NOOP("FhirField", "Category"), d.category);
    QStringList names;
    for (const Reference &p : d.performer)
        names.append(p.display);
    f.list("performer", QT_TRANSLATE_NOOP("FhirField", "Performer"), names);
    QStringList results;
    for (const Reference &x : d.result)
        results.append(x.display.isEmpty() ? x.reference : x.display);
    f.list("result", QT_TRANSLATE_NOOP("FhirField", "Results"), results);
    f.codes(d.code);
}

void condition(Fields &f, const JsonValue &r)
{
    const ConditionView c = readCondition(r);
    f.coded("clinicalStatus", QT_TRANSLATE_NOOP("FhirField", "Clinical status"), c.clinicalStatus);
    f.coded("verificationStatus", QT_TRANSLATE_NOOP("FhirField", "Verification"), c.verificationStatus);
    f.coded("severity", QT_TRANSLATE_NOOP("FhirField", "Severity"), c.severity);
    f.concepts("bodySite", QT_TRANSLATE_NOOP("FhirField", "Body site"), c.bodySite);
    f.text("onset", QT_TRANSLATE_NOOP("FhirField", "Onset"), c.onsetText);
    f.date("abatement", QT_TRANSLATE_NOOP("FhirField", "Resolved"), c.abatement);
    f.date("recordedDate", QT_TRANSLATE_NOOP("FhirField", "Recorded"), c.recordedDate);
    f.concepts("category", QT_TRANSLATE_NOOP("FhirField", "Category"), c.category);
    f.text("recorder", QT_TRANSLATE_NOOP("FhirField", "Recorded by"), c.recorder.display);
    f.notes(c.notes);
    f.codes(c.code);
}

void medication(Fields &f, const JsonValue &r)
{
    const MedicationView m = readMedication(r);
    f.list("dosage", QT_TRANSLATE_NOOP("FhirField", "Dosage"), m.dosage);
    f.period("effectivePeriod", QT_TRANSLATE_NOOP("FhirField", "Period"), m.effectivePeriod);
    f.text("intent", QT_TRANSLATE_NOOP("FhirField", "Intent"), m.intent);
    f.concepts("reasonCode", QT_TRANSLATE_NOOP("FhirField", "Reason"), m.reasonCode);
    f.text("requester", QT_TRANSLATE_NOOP("FhirField", "Prescriber"), m.requester.display);
    f.date("dateAsserted", QT_TRANSLATE_NOOP("FhirField", "Recorded"), m.dateAsserted);
    f.notes(m.notes);
    f.codes(m.medication);
}

void immunization(Fields &f, const JsonValue &r)
{
    const ImmunizationView i = readImmunization(r);
    f.text("occurrence", QT_TRANSLATE_NOOP("FhirField", "Given"), i.occurrenceText);
    f.text("doseNumber", QT_TRANSLATE_NOOP("FhirField", "Dose"),
           i.seriesDoses.isEmpty() || i.doseNumber.isEmpty() ? i.doseNumber
                                                             : i.doseNumber + QLatin1Char('/') + i.seriesDoses);
    f.list("targetDisease", QT_TRANSLATE_NOOP("FhirField", "Protects against"), i.targetDisease);
    f.text("lotNumber", QT_TRANSLATE_NOOP("FhirField", "Lot number"), i.lotNumber);
    f.date("expirationDate", QT_TRANSLATE_NOOP("FhirField", "Expires"), i.expirationDate);
    f.coded("site", QT_TRANSLATE_NOOP("FhirField", "Site"), i.site);
    f.coded("route", QT_TRANSLATE_NOOP("FhirField", "Route"), i.route);
    f.text("doseQuantity", QT_TRANSLATE_NOOP("FhirField", "Amount"), formatQuantity(i.doseQuantity, f.locale()));
    QStringList names;
    for (const Reference &p : i.performer)
        names.append(p.display);
    f.list("performer", QT_TRANSLATE_NOOP("FhirField", "Given by"), names);
    f.notes(i.notes);
    f.codes(i.vaccineCode);
}

void allergy(Fields &f, const JsonValue &r)
{
    const AllergyView a = readAllergy(r);
    f.text("criticality", QT_TRANSLATE_NOOP("FhirField", "Criticality"), a.criticality,
           a.criticality == QLatin1String("high"));
    f.text("type", QT_TRANSLATE_NOOP("FhirField", "Type"), a.type);
    f.list("category", QT_TRANSLATE_NOOP("FhirField", "Category"), a.category);
    f.coded("clinicalStatus", QT_TRANSLATE_NOOP("FhirField", "Clinical status"), a.clinicalStatus);
    f.coded("verificationStatus", QT_TRANSLATE_NOOP("FhirField", "Verification"), a.verificationStatus);
    for (qsizetype n = 0; n < a.reaction.size(); ++n) {
        const AllergyReaction &x = a.reaction[n];
        QStringList parts;
        for (const CodeableConcept &m : x.manifestation)
            parts.append(m.displayText());
        QString value = parts.join(QStringLiteral(", "));
        if (!x.severity.isEmpty())
            value += QStringLiteral(" (") + x.severity + QLatin1Char(')');
        if (!x.description.isEmpty())
            value += (value.isEmpty() ? QString() : QStringLiteral(": ")) + x.description;
        f.text(QStringLiteral("reaction.%1").arg(n), QT_TRANSLATE_NOOP("FhirField", "Reaction"), value,
               x.severity == QLatin1String("severe"));
        f.text(QStringLiteral("reaction.%1.substance").arg(n), QT_TRANSLATE_NOOP("FhirField", "Substance"),
               x.substance.displayText());
    }
    f.date("recordedDate", QT_TRANSLATE_NOOP("FhirField", "Recorded"), a.recordedDate);
    f.notes(a.notes);
    f.codes(a.code);
}

void encounter(Fields &f, const JsonValue &r)
{
    const EncounterView e = readEncounter(r);
    f.text("class", QT_TRANSLATE_NOOP("FhirField", "Class"),
           e.encounterClass.display.isEmpty() ? e.encounterClass.code : e.encounterClass.display);
    f.period("period", QT_TRANSLATE_NOOP("FhirField", "Period"), e.period);
    f.coded("serviceType", QT_TRANSLATE_NOOP("FhirField", "Service"), e.serviceType);
    f.concepts("reasonCode", QT_TRANSLATE_NOOP("FhirField", "Reason"), e.reasonCode);
    f.list("participant", QT_TRANSLATE_NOOP("FhirField", "Seen by"), e.participants);
    f.list("location", QT_TRANSLATE_NOOP("FhirField", "Location"), e.locations);
    f.text("serviceProvider", QT_TRANSLATE_NOOP("FhirField", "Provider"), e.serviceProvider.display);
    f.coded("dischargeDisposition", QT_TRANSLATE_NOOP("FhirField", "Discharge"), e.dischargeDisposition);
}

void procedure(Fields &f, const JsonValue &r)
{
    const ProcedureView p = readProcedure(r);
    f.period("performedPeriod", QT_TRANSLATE_NOOP("FhirField", "Period"), p.performedPeriod);
    f.concepts("bodySite", QT_TRANSLATE_NOOP("FhirField", "Body site"), p.bodySite);
    f.coded("outcome", QT_TRANSLATE_NOOP("FhirField", "Outcome"), p.outcome);
    f.concepts("reasonCode", QT_TRANSLATE_NOOP("FhirField", "Reason"), p.reasonCode);
    f.list("performer", QT_TRANSLATE_NOOP("FhirField", "Performed by"), p.performers);
    f.coded("category", QT_TRANSLATE_NOOP("FhirField", "Category"), p.category);
    f.notes(p.notes);
    f.codes(p.code);
}

void document(Fields &f, const JsonValue &r, EntryDetail &out)
{
    const DocumentReferenceView d = readDocumentReference(r);
    f.coded("type", QT_TRANSLATE_NOOP("FhirField", "Type"), d.type);
    f.list("author", QT_TRANSLATE_NOOP("FhirField", "Author"), d.authors);
    f.period("contextPeriod", QT_TRANSLATE_NOOP("FhirField", "Period"), d.contextPeriod);
    for (qsizetype n = 0; n < d.content.size(); ++n) {
        const AttachmentView &a = d.content[n];
        if (a.text && out.noteText.isEmpty())
            out.noteText = *a.text;
        const QString key = QStringLiteral("attachment.%1").arg(n);
        f.text(key, QT_TRANSLATE_NOOP("FhirField", "Attachment"),
               a.title.isEmpty() ? a.contentType : a.title + QStringLiteral(" (") + a.contentType + QLatin1Char(')'));
    }
    f.text("noteText", QT_TRANSLATE_NOOP("FhirField", "Text"), out.noteText);
    f.concepts("category", QT_TRANSLATE_NOOP("FhirField", "Category"), d.category);
}

void patient(Fields &f, const JsonValue &r)
{
    const PatientView p = readPatient(r);
    f.list("name", QT_TRANSLATE_NOOP("FhirField", "Name"), p.names);
    f.date("birthDate", QT_TRANSLATE_NOOP("FhirField", "Date of birth"), p.birthDate);
    f.text("gender", QT_TRANSLATE_NOOP("FhirField", "Gender"), p.gender);
    f.date("deceased", QT_TRANSLATE_NOOP("FhirField", "Deceased"), p.deceasedDate);
    f.list("identifier", QT_TRANSLATE_NOOP("FhirField", "Identifier"), p.identifiers);
    f.list("telecom", QT_TRANSLATE_NOOP("FhirField", "Contact"), p.telecom);
    f.text("address", QT_TRANSLATE_NOOP("FhirField", "Address"), p.addresses.join(QLatin1Char('\n')));
}

} // namespace

FhirResult<EntryDetail> detail(QByteArrayView bytes, const QLocale &locale)
{
    const auto root = parseResource(bytes);
    if (!root)
        return fail(root.error());
    const JsonValue &r = *root;
    EntryDetail out;
    out.summary = internal::summarizeResource(r, locale);
    Fields f(out.fields, locale);
    f.text("title", QT_TRANSLATE_NOOP("FhirField", "Name"), out.summary.title);
    f.text("date", QT_TRANSLATE_NOOP("FhirField", "Date"), out.summary.dateText);
    f.text("status", QT_TRANSLATE_NOOP("FhirField", "Status"), out.summary.status);
    const QString &type = out.summary.resourceType;
    if (type == QLatin1String("Observation"))
        observation(f, r);
    else if (type == QLatin1String("DiagnosticReport"))
        report(f, r);
    else if (type == QLatin1String("Condition"))
        condition(f, r);
    else if (type == QLatin1String("MedicationStatement") || type == QLatin1String("MedicationRequest")
             || type == QLatin1String("MedicationAdministration") || type == QLatin1String("MedicationDispense"))
        medication(f, r);
    else if (type == QLatin1String("Immunization"))
        immunization(f, r);
    else if (type == QLatin1String("AllergyIntolerance"))
        allergy(f, r);
    else if (type == QLatin1String("Encounter"))
        encounter(f, r);
    else if (type == QLatin1String("Procedure"))
        procedure(f, r);
    else if (type == QLatin1String("DocumentReference"))
        document(f, r, out);
    else if (type == QLatin1String("Patient"))
        patient(f, r);
    else
        f.codes(readGeneric(r).code);
    f.text("resourceType", QT_TRANSLATE_NOOP("FhirField", "Resource type"), type);
    out.unknownFields = unknownFields(r);
    out.rawJson = toJsonText(r);
    return out;
}

} // namespace carnet::core::fhir
