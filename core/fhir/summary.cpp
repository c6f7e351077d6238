// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fhir/entry_p.h"
#include "core/fhir/format.h"

namespace carnet::core::fhir {

namespace internal {

namespace {

const char *const kVitalLoinc[] = {"85353-1", "8480-6", "8462-4", "85354-9", "55284-4", "8867-4", "9279-1", "2708-6",
                                   "59408-5", "8310-5", "8302-2", "29463-7", "39156-5", "8287-5", "3141-9"};

bool isVitalCode(const CodeableConcept &code)
{
    for (const char *c : kVitalLoinc) {
        if (code.hasCode(QLatin1String(c), QLatin1String(kLoinc)))
            return true;
    }
    return false;
}

QString firstLine(const QString &text, qsizetype max = 80)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > max)
        line = line.left(max - 1) + QChar(0x2026);
    return line;
}

const Quantity *componentQuantity(const ObservationView &o, const char *loinc)
{
    for (const ObservationComponent &c : o.component) {
        if (c.code.hasCode(QLatin1String(loinc)) && std::holds_alternative<Quantity>(c.value))
            return &std::get<Quantity>(c.value);
    }
    return nullptr;
}

QString observationValueLine(const ObservationView &o, const QLocale &locale)
{
    if (const QString v = formatValue(o.value, locale); !v.isEmpty())
        return v;
    const Quantity *sys = componentQuantity(o, "8480-6");
    const Quantity *dia = componentQuantity(o, "8462-4");
    if (sys && dia && sys->value && dia->value) {
        QString line = formatDecimal(*sys->value, locale) + QLatin1Char('/') + formatDecimal(*dia->value, locale);
        const QString unit = sys->unitText().isEmpty() ? dia->unitText() : sys->unitText();
        return unit.isEmpty() ? line : line + QLatin1Char(' ') + unit;
    }
    QStringList parts;
    for (const ObservationComponent &c : o.component) {
        const QString v = formatValue(c.value, locale);
        if (!v.isEmpty())
            parts.append(c.code.displayText().isEmpty() ? v : c.code.displayText() + QStringLiteral(": ") + v);
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    return o.dataAbsentReason.displayText();
}

bool observationAbnormal(const ObservationView &o)
{
    if (valueAbnormal(o.value, o.interpretation, o.referenceRange))
        return true;
    for (const ObservationComponent &c : o.component) {
        if (valueAbnormal(c.value, c.interpretation, c.referenceRange))
            return true;
    }
    return false;
}

QString joinConcepts(const QList<CodeableConcept> &list)
{
    QStringList parts;
    for (const CodeableConcept &c : list) {
        if (!c.displayText().isEmpty())
            parts.append(c.displayText());
    }
    return parts.join(QStringLiteral(", "));
}

QString statusCode(const CodeableConcept &c)
{
    return c.codings.isEmpty() ? c.text : c.codings.first().code;
}

} // namespace

bool interpretationAbnormal(const QList<CodeableConcept> &interpretation)
{
    static const char *const abnormal[]
        = {"A", "AA", "H", "HH", "HU", "L", "LL", "LU", "<", ">", "POS", "DET", "R", "W"};
    for (const CodeableConcept &c : interpretation) {
        for (const Coding &coding : c.codings) {
            for (const char *code : abnormal) {
                if (coding.code == QLatin1String(code))
                    return true;
            }
        }
    }
    return false;
}

const ReferenceRange *normalRange(const QList<ReferenceRange> &ranges)
{
    for (const ReferenceRange &r : ranges) {
        const bool typed = !r.type.isEmpty() && !r.type.hasCode(QStringLiteral("normal"));
        if (!typed && ((r.low && r.low->value) || (r.high && r.high->value)))
            return &r;
    }
    return nullptr;
}

bool outsideRange(const Quantity &value, const QList<ReferenceRange> &ranges)
{
    const ReferenceRange *r = normalRange(ranges);
    if (!r || !value.value || !value.comparator.isEmpty())
        return false;
    auto comparable = [&value](const Quantity &bound) {
        if (!bound.code.isEmpty() && !value.code.isEmpty())
            return bound.code == value.code;
        return bound.unitText().isEmpty() || bound.unitText() == value.unitText();
    };
    const double v = value.value->value;
    if (r->low && r->low->value && comparable(*r->low) && v < r->low->value->value)
        return true;
    if (r->high && r->high->value && comparable(*r->high) && v > r->high->value->value)
        return true;
    return false;
}

bool valueAbnormal(const ObservationValue &value, const QList<CodeableConcept> &interpretation,
                   const QList<ReferenceRange> &ranges)
{
    if (!interpretation.isEmpty())
        return interpretationAbnormal(interpretation);
    if (const auto *q = std::get_if<Quantity>(&value))
        return outsideRange(*q, ranges);
    return false;
}

QString formatValue(const ObservationValue &value, const QLocale &locale)
{
    if (const auto *q = std::get_if<Quantity>(&value))
        return formatQuantity(*q, locale);
    if (const auto *c = std::get_if<CodeableConcept>(&value))
        return c->displayText();
    if (const auto *s = std::get_if<QString>(&value))
        return *s;
    if (const auto *b = std::get_if<bool>(&value))
        return *b ? QStringLiteral("\u2713") : QStringLiteral("\u2717");
    if (const auto *d = std::get_if<Decimal>(&value))
        return formatDecimal(*d, locale);
    if (const auto *p = std::get_if<Period>(&value))
        return formatPeriod(*p, locale);
    if (const auto *r = std::get_if<ReferenceRange>(&value))
        return formatReferenceRange(*r, locale);
    return {};
}

EntryCategory observationCategory(const ObservationView &o)
{
    if (o.hasCategory(QStringLiteral("vital-signs")))
        return EntryCategory::Vital;
    if (o.hasCategory(QStringLiteral("laboratory")))
        return EntryCategory::Lab;
    if (!o.category.isEmpty())
        return EntryCategory::Other;
    if (isVitalCode(o.code))
        return EntryCategory::Vital;
    return std::holds_alternative<Quantity>(o.value) ? EntryCategory::Lab : EntryCategory::Other;
}

QString codingText(const Coding &coding)
{
    static const std::pair<const char *, const char *> names[]
        = {{kLoinc, "LOINC"},
           {kSnomed, "SNOMED CT"},
           {"http://hl7.org/fhir/sid/icd-10", "ICD-10"},
           {"http://hl7.org/fhir/sid/icd-10-cm", "ICD-10-CM"},
           {"http://www.whocc.no/atc", "ATC"},
           {"http://hl7.org/fhir/sid/cvx", "CVX"},
           {"http://www.nlm.nih.gov/research/umls/rxnorm", "RxNorm"}};
    for (const auto &[system, name] : names) {
        if (coding.system == QLatin1String(system))
            return QLatin1String(name) + QLatin1Char(' ') + coding.code;
    }
    return coding.system.isEmpty() ? coding.code : coding.system + QLatin1Char('|') + coding.code;
}

EntrySummary summarizeResource(const JsonValue &r, const QLocale &locale)
{
    EntrySummary s;
    s.resourceType = r["resourceType"].toString();
    const QString &type = s.resourceType;
    if (type == QLatin1String("Observation")) {
        const ObservationView o = readObservation(r);
        s.category = observationCategory(o);
        s.effective = o.effective.isValid() ? o.effective : o.issued;
        s.title = o.code.displayText();
        s.valueLine = observationValueLine(o, locale);
        s.abnormal = observationAbnormal(o);
        s.status = o.status;
    } else if (type == QLatin1String("DiagnosticReport")) {
        const DiagnosticReportView d = readDiagnosticReport(r);
        s.category = EntryCategory::Report;
        s.effective = d.effective.isValid() ? d.effective : d.issued;
        s.title = d.code.displayText();
        s.valueLine = firstLine(d.conclusion.isEmpty() ? joinConcepts(d.conclusionCode) : d.conclusion);
        s.status = d.status;
    } else if (type == QLatin1String("Condition")) {
        const ConditionView c = readCondition(r);
        s.category = EntryCategory::Condition;
        s.effective = c.onset.isValid() ? c.onset : c.recordedDate;
        s.title = c.code.displayText();
        s.valueLine = c.severity.displayText();
        s.status = statusCode(c.clinicalStatus);
    } else if (type == QLatin1String("MedicationStatement") || type == QLatin1String("MedicationRequest")
               || type == QLatin1String("MedicationAdministration") || type == QLatin1String("MedicationDispense")) {
        const MedicationView m = readMedication(r);
        s.category = EntryCategory::Medication;
        s.effective = m.effective.isValid() ? m.effective : m.dateAsserted;
        s.title = m.medication.displayText();
        s.valueLine = m.dosage.isEmpty() ? QString() : firstLine(m.dosage.first());
        s.status = m.status;
    } else if (type == QLatin1String("Immunization")) {
        const ImmunizationView i = readImmunization(r);
        s.category = EntryCategory::Immunization;
        s.effective = i.occurrence.isValid() ? i.occurrence : i.recorded;
        s.title = i.vaccineCode.displayText();
        s.valueLine = i.seriesDoses.isEmpty() || i.doseNumber.isEmpty()
            ? i.doseNumber
            : i.doseNumber + QLatin1Char('/') + i.seriesDoses;
        s.status = i.status;
    } else if (type == QLatin1String("AllergyIntolerance")) {
        const AllergyView a = readAllergy(r);
        s.category = EntryCategory::Allergy;
        s.effective = a.onset.isValid() ? a.onset : a.recordedDate;
        s.title = a.code.displayText();
        QStringList reactions;
        for (const AllergyReaction &x : a.reaction) {
            const QString m = joinConcepts(x.manifestation);
            if (!m.isEmpty())
                reactions.append(m);
        }
        s.valueLine = firstLine(reactions.join(QStringLiteral(", ")));
        s.abnormal = a.criticality == QLatin1String("high");
        s.status = statusCode(a.clinicalStatus);
    } else if (type == QLatin1String("Encounter")) {
        const EncounterView e = readEncounter(r);
        s.category = EntryCategory::Encounter;
        s.effective = e.period.start;
        s.title = e.type.isEmpty() ? e.encounterClass.display : e.type.first().displayText();
        if (s.title.isEmpty())
            s.title = e.encounterClass.code;
        s.valueLine = firstLine(joinConcepts(e.reasonCode));
        s.status = e.status;
    } else if (type == QLatin1String("Procedure")) {
        const ProcedureView p = readProcedure(r);
        s.category = EntryCategory::Procedure;
        s.effective = p.performed;
        s.title = p.code.displayText();
        s.valueLine = p.outcome.displayText();
        s.status = p.status;
    } else if (type == QLatin1String("DocumentReference")) {
        const DocumentReferenceView d = readDocumentReference(r);
        s.category = EntryCategory::Note;
        s.effective = d.date.isValid() ? d.date : d.contextPeriod.start;
        s.title = d.description.isEmpty() ? d.type.displayText() : d.description;
        for (const AttachmentView &a : d.content) {
            if (a.text) {
                s.valueLine = firstLine(*a.text);
                break;
            }
        }
        s.status = d.docStatus.isEmpty() ? d.status : d.docStatus;
    } else if (type == QLatin1String("Patient")) {
        const PatientView p = readPatient(r);
        s.title = p.names.isEmpty() ? QString() : p.names.first();
        s.valueLine = formatDateTime(p.birthDate, locale);
    } else {
        const GenericView g = readGeneric(r);
        s.category = type == QLatin1String("Composition") ? EntryCategory::Note : EntryCategory::Other;
        s.effective = g.date;
        s.title = g.code.displayText().isEmpty() ? r["title"].toString() : g.code.displayText();
        s.status = g.status;
    }
    if (s.title.isEmpty())
        s.title = type; // never empty: the resource type names it at least
    s.dateText = formatDateTime(s.effective, locale);
    return s;
}

} // namespace internal

const char *categoryKey(EntryCategory category) noexcept
{
    switch (category) {
    case EntryCategory::Lab:
        return "lab";
    case EntryCategory::Vital:
        return "vital";
    case EntryCategory::Condition:
        return "condition";
    case EntryCategory::Medication:
        return "medication";
    case EntryCategory::Immunization:
        return "immunization";
    case EntryCategory::Allergy:
        return "allergy";
    case EntryCategory::Encounter:
        return "encounter";
    case EntryCategory::Note:
        return "note";
    case EntryCategory::Procedure:
        return "procedure";
    case EntryCategory::Report:
        return "report";
    case EntryCategory::Other:
        return "other";
    }
    return "other";
}

FhirResult<EntrySummary> summarize(QByteArrayView bytes, const QLocale &locale)
{
    const auto root = parseResource(bytes);
    if (!root)
        return fail(root.error());
    return internal::summarizeResource(*root, locale);
}

} // namespace carnet::core::fhir
