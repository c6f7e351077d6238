// SPDX-License-Identifier: GPL-3.0-or-later
// summarize(), detail() and chartPoints() over the fixtures in tests/data/fhir, in English and
// French: category, title, value line (decimal precision as written), abnormal flag, status, date at
// the precision written; detail fields and unknown members; chart series, reference ranges.
#include "core/fhir/entry.h"
#include "core/fhir/json.h"
#include "core/fhir/views.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace carnet::core::fhir;

namespace {
const QLocale kFr(QLocale::French, QLocale::France);
const QLocale kEn(QLocale::English, QLocale::UnitedKingdom);

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(CARNET_TEST_DATA_DIR "/fhir/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return f.readAll();
}

const DetailField *field(const EntryDetail &d, const QString &key)
{
    for (const DetailField &f : d.fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}
} // namespace

class FhirEntriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("valueEn");
        QTest::addColumn<QString>("valueFr");
        QTest::addColumn<bool>("abnormal");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("dateFr");
        QTest::newRow("hba1c") << "observation-hba1c.json"
                               << "lab"
                               << "Haemoglobin A1c"
                               << "6.40 %"
                               << "6,40 %" << true << "final"
                               << "23/11/2026 08:15";
        QTest::newRow("potassium") << "observation-potassium.json"
                                   << "lab"
                                   << "Potassium"
                                   << "4.50 mmol/L"
                                   << "4,50 mmol/L" << false << "final"
                                   << "23/11/2026";
        QTest::newRow("glucose over range") << "observation-glucose.json"
                                            << "lab"
                                            << "Glucose [Moles/volume] in Blood"
                                            << "7.80 mmol/L"
                                            << "7,80 mmol/L" << true << "final"
                                            << "02/10/2026 07:40";
        QTest::newRow("wbc") << "observation-wbc.json"
                             << "lab"
                             << "White cells"
                             << "12,000 /uL"
                             << "12\u202f000 /uL" << true << "final"
                             << "02/10/2026";
        QTest::newRow("blood pressure") << "observation-bp.json"
                                        << "vital"
                                        << "Blood pressure"
                                        << "128/82 mmHg"
                                        << "128/82 mmHg" << true << "final"
                                        << "20/11/2026 18:30";
        QTest::newRow("temperature by code") << "observation-temperature.json"
                                             << "vital"
                                             << "Body temperature"
                                             << "37.20 Cel"
                                             << "37,20 Cel" << false << "final"
                                             << "21/11/2026 07:00";
        QTest::newRow("smoking") << "observation-smoking.json"
                                 << "other"
                                 << "Tobacco smoking status"
                                 << "Former smoker"
                                 << "Former smoker" << false << "final"
                                 << "2025";
        QTest::newRow("report") << "diagnosticreport-cbc.json"
                                << "report"
                                << "Complete blood count"
                                << "Mild leukocytosis."
                                << "Mild leukocytosis." << false << "final"
                                << "02/10/2026 07:40";
        QTest::newRow("condition") << "condition-diabetes.json"
                                   << "condition"
                                   << "Type 2 diabetes"
                                   << "Moderate"
                                   << "Moderate" << false << "active"
                                   << "mars 2019";
        QTest::newRow("medication statement") << "medicationstatement-metformin.json"
                                              << "medication"
                                              << "Metformin 500 mg tablet"
                                              << "1 tablet twice a day with meals"
                                              << "1 tablet twice a day with meals" << false << "active"
                                              << "02/04/2019";
        QTest::newRow("medication request") << "medicationrequest-amoxicillin.json"
                                            << "medication"
                                            << "amoxicillin 500 MG Oral Capsule"
                                            << "500 mg three times a day for 7 days"
                                            << "500 mg three times a day for 7 days" << false << "completed"
                                            << "14/01/2025 10:20";
        QTest::newRow("immunization") << "immunization-flu.json"
                                      << "immunization"
                                      << "Influenza vaccine 2026\u201327"
                                      << "1/1"
                                      << "1/1" << false << "completed"
                                      << "15/10/2026";
        QTest::newRow("allergy") << "allergy-penicillin.json"
                                 << "allergy"
                                 << "Penicillin"
                                 << "Anaphylaxis, Hives"
                                 << "Anaphylaxis, Hives" << true << "active"
                                 << "2004";
        QTest::newRow("encounter") << "encounter-gp.json"
                                   << "encounter"
                                   << "Diabetes follow-up"
                                   << "Diabetes review"
                                   << "Diabetes review" << false << "finished"
                                   << "23/11/2026 09:00";
        QTest::newRow("procedure") << "procedure-appendectomy.json"
                                   << "procedure"
                                   << "Appendectomy"
                                   << "Successful"
                                   << "Successful" << false << "completed"
                                   << "04/07/2011 14:00";
        QTest::newRow("note") << "documentreference-note.json"
                              << "note"
                              << "Consultation note"
                              << "Patient vu pour le suivi du diab\u00e8te."
                              << "Patient vu pour le suivi du diab\u00e8te." << false << "final"
                              << "23/11/2026 09:25";
        QTest::newRow("patient") << "patient.json"
                                 << "other"
                                 << "Marie Claire Dupont"
                                 << "07/12/1984"
                                 << "07/12/1984" << false << ""
                                 << "";
        QTest::newRow("careplan fallback") << "careplan-unknown.json"
                                           << "other"
                                           << "Diabetes care plan"
                                           << ""
                                           << "" << false << "active"
                                           << "";
        QTest::newRow("unknown type") << "futurething.json"
                                      << "other"
                                      << "Something new"
                                      << ""
                                      << "" << false << "draft"
                                      << "f\u00e9vrier 2030";
        QTest::newRow("minimal") << "observation-minimal.json"
                                 << "other"
                                 << "Observation"
                                 << ""
                                 << "" << false << ""
                                 << "";
    }
    void summaries()
    {
        QFETCH(QString, file);
        QFETCH(QString, category);
        QFETCH(QString, title);
        QFETCH(QString, valueEn);
        QFETCH(QString, valueFr);
        QFETCH(bool, abnormal);
        QFETCH(QString, status);
        QFETCH(QString, dateFr);
        const QByteArray bytes = fixture(file);
        const auto en = summarize(bytes, kEn);
        const auto fr = summarize(bytes, kFr);
        QVERIFY(en.ok() && fr.ok());
        QCOMPARE(QString::fromLatin1(categoryKey(en->category)), category);
        QCOMPARE(en->title, title);
        QCOMPARE(en->valueLine, valueEn.replace(QChar(0x202f), kEn.groupSeparator()));
        QCOMPARE(fr->valueLine, valueFr.replace(QChar(0x202f), kFr.groupSeparator()));
        QCOMPARE(en->abnormal, abnormal);
        QCOMPARE(en->status, status);
        QCOMPARE(fr->dateText, dateFr);
        // detail agrees with the summary, and never crashes on any fixture
        const auto d = detail(bytes, kFr);
        QVERIFY(d.ok());
        QCOMPARE(d->summary.title, title);
        QVERIFY(!d->rawJson.isEmpty());
        for (const DetailField &f : d->fields) {
            QVERIFY(!f.key.isEmpty());
            QVERIFY(!f.label.isEmpty());
            QVERIFY(!f.value.trimmed().isEmpty());
        }
    }

    void precisionThroughDetailAndChart()
    {
        const QByteArray bytes = fixture(QStringLiteral("observation-hba1c.json"));
        const auto fr = detail(bytes, kFr);
        const auto en = detail(bytes, kEn);
        QVERIFY(fr.ok() && en.ok());
        QCOMPARE(field(*fr, QStringLiteral("value"))->value, QStringLiteral("6,40 %"));
        QVERIFY(field(*fr, QStringLiteral("value"))->abnormal);
        QCOMPARE(field(*en, QStringLiteral("value"))->value, QStringLiteral("6.40 %"));
        QCOMPARE(field(*fr, QStringLiteral("referenceRange"))->value, QStringLiteral("4,0\u20135,6 %"));
        QCOMPARE(field(*en, QStringLiteral("interpretation"))->value, QStringLiteral("High"));
        QCOMPARE(field(*en, QStringLiteral("code"))->value, QStringLiteral("LOINC 4548-4"));
        QCOMPARE(field(*en, QStringLiteral("value"))->label, QStringLiteral("Value"));
        // unknown members are listed and kept in the raw JSON, lexemes as written
        QCOMPARE(fr->unknownFields, (QStringList {QStringLiteral("extension"), QStringLiteral("labBatchNote")}));
        QVERIFY(fr->rawJson.contains(QLatin1String("\"value\": 6.40")));
        QVERIFY(fr->rawJson.contains(QLatin1String("lab-batch")));

        const auto point = chartPoint(bytes);
        QVERIFY(point);
        QCOMPARE(point->seriesKey, QStringLiteral("4548-4"));
        QCOMPARE(point->displayName, QStringLiteral("Haemoglobin A1c"));
        QCOMPARE(point->value.lexeme, QStringLiteral("6.40"));
        QCOMPARE(point->value.value, 6.4);
        QCOMPARE(point->unit, QStringLiteral("%"));
        QCOMPARE(point->ucumCode, QStringLiteral("%"));
        QCOMPARE(point->refLow->lexeme, QStringLiteral("4.0"));
        QCOMPARE(point->refHigh->lexeme, QStringLiteral("5.6"));
        QVERIFY(point->abnormal);
        QCOMPARE(point->time, QDateTime(QDate(2026, 11, 23), QTime(7, 15), QTimeZone::utc()));
        QCOMPARE(point->when.precision, FhirDateTime::Precision::Time);
    }

    void bloodPressureChart()
    {
        const QList<ChartPoint> points = chartPoints(fixture(QStringLiteral("observation-bp.json")));
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].seriesKey, QStringLiteral("85354-9|8480-6"));
        QCOMPARE(points[0].value.lexeme, QStringLiteral("128"));
        QCOMPARE(points[0].ucumCode, QStringLiteral("mm[Hg]"));
        QVERIFY(!points[0].refLow);
        QCOMPARE(points[0].refHigh->lexeme, QStringLiteral("130"));
        QVERIFY(!points[0].abnormal);
        QCOMPARE(points[1].seriesKey, QStringLiteral("85354-9|8462-4"));
        QCOMPARE(points[1].displayName, QStringLiteral("Diastolic blood pressure"));
        QVERIFY(points[1].abnormal); // 82 > 80, no interpretation given
        const auto d = detail(fixture(QStringLiteral("observation-bp.json")), kEn);
        QVERIFY(field(*d, QStringLiteral("component.8462-4"))->abnormal);
        QVERIFY(!field(*d, QStringLiteral("component.8480-6"))->abnormal);
    }

    void chartOnlyForNumericObservations()
    {
        QVERIFY(chartPoint(fixture(QStringLiteral("observation-potassium.json"))));
        QVERIFY(!chartPoint(fixture(QStringLiteral("observation-smoking.json"))));
        QVERIFY(!chartPoint(fixture(QStringLiteral("condition-diabetes.json"))));
        QVERIFY(!chartPoint(fixture(QStringLiteral("observation-minimal.json"))));
        QVERIFY(!chartPoint("not json"));
        // a comparator value ("< 5") is not a point
        QVERIFY(!chartPoint("{\"resourceType\":\"Observation\",\"code\":{\"text\":\"CRP\"},\"effectiveDateTime\":"
                            "\"2026\",\"valueQuantity\":{\"value\":5,\"comparator\":\"<\"}}"));
        // no LOINC: system|code
        const auto p
            = chartPoint("{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"system\":\"urn:x\",\"code\":\"w\"}"
                         "]},\"effectiveDateTime\":\"2026-01\",\"valueQuantity\":{\"value\":0.10}}");
        QVERIFY(p);
        QCOMPARE(p->seriesKey, QStringLiteral("urn:x|w"));
        QCOMPARE(p->value.lexeme, QStringLiteral("0.10"));
        QCOMPARE(p->when.precision, FhirDateTime::Precision::Month);
    }

    void noteDecoded()
    {
        const auto d = detail(fixture(QStringLiteral("documentreference-note.json")), kFr);
        QVERIFY(d.ok());
        QVERIFY(
            d->noteText.startsWith(QStringLiteral("Patient vu pour le suivi du diab\u00e8te.\nHbA1c \u00e0 6,4 %")));
        QVERIFY(d->noteText.endsWith(QStringLiteral("\u00ab Revoir dans 3 mois \u00bb")));
        QCOMPARE(field(*d, QStringLiteral("attachment.1"))->value, QStringLiteral("Scan (application/pdf)"));
        // bad base64 or non-UTF-8 data is not shown as text
        const auto bad = detail(
            "{\"resourceType\":\"DocumentReference\",\"content\":[{\"attachment\":{\"contentType\":\"text/"
            "plain\",\"data\":\"@@@\"}},{\"attachment\":{\"contentType\":\"text/plain\",\"data\":\"/w==\"}}]}");
        QVERIFY(bad.ok());
        QVERIFY(bad->noteText.isEmpty());
        QCOMPARE(*decodeBase64(u"aGk="), QByteArray("hi"));
        QVERIFY(!decodeBase64(u"aGk"));
    }

    void allergyDetail()
    {
        const auto d = detail(fixture(QStringLiteral("allergy-penicillin.json")), kEn);
        QVERIFY(d.ok());
        QVERIFY(field(*d, QStringLiteral("criticality"))->abnormal);
        QCOMPARE(field(*d, QStringLiteral("reaction.0"))->value,
                 QStringLiteral("Anaphylaxis (severe): Collapsed 10 minutes after the first dose"));
        QVERIFY(field(*d, QStringLiteral("reaction.0"))->abnormal);
        QCOMPARE(field(*d, QStringLiteral("reaction.0.substance"))->value, QStringLiteral("Amoxicillin"));
        QCOMPARE(field(*d, QStringLiteral("reaction.1"))->value, QStringLiteral("Hives (moderate)"));
    }

    void missingAndWrongTypedFields()
    {
        // every view reads wrongly typed elements as empty, without crashing
        const char *types[] = {"Observation",         "DiagnosticReport",  "Condition",
                               "MedicationStatement", "MedicationRequest", "Immunization",
                               "AllergyIntolerance",  "Encounter",         "Procedure",
                               "DocumentReference",   "Patient",           "Basic"};
        for (const char *type : types) {
            const QByteArray junk = "{\"resourceType\":\"" + QByteArray(type)
                + "\",\"status\":7,\"code\":\"x\",\"category\":{\"a\":1},\"valueQuantity\":[1],\"component\":[1,{"
                  "\"code\":3}],"
                  "\"referenceRange\":\"r\",\"effectiveDateTime\":12,\"content\":[{\"attachment\":[]}],\"name\":[{"
                  "\"given\":[1]}],"
                  "\"reaction\":[null],\"performer\":\"p\",\"period\":{\"start\":5},\"dosage\":[{\"text\":2}]}";
            QVERIFY(summarize(junk, kFr).ok());
            const auto d = detail(junk, kFr);
            QVERIFY(d.ok());
            QCOMPARE(d->summary.title, QString::fromLatin1(type));
            chartPoints(junk);
        }
        QCOMPARE(summarize("[1]").error(), FhirError::NotObject);
        QCOMPARE(detail("{}").error(), FhirError::NoResourceType);
    }

    void abnormalRules_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<bool>("abnormal");
        // value 7.0 mmol/L; range 3.9-5.5 unless replaced
        const QByteArray range = ",\"referenceRange\":[{\"low\":{\"value\":3.9,\"code\":\"mmol/"
                                 "L\"},\"high\":{\"value\":5.5,\"code\":\"mmol/L\"}}]";
        const QByteArray interp = ",\"interpretation\":[{\"coding\":[{\"code\":\"%1\"}]}]";
        QTest::newRow("over range") << range << true;
        QTest::newRow("no range") << QByteArray() << false;
        QTest::newRow("interpretation N wins") << range + QByteArray(interp).replace("%1", "N") << false;
        QTest::newRow("interpretation LL") << QByteArray(interp).replace("%1", "LL") << true;
        QTest::newRow("interpretation A") << QByteArray(interp).replace("%1", "A") << true;
        QTest::newRow("other unit not compared")
            << QByteArray(",\"referenceRange\":[{\"high\":{\"value\":100,\"code\":\"mg/dL\"}}]") << false;
        QTest::newRow("typed range skipped")
            << QByteArray(",\"referenceRange\":[{\"type\":{\"coding\":[{\"code\":\"therapeutic\"}]},\"high\":{"
                          "\"value\":5,\"code\":\"mmol/L\"}}]")
            << false;
        QTest::newRow("range without unit") << QByteArray(",\"referenceRange\":[{\"high\":{\"value\":6.99}}]") << true;
        QTest::newRow("at the bound") << QByteArray(",\"referenceRange\":[{\"high\":{\"value\":7.00}}]") << false;
    }
    void abnormalRules()
    {
        QFETCH(QByteArray, extra);
        QFETCH(bool, abnormal);
        const QByteArray doc
            = "{\"resourceType\":\"Observation\",\"code\":{\"text\":\"Glucose\"},\"effectiveDateTime\":\"2026-01-05\","
              "\"valueQuantity\":{\"value\":7.0,\"unit\":\"mmol/L\",\"system\":\"http://"
              "unitsofmeasure.org\",\"code\":\"mmol/L\"}"
            + extra + "}";
        const auto s = summarize(doc, kEn);
        QVERIFY(s.ok());
        QCOMPARE(s->abnormal, abnormal);
        QCOMPARE(s->valueLine, QStringLiteral("7.0 mmol/L"));
        QCOMPARE(chartPoint(doc)->abnormal, abnormal);
    }

    void otherValueKinds()
    {
        const QByteArray head = "{\"resourceType\":\"Observation\",\"code\":{\"text\":\"X\"},";
        QCOMPARE(summarize(QByteArray(head + "\"valueString\":\"negative\\nsecond line\"}"))->valueLine,
                 QStringLiteral("negative\nsecond line"));
        QCOMPARE(summarize(QByteArray(head + "\"valueInteger\":12000}"), kFr)->valueLine,
                 QStringLiteral("12") + kFr.groupSeparator() + QStringLiteral("000"));
        QCOMPARE(
            summarize(QByteArray(head + "\"valueRange\":{\"low\":{\"value\":1.0},\"high\":{\"value\":2.50}}}"), kFr)
                ->valueLine,
            QStringLiteral("1,0\u20132,50"));
        QCOMPARE(summarize(QByteArray(head + "\"dataAbsentReason\":{\"text\":\"Sample haemolysed\"}}"))->valueLine,
                 QStringLiteral("Sample haemolysed"));
        QCOMPARE(summarize(QByteArray(head + "\"valueQuantity\":{\"value\":5,\"comparator\":\"<\",\"unit\":\"mg/L\"}}"))
                     ->valueLine,
                 QStringLiteral("< 5 mg/L"));
    }

    void categoryKeysAreStable()
    {
        QStringList keys;
        for (int c = int(EntryCategory::Lab); c <= int(EntryCategory::Other); ++c)
            keys.append(QString::fromLatin1(categoryKey(EntryCategory(c))));
        QCOMPARE(keys.join(QLatin1Char(',')),
                 QStringLiteral(
                     "lab,vital,condition,medication,immunization,allergy,encounter,note,procedure,report,other"));
    }

    void everyFixtureParses()
    {
        const QDir dir(QStringLiteral(CARNET_TEST_DATA_DIR "/fhir"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 20);
        for (const QString &name : files)
            QVERIFY2(parseResource(fixture(name)).ok(), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(FhirEntriesTest)
#include "tst_fhir_entries.moc"
