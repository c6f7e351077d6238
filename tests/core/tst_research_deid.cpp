// SPDX-License-Identifier: GPL-3.0-or-later
// Safe Harbor over the hand-written record tests/data/research/safe-harbor-record.json, which seeds
// every identifier kind (A)–(R): none of the seeded strings survives de-identification, what is
// allowed does, references are rewritten consistently, and free text is kept only with keepFreeText.
#include "researchtestutil.h"

#include "core/fhir/json.h"

#include <QRegularExpression>
#include <QTest>

using namespace carnet::core;
using namespace carnet::core::research;
using researchtest::policy;
using researchtest::recordEntries;

namespace {

struct Output
{
    std::vector<DeidOutcome> outcomes;
    QByteArray all; ///< every output line joined by "\n"

    const DeidOutcome *byOriginal(const QString &type, int nth = 0) const
    {
        for (const DeidOutcome &o : outcomes) {
            if (o.resourceType == type && nth-- == 0)
                return &o;
        }
        return nullptr;
    }
};

Output deidentifyRecord(const DeidPolicy &p)
{
    Output out;
    for (const auto &entry : recordEntries()) {
        auto r = deidentify(entry.json, p);
        if (!r)
            qFatal("a fixture resource was refused");
        out.all += r->json + '\n';
        out.outcomes.push_back(std::move(*r));
    }
    return out;
}

fhir::JsonValue tree(const QByteArray &json)
{
    auto r = fhir::parseJson(json);
    if (!r)
        qFatal("output is not JSON");
    return std::move(*r);
}

} // namespace

class ResearchDeidTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSeededIdentifierSurvives();
    void excludedTypesLeaveNothing();
    void allowedDataSurvives();
    void referencesAreKeyedConsistently();
    void freeTextOnlyWhenAgreed();
};

// Out of line and hidden from moc, whose preprocessor misreads raw strings inside macro arguments.
#ifndef Q_MOC_RUN

void ResearchDeidTest::noSeededIdentifierSurvives()
{
    const Output out = deidentifyRecord(policy());
    // Keyed ids are 32 random-looking hex digits: blank them so short digit runs ("036") are
    // searched in the rest only.
    QString hay = QString::fromUtf8(out.all);
    hay.replace(QRegularExpression(QStringLiteral("[0-9a-f]{32}")), QStringLiteral("#"));
    const char *const seeded[] = {
        // (A) names: patient, relatives, employer contact, clinician
        "Whitcombe", "Eleanor", "Mae", "Harold", "Margaret", "Walter", "Dorothy", "Pellerin", "Okafor", "Samuel",
        // (B) geography smaller than a state
        "Larkspur", "Apt 3B", "Amsterdam", "1187", "Acworth", "Sullivan", "New York", "Walpole", "Quarry",
        "Bellows", "03601", "036", "10027", "4412", "03608", "Ward 4B", "Bed 12",
        // (C) dates other than years
        "1931", "05-17", "1905", "02-11", "04-02", "03-01", "02-27", "03-03", "1998-07", "07-09", "10-14",
        "08:15", "14:02",
        // (D) phone, (E) fax, (F) email, (N) URLs, (O) IP
        "555", "0147", "0199", "0112", "@", "example.com", "eleanor.whitcombe", "stmarys", "example.net",
        "portal", "192.168", "17.42",
        // (G) SSN, (H) MRN, (I) health plan, (J) account, (K) licence
        "219-09-9999", "219099999", "MRN", "00734219", "HPB", "55821907", "ACCT", "99187264", "W3318472",
        // (L) vehicle, (M) device serials and UDI, other numbers (R)
        "1HGCM82633A004352", "SN-GLU", "7730452", "SCOPE", "2291847", "00844588003288", "1467583920",
        "ACC-2026", "8812", "RX-4471902", "LOT-FLU", "VN-2026", "PRE-66120", "88213", "carnet-pat",
        "urn:uuid", "6c1b5f4e", "obs-hba1c", "enc-admission",
        // (Q) the photo, its text and the document's
        "UEhPVE9", "PHOTOBYTES", "Portrait", "RGlzY2hhcmdl", "Discharge",
        // free text, narratives and displays
        "<div", "quarterly", "Hemoglobin", "Laboratory", "High", "dinner", "dizzy", "Rash", "infarction",
        "Reviewed", "Diagnosed", "St Mary", "Granite", "Oral route", "Penicillin", "Hives", "Colonoscopy",
    };
    for (const char *s : seeded)
        QVERIFY2(!hay.contains(QString::fromUtf8(s)), s);
    // No date finer than a year, no time of day, nothing that looks like a phone or SSN.
    QVERIFY(!hay.contains(QRegularExpression(QStringLiteral("[0-9]{4}-[0-9]{2}"))));
    QVERIFY(!hay.contains(QRegularExpression(QStringLiteral("[0-9]{2}:[0-9]{2}"))));
    // Every URL left is a code system, UCUM or Carnet's 90-or-older extension.
    const QSet<QString> allowedUrls = {
        QStringLiteral("http://loinc.org"), QStringLiteral("http://snomed.info/sct"),
        QStringLiteral("http://unitsofmeasure.org"), QStringLiteral("http://hl7.org/fhir/sid/cvx"),
        QStringLiteral("http://www.nlm.nih.gov/research/umls/rxnorm"),
        QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"),
        QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"),
        QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical"),
        QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status"),
        QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category"),
        QStringLiteral("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"),
        QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode"),
        QStringLiteral("http://terminology.hl7.org/CodeSystem/discharge-disposition"),
        QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-RoleCode"),
        QStringLiteral("http://hl7.org/fhir/administrative-gender"), QString::fromLatin1(kAge90OrOlderUrl),
    };
    const QRegularExpression url(QStringLiteral("\"(https?:[^\"]*)\""));
    for (auto it = url.globalMatch(hay); it.hasNext();) {
        const QString u = it.next().captured(1);
        QVERIFY2(allowedUrls.contains(u), qPrintable(u));
    }
}

