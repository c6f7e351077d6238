// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/demo: the generator's state (random source, calendar, the patient's story) shared
// by the parts that write visits, labs and episodes.
#include "core/demo/demojson.h"
#include "core/demo/demorecord.h"

#include <cstdint>
#include <string>
#include <vector>

namespace carnet::core::demo {

/** splitmix64 (Steele, Lea, Flood 2014): the same numbers on every platform and standard library. */
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /** Uniform integer in [low, high]. */
    int range(int low, int high)
    {
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<int>(next() % span);
    }
    /** Uniform in [0, 1). */
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /** Roughly bell-shaped noise in [-amplitude, amplitude] (mean of three uniforms). */
    double noise(double amplitude) { return amplitude * ((unit() + unit() + unit()) / 1.5 - 1.0); }
    bool chance(double p) { return unit() < p; }

private:
    std::uint64_t m_state;
};

enum Provider { GP = 0, Lab = 1, Hospital = 2, Pharmacy = 3 };

inline constexpr std::string_view kPatientRef = "Patient/demo-patient";

/** The story's key days, as day offsets from the record's first day. */
struct Story
{
    std::vector<int> visits; // routine GP visits (every ~3 months)
    std::vector<int> panels; // lab panels (every 3–6 months)
    int diabetesDx = 0; // first visit: type 2 diabetes found, metformin started
    int treatmentChange = 0; // second visit: ramipril raised, atorvastatin started
    int fracture = 0; // fall, wrist fracture: ER visit, cast
    int pneumonia = 0; // GP problem visit, azithromycin (penicillin allergy)
    int dpp4Start = 0; // visit where sitagliptin is added (HbA1c had drifted up)
    int cardioAdmit = 0; // chest pain: 3-day cardiology stay, normal coronary angiography
    int anemiaPanel = 0; // lab panel with low haemoglobin
    int colonoscopy = 0;
};

/** Ids of the conditions that prescriptions and notes refer to. */
struct ConditionIds
{
    std::string hypertension, diabetes, lipids, obesity, rhinitis;
};

class Gen
{
public:
    explicit Gen(const DemoOptions &options);

    Rng rng;
    QDate start;
    QDate end;
    QDate birth;
    int days = 0; // start..end inclusive count minus one
    Story story;
    ConditionIds conditions;
    std::vector<std::pair<int, int>> hba1cResults; // (day, HbA1c in 0.1 %), filled by writeLabs
    std::vector<std::pair<int, int>> ldlResults; // (day, LDL mg/dL)
    std::vector<DemoItem> items;

    /** A fresh resource id "<prefix>-NNNN" (per prefix counter). */
    std::string newId(std::string_view prefix);
    /** Day offset + clock time (UTC) as a QDateTime. */
    QDateTime at(int day, int hour, int minute) const;
    static std::string dateTime(const QDateTime &time); // "2021-03-04T09:30:00Z"
    std::string date(int day) const; // "2021-03-04"
    /** Adds a finished resource; `json` must start with resourceType and id. */
    void add(int provider, const QDateTime &effective, std::string_view type, const std::string &id, const JObj &json);
    /** A new resource object with resourceType, id and the HTEST meta tag. */
    static JObj resource(std::string_view type, const std::string &id);
    static JObj providerRef(int provider);
    static std::string encounterRef(const std::string &id) { return "Encounter/" + id; }
    int ageAt(int day) const;

    // The patient's story as smooth curves (before noise), in natural units.
    double hba1cAt(int day) const; // %
    double weightAt(int day) const; // kg
    double systolicAt(int day) const; // mm[Hg]
    double ldlAt(int day) const; // mg/dL

private:
    std::vector<std::pair<std::string, int>> m_counters;
};

extern const char *const kProviderNames[4];
inline constexpr int kHeightMm = 1650;

