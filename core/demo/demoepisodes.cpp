// SPDX-License-Identifier: GPL-3.0-or-later
// The record's episodes: a wrist fracture (ER visit, cast, follow-up), a pneumonia treated by the GP
// with azithromycin (penicillin allergy), a cardiology stay for chest pain with a normal coronary
// angiography, and an iron-deficiency anaemia investigated by colonoscopy.
#include "core/demo/demogen.h"

namespace carnet::core::demo {

namespace {

std::string frenchDate(const Gen &gen, int day)
{
    return gen.start.addDays(day).toString(QStringLiteral("dd/MM/yyyy")).toStdString();
}

/** The first routine visit on or after `day`, or -1. */
int visitFrom(const Gen &gen, int day)
{
    for (const int v : gen.story.visits)
        if (v >= day)
            return v;
    return -1;
}

std::string writeProcedure(Gen &gen, int provider, const QDateTime &time, std::string_view code, std::string_view display,
                           std::string_view text, std::string_view reason, std::string_view bodySite,
                           std::string_view outcome, const std::string &encounterId)
{
    const std::string id = gen.newId("procedure");
    JObj r = Gen::resource("Procedure", id);
    r.str("status", "completed")
        .obj("code", codeable(sys::snomed, code, display, text))
        .obj("subject", reference(kPatientRef))
        .obj("encounter", reference(Gen::encounterRef(encounterId)))
        .str("performedDateTime", Gen::dateTime(time))
        .arr("performer", {JObj().obj("actor", Gen::providerRef(provider))})
        .arr("reasonCode", {textConcept(reason)});
    if (!bodySite.empty())
        r.arr("bodySite", {textConcept(bodySite)});
    r.obj("outcome", textConcept(outcome));
    gen.add(provider, time, "Procedure", id, r);
    return id;
}

void fracture(Gen &gen)
{
    const int day = gen.story.fracture;
    const QDateTime arrival = gen.at(day, 10, 40);
    const std::string enc = writeEncounter(gen, Hospital, arrival, arrival.addSecs(3 * 3600 + 30 * 60), "EMER", "50849002",
                                           "Emergency room admission", "Chute dans un escalier, douleur du poignet gauche");
    Vitals v = sampleVitals(gen, day);
    v.heartRate = 94;
    writeVitals(gen, Hospital, arrival.addSecs(10 * 60), enc, v);
    writeProcedure(gen, Hospital, arrival.addSecs(2 * 3600), "274474001", "Bone immobilization",
                   "Plâtre antébrachio-palmaire", "Fracture du radius distal gauche peu déplacée", "Poignet gauche",
                   "Réduction non nécessaire ; plâtre bien toléré, pouls radial et sensibilité normaux", enc);
    writeMedicationRequest(gen, Hospital, arrival.addSecs(3 * 3600), kParacetamol, 10, 0, {}, enc);
    writeNote(gen, Hospital, arrival.addSecs(3 * 3600 + 20 * 60), "34111-5", "Emergency department note",
              "Compte rendu des urgences",
              "Patiente de " + std::to_string(gen.ageAt(day)) + " ans, chute dans un escalier, réception sur la main gauche. "
              "Radiographie : fracture extra-articulaire peu déplacée du radius distal gauche. Pas de lésion cutanée. "
              "Immobilisation par plâtre antébrachio-palmaire pour 6 semaines. Antalgiques : paracétamol (allergie à la pénicilline notée). "
              "Contrôle radiographique et consultation d'orthopédie à 6 semaines.",
              enc);
    const QDateTime followUp = gen.at(day + 42, 14, 0);
    const std::string enc2 = writeEncounter(gen, Hospital, followUp, followUp.addSecs(20 * 60), "AMB", "390906007",
                                            "Follow-up encounter", "Contrôle de fracture du poignet");
    writeCondition(gen, Hospital, followUp.addSecs(15 * 60),
                   {"65966004", "Fracture of forearm", "Fracture du radius distal gauche", gen.date(day), gen.date(day + 42), true}, enc2);
    writeNote(gen, Hospital, followUp.addSecs(18 * 60), "11506-3", "Progress note", "Consultation d'orthopédie",
              "Contrôle à 6 semaines : consolidation radiologique acquise, ablation du plâtre. Raideur modérée du poignet, "
              "10 séances de kinésithérapie prescrites. Fin du suivi orthopédique.",
              enc2);
}

void pneumonia(Gen &gen)
{
    const int day = gen.story.pneumonia;
    const QDateTime begin = gen.at(day, 17, 30);
    const std::string enc = writeEncounter(gen, GP, begin, begin.addSecs(20 * 60), "AMB", "185347001",
                                           "Encounter for problem", "Fièvre et toux depuis 3 jours");
    Vitals v = sampleVitals(gen, day);
    v.temperatureDc = 387;
    v.spo2 = 94;
    v.heartRate = 102;
    writeVitals(gen, GP, begin.addSecs(5 * 60), enc, v);
    writeMedicationRequest(gen, GP, begin.addSecs(15 * 60), kAzithromycin, 5, 0, {}, enc);
    writeNote(gen, GP, begin.addSecs(18 * 60), "11506-3", "Progress note", "Consultation pour fièvre",
              "Toux productive et fièvre à 38,7 °C depuis 3 jours. Crépitants en base droite, SpO2 94 % en air ambiant. "
              "Pneumopathie aiguë communautaire probable, sans signe de gravité. Allergie à la pénicilline : azithromycine 5 jours. "
              "Radiographie thoracique demandée ; reconsulter si dyspnée ou fièvre au-delà de 72 heures.",
              enc);
    const int next = visitFrom(gen, day + 14);
    if (next < 0)
        return;
    const QDateTime at = gen.at(next, 8, 50);
    writeCondition(gen, GP, at, {"385093006", "Community acquired pneumonia", "Pneumopathie aiguë communautaire", gen.date(day), gen.date(day + 12), true});
    writeMedicationStatement(gen, GP, at, kAzithromycin, gen.date(day), gen.date(day + 4), {});
}

void cardiology(Gen &gen)
{
    const int day = gen.story.cardioAdmit;
    const QDateTime admit = gen.at(day, 11, 0);
    const QDateTime discharge = gen.at(day + 3, 14, 0);
    const std::string enc = writeEncounter(gen, Hospital, admit, discharge, "IMP", "32485007", "Hospital admission",
                                           "Douleur thoracique à l'effort");
    Vitals v = sampleVitals(gen, day);
    v.systolic = 162;
    v.diastolic = 94;
    v.heartRate = 88;
    writeVitals(gen, Hospital, admit.addSecs(15 * 60), enc, v);
    writeProcedure(gen, Hospital, gen.at(day + 1, 10, 0), "33367005", "Coronary angiography", "Coronarographie",
                   "Douleur thoracique chez une patiente diabétique et hypertendue", {},
                   "Réseau coronaire sans sténose significative", enc);
    writeCondition(gen, Hospital, discharge.addSecs(-30 * 60),
                   {"29857009", "Chest pain", "Douleur thoracique non coronarienne", gen.date(day), gen.date(day + 3), true}, enc);
    writeNote(gen, Hospital, discharge, "18842-5", "Discharge summary", "Lettre de sortie — cardiologie",
              "Madame Exemple, " + std::to_string(gen.ageAt(day)) + " ans, diabétique de type 2 et hypertendue, a été hospitalisée du " +
                  frenchDate(gen, day) + " au " + frenchDate(gen, day + 3) + " pour une douleur thoracique à l'effort. "
              "ECG sans signe d'ischémie, troponine négative à deux reprises. Coronarographie : réseau coronaire sans sténose "
              "significative. Échocardiographie : fonction ventriculaire gauche normale. Douleur jugée non coronarienne. "
              "Traitement de sortie inchangé (ramipril, atorvastatine, antidiabétiques). Suivi par le médecin traitant ; "
              "objectif tensionnel inférieur à 130/80 mmHg.",
              enc);
}

void anemia(Gen &gen)
{
    const Story &s = gen.story;
    const QDateTime begin = gen.at(s.anemiaPanel + 4, 18, 0);
    const std::string enc = writeEncounter(gen, GP, begin, begin.addSecs(20 * 60), "AMB", "185347001",
                                           "Encounter for problem", "Anémie découverte sur le bilan biologique");
    writeMedicationRequest(gen, GP, begin.addSecs(15 * 60), kIron, 90, 0, {}, enc);
    writeNote(gen, GP, begin.addSecs(18 * 60), "11506-3", "Progress note", "Consultation pour anémie",
              "Hémoglobine basse sur le dernier bilan, fatigue depuis deux mois, pas de saignement extériorisé. "
              "Anémie ferriprive probable : supplémentation en fer pour 3 mois et coloscopie demandée.",
              enc);
    const QDateTime colo = gen.at(s.colonoscopy, 9, 0);
    const std::string enc2 = writeEncounter(gen, Hospital, colo, colo.addSecs(4 * 3600), "AMB", "185347001", "Encounter for problem",
                                            "Anémie ferriprive");
    writeProcedure(gen, Hospital, colo.addSecs(3600), "73761001", "Colonoscopy", "Coloscopie totale", "Anémie ferriprive", {},
                   "Polype hyperplasique de 4 mm du sigmoïde retiré ; pas d'autre lésion", enc2);
    writeNote(gen, Hospital, colo.addSecs(3 * 3600), "28570-0", "Procedure note", "Compte rendu de coloscopie",
              "Coloscopie totale sous anesthésie générale, préparation satisfaisante. Un polype hyperplasique de 4 mm du "
              "sigmoïde, retiré à l'anse froide. Pas de lésion hémorragique. Surveillance par coloscopie dans 5 ans.",
              enc2);
    int after = -1;
    for (std::size_t k = 0; k + 1 < s.panels.size(); ++k)
        if (s.panels[k] == s.anemiaPanel)
            after = s.panels[k + 1];
    const int next = after < 0 ? -1 : visitFrom(gen, after);
    if (next >= 0)
        writeCondition(gen, GP, gen.at(next, 8, 52),
                       {"87522002", "Iron deficiency anemia", "Anémie ferriprive", gen.date(s.anemiaPanel), gen.date(after), false});
}

} // namespace

void writeEpisodes(Gen &gen)
{
    fracture(gen);
    pneumonia(gen);
    cardiology(gen);
    anemia(gen);
}

void writeImmunizations(Gen &gen)
{
    const auto dose = [&gen](int provider, const QDate &date, std::string_view cvx, std::string_view display,
                             std::string_view text, int doseNumber) {
        const int day = static_cast<int>(gen.start.daysTo(date));
        if (day < 0 || day > gen.days)
            return;
        const QDateTime time = gen.at(day, 10, 15);
        const std::string id = gen.newId("immunization");
        JObj r = Gen::resource("Immunization", id);
        r.str("status", "completed")
            .obj("vaccineCode", codeable(sys::cvx, cvx, display, text))
            .obj("patient", reference(kPatientRef))
            .str("occurrenceDateTime", Gen::dateTime(time))
            .str("recorded", Gen::dateTime(time))
            .boolean("primarySource", true)
            .str("lotNumber", "DEMO-" + std::to_string(gen.rng.range(1000, 9999)))
            .obj("site", textConcept("Deltoïde gauche"))
            .arr("performer", {JObj().obj("actor", Gen::providerRef(provider))})
            .arr("protocolApplied", {JObj().num("doseNumberPositiveInt", doseNumber)});
        gen.add(provider, time, "Immunization", id, r);
    };
    for (int year = gen.start.year(); year <= gen.end.year(); ++year) {
        const QDate flu = QDate(year, 10, 14).addDays(gen.rng.range(0, 35));
        dose(Pharmacy, flu, "150", "Influenza, injectable, quadrivalent, preservative free", "Vaccin grippe saisonnière", 1);
        if (year >= 2022)
            dose(Pharmacy, flu.addDays(7), "213", "SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED FORMULATION",
                 "Rappel vaccin COVID-19", year - 2019);
    }
    const QDate covid = QDate(2021, 4, 12).addDays(gen.rng.range(0, 20));
    const char *covidDisplay = "SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 30 mcg/0.3mL dose";
    dose(Pharmacy, covid, "208", covidDisplay, "Vaccin COVID-19 (ARNm), dose 1", 1);
    dose(Pharmacy, covid.addDays(35), "208", covidDisplay, "Vaccin COVID-19 (ARNm), dose 2", 2);
    dose(Pharmacy, QDate(2021, 12, 6).addDays(gen.rng.range(0, 20)), "208", covidDisplay, "Vaccin COVID-19 (ARNm), rappel", 3);
    if (gen.story.visits.size() > 8)
        dose(GP, gen.start.addDays(gen.story.visits[8]), "113", "Td (adult) preservative free",
             "Rappel diphtérie-tétanos (dTP adulte)", 1);
}

} // namespace carnet::core::demo
