// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* What the app shows of one record entry (one FHIR R4 resource, as sealed bytes): a summary line
 * for lists and the timeline, a detail page of labelled fields, and chart points for lab values and
 * vitals (docs/FHIR.md, "Entries"). Never raw JSON unless asked (EntryDetail::rawJson).
 *
 * All text is already formatted for the QLocale given (numbers keep their written precision, dates
 * their written precision). Field labels are English source texts in the "FhirField" translation
 * context: the QML layer shows qsTranslate("FhirField", field.label). */
#include "core/fhir/datatypes.h"
#include "core/fhir/fhirerror.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace carnet::core::fhir {

enum class EntryCategory {
    Lab, ///< Observation, category laboratory (or a coded lab value)
    Vital, ///< Observation, category vital-signs (or a vital-sign LOINC code)
    Condition, ///< Condition
    Medication, ///< MedicationStatement, MedicationRequest, MedicationAdministration, MedicationDispense
    Immunization, ///< Immunization
    Allergy, ///< AllergyIntolerance
    Encounter, ///< Encounter
    Note, ///< DocumentReference (clinical notes), Composition
    Procedure, ///< Procedure
    Report, ///< DiagnosticReport
    Other, ///< Patient, other Observations, and every other resource type
};

/** A stable ASCII key for the category ("lab", "vital", …) for QML and settings. */
const char *categoryKey(EntryCategory category) noexcept;

/** One line in a list or timeline. */
struct EntrySummary
{
    EntryCategory category = EntryCategory::Other;
    QString resourceType; ///< as written ("Observation")
    FhirDateTime effective; ///< when it happened, at the precision written (invalid when unknown)
    QString dateText; ///< effective, formatted for the locale ("23/11/2026", "mars 2019")
    QString title; ///< display text ("Haemoglobin A1c", "Type 2 diabetes"); never empty
    QString valueLine; ///< short value ("6.4 %", "128/82 mmHg"); may be empty
    bool abnormal = false; ///< interpretation says abnormal, or a value is outside its reference range
    QString status; ///< the FHIR status code as written ("final", "active"); may be empty
};

/** One labelled field of the detail page. */
struct DetailField
{
    QString key; ///< stable key ("status", "value", "referenceRange", "component.8480-6", …)
    QString label; ///< English source text, context "FhirField" (QT_TRANSLATE_NOOP in the source)
    QString value; ///< formatted for the locale
    bool abnormal = false;
};

struct EntryDetail
{
    EntrySummary summary;
    QList<DetailField> fields; ///< in display order
    QStringList unknownFields; ///< top-level members this view does not show (kept in rawJson)
    QString noteText; ///< DocumentReference: the decoded text/plain attachment, if any
    /** The whole resource as indented JSON (key order and number lexemes kept) for "show raw JSON". */
    QString rawJson;
};

/** One value for a chart of a lab or vital over time. */
struct ChartPoint
{
    QString seriesKey; ///< LOINC code ("4548-4"), else "system|code"; "code|component" for components
    QString displayName; ///< "Haemoglobin A1c", "Systolic blood pressure"
    FhirDateTime when; ///< as written
    QDateTime time; ///< when.toDateTime()
    Decimal value; ///< exactly as written
    QString unit; ///< display unit ("mmHg"), else the UCUM code
    QString ucumCode; ///< the coded unit when its system is UCUM ("mm[Hg]")
    std::optional<Decimal> refLow;
    std::optional<Decimal> refHigh;
    bool abnormal = false;
};

/** The summary of one resource. Errors: those of parseResource(). */
FhirResult<EntrySummary> summarize(QByteArrayView bytes, const QLocale &locale = QLocale());

/** The detail page of one resource. Errors: those of parseResource(). */
FhirResult<EntryDetail> detail(QByteArrayView bytes, const QLocale &locale = QLocale());

/** Every chartable value of an Observation with a numeric Quantity: its value, or one point per
 *  component with a Quantity (blood pressure gives two). Empty for anything else or on error. */
QList<ChartPoint> chartPoints(QByteArrayView bytes);

/** The first of chartPoints(), if any. */
std::optional<ChartPoint> chartPoint(QByteArrayView bytes);

} // namespace carnet::core::fhir
