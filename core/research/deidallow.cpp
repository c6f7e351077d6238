// SPDX-License-Identifier: GPL-3.0-or-later
// The allow-lists: per resource type, the elements that survive and how (docs/DEID.md, "Allow-lists").
// Everything not named here is dropped: identifier, text, meta, contained, extension, telecom, photo,
// contact, name, performer, requester, recorder, asserter, location, serviceProvider, device, …
// `resourceType` and `id` (keyed) are handled by deid.cpp for every type.
#include "core/research/deid_p.h"

namespace carnet::core::research::detail {

namespace {
using K = Kind;

// Backbone elements and data types made of other fields.
constexpr Field kRepeat[] = {
    {"count", K::Integer}, {"countMax", K::Integer}, {"duration", K::Decimal}, {"durationMax", K::Decimal},
    {"durationUnit", K::Code}, {"frequency", K::Integer}, {"frequencyMax", K::Integer}, {"period", K::Decimal},
    {"periodMax", K::Decimal}, {"periodUnit", K::Code}, {"dayOfWeek", K::Code}, {"when", K::Code},
    {"offset", K::Integer},
};
constexpr Field kTiming[] = {{"repeat", K::Struct, kRepeat}, {"code", K::Concept}}; // no event (dates)
constexpr Field kDoseAndRate[] = {
    {"type", K::Concept}, {"doseQuantity", K::Quantity}, {"doseRange", K::Range},
    {"rateRatio", K::Ratio}, {"rateRange", K::Range}, {"rateQuantity", K::Quantity},
};
constexpr Field kDosage[] = {
    {"sequence", K::Integer}, {"text", K::FreeText}, {"additionalInstruction", K::Concept},
    {"patientInstruction", K::FreeText}, {"timing", K::Struct, kTiming}, {"asNeededBoolean", K::Boolean},
    {"asNeededCodeableConcept", K::Concept}, {"site", K::Concept}, {"route", K::Concept}, {"method", K::Concept},
    {"doseAndRate", K::Struct, kDoseAndRate}, {"maxDosePerPeriod", K::Ratio},
    {"maxDosePerAdministration", K::Quantity}, {"maxDosePerLifetime", K::Quantity},
};
constexpr Field kReferenceRange[] = {
    {"low", K::Quantity}, {"high", K::Quantity}, {"type", K::Concept}, {"appliesTo", K::Concept},
    {"age", K::AgeRange}, {"text", K::FreeText},
};
constexpr Field kComponent[] = {
    {"code", K::Concept}, {"valueQuantity", K::Quantity}, {"valueCodeableConcept", K::Concept},
    {"valueString", K::FreeText}, {"valueBoolean", K::Boolean}, {"valueInteger", K::Integer},
    {"valueRange", K::Range}, {"valueRatio", K::Ratio}, {"dataAbsentReason", K::Concept},
    {"interpretation", K::Concept}, {"referenceRange", K::Struct, kReferenceRange},
};

constexpr Field kPatient[] = {
    {"gender", K::Code}, {"birthDate", K::Date}, {"deceasedBoolean", K::Boolean},
    {"deceasedDateTime", K::Date}, {"address", K::PatientAddress},
};
constexpr Field kObservation[] = {
    {"status", K::Code}, {"category", K::Concept}, {"code", K::Concept},
    {"subject", K::Reference, {}, "Patient"}, {"encounter", K::Reference, {}, "Encounter"},
    {"basedOn", K::Reference}, {"partOf", K::Reference},
    {"effectiveDateTime", K::Date}, {"effectivePeriod", K::Period},
    {"valueQuantity", K::Quantity}, {"valueCodeableConcept", K::Concept}, {"valueString", K::FreeText},
    {"valueBoolean", K::Boolean}, {"valueInteger", K::Integer}, {"valueRange", K::Range},
    {"valueRatio", K::Ratio}, {"valueDateTime", K::Date}, {"valuePeriod", K::Period},
    {"dataAbsentReason", K::Concept}, {"interpretation", K::Concept}, {"note", K::Annotation},
    {"bodySite", K::Concept}, {"method", K::Concept}, {"referenceRange", K::Struct, kReferenceRange},
    {"hasMember", K::Reference, {}, "Observation"}, {"derivedFrom", K::Reference},
    {"component", K::Struct, kComponent},
};
constexpr Field kConditionStage[] = {{"summary", K::Concept}, {"assessment", K::Reference}, {"type", K::Concept}};
constexpr Field kConditionEvidence[] = {{"code", K::Concept}, {"detail", K::Reference}};
constexpr Field kCondition[] = {
    {"clinicalStatus", K::Concept}, {"verificationStatus", K::Concept}, {"category", K::Concept},
    {"severity", K::Concept}, {"code", K::Concept}, {"bodySite", K::Concept},
    {"subject", K::Reference, {}, "Patient"}, {"encounter", K::Reference, {}, "Encounter"},
    {"onsetDateTime", K::Date}, {"onsetAge", K::Age}, {"onsetPeriod", K::Period}, {"onsetRange", K::AgeRange},
    {"onsetString", K::FreeText}, {"abatementDateTime", K::Date}, {"abatementAge", K::Age},
    {"abatementPeriod", K::Period}, {"abatementRange", K::AgeRange}, {"abatementString", K::FreeText},
    {"recordedDate", K::Date}, {"stage", K::Struct, kConditionStage},
    {"evidence", K::Struct, kConditionEvidence}, {"note", K::Annotation},
};
constexpr Field kMedicationStatement[] = {
    {"status", K::Code}, {"statusReason", K::Concept}, {"category", K::Concept},
    {"medicationCodeableConcept", K::Concept}, {"subject", K::Reference, {}, "Patient"},
    {"context", K::Reference, {}, "Encounter"}, {"basedOn", K::Reference}, {"partOf", K::Reference},
    {"effectiveDateTime", K::Date}, {"effectivePeriod", K::Period}, {"dateAsserted", K::Date},
    {"derivedFrom", K::Reference}, {"reasonCode", K::Concept}, {"reasonReference", K::Reference},
    {"note", K::Annotation}, {"dosage", K::Struct, kDosage},
};
constexpr Field kDispenseRequest[] = {
    {"validityPeriod", K::Period}, {"numberOfRepeatsAllowed", K::Integer}, {"quantity", K::Quantity},
    {"expectedSupplyDuration", K::Quantity},
};
constexpr Field kSubstitution[] = {
    {"allowedBoolean", K::Boolean}, {"allowedCodeableConcept", K::Concept}, {"reason", K::Concept},
};
constexpr Field kMedicationRequest[] = {
    {"status", K::Code}, {"statusReason", K::Concept}, {"intent", K::Code}, {"category", K::Concept},
    {"priority", K::Code}, {"doNotPerform", K::Boolean}, {"reportedBoolean", K::Boolean},
    {"medicationCodeableConcept", K::Concept}, {"subject", K::Reference, {}, "Patient"},
    {"encounter", K::Reference, {}, "Encounter"}, {"authoredOn", K::Date}, {"reasonCode", K::Concept},
    {"reasonReference", K::Reference}, {"basedOn", K::Reference}, {"courseOfTherapyType", K::Concept},
    {"note", K::Annotation}, {"dosageInstruction", K::Struct, kDosage},
    {"dispenseRequest", K::Struct, kDispenseRequest}, {"substitution", K::Struct, kSubstitution},
};
constexpr Field kProtocolApplied[] = {
    {"series", K::FreeText}, {"targetDisease", K::Concept}, {"doseNumberPositiveInt", K::Integer},
    {"doseNumberString", K::FreeText}, {"seriesDosesPositiveInt", K::Integer}, {"seriesDosesString", K::FreeText},
};
constexpr Field kImmunizationReaction[] = {
    {"date", K::Date}, {"detail", K::Reference, {}, "Observation"}, {"reported", K::Boolean},
};
constexpr Field kImmunization[] = {
    {"status", K::Code}, {"statusReason", K::Concept}, {"vaccineCode", K::Concept},
    {"patient", K::Reference, {}, "Patient"}, {"encounter", K::Reference, {}, "Encounter"},
    {"occurrenceDateTime", K::Date}, {"occurrenceString", K::FreeText}, {"recorded", K::Date},
    {"primarySource", K::Boolean}, {"reportOrigin", K::Concept}, {"site", K::Concept}, {"route", K::Concept},
    {"doseQuantity", K::Quantity}, {"note", K::Annotation}, {"reasonCode", K::Concept},
    {"reasonReference", K::Reference}, {"isSubpotent", K::Boolean}, {"subpotentReason", K::Concept},
    {"programEligibility", K::Concept}, {"fundingSource", K::Concept},
    {"reaction", K::Struct, kImmunizationReaction}, {"protocolApplied", K::Struct, kProtocolApplied},
};
constexpr Field kAllergyReaction[] = {
    {"substance", K::Concept}, {"manifestation", K::Concept}, {"description", K::FreeText},
    {"onset", K::Date}, {"severity", K::Code}, {"exposureRoute", K::Concept}, {"note", K::Annotation},
};
constexpr Field kAllergyIntolerance[] = {
    {"clinicalStatus", K::Concept}, {"verificationStatus", K::Concept}, {"type", K::Code},
    {"category", K::Code}, {"criticality", K::Code}, {"code", K::Concept},
    {"patient", K::Reference, {}, "Patient"}, {"encounter", K::Reference, {}, "Encounter"},
    {"onsetDateTime", K::Date}, {"onsetAge", K::Age}, {"onsetPeriod", K::Period}, {"onsetRange", K::AgeRange},
    {"onsetString", K::FreeText}, {"recordedDate", K::Date}, {"lastOccurrence", K::Date},
    {"note", K::Annotation}, {"reaction", K::Struct, kAllergyReaction},
};
constexpr Field kProcedure[] = {
    {"basedOn", K::Reference}, {"partOf", K::Reference}, {"status", K::Code}, {"statusReason", K::Concept},
    {"category", K::Concept}, {"code", K::Concept}, {"subject", K::Reference, {}, "Patient"},
    {"encounter", K::Reference, {}, "Encounter"}, {"performedDateTime", K::Date},
    {"performedPeriod", K::Period}, {"performedString", K::FreeText}, {"performedAge", K::Age},
    {"performedRange", K::AgeRange}, {"reasonCode", K::Concept}, {"reasonReference", K::Reference},
    {"bodySite", K::Concept}, {"outcome", K::Concept}, {"complication", K::Concept},
    {"complicationDetail", K::Reference, {}, "Condition"}, {"followUp", K::Concept}, {"note", K::Annotation},
    {"usedCode", K::Concept},
};
constexpr Field kDiagnosticReport[] = {
    {"basedOn", K::Reference}, {"status", K::Code}, {"category", K::Concept}, {"code", K::Concept},
    {"subject", K::Reference, {}, "Patient"}, {"encounter", K::Reference, {}, "Encounter"},
    {"effectiveDateTime", K::Date}, {"effectivePeriod", K::Period},
    {"result", K::Reference, {}, "Observation"}, {"conclusion", K::FreeText}, {"conclusionCode", K::Concept},
};
constexpr Field kEncounterDiagnosis[] = {
    {"condition", K::Reference, {}, "Condition"}, {"use", K::Concept}, {"rank", K::Integer},
};
constexpr Field kHospitalization[] = {
    {"admitSource", K::Concept}, {"reAdmission", K::Concept}, {"dietPreference", K::Concept},
    {"specialArrangement", K::Concept}, {"dischargeDisposition", K::Concept},
};
constexpr Field kEncounter[] = {
    {"status", K::Code}, {"class", K::Coding}, {"type", K::Concept}, {"serviceType", K::Concept},
    {"priority", K::Concept}, {"subject", K::Reference, {}, "Patient"}, {"period", K::Period},
    {"length", K::Quantity}, {"reasonCode", K::Concept}, {"reasonReference", K::Reference},
    {"diagnosis", K::Struct, kEncounterDiagnosis}, {"hospitalization", K::Struct, kHospitalization},
    {"partOf", K::Reference, {}, "Encounter"},
};
constexpr Field kFamilyCondition[] = {
    {"code", K::Concept}, {"outcome", K::Concept}, {"contributedToDeath", K::Boolean},
    {"onsetAge", K::Age}, {"onsetRange", K::AgeRange}, {"note", K::Annotation},
};
constexpr Field kFamilyMemberHistory[] = {
    {"status", K::Code}, {"dataAbsentReason", K::Concept}, {"patient", K::Reference, {}, "Patient"},
    {"date", K::Date}, {"relationship", K::Concept}, {"sex", K::Concept}, {"bornDate", K::BirthYear},
    {"ageAge", K::Age}, {"ageRange", K::AgeRange}, {"estimatedAge", K::Boolean},
    {"deceasedBoolean", K::Boolean}, {"deceasedAge", K::Age}, {"deceasedRange", K::AgeRange},
    {"deceasedDate", K::Date}, {"reasonCode", K::Concept}, {"note", K::Annotation},
    {"condition", K::Struct, kFamilyCondition},
};
constexpr Field kDocumentReference[] = {
    {"status", K::Code}, {"docStatus", K::Code}, {"type", K::Concept}, {"category", K::Concept},
    {"subject", K::Reference, {}, "Patient"}, {"content", K::DocContent},
};

constexpr ResourceRule kRules[] = {
    {"AllergyIntolerance", kAllergyIntolerance}, {"Condition", kCondition},
    {"DiagnosticReport", kDiagnosticReport}, {"DocumentReference", kDocumentReference, true},
    {"Encounter", kEncounter}, {"FamilyMemberHistory", kFamilyMemberHistory},
    {"Immunization", kImmunization}, {"MedicationRequest", kMedicationRequest},
    {"MedicationStatement", kMedicationStatement}, {"Observation", kObservation},
    {"Patient", kPatient}, {"Procedure", kProcedure},
};
} // namespace

const ResourceRule *ruleFor(const QString &resourceType, bool keepFreeText)
{
    for (const ResourceRule &rule : kRules) {
        if (resourceType == QLatin1StringView(rule.type.data(), qsizetype(rule.type.size())))
            return rule.needsFreeText && !keepFreeText ? nullptr : &rule;
    }
    return nullptr;
}

} // namespace carnet::core::research::detail
