// SPDX-License-Identifier: GPL-3.0-or-later
// Lab panels every 3–6 months from Laboratoire Bio-Santé: LOINC-coded Observations with UCUM units,
// reference ranges and H/L/N interpretations, each panel grouped by a DiagnosticReport.
#include "core/demo/demogen.h"

#include <cmath>

namespace carnet::core::demo {

namespace {

struct LabTest
{
    std::string_view loinc, display, text, unit, ucum;
    int decimals;
    std::int64_t low, high; // scaled like the value; -1 when the range has no such bound
};

constexpr LabTest kHbA1c {"4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c", "%", "%", 1, 40, 56};
constexpr LabTest kGlucose {"1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma", "Glycémie à jeun", "mg/dL", "mg/dL", 0, 70, 99};
constexpr LabTest kCholesterol {"2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "Cholestérol total", "mg/dL", "mg/dL", 0, -1, 200};
constexpr LabTest kHdl {"2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma", "Cholestérol HDL", "mg/dL", "mg/dL", 0, 40, -1};
constexpr LabTest kLdl {"13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "Cholestérol LDL (calculé)", "mg/dL", "mg/dL", 0, -1, 130};
constexpr LabTest kTriglycerides {"2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "Triglycérides", "mg/dL", "mg/dL", 0, -1, 150};
constexpr LabTest kCreatinine {"2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "Créatinine", "mg/dL", "mg/dL", 2, 51, 95};
constexpr LabTest kEgfr {"62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
                         "DFG estimé (CKD-EPI)", "mL/min/1.73 m2", "mL/min/{1.73_m2}", 0, 60, -1};
constexpr LabTest kHaemoglobin {"718-7", "Hemoglobin [Mass/volume] in Blood", "Hémoglobine", "g/dL", "g/dL", 1, 120, 155};
constexpr LabTest kLeukocytes {"6690-2", "Leukocytes [#/volume] in Blood by Automated count", "Leucocytes", "10^3/µL", "10*3/uL", 1, 40, 105};
constexpr LabTest kPlatelets {"777-3", "Platelets [#/volume] in Blood by Automated count", "Plaquettes", "10^3/µL", "10*3/uL", 0, 150, 400};
constexpr LabTest kTsh {"3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH", "mIU/L", "m[IU]/L", 2, 40, 400};
constexpr LabTest kPotassium {"2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Potassium", "mmol/L", "mmol/L", 1, 35, 51};
constexpr LabTest kSodium {"2951-2", "Sodium [Moles/volume] in Serum or Plasma", "Sodium", "mmol/L", "mmol/L", 0, 136, 145};

std::int64_t scaled(double value, int decimals) { return std::llround(value * std::pow(10.0, decimals)); }

struct Panel
{
    Gen &gen;
    QDateTime collected, issued;
    std::vector<std::string> results;
    std::string abnormal;

    void add(const LabTest &t, std::int64_t value)
    {
        const std::string id = gen.newId("lab");
        const std::string_view flag = (t.low >= 0 && value < t.low) ? "L" : (t.high >= 0 && value > t.high) ? "H" : "N";
        JObj range;
        if (t.low >= 0)
            range.obj("low", quantity(t.low, t.decimals, t.unit, t.ucum));
        if (t.high >= 0)
            range.obj("high", quantity(t.high, t.decimals, t.unit, t.ucum));
        JObj r = Gen::resource("Observation", id);
        r.str("status", "final")
            .arr("category", {codeable("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory")})
            .obj("code", codeable(sys::loinc, t.loinc, t.display, t.text))
            .obj("subject", reference(kPatientRef))
            .str("effectiveDateTime", Gen::dateTime(collected))
            .str("issued", Gen::dateTime(issued))
            .arr("performer", {Gen::providerRef(Lab)})
            .obj("valueQuantity", quantity(value, t.decimals, t.unit, t.ucum))
            .arr("interpretation", {codeable("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", flag,
                                            flag == "H" ? "High" : flag == "L" ? "Low" : "Normal")})
            .arr("referenceRange", {range});
        gen.add(Lab, collected, "Observation", id, r);
        results.push_back(reference("Observation/" + id, t.text).json());
        if (flag != "N") {
            std::string shown = fixedDecimal(value, t.decimals);
            for (char &c : shown)
                if (c == '.')
                    c = ',';
            abnormal += (abnormal.empty() ? "" : ", ") + std::string(t.text) + " " + shown + " " + std::string(t.unit) +
                (flag == "H" ? " (élevé)" : " (bas)");
        }
    }
};

/** CKD-EPI 2009 (female, no race term), from the creatinine as reported. */
std::int64_t egfr(std::int64_t creatinineHundredths, int age)
{
    const double ratio = static_cast<double>(creatinineHundredths) / 100.0 / 0.7;
    const double value = 144.0 * std::pow(std::min(ratio, 1.0), -0.329) * std::pow(std::max(ratio, 1.0), -1.209) *
        std::pow(0.993, age);
    return std::llround(value);
}

} // namespace

void writeLabs(Gen &gen)
{
    const Story &s = gen.story;
    int lastLipids = -1000, lastCbc = -1000, lastTsh = -1000;
    for (std::size_t k = 0; k < s.panels.size(); ++k) {
        const int day = s.panels[k];
        Panel panel {gen, gen.at(day, 7, 15 + gen.rng.range(0, 40)), gen.at(day, 15, 30), {}, {}};
        Rng &rng = gen.rng;

        const std::int64_t a1c = scaled(gen.hba1cAt(day) + rng.noise(0.15), 1);
        panel.add(kHbA1c, a1c);
        gen.hba1cResults.emplace_back(day, static_cast<int>(a1c));
        const double eag = 28.7 * static_cast<double>(a1c) / 10.0 - 46.7;
        panel.add(kGlucose, scaled(eag * 0.82 + rng.noise(8.0), 0));

        if (day - lastLipids >= 300 || k == 1 || k == 2) {
            lastLipids = day;
            const std::int64_t ldl = scaled(gen.ldlAt(day) + rng.noise(10.0), 0);
            const std::int64_t hdl = scaled(45.0 + rng.noise(6.0), 0);
            const std::int64_t tg = scaled((day < s.treatmentChange + 40 ? 195.0 : 140.0) + rng.noise(25.0), 0);
            panel.add(kCholesterol, ldl + hdl + (tg + 2) / 5);
            panel.add(kHdl, hdl);
            panel.add(kLdl, ldl);
            panel.add(kTriglycerides, tg);
            gen.ldlResults.emplace_back(day, static_cast<int>(ldl));
        }

        const std::int64_t creatinine = scaled(0.76 + 0.18 * day / gen.days + rng.noise(0.04), 2);
        panel.add(kCreatinine, creatinine);
        panel.add(kEgfr, egfr(creatinine, gen.ageAt(day)));
        const bool potassiumHigh = day > s.treatmentChange && rng.chance(0.2);
        panel.add(kPotassium, scaled(4.4 + rng.noise(0.3) + (potassiumHigh ? 0.8 : 0.0), 1));
        panel.add(kSodium, scaled(140.0 + rng.noise(3.0), 0));

        const bool anemia = day == s.anemiaPanel;
        const bool afterAnemia = k > 0 && s.panels[k - 1] == s.anemiaPanel;
        if (day - lastCbc >= 330 || anemia || afterAnemia) {
            lastCbc = day;
            const double hb = anemia ? 11.2 + rng.noise(0.2) : afterAnemia ? 12.5 + rng.noise(0.2) : 13.5 + rng.noise(0.5);
            panel.add(kHaemoglobin, scaled(hb, 1));
            panel.add(kLeukocytes, scaled(6.8 + rng.noise(1.5), 1));
            panel.add(kPlatelets, scaled(250.0 + rng.noise(50.0) + (anemia ? 90.0 : 0.0), 0));
        }
        if (day - lastTsh >= 330) {
            lastTsh = day;
            panel.add(kTsh, scaled(rng.chance(0.2) ? 4.3 + rng.noise(0.3) : 2.0 + rng.noise(0.9), 2));
        }

        const std::string id = gen.newId("labreport");
        JObj report = Gen::resource("DiagnosticReport", id);
        report.str("status", "final")
            .arr("category", {codeable("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory")})
            .obj("code", codeable(sys::loinc, "11502-2", "Laboratory report", "Bilan biologique"))
            .obj("subject", reference(kPatientRef))
            .str("effectiveDateTime", Gen::dateTime(panel.collected))
            .str("issued", Gen::dateTime(panel.issued))
            .arr("performer", {Gen::providerRef(Lab)})
            .arr("result", panel.results)
            .str("conclusion", panel.abnormal.empty() ? "Bilan sans anomalie." : "Valeurs hors normes : " + panel.abnormal + ".");
        gen.add(Lab, panel.issued, "DiagnosticReport", id, report);
    }
}

} // namespace carnet::core::demo
