// SPDX-License-Identifier: GPL-3.0-or-later
// The record's base: the patient, the providers, what is known at the first visit (hypertension,
// hay fever, allergies, ramipril), and the writers shared by the other parts.
#include "core/demo/demogen.h"

namespace carnet::core::demo {

namespace {

JObj clinicalStatus(std::string_view system, std::string_view code)
{
    return JObj().arr("coding", {coding(system, code, {})});
}

void writeAllergy(Gen &gen, const QDateTime &recorded, std::string_view category, std::string_view criticality,
                  const JObj &code, std::string_view onset, const JObj &manifestation, std::string_view severity,
                  std::string_view reactionText)
{
    const std::string id = gen.newId("allergy");
    JObj r = Gen::resource("AllergyIntolerance", id);
    r.obj("clinicalStatus", clinicalStatus("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active"))
        .obj("verificationStatus",
             clinicalStatus("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed"))
        .str("type", "allergy")
        .raw("category", "[" + jsonString(category) + "]")
        .str("criticality", criticality)
        .obj("code", code)
        .obj("patient", reference(kPatientRef))
        .str("onsetString", onset)
        .str("recordedDate", Gen::dateTime(recorded))
        .arr("reaction", {JObj().arr("manifestation", {manifestation}).str("description", reactionText).str("severity", severity)});
    gen.add(GP, recorded, "AllergyIntolerance", id, r);
}

} // namespace

std::string writeCondition(Gen &gen, int provider, const QDateTime &recorded, const ConditionSpec &spec,
                           const std::string &encounterId)
{
    const std::string id = gen.newId("condition");
    const std::string category = spec.encounterDiagnosis ? "encounter-diagnosis" : "problem-list-item";
    JObj r = Gen::resource("Condition", id);
    r.obj("clinicalStatus", clinicalStatus("http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           spec.abatement.empty() ? "active" : "resolved"))
        .obj("verificationStatus", clinicalStatus("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed"))
        .arr("category", {codeable("http://terminology.hl7.org/CodeSystem/condition-category", category, {})})
        .obj("code", codeable(sys::snomed, spec.code, spec.display, spec.text))
        .obj("subject", reference(kPatientRef));
    if (!encounterId.empty())
        r.obj("encounter", reference(Gen::encounterRef(encounterId)));
    r.str("onsetDateTime", spec.onset);
    if (!spec.abatement.empty())
        r.str("abatementDateTime", spec.abatement);
    r.str("recordedDate", Gen::dateTime(recorded));
    gen.add(provider, recorded, "Condition", id, r);
    return id;
}

static JObj medicationConcept(const Medicine &m) { return codeable(sys::atc, m.atc, m.display, m.text); }

std::string writeMedicationStatement(Gen &gen, int provider, const QDateTime &asserted, const Medicine &medicine,
                                     const std::string &from, const std::string &to, const std::string &reasonId)
{
    const std::string id = gen.newId("medstatement");
    JObj period;
    period.str("start", from);
    if (!to.empty())
        period.str("end", to);
    JObj r = Gen::resource("MedicationStatement", id);
    r.str("status", to.empty() ? "active" : "completed")
        .obj("medicationCodeableConcept", medicationConcept(medicine))
        .obj("subject", reference(kPatientRef))
        .obj("effectivePeriod", period)
        .str("dateAsserted", Gen::dateTime(asserted))
        .obj("informationSource", Gen::providerRef(provider));
    if (!reasonId.empty())
        r.arr("reasonReference", {reference("Condition/" + reasonId)});
    r.arr("dosage", {JObj().str("text", medicine.dosage)});
    gen.add(provider, asserted, "MedicationStatement", id, r);
    return id;
}

std::string writeMedicationRequest(Gen &gen, int provider, const QDateTime &time, const Medicine &medicine,
                                   int validDays, int repeats, const std::string &reasonId,
                                   const std::string &encounterId)
{
    const std::string id = gen.newId("medrequest");
    const bool over = time.date().addDays(validDays) < gen.end;
    JObj r = Gen::resource("MedicationRequest", id);
    r.str("status", over ? "completed" : "active")
        .str("intent", "order")
        .obj("medicationCodeableConcept", medicationConcept(medicine))
        .obj("subject", reference(kPatientRef));
    if (!encounterId.empty())
        r.obj("encounter", reference(Gen::encounterRef(encounterId)));
    r.str("authoredOn", Gen::dateTime(time))
        .obj("requester", reference(provider == GP ? "Organization/demo-org-1" : "Organization/demo-org-3",
                                    provider == GP ? "Dr Léa Moreau" : "Dr Karim Exemple-Benali"));
    if (!reasonId.empty())
        r.arr("reasonReference", {reference("Condition/" + reasonId)});
    r.arr("dosageInstruction", {JObj().str("text", medicine.dosage)})
        .obj("dispenseRequest",
             JObj()
                 .obj("validityPeriod", JObj()
                                            .str("start", time.date().toString(Qt::ISODate).toStdString())
                                            .str("end", time.date().addDays(validDays).toString(Qt::ISODate).toStdString()))
                 .num("numberOfRepeatsAllowed", repeats));
    gen.add(provider, time, "MedicationRequest", id, r);
    return id;
}

std::string writeEncounter(Gen &gen, int provider, const QDateTime &from, const QDateTime &to,
                           std::string_view classCode, std::string_view typeCode, std::string_view typeDisplay,
                           std::string_view reason)
{
    const std::string id = gen.newId("encounter");
    const std::string_view classDisplay = classCode == "AMB" ? "ambulatory" : classCode == "EMER" ? "emergency" : "inpatient encounter";
    JObj r = Gen::resource("Encounter", id);
    r.str("status", "finished")
        .obj("class", coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", classCode, classDisplay))
        .arr("type", {codeable(sys::snomed, typeCode, typeDisplay)})
        .obj("subject", reference(kPatientRef))
        .obj("period", JObj().str("start", Gen::dateTime(from)).str("end", Gen::dateTime(to)))
        .arr("reasonCode", {textConcept(reason)});
    if (classCode == "IMP")
        r.obj("hospitalization", JObj().obj("dischargeDisposition", codeable("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home")));
    r.obj("serviceProvider", Gen::providerRef(provider));
    gen.add(provider, from, "Encounter", id, r);
    return id;
}

std::string writeNote(Gen &gen, int provider, const QDateTime &time, std::string_view loinc,
                      std::string_view loincDisplay, std::string_view title, const std::string &text,
                      const std::string &encounterId)
{
    const std::string id = gen.newId("note");
    const std::string data = QByteArray::fromStdString(text).toBase64().toStdString();
    JObj r = Gen::resource("DocumentReference", id);
    r.str("status", "current")
        .str("docStatus", "final")
        .obj("type", codeable(sys::loinc, loinc, loincDisplay))
        .obj("subject", reference(kPatientRef))
        .str("date", Gen::dateTime(time))
        .arr("author", {Gen::providerRef(provider)})
        .str("description", title)
        .arr("content", {JObj().obj("attachment", JObj()
                                                      .str("contentType", "text/plain; charset=utf-8")
                                                      .str("language", "fr")
                                                      .str("data", data)
                                                      .str("title", title)
                                                      .str("creation", Gen::dateTime(time)))});
    if (!encounterId.empty())
        r.obj("context", JObj().arr("encounter", {reference(Gen::encounterRef(encounterId))}));
    gen.add(provider, time, "DocumentReference", id, r);
    return id;
}

void writeFoundation(Gen &gen)
{
    const QDateTime t0 = gen.at(0, 7, 0);
    JObj patient = Gen::resource("Patient", "demo-patient");
    patient.arr("name", {JObj().str("use", "official").str("text", "Camille Exemple (patiente fictive)").str("family", "Exemple").raw("given", "[\"Camille\"]")})
        .str("gender", "female")
        .str("birthDate", gen.birth.toString(Qt::ISODate).toStdString())
        .arr("address", {JObj().str("city", "Ville-Exemple").str("postalCode", "99999").str("country", "FR")})
        .arr("communication", {JObj().obj("language", codeable("urn:ietf:bcp:47", "fr", "French"))});
    gen.add(GP, t0, "Patient", "demo-patient", patient);
    for (int p = 0; p < 4; ++p) {
        const std::string id = "demo-org-" + std::to_string(p + 1);
        JObj org = Gen::resource("Organization", id);
        org.boolean("active", true).str("name", kProviderNames[p]).arr("address", {JObj().str("city", "Ville-Exemple").str("country", "FR")});
        gen.add(p, t0, "Organization", id, org);
    }

    const int first = gen.story.visits[0];
    const QDateTime recorded = gen.at(first, 9, 20);
    gen.conditions.hypertension = writeCondition(gen, GP, recorded,
        {"59621000", "Essential hypertension", "Hypertension artérielle essentielle", gen.date(-2 * 365 - 40), {}});
    gen.conditions.rhinitis = writeCondition(gen, GP, recorded,
        {"367498001", "Seasonal allergic rhinitis", "Rhinite allergique saisonnière (pollens de graminées)", "1989-05-01", {}});
    writeAllergy(gen, recorded, "environment", "low", codeable(sys::snomed, "256277009", "Grass pollen", "Pollens de graminées"),
                 "adolescence", codeable(sys::snomed, "76067001", "Sneezing", "Éternuements, rhinorrhée"), "mild",
                 "Rhinite et conjonctivite chaque printemps");
    writeAllergy(gen, recorded, "medication", "high", codeable(sys::snomed, "91936005", "Allergy to penicillin", "Allergie à la pénicilline"),
                 "2004", codeable(sys::snomed, "126485001", "Urticaria", "Urticaire généralisée"), "moderate",
                 "Urticaire généralisée après amoxicilline en 2004");
}

} // namespace carnet::core::demo
