// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Typed read-only views of the FHIR R4 resources the app shows (docs/FHIR.md, "Views"). Each view
 * is read from the parsed tree; elements it does not model stay in the tree (View::json) and their
 * top-level names in View::unknownFields, so nothing is dropped. Reading never fails: a missing or
 * wrongly typed element is empty. */
#include "core/fhir/datatypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace carnet::core::fhir {

/** Observation.value[x] and component.value[x]: the forms the app shows. */
using ObservationValue = std::variant<std::monostate, Quantity, CodeableConcept, QString, bool, Decimal /*integer*/,
                                      Period, ReferenceRange /*valueRange as low/high*/>;

struct ObservationComponent
{
    CodeableConcept code;
    ObservationValue value;
    CodeableConcept dataAbsentReason;
    QList<CodeableConcept> interpretation;
    QList<ReferenceRange> referenceRange;
};

struct ObservationView
{
    QString status;
    QList<CodeableConcept> category;
    CodeableConcept code;
    FhirDateTime effective; ///< effectiveDateTime / effectiveInstant / effectivePeriod.start
    Period effectivePeriod;
    FhirDateTime issued;
    ObservationValue value;
    CodeableConcept dataAbsentReason;
    QList<CodeableConcept> interpretation;
    QList<ReferenceRange> referenceRange;
    QList<ObservationComponent> component;
    CodeableConcept method;
    CodeableConcept bodySite;
    QList<Reference> performer;
    QStringList notes;

    bool hasCategory(const QString &code) const;
};

struct DiagnosticReportView
{
    QString status;
    QList<CodeableConcept> category;
    CodeableConcept code;
    FhirDateTime effective;
    FhirDateTime issued;
    QList<Reference> performer;
    QList<Reference> result;
    QString conclusion;
    QList<CodeableConcept> conclusionCode;
};

struct ConditionView
{
    CodeableConcept clinicalStatus;
    CodeableConcept verificationStatus;
    QList<CodeableConcept> category;
    CodeableConcept severity;
    CodeableConcept code;
    QList<CodeableConcept> bodySite;
    FhirDateTime onset; ///< onsetDateTime / onsetPeriod.start
    QString onsetText; ///< onsetString
    FhirDateTime abatement; ///< abatementDateTime / abatementPeriod.start
    FhirDateTime recordedDate;
    Reference recorder;
    QStringList notes;
};

/** MedicationStatement and MedicationRequest. */
struct MedicationView
{
    QString resourceType;
    QString status;
    QString intent; ///< MedicationRequest
    CodeableConcept medication; ///< medicationCodeableConcept, or the reference's display as text
    FhirDateTime effective; ///< effectiveDateTime / effectivePeriod.start / authoredOn
    Period effectivePeriod;
    FhirDateTime dateAsserted;
    Reference requester; ///< MedicationRequest.requester / MedicationStatement.informationSource
    QStringList dosage; ///< dosage[].text or dosageInstruction[].text
    QList<CodeableConcept> reasonCode;
    QStringList notes;
};

struct ImmunizationView
{
    QString status;
    CodeableConcept vaccineCode;
    FhirDateTime occurrence;
    QString occurrenceText;
    FhirDateTime recorded;
    QString lotNumber;
    FhirDateTime expirationDate;
    CodeableConcept site;
    CodeableConcept route;
    Quantity doseQuantity;
    QList<Reference> performer; ///< performer[].actor
    QString doseNumber; ///< protocolApplied[0].doseNumber[x] as text
    QString seriesDoses;
    QStringList targetDisease;
    QStringList notes;
};

struct AllergyReaction
{
    CodeableConcept substance;
    QList<CodeableConcept> manifestation;
    QString severity; ///< mild | moderate | severe
    QString description;
    FhirDateTime onset;
};

struct AllergyView
{
    CodeableConcept clinicalStatus;
    CodeableConcept verificationStatus;
    QString type; ///< allergy | intolerance
    QStringList category; ///< food | medication | environment | biologic
    QString criticality; ///< low | high | unable-to-assess
    CodeableConcept code;
    FhirDateTime onset;
    FhirDateTime recordedDate;
    QList<AllergyReaction> reaction;
    QStringList notes;
};

struct EncounterView
{
    QString status;
    Coding encounterClass;
    QList<CodeableConcept> type;
    CodeableConcept serviceType;
    Period period;
    QList<CodeableConcept> reasonCode;
    QStringList participants; ///< participant[].individual.display
    QStringList locations; ///< location[].location.display
    Reference serviceProvider;
    CodeableConcept dischargeDisposition;
};

struct ProcedureView
{
    QString status;
    CodeableConcept code;
    CodeableConcept category;
    FhirDateTime performed; ///< performedDateTime / performedPeriod.start
    Period performedPeriod;
    QList<CodeableConcept> bodySite;
    CodeableConcept outcome;
    QList<CodeableConcept> reasonCode;
    QStringList performers;
    QStringList notes;
};

struct AttachmentView
{
    QString contentType;
    QString language;
    QString title;
    QString url;
    FhirDateTime creation;
    qsizetype dataBytes = 0; ///< decoded size of data, when present
    bool hasData = false;
    std::optional<QString> text; ///< text/* data decoded (base64, UTF-8); empty optional otherwise
};

struct DocumentReferenceView
{
    QString status;
    QString docStatus;
    CodeableConcept type;
    QList<CodeableConcept> category;
    FhirDateTime date;
    QString description;
    QStringList authors;
    QList<AttachmentView> content;
    Period contextPeriod;
};

struct PatientView
{
    QStringList names; ///< name[] as "given family" (or text)
    QString gender;
    FhirDateTime birthDate;
    bool deceased = false;
    FhirDateTime deceasedDate;
    QStringList identifiers; ///< "system|value" as written
    QStringList telecom; ///< value
    QStringList addresses; ///< text, or lines + city + postal code + country
};

/** Anything else: the common elements FHIR resources often have. */
struct GenericView
{
    QString resourceType;
    QString id;
    QString status;
    CodeableConcept code;
    FhirDateTime date; ///< the first of effectiveDateTime, date, authoredOn, recorded, issued, meta.lastUpdated
};

ObservationView readObservation(const JsonValue &resource);
DiagnosticReportView readDiagnosticReport(const JsonValue &resource);
ConditionView readCondition(const JsonValue &resource);
MedicationView readMedication(const JsonValue &resource);
ImmunizationView readImmunization(const JsonValue &resource);
AllergyView readAllergy(const JsonValue &resource);
EncounterView readEncounter(const JsonValue &resource);
ProcedureView readProcedure(const JsonValue &resource);
DocumentReferenceView readDocumentReference(const JsonValue &resource);
PatientView readPatient(const JsonValue &resource);
GenericView readGeneric(const JsonValue &resource);

/** Top-level members of `resource` that the view for its resourceType does not model (all but the
 *  common resourceType/id/meta/text for the generic view), in document order. */
QStringList unknownFields(const JsonValue &resource);

/** Decodes a FHIR base64Binary (RFC 4648, padding required, whitespace tolerated); nullopt when invalid. */
std::optional<QByteArray> decodeBase64(QStringView text);

} // namespace carnet::core::fhir
