// SPDX-License-Identifier: GPL-3.0-or-later
// The FHIR exports (core/fhir/export.h; docs/FHIR.md, "Exports"): the scoped collection Bundle and the
// International Patient Summary of the demo record and of small hand-made records validate against
// HL7's FHIR R4 JSON schema (tests/oracles/fhir-validate.mjs), and the summaries pass an independent
// IPS checker written from the IG's rules (tests/oracles/ips-check.mjs), which fails deliberately
// broken copies, so both checks are known to be able to fail.
#include "core/demo/demorecord.h"
#include "core/fhir/bundle.h"
#include "core/fhir/export.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace carnet::core;
using fhir::ExportEntry;

namespace {

const QString kOracleDir = QStringLiteral(CARNET_SOURCE_DIR "/tests/oracles");

struct Verdict
{
    bool ok = false;
    QString errors;
};

/** Runs `script` over `files`; file name → verdict (empty, with `error`, when node fails). */
std::map<QString, Verdict> runOracle(const QString &script, const QStringList &files, QString *error)
{
    QProcess node;
    node.setWorkingDirectory(kOracleDir);
    node.start(QStringLiteral("node"), QStringList{script} + files);
    if (!node.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start node (Node.js must be on PATH)");
        return {};
    }
    node.closeWriteChannel();
    if (!node.waitForFinished(280000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        *error = script + QStringLiteral(" failed: ") + QString::fromUtf8(node.readAllStandardError());
        return {};
    }
    std::map<QString, Verdict> out;
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        out[o.value(QStringLiteral("file")).toString()] =
            Verdict{o.value(QStringLiteral("ok")).toBool(), QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("errors")).toArray()).toJson())};
    }
    return out;
}

fhir::ExportStamp stamp()
{
    return {QDateTime(QDate(2026, 12, 7), QTime(10, 30, 0), Qt::UTC), QStringLiteral("6f1b6c1e-7d0a-4a8e-9d57-0d1b2c3d4e5f")};
}

QList<ExportEntry> demoEntries()
{
    demo::DemoOptions options;
    options.endDate = QDate(2026, 11, 30);
    QList<ExportEntry> out;
    const demo::DemoRecord record = demo::generateDemoRecord(options);
    for (qsizetype i = 0; i < record.items.size(); ++i)
        out.push_back({record.items.at(i).json, QStringLiteral("demo/%1").arg(i)});
    return out;
}

/** A small hand-made record: a patient, an allergy, an active and a resolved condition, a medication,
 *  a finished course of antibiotics (not in the summary), two lab values (the newer one written 1.50, out
 *  of range) and an encounter (in no IPS section). */
QList<ExportEntry> smallRecord()
{
    const QList<QByteArray> resources = {
        R"({"resourceType":"Patient","id":"p1","name":[{"family":"Martin","given":["Léa"]}],"birthDate":"1980-05-02"})",
        R"({"resourceType":"AllergyIntolerance","id":"a1","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical","code":"active"}]},"criticality":"high","code":{"text":"Penicillin"},"patient":{"reference":"Patient/p1"}})",
        R"({"resourceType":"Condition","id":"c1","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},"code":{"text":"Asthma"},"subject":{"reference":"Patient/p1"},"onsetDateTime":"2010-03-01"})",
        R"({"resourceType":"Condition","id":"c2","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"resolved"}]},"code":{"text":"Appendicitis"},"subject":{"reference":"Patient/p1"},"onsetDateTime":"1995-07-10"})",
        R"({"resourceType":"MedicationStatement","id":"m1","status":"active","medicationCodeableConcept":{"text":"Salbutamol 100 µg inhaler"},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2024-01-05","dosage":[{"text":"2 puffs when needed"}]})",
        R"({"resourceType":"MedicationStatement","id":"m0","status":"completed","medicationCodeableConcept":{"text":"Amoxicillin 500 mg"},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2019-01-05"})",
        R"({"resourceType":"Observation","id":"o1","status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],"code":{"text":"Creatinine"},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-01","valueQuantity":{"value":0.90,"unit":"mg/dL"},"referenceRange":[{"low":{"value":0.6,"unit":"mg/dL"},"high":{"value":1.2,"unit":"mg/dL"}}]})",
        R"({"resourceType":"Observation","id":"o2","status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],"code":{"text":"Creatinine"},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2026-06-01","valueQuantity":{"value":1.50,"unit":"mg/dL"},"referenceRange":[{"low":{"value":0.6,"unit":"mg/dL"},"high":{"value":1.2,"unit":"mg/dL"}}]})",
        R"({"resourceType":"Encounter","id":"e1","status":"finished","class":{"code":"AMB"},"subject":{"reference":"Patient/p1"}})",
    };
    QList<ExportEntry> out;
    for (qsizetype i = 0; i < resources.size(); ++i)
        out.push_back({resources.at(i), QStringLiteral("small/%1").arg(i)});
    return out;
}