void ResearchDeidTest::excludedTypesLeaveNothing()
{
    const Output out = deidentifyRecord(policy());
    QStringList excluded;
    for (const DeidOutcome &o : out.outcomes) {
        if (o.excluded) {
            excluded << o.resourceType;
            QVERIFY(o.json.isEmpty());
            QCOMPARE(o.dropped, QStringList {o.resourceType});
        }
    }
    QCOMPARE(excluded, (QStringList {QStringLiteral("DocumentReference"), QStringLiteral("Practitioner"),
                                     QStringLiteral("Organization"), QStringLiteral("RelatedPerson"),
                                     QStringLiteral("Coverage"), QStringLiteral("Device")}));
}

void ResearchDeidTest::allowedDataSurvives()
{
    const Output out = deidentifyRecord(policy());
    const QByteArray ucum90 = R"({"code":"a","comparator":">=","system":"http://unitsofmeasure.org","unit":"a","value":90})";
    const auto *patient = out.byOriginal(QStringLiteral("Patient"));
    QVERIFY(patient);
    // Born 1931-05-17, died 2026-04-02 at 94: no birth or death date, one "90 or older" category;
    // ZIP 03601 is in a restricted area (000), 10027-4412 gives 100.
    QCOMPARE(patient->json, "{\"address\":[{\"country\":\"US\",\"postalCode\":\"000\",\"state\":\"NH\"},"
                            "{\"postalCode\":\"100\",\"state\":\"NY\"}],\"deceasedBoolean\":true,"
                            "\"extension\":[{\"url\":\"https://carnet.example/fhir/StructureDefinition/age-90-or-older\","
                            "\"valueBoolean\":true}],\"gender\":\"female\",\"id\":\"" + patient->id.toLatin1() +
                                "\",\"resourceType\":\"Patient\"}");
    for (const char *path : {"Patient.name", "Patient.identifier", "Patient.telecom", "Patient.photo",
                             "Patient.contact", "Patient.birthDate", "Patient.deceasedDateTime", "Patient.meta",
                             "Patient.text", "Patient.extension", "Patient.address[0].line",
                             "Patient.address[0].city", "Patient.address[0].district", "Patient.address[1].text",
                             "Patient.generalPractitioner", "Patient.managingOrganization", "Patient.maritalStatus"})
        QVERIFY2(patient->dropped.contains(QString::fromLatin1(path)), path);

    const auto *hba1c = out.byOriginal(QStringLiteral("Observation"), 0);
    const QByteArray h = hba1c->json;
    QVERIFY(h.contains(R"("code":{"coding":[{"code":"4548-4","system":"http://loinc.org"}]})"));
    QVERIFY(h.contains(R"("valueQuantity":{"code":"%","system":"http://unitsofmeasure.org","unit":"%","value":6.4})"));
    QVERIFY(h.contains(R"("effectiveDateTime":"2026")"));
    QVERIFY(h.contains(R"("low":{"code":"%","system":"http://unitsofmeasure.org","unit":"%","value":4.0})"));
    QVERIFY(h.contains(R"("interpretation":[{"coding":[{"code":"H",)"));
    QVERIFY(!h.contains("issued") && !h.contains("note") && !h.contains("performer") && !h.contains("device"));
    for (const char *path : {"Observation.code.coding[0].display", "Observation.code.text", "Observation.issued",
                             "Observation.performer", "Observation.device", "Observation.note[0]",
                             "Observation.referenceRange[0].text", "Observation.identifier"})
        QVERIFY2(hba1c->dropped.contains(QString::fromLatin1(path)), path);
    QVERIFY(out.byOriginal(QStringLiteral("Observation"), 1)->json.contains(R"("value":1.50)"));

    QVERIFY(out.byOriginal(QStringLiteral("Condition"), 0)->json.contains(R"("code":"44054006")"));
    QVERIFY(out.byOriginal(QStringLiteral("Condition"), 0)->json.contains(R"("onsetDateTime":"1998")"));
    QVERIFY(out.byOriginal(QStringLiteral("Condition"), 1)->json.contains(QByteArray("\"onsetAge\":" + ucum90)));
    const QByteArray rx = out.byOriginal(QStringLiteral("MedicationRequest"))->json;
    QVERIFY(rx.contains(R"("code":"860975")") && rx.contains(R"("authoredOn":"2026")"));
    QVERIFY(rx.contains(R"("timing":{"repeat":{"frequency":1,"period":1,"periodUnit":"d"}})"));
    QVERIFY(rx.contains(R"("doseQuantity":{"code":"mg","system":"http://unitsofmeasure.org","unit":"mg","value":500})"));
    const QByteArray imm = out.byOriginal(QStringLiteral("Immunization"))->json;
    QVERIFY(imm.contains(R"("code":"140")") && imm.contains(R"("occurrenceDateTime":"2025")"));
    QVERIFY(out.byOriginal(QStringLiteral("Encounter"))->json.contains(R"("period":{"end":"2026","start":"2026"})"));
    QVERIFY(out.byOriginal(QStringLiteral("AllergyIntolerance"))->json.contains(R"("criticality":"high")"));
    const QByteArray mother = out.byOriginal(QStringLiteral("FamilyMemberHistory"), 0)->json;
    QVERIFY(!mother.contains("bornDate")); // 1905: the year shows an age over 89
    QVERIFY(mother.contains(R"("onsetAge":{"code":"a","system":"http://unitsofmeasure.org","unit":"a","value":67})"));
    const QByteArray brother = out.byOriginal(QStringLiteral("FamilyMemberHistory"), 1)->json;
    QVERIFY(brother.contains(QByteArray("\"ageAge\":" + ucum90)));
    QVERIFY(brother.contains(R"("onsetRange":{"low":{"code":"a","system":"http://unitsofmeasure.org","unit":"a","value":90}})"));
}

void ResearchDeidTest::referencesAreKeyedConsistently()
{
    const DeidPolicy p = policy();
    const Output out = deidentifyRecord(p);
    const QString patientRef = QStringLiteral("Patient/") + out.byOriginal(QStringLiteral("Patient"))->id;
    QCOMPARE(out.byOriginal(QStringLiteral("Patient"))->id, keyedId(p.idSecret, QStringLiteral("Patient"), QStringLiteral("carnet-pat-88213")));
    const auto *hba1c = out.byOriginal(QStringLiteral("Observation"), 0);
    const auto *creatinine = out.byOriginal(QStringLiteral("Observation"), 1);
    QCOMPARE(tree(hba1c->json)["subject"]["reference"].toString(), patientRef);
    // A "urn:uuid:" reference and an absolute URL, resolved through the Bundle's fullUrls.
    QCOMPARE(tree(creatinine->json)["subject"]["reference"].toString(), patientRef);
    QCOMPARE(tree(creatinine->json)["hasMember"].at(0)["reference"].toString(), QStringLiteral("Observation/") + hba1c->id);
    QCOMPARE(tree(out.byOriginal(QStringLiteral("Immunization"))->json)["patient"]["reference"].toString(), patientRef);
    const auto report = tree(out.byOriginal(QStringLiteral("DiagnosticReport"))->json);
    QCOMPARE(report["result"].at(0)["reference"].toString(), QStringLiteral("Observation/") + hba1c->id);
    QCOMPARE(report["result"].at(1)["reference"].toString(), QStringLiteral("Observation/") + creatinine->id);
    QCOMPARE(tree(hba1c->json)["encounter"]["reference"].toString(),
             QStringLiteral("Encounter/") + out.byOriginal(QStringLiteral("Encounter"))->id);
    QCOMPARE(tree(out.byOriginal(QStringLiteral("MedicationRequest"))->json)["reasonReference"].at(0)["reference"].toString(),
             QStringLiteral("Condition/") + out.byOriginal(QStringLiteral("Condition"))->id);

    // Without the fullUrl map the urn:uuid is keyed as a whole string: still a Patient, another id.
    DeidPolicy bare = policy();
    bare.fullUrls.clear();
    const auto alone = deidentify(recordEntries()[2].json, bare);
    QVERIFY(alone);
    QCOMPARE(tree(alone->json)["subject"]["reference"].toString(),
             QStringLiteral("Patient/") + keyedId(bare.idSecret, QStringLiteral("Patient"),
                                                  QStringLiteral("urn:uuid:6c1b5f4e-3a7d-4d2b-9f1e-0c8a55e2d901")));

    // Stable within a study, unlinkable across studies.
    const Output again = deidentifyRecord(policy());
    QCOMPARE(again.all, out.all);
    const Output other = deidentifyRecord(policy(0x11));
    for (std::size_t i = 0; i < out.outcomes.size(); ++i) {
        if (!out.outcomes[i].excluded)
            QVERIFY(out.outcomes[i].id != other.outcomes[i].id);
    }
}

void ResearchDeidTest::freeTextOnlyWhenAgreed()
{
    const Output plain = deidentifyRecord(policy());
    const Output text = deidentifyRecord(policy(0x5a, true));
    for (const char *s : {"display", "\"text\"", "valueString", "conclusion", "patientInstruction", "description"})
        QVERIFY2(!plain.all.contains(s), s);
    const QByteArray hba1c = text.byOriginal(QStringLiteral("Observation"), 0)->json;
    QVERIFY(hba1c.contains(R"("display":"Hemoglobin A1c/Hemoglobin.total in Blood")"));
    QVERIFY(hba1c.contains(R"x("text":"HbA1c (Eleanor's quarterly check)")x"));
    QVERIFY(hba1c.contains(R"("note":[{"text":"Eleanor phoned from 212-555-0147; drives VIN 1HGCM82633A004352.","time":"2026"}])"));
    QVERIFY(hba1c.contains(R"x("text":"4.0-5.6 % (St Mary's lab)")x"));
    QVERIFY(!hba1c.contains("authorString")); // a name, even with free text
    QVERIFY(text.byOriginal(QStringLiteral("Observation"), 2)->json.contains("\"valueString\":\"Logged in from"));
    QVERIFY(text.byOriginal(QStringLiteral("DiagnosticReport"))->json.contains("\"conclusion\":"));
    // The DocumentReference is kept: its text/plain attachment only, re-encoded; no url, title, date.
    const auto *doc = text.byOriginal(QStringLiteral("DocumentReference"));
    QVERIFY(doc && !doc->excluded);
    const auto d = tree(doc->json);
    QCOMPARE(d["content"].size(), std::size_t(1));
    QCOMPARE(d["content"].at(0)["attachment"]["contentType"].toString(), QStringLiteral("text/plain"));
    QCOMPARE(QByteArray::fromBase64(d["content"].at(0)["attachment"]["data"].toString().toLatin1()),
             "Discharge note for Eleanor Whitcombe (MRN-00734219): home on metformin, follow up with Dr Okafor at 212-555-0147.");
    QCOMPARE(d["content"].at(0)["attachment"].size(), std::size_t(2));
    for (const char *absent : {"url", "title", "creation", "date", "author"})
        QVERIFY2(!doc->json.contains(QByteArray(QByteArray("\"") + absent + "\"")), absent);
    QCOMPARE(d["type"]["coding"].at(0)["code"].toString(), QStringLiteral("18842-5"));
    // Identifiers stay out with free text too.
    for (const char *s : {"219-09-9999", "HPB-55821907", "SN-GLU-7730452", "+1 212 555 0199", "192.168.17.42\""})
        QVERIFY2(!text.all.contains(s), s);
}
#endif

QTEST_APPLESS_MAIN(ResearchDeidTest)
#include "tst_research_deid.moc"
