// SPDX-License-Identifier: GPL-3.0-or-later
// Routine GP visits every ~3 months: the encounter, vital signs, the renewed prescriptions, the
// treatment changes of the story, and a short visit note.
#include "core/demo/demogen.h"

#include <cmath>

namespace carnet::core::demo {

namespace {

int roundi(double value) { return static_cast<int>(std::lround(value)); }

JObj vitalCategory()
{
    return codeable("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs");
}

JObj interpretation(std::string_view code)
{
    static constexpr std::string_view system = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    return codeable(system, code, code == "H" ? "High" : code == "L" ? "Low" : "Normal");
}

void vital(Gen &gen, int provider, const QDateTime &time, const std::string &encounterId, const JObj &code,
           std::string_view valueKey, const JObj &value, std::string_view interpretationCode = {})
{
    const std::string id = gen.newId("vital");
    JObj r = Gen::resource("Observation", id);
    r.str("status", "final")
        .arr("category", {vitalCategory()})
        .obj("code", code)
        .obj("subject", reference(kPatientRef))
        .obj("encounter", reference(Gen::encounterRef(encounterId)))
        .str("effectiveDateTime", Gen::dateTime(time))
        .arr("performer", {Gen::providerRef(provider)})
        .obj(valueKey, value);
    if (!interpretationCode.empty())
        r.arr("interpretation", {interpretation(interpretationCode)});
    gen.add(provider, time, "Observation", id, r);
}

std::string lastResult(const std::vector<std::pair<int, int>> &results, int day, int decimals, int *value = nullptr)
{
    const std::pair<int, int> *last = nullptr;
    for (const auto &r : results)
        if (r.first <= day)
            last = &r;
    if (!last)
        return {};
    if (value)
        *value = last->second;
    return fixedDecimal(last->second, decimals);
}

std::string french(std::string decimal)
{
    for (char &c : decimal)
        if (c == '.')
            c = ',';
    return decimal;
}

} // namespace

Vitals sampleVitals(Gen &gen, int day)
{
    Vitals v;
    v.systolic = roundi(gen.systolicAt(day) + gen.rng.noise(7.0));
    v.diastolic = roundi(v.systolic * 0.58 + 5.0 + gen.rng.noise(4.0));
    v.heartRate = roundi(72.0 + gen.rng.noise(8.0));
    v.weightDg = roundi(10.0 * (gen.weightAt(day) + gen.rng.noise(0.8)));
    v.temperatureDc = roundi(366.0 + gen.rng.noise(3.0));
    v.spo2 = roundi(97.5 + gen.rng.noise(1.5));
    return v;
}

void writeVitals(Gen &gen, int provider, const QDateTime &time, const std::string &encounterId, const Vitals &v)
{
    const auto loinc = [](std::string_view code, std::string_view display, std::string_view text) {
        return codeable(sys::loinc, code, display, text);
    };
    const bool high = v.systolic >= 140 || v.diastolic >= 90;
    const std::string bpId = gen.newId("vital");
    JObj panel = Gen::resource("Observation", bpId);
    panel.str("status", "final")
        .arr("category", {vitalCategory()})
        .obj("code", loinc("85354-9", "Blood pressure panel with all children optional", "Tension artérielle"))
        .obj("subject", reference(kPatientRef))
        .obj("encounter", reference(Gen::encounterRef(encounterId)))
        .str("effectiveDateTime", Gen::dateTime(time))
        .arr("performer", {Gen::providerRef(provider)})
        .arr("interpretation", {interpretation(high ? "H" : "N")})
        .arr("component", {JObj()
                               .obj("code", loinc("8480-6", "Systolic blood pressure", "Systolique"))
                               .obj("valueQuantity", quantity(v.systolic, 0, "mmHg", "mm[Hg]")),
                           JObj()
                               .obj("code", loinc("8462-4", "Diastolic blood pressure", "Diastolique"))
                               .obj("valueQuantity", quantity(v.diastolic, 0, "mmHg", "mm[Hg]"))});
    gen.add(provider, time, "Observation", bpId, panel);
    vital(gen, provider, time, encounterId, loinc("8867-4", "Heart rate", "Fréquence cardiaque"), "valueQuantity",
          quantity(v.heartRate, 0, "/min", "/min"), v.heartRate > 100 ? "H" : "N");
    vital(gen, provider, time, encounterId, loinc("29463-7", "Body weight", "Poids"), "valueQuantity",
          quantity(v.weightDg, 1, "kg", "kg"));
    if (v.height)
        vital(gen, provider, time, encounterId, loinc("8302-2", "Body height", "Taille"), "valueQuantity",
              quantity(kHeightMm / 10, 0, "cm", "cm"));
    const std::int64_t h2 = std::int64_t(kHeightMm) * kHeightMm;
    const std::int64_t bmiTenths = (std::int64_t(v.weightDg) * 1000000 + h2 / 2) / h2;
    vital(gen, provider, time, encounterId, loinc("39156-5", "Body mass index (BMI) [Ratio]", "IMC"), "valueQuantity",
          quantity(bmiTenths, 1, "kg/m2", "kg/m2"), bmiTenths >= 300 ? "H" : "N");
    vital(gen, provider, time, encounterId, loinc("8310-5", "Body temperature", "Température"), "valueQuantity",
          quantity(v.temperatureDc, 1, "°C", "Cel"), v.temperatureDc >= 380 ? "H" : "N");
    JObj spo2Code;
    spo2Code.arr("coding", {coding(sys::loinc, "2708-6", "Oxygen saturation in Arterial blood"),
                            coding(sys::loinc, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")})
        .str("text", "SpO2");
    vital(gen, provider, time, encounterId, spo2Code, "valueQuantity", quantity(v.spo2, 0, "%", "%"),
          v.spo2 < 95 ? "L" : "N");
}

void writeVisits(Gen &gen)
{
    const Story &s = gen.story;
    for (std::size_t i = 0; i < s.visits.size(); ++i) {
        const int day = s.visits[i];
        const QDateTime begin = gen.at(day, 8, gen.rng.range(0, 3) * 15);
        const std::string enc = writeEncounter(gen, GP, begin, begin.addSecs(25 * 60), "AMB", "185349003",
                                               "Encounter for check up",
                                               i == 0 ? "Bilan de santé" : "Suivi diabète et hypertension");
        Vitals v = sampleVitals(gen, day);
        v.height = i % 4 == 0;
        writeVitals(gen, GP, begin.addSecs(10 * 60), enc, v);
        const QDateTime rx = begin.addSecs(20 * 60);
        std::string changes;
        if (day == s.diabetesDx) {
            const std::string firstPanel = gen.date(s.panels[0]);
            gen.conditions.diabetes = writeCondition(gen, GP, rx, {"44054006", "Diabetes mellitus type 2", "Diabète de type 2", firstPanel, {}}, enc);
            gen.conditions.lipids = writeCondition(gen, GP, rx, {"55822004", "Hyperlipidemia", "Hypercholestérolémie", firstPanel, {}}, enc);
            gen.conditions.obesity = writeCondition(gen, GP, rx, {"162864005", "Body mass index 30+ - obesity", "Obésité (IMC ≥ 30)", gen.date(day), {}}, enc);
            writeMedicationStatement(gen, GP, rx, kMetformin, gen.date(day), {}, gen.conditions.diabetes);
            changes = " Diabète de type 2 découvert sur le bilan biologique : metformine débutée, conseils diététiques et activité physique.";
        } else if (day == s.treatmentChange) {
            writeMedicationStatement(gen, GP, rx, kRamipril5, gen.date(-2 * 365 - 30), gen.date(day), gen.conditions.hypertension);
            writeMedicationStatement(gen, GP, rx, kRamipril10, gen.date(day), {}, gen.conditions.hypertension);
            writeMedicationStatement(gen, GP, rx, kAtorvastatin, gen.date(day), {}, gen.conditions.lipids);
            changes = " Tension insuffisamment contrôlée : ramipril augmenté à 10 mg. LDL élevé malgré le régime : atorvastatine 20 mg débutée.";
        } else if (day == s.dpp4Start) {
            writeMedicationStatement(gen, GP, rx, kSitagliptin, gen.date(day), {}, gen.conditions.diabetes);
            changes = " HbA1c en hausse sous metformine seule : ajout de sitagliptine 100 mg (inhibiteur de la DPP-4).";
        }
        writeMedicationRequest(gen, GP, rx, day < s.treatmentChange ? kRamipril5 : kRamipril10, 100, 2, gen.conditions.hypertension, enc);
        if (!gen.conditions.diabetes.empty())
            writeMedicationRequest(gen, GP, rx, kMetformin, 100, 2, gen.conditions.diabetes, enc);
        if (day >= s.treatmentChange)
            writeMedicationRequest(gen, GP, rx, kAtorvastatin, 100, 2, gen.conditions.lipids, enc);
        if (day >= s.dpp4Start)
            writeMedicationRequest(gen, GP, rx, kSitagliptin, 100, 2, gen.conditions.diabetes, enc);
        const int month = gen.start.addDays(day).month();
        if (month >= 3 && month <= 5)
            writeMedicationRequest(gen, GP, rx, kCetirizine, 90, 0, gen.conditions.rhinitis, enc);

        int hba1c = 0;
        const std::string a1c = lastResult(gen.hba1cResults, day, 1, &hba1c);
        std::string text = "Consultation de suivi. TA " + std::to_string(v.systolic) + "/" + std::to_string(v.diastolic) +
            " mmHg, FC " + std::to_string(v.heartRate) + "/min, poids " + french(fixedDecimal(v.weightDg, 1)) + " kg.";
        if (!a1c.empty())
            text += " Dernière HbA1c : " + french(a1c) + " %" + (hba1c > 70 ? " (au-dessus de l'objectif de 7 %)." : " (objectif atteint).");
        text += changes.empty() ? " Traitement inchangé, renouvelé pour 3 mois." : changes;
        text += " Examen des pieds sans anomalie. Prochain contrôle dans 3 mois avec bilan biologique.";
        writeNote(gen, GP, begin.addSecs(30 * 60), "11506-3", "Progress note", "Compte rendu de consultation", text, enc);
    }
}

} // namespace carnet::core::demo