QJsonObject composition(const QByteArray &ips)
{
    return QJsonDocument::fromJson(ips).object()[QStringLiteral("entry")].toArray().at(0).toObject()[QStringLiteral("resource")].toObject();
}

QJsonObject sectionWithCode(const QJsonObject &comp, const QString &code)
{
    for (const QJsonValue &s : comp[QStringLiteral("section")].toArray())
        if (s[QStringLiteral("code")][QStringLiteral("coding")][0][QStringLiteral("code")].toString() == code)
            return s.toObject();
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class FhirExportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::map<QString, QByteArray> m_files; ///< name → bytes expected to pass both checks

    QString put(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QFileInfo::exists(kOracleDir + QStringLiteral("/node_modules/ajv/package.json")))
            QFAIL("tests/oracles/node_modules lacks ajv: run scripts/setup-npm.sh");
    }

    void collectionHoldsExactlyTheEntries()
    {
        const QList<ExportEntry> entries = demoEntries();
        auto bundle = fhir::collectionBundle(entries, stamp());
        QVERIFY(bundle);
        auto spans = fhir::splitBundle(*bundle);
        QVERIFY(spans);
        QCOMPARE(spans->size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) // each resource byte for byte, in order
            QCOMPARE(bundle->mid(spans->at(i).offset, spans->at(i).length), entries.at(i).content);
        const QJsonObject b = QJsonDocument::fromJson(*bundle).object();
        QCOMPARE(b[QStringLiteral("type")].toString(), QStringLiteral("collection"));
        QCOMPARE(b[QStringLiteral("timestamp")].toString(), QStringLiteral("2026-12-07T10:30:00Z"));
        QCOMPARE(b[QStringLiteral("identifier")][QStringLiteral("value")].toString(), QStringLiteral("urn:uuid:") + stamp().uuid);
        QCOMPARE(b[QStringLiteral("entry")][0][QStringLiteral("fullUrl")].toString().left(28), QStringLiteral("https://carnet.invalid/fhir/"));
        m_files[QStringLiteral("demo-collection.json")] = *bundle;

        // A subset: exactly those, and a repeated (type, id) falls back to a stable urn:uuid.
        const QList<ExportEntry> two = {entries.at(3), entries.at(5), entries.at(3)};
        auto small = fhir::collectionBundle({two.at(0), two.at(1), ExportEntry{two.at(2).content, QStringLiteral("again")}}, stamp());
        QVERIFY(small);
        const QJsonArray e = QJsonDocument::fromJson(*small).object()[QStringLiteral("entry")].toArray();
        QCOMPARE(e.size(), 3);
        QVERIFY(e[2][QStringLiteral("fullUrl")].toString().startsWith(QStringLiteral("urn:uuid:")));
        auto urls = fhir::exportFullUrls({ExportEntry{two.at(0).content, QStringLiteral("x")}, ExportEntry{two.at(0).content, QStringLiteral("again")}});
        QVERIFY(urls);
        QCOMPARE(urls->at(1), e[2][QStringLiteral("fullUrl")].toString());

        QVERIFY(!fhir::collectionBundle({}, stamp()));
        QCOMPARE(fhir::collectionBundle({ExportEntry{"{\"no\":1}", {}}}, stamp()).error(), fhir::FhirError::NoResourceType);
    }

    void demoSummary()
    {
        auto ips = fhir::patientSummary(demoEntries(), stamp());
        QVERIFY(ips);
        const QJsonObject comp = composition(*ips);
        QCOMPARE(comp[QStringLiteral("resourceType")].toString(), QStringLiteral("Composition"));
        for (const char *code : {"11450-4", "48765-2", "10160-0", "11369-6", "30954-2", "8716-3"})
            QVERIFY2(!sectionWithCode(comp, QLatin1String(code))[QStringLiteral("entry")].toArray().isEmpty(), code);
        m_files[QStringLiteral("demo-ips.json")] = *ips;
    }

    void emptyRecord()
    {
        auto ips = fhir::patientSummary({}, stamp());
        QVERIFY(ips);
        const QJsonObject comp = composition(*ips);
        const QJsonArray sections = comp[QStringLiteral("section")].toArray();
        QCOMPARE(sections.size(), 3);
        for (const QJsonValue &s : sections) {
            QVERIFY(!s.toObject().contains(QStringLiteral("entry")));
            QCOMPARE(s[QStringLiteral("emptyReason")][QStringLiteral("coding")][0][QStringLiteral("code")].toString(), QStringLiteral("unavailable"));
        }
        m_files[QStringLiteral("empty-ips.json")] = *ips;
    }

    void smallSummary()
    {
        auto ips = fhir::patientSummary(smallRecord(), stamp());
        QVERIFY(ips);
        QVERIFY(ips->contains("\"value\":1.50,")); // the lexeme as written
        const QJsonObject comp = composition(*ips);
        const QJsonArray problems = sectionWithCode(comp, QStringLiteral("11450-4"))[QStringLiteral("entry")].toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0][QStringLiteral("reference")].toString(), QStringLiteral("https://carnet.invalid/fhir/Condition/c1"));
        QCOMPARE(sectionWithCode(comp, QStringLiteral("11348-0"))[QStringLiteral("entry")][0][QStringLiteral("reference")].toString(),
                 QStringLiteral("https://carnet.invalid/fhir/Condition/c2"));
        const QJsonArray results = sectionWithCode(comp, QStringLiteral("30954-2"))[QStringLiteral("entry")].toArray();
        QCOMPARE(results.size(), 2); // newest first
        QVERIFY(results[0][QStringLiteral("reference")].toString().endsWith(QStringLiteral("/o2")));
        const QString div = sectionWithCode(comp, QStringLiteral("30954-2"))[QStringLiteral("text")][QStringLiteral("div")].toString();
        QVERIFY2(div.contains(QStringLiteral("Creatinine: 1.50 mg/dL (final, 2026-06-01, abnormal)")), qPrintable(div));
        QVERIFY(!ips->contains("\"Encounter\"")); // in no section: left out
        const QJsonArray medications = sectionWithCode(comp, QStringLiteral("10160-0"))[QStringLiteral("entry")].toArray();
        QCOMPARE(medications.size(), 1); // the active one; the completed course is history
        QVERIFY(medications[0][QStringLiteral("reference")].toString().endsWith(QStringLiteral("/m1")));
        QVERIFY(!ips->contains("Amoxicillin"));
        QCOMPARE(comp[QStringLiteral("subject")][QStringLiteral("reference")].toString(), QStringLiteral("https://carnet.invalid/fhir/Patient/p1"));
        m_files[QStringLiteral("small-ips.json")] = *ips;
        m_files[QStringLiteral("small-collection.json")] = *fhir::collectionBundle(smallRecord(), stamp());
    }

    void oraclesPassAndFailBrokenCopies()
    {
        QStringList all, summaries;
        for (const auto &[name, bytes] : m_files) {
            all << put(name, bytes);
            if (name.endsWith(QStringLiteral("-ips.json")))
                summaries << m_dir.filePath(name);
        }
        QCOMPARE(all.size(), 5);
        QString error;
        auto schema = runOracle(QStringLiteral("fhir-validate.mjs"), all, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto &[name, bytes] : m_files)
            QVERIFY2(schema[name].ok, qPrintable(name + schema[name].errors));

        // Broken copies: each must fail the IPS checker with the rule it breaks.
        const QJsonObject small = QJsonDocument::fromJson(m_files[QStringLiteral("small-ips.json")]).object();
        const QJsonObject empty = QJsonDocument::fromJson(m_files[QStringLiteral("empty-ips.json")]).object();
        auto withComposition = [](QJsonObject bundle, const std::function<void(QJsonObject &)> &change) {
            QJsonArray entries = bundle[QStringLiteral("entry")].toArray();
            QJsonObject first = entries[0].toObject();
            QJsonObject comp = first[QStringLiteral("resource")].toObject();
            change(comp);
            first[QStringLiteral("resource")] = comp;
            entries[0] = first;
            bundle[QStringLiteral("entry")] = entries;
            return bundle;
        };
        auto editSections = [](QJsonObject &comp, const std::function<void(QJsonArray &)> &change) {
            QJsonArray sections = comp[QStringLiteral("section")].toArray();
            change(sections);
            comp[QStringLiteral("section")] = sections;
        };
        std::map<QString, std::pair<QJsonObject, QString>> broken;
        broken[QStringLiteral("no-allergy-section.json")] = {withComposition(small, [&](QJsonObject &c) {
            editSections(c, [](QJsonArray &s) { s.removeAt(1); });
        }), QStringLiteral("required section Allergies")};
        broken[QStringLiteral("allergy-without-emptyreason.json")] = {withComposition(empty, [&](QJsonObject &c) {
            editSections(c, [](QJsonArray &s) { QJsonObject a = s[1].toObject(); a.remove(QStringLiteral("emptyReason")); s[1] = a; });
        }), QStringLiteral("neither entries nor emptyReason")};
        broken[QStringLiteral("dangling-reference.json")] = {withComposition(small, [&](QJsonObject &c) {
            editSections(c, [](QJsonArray &s) {
                QJsonObject p = s[0].toObject();
                p[QStringLiteral("entry")] = QJsonArray{QJsonObject{{QStringLiteral("reference"), QStringLiteral("urn:uuid:00000000-0000-4000-8000-000000000000")}}};
                s[0] = p;
            });
        }), QStringLiteral("does not resolve")};
        broken[QStringLiteral("wrong-type.json")] = {withComposition(small, [](QJsonObject &c) {
            c[QStringLiteral("type")] = QJsonObject{{QStringLiteral("coding"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("http://loinc.org")},
                                                                                                   {QStringLiteral("code"), QStringLiteral("34133-9")}}}}};
        }), QStringLiteral("60591-5")};
        broken[QStringLiteral("subject-not-patient.json")] = {withComposition(small, [](QJsonObject &c) {
            c[QStringLiteral("subject")] = QJsonObject{{QStringLiteral("reference"), QStringLiteral("https://carnet.invalid/fhir/Device/carnet")}};
        }), QStringLiteral("subject does not resolve to a Patient")};
        {
            QJsonObject b = small;
            QJsonArray entries = b[QStringLiteral("entry")].toArray();
            const QJsonValue first = entries[0];
            entries[0] = entries[1];
            entries[1] = first;
            b[QStringLiteral("entry")] = entries;
            broken[QStringLiteral("composition-not-first.json")] = {b, QStringLiteral("first entry is not a Composition")};
        }
        QStringList brokenFiles;
        for (const auto &[name, copy] : broken)
            brokenFiles << put(name, QJsonDocument(copy.first).toJson(QJsonDocument::Compact));
        auto verdicts = runOracle(QStringLiteral("ips-check.mjs"), summaries + brokenFiles, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &path : summaries) {
            const QString name = QFileInfo(path).fileName();
            QVERIFY2(verdicts[name].ok, qPrintable(name + verdicts[name].errors));
        }
        for (const auto &[name, copy] : broken) {
            QVERIFY2(!verdicts[name].ok, qPrintable(name));
            QVERIFY2(verdicts[name].errors.contains(copy.second), qPrintable(name + verdicts[name].errors));
        }
    }
};

QTEST_GUILESS_MAIN(FhirExportTest)
#include "tst_fhir_export.moc"