// The parts; each appends to gen.items.
void writeFoundation(Gen &gen); // Patient, Organizations, conditions and allergies known at the start
void writeLabs(Gen &gen); // lab panels: observations and their DiagnosticReport (before writeVisits)
void writeVisits(Gen &gen); // routine GP visits: encounter, vital signs, prescriptions, note
void writeEpisodes(Gen &gen); // fracture, pneumonia, cardiology stay, anemia and colonoscopy
void writeImmunizations(Gen &gen); // influenza, COVID-19, tetanus
/** A DocumentReference holding a text/plain note (UTF-8, base64). */
std::string writeNote(Gen &gen, int provider, const QDateTime &time, std::string_view loinc,
                      std::string_view loincDisplay, std::string_view title, const std::string &text,
                      const std::string &encounterId);
/** A routine vital-signs observation set for an encounter; temperature/SpO2/HR may be overridden. */
struct Vitals
{
    int systolic = 0, diastolic = 0, heartRate = 0;
    int weightDg = 0; // weight in 0.1 kg
    int temperatureDc = 0; // 0.1 °C
    int spo2 = 0;
    bool height = false;
};
Vitals sampleVitals(Gen &gen, int day);
void writeVitals(Gen &gen, int provider, const QDateTime &time, const std::string &encounterId, const Vitals &v);


/** A Condition; `onset` is a date or dateTime, `abatement` empty while active. Returns its id. */
struct ConditionSpec
{
    std::string_view code, display, text;
    std::string onset, abatement;
    bool encounterDiagnosis = false;
};
std::string writeCondition(Gen &gen, int provider, const QDateTime &recorded, const ConditionSpec &spec,
                           const std::string &encounterId = {});

/** A medicine of the demo (ATC code, display, French dosage text, reason condition id). */
struct Medicine
{
    std::string_view atc, display, text, dosage;
};
inline constexpr Medicine kRamipril5 {"C09AA05", "ramipril", "Ramipril 5 mg", "1 comprimé de 5 mg le matin"};
inline constexpr Medicine kRamipril10 {"C09AA05", "ramipril", "Ramipril 10 mg", "1 comprimé de 10 mg le matin"};
inline constexpr Medicine kMetformin {"A10BA02", "metformin", "Metformine 1000 mg", "1 comprimé de 1000 mg matin et soir, au cours des repas"};
inline constexpr Medicine kAtorvastatin {"C10AA05", "atorvastatin", "Atorvastatine 20 mg", "1 comprimé de 20 mg le soir"};
inline constexpr Medicine kSitagliptin {"A10BH01", "sitagliptin", "Sitagliptine 100 mg", "1 comprimé de 100 mg par jour"};
inline constexpr Medicine kAzithromycin {"J01FA10", "azithromycin", "Azithromycine 250 mg", "2 comprimés le premier jour, puis 1 comprimé par jour pendant 4 jours"};
inline constexpr Medicine kParacetamol {"N02BE01", "paracetamol", "Paracétamol 1 g", "1 g jusqu'à 3 fois par jour si douleur, pendant 10 jours au plus"};
inline constexpr Medicine kCetirizine {"R06AE07", "cetirizine", "Cétirizine 10 mg", "1 comprimé de 10 mg le soir pendant la saison des pollens"};
inline constexpr Medicine kIron {"B03AA07", "ferrous sulfate", "Sulfate ferreux 80 mg", "1 comprimé par jour à jeun pendant 3 mois"};

/** A MedicationStatement: taken from day `from` to day `to` (-1: still taken), asserted at `asserted`. */
std::string writeMedicationStatement(Gen &gen, int provider, const QDateTime &asserted, const Medicine &medicine,
                                     const std::string &from, const std::string &to, const std::string &reasonId);
/** A MedicationRequest (prescription) authored at `time`, valid for `validDays`. */
std::string writeMedicationRequest(Gen &gen, int provider, const QDateTime &time, const Medicine &medicine,
                                   int validDays, int repeats, const std::string &reasonId,
                                   const std::string &encounterId);
/** An Encounter; returns its id. classCode AMB/EMER/IMP, type a SNOMED concept. */
std::string writeEncounter(Gen &gen, int provider, const QDateTime &from, const QDateTime &to,
                           std::string_view classCode, std::string_view typeCode, std::string_view typeDisplay,
                           std::string_view reason);

} // namespace carnet::core::demo
