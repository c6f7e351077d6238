// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic demo record: deterministic from its seed, spans 5+ years in order, has every kind of
// resource in realistic numbers, and its observations carry LOINC codes, UCUM units, reference
// ranges and some abnormal values; references resolve; the Bundle export holds the exact bytes.
#include "core/demo/demorecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <map>

using namespace carnet::core::demo;

namespace {

const QDate kEnd(2026, 6, 30);

DemoRecord fixedRecord(std::uint64_t seed = kDefaultDemoSeed)
{
    DemoOptions options;
    options.seed = seed;
    options.endDate = kEnd;
    return generateDemoRecord(options);
}

QJsonObject parse(const DemoItem &item)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(item.json, &error);
    return doc.object();
}

bool hasCoding(const QJsonObject &concept_, const QString &system, const QString &code = {})
{
    for (const QJsonValue &c : concept_.value(QStringLiteral("coding")).toArray()) {
        const QJsonObject coding = c.toObject();
        if (coding.value(QStringLiteral("system")).toString() == system &&
            (code.isEmpty() || coding.value(QStringLiteral("code")).toString() == code))
            return true;
    }
    return false;
}

QString firstCode(const QJsonObject &resource)
{
    const QJsonArray coding = resource.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")).toArray();
    return coding.isEmpty() ? QString() : coding.first().toObject().value(QStringLiteral("code")).toString();
}

bool isUcumQuantity(const QJsonValue &value)
{
    const QJsonObject q = value.toObject();
    return q.value(QStringLiteral("value")).isDouble() &&
        q.value(QStringLiteral("system")).toString() == QStringLiteral("http://unitsofmeasure.org") &&
        !q.value(QStringLiteral("code")).toString().isEmpty();
}

void collectReferences(const QJsonValue &value, QStringList *out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QStringLiteral("reference") && it.value().isString())
                out->push_back(it.value().toString());
            else
                collectReferences(it.value(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectReferences(v, out);
    }
}

const QString kLoinc = QStringLiteral("http://loinc.org");

} // namespace

class DemoRecordTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic()
    {
        const DemoRecord a = fixedRecord();
        const DemoRecord b = fixedRecord();
        QCOMPARE(a.items.size(), b.items.size());
        for (qsizetype i = 0; i < a.items.size(); ++i) {
            QCOMPARE(a.items[i].json, b.items[i].json);
            QCOMPARE(a.items[i].provider, b.items[i].provider);
            QCOMPARE(a.items[i].effective, b.items[i].effective);
        }
        QCOMPARE(demoBundle(a, -1), demoBundle(b, -1));
    }

    void otherSeedDiffers()
    {
        QCOMPARE_NE(demoBundle(fixedRecord(), -1), demoBundle(fixedRecord(kDefaultDemoSeed + 1), -1));
        QCOMPARE_NE(demoBundle(fixedRecord(1), 1), demoBundle(fixedRecord(2), 1));
    }

    void defaultEndsToday()
    {
        const DemoRecord r = generateDemoRecord();
        QCOMPARE(r.endDate, QDateTime::currentDateTimeUtc().date());
        QCOMPARE(r.startDate, r.endDate.addYears(-6));
        DemoOptions shortSpan;
        shortSpan.endDate = kEnd;
        shortSpan.years = 2;
        QCOMPARE(generateDemoRecord(shortSpan).startDate, kEnd.addYears(-5)); // raised to 5 years
    }

    void spanAndOrder()
    {
        const DemoRecord r = fixedRecord();
        QVERIFY(!r.items.isEmpty());
        QVERIFY(r.items.first().effective.date() <= kEnd.addYears(-6).addDays(15));
        QVERIFY(r.items.last().effective.date() >= kEnd.addDays(-30));
        QVERIFY(r.items.last().effective.date() <= kEnd);
        QVERIFY(r.items.first().effective.daysTo(r.items.last().effective) >= 5 * 365);
        for (qsizetype i = 1; i < r.items.size(); ++i)
            QVERIFY2(r.items[i - 1].effective <= r.items[i].effective, qPrintable(r.items[i].id));
    }

    void wellFormedResources()
    {
        const DemoRecord r = fixedRecord();
        QCOMPARE(r.providers.size(), 4);
        QSet<QString> ids;
        for (const DemoItem &item : r.items) {
            QJsonParseError error {};
            const QJsonDocument doc = QJsonDocument::fromJson(item.json, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), qPrintable(item.id));
            const QJsonObject o = doc.object();
            QCOMPARE(o.value(QStringLiteral("resourceType")).toString(), item.resourceType);
            QCOMPARE(o.value(QStringLiteral("id")).toString(), item.id);
            QVERIFY2(!ids.contains(item.resourceType + u'/' + item.id), qPrintable(item.id));
            ids.insert(item.resourceType + u'/' + item.id);
            QVERIFY2(item.json.size() < 60 * 1024, qPrintable(item.id));
            QVERIFY(item.provider >= 0 && item.provider < r.providers.size());
            QCOMPARE(QJsonDocument(o).toJson(QJsonDocument::Compact).size() > 0, true);
            QVERIFY2(!item.json.contains('\n'), qPrintable(item.id)); // compact
            QVERIFY2(item.json.contains("\"code\":\"HTEST\""), qPrintable(item.id)); // marked as test data
        }
        // Every reference points at a resource of the record.
        for (const DemoItem &item : r.items) {
            QStringList refs;
            collectReferences(parse(item), &refs);
            for (const QString &ref : refs)
                QVERIFY2(ids.contains(ref), qPrintable(item.id + QStringLiteral(" -> ") + ref));
        }
    }

    void countsPerType()
    {
        const DemoRecord r = fixedRecord();
        std::map<QString, int> counts;
        QSet<QString> encounterClasses;
        for (const DemoItem &item : r.items) {
            ++counts[item.resourceType];
            if (item.resourceType == QStringLiteral("Encounter"))
                encounterClasses.insert(parse(item).value(QStringLiteral("class")).toObject().value(QStringLiteral("code")).toString());
        }
        for (const auto &[type, n] : counts)
            qInfo("%s: %d", qPrintable(type), n);
        qInfo("total: %lld", static_cast<long long>(r.items.size()));
        QVERIFY(r.items.size() >= 400 && r.items.size() <= 800);
        const std::map<QString, int> minimum {
            {QStringLiteral("Patient"), 1}, {QStringLiteral("Organization"), 4}, {QStringLiteral("Encounter"), 22},
            {QStringLiteral("Observation"), 250}, {QStringLiteral("DiagnosticReport"), 12}, {QStringLiteral("Condition"), 8},
            {QStringLiteral("MedicationStatement"), 5}, {QStringLiteral("MedicationRequest"), 40},
            {QStringLiteral("Immunization"), 10}, {QStringLiteral("AllergyIntolerance"), 2},
            {QStringLiteral("DocumentReference"), 22}, {QStringLiteral("Procedure"), 3}};
        for (const auto &[type, n] : minimum)
            QVERIFY2(counts[type] >= n, qPrintable(type));
        QCOMPARE(counts[QStringLiteral("Patient")], 1);
        QCOMPARE(encounterClasses, (QSet<QString> {QStringLiteral("AMB"), QStringLiteral("EMER"), QStringLiteral("IMP")}));
    }

    void observationsAreCoded()
    {
        const DemoRecord r = fixedRecord();
        QSet<QString> labCodes, vitalCodes, flags;
        for (const DemoItem &item : r.items) {
            if (item.resourceType != QStringLiteral("Observation"))
                continue;
            const QJsonObject o = parse(item);
            const QJsonObject category = o.value(QStringLiteral("category")).toArray().first().toObject();
            const bool lab = hasCoding(category, QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"), QStringLiteral("laboratory"));
            const bool vital = hasCoding(category, QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"), QStringLiteral("vital-signs"));
            QVERIFY2(lab != vital, qPrintable(item.id));
            QVERIFY2(hasCoding(o.value(QStringLiteral("code")).toObject(), kLoinc), qPrintable(item.id));
            if (o.contains(QStringLiteral("component"))) {
                for (const QJsonValue &c : o.value(QStringLiteral("component")).toArray()) {
                    QVERIFY(hasCoding(c.toObject().value(QStringLiteral("code")).toObject(), kLoinc));
                    QVERIFY2(isUcumQuantity(c.toObject().value(QStringLiteral("valueQuantity"))), qPrintable(item.id));
                    vitalCodes.insert(firstCode(c.toObject()));
                }
            } else {
                QVERIFY2(isUcumQuantity(o.value(QStringLiteral("valueQuantity"))), qPrintable(item.id));
            }
            (lab ? labCodes : vitalCodes).insert(firstCode(o));
            if (lab) {
                const QJsonObject range = o.value(QStringLiteral("referenceRange")).toArray().first().toObject();
                QVERIFY2(isUcumQuantity(range.value(QStringLiteral("low"))) || isUcumQuantity(range.value(QStringLiteral("high"))), qPrintable(item.id));
                const QJsonObject interpretation = o.value(QStringLiteral("interpretation")).toArray().first().toObject();
                const QString flag = interpretation.value(QStringLiteral("coding")).toArray().first().toObject().value(QStringLiteral("code")).toString();
                QVERIFY2(flag == QStringLiteral("H") || flag == QStringLiteral("L") || flag == QStringLiteral("N"), qPrintable(item.id));
                flags.insert(flag);
            }
        }
        for (const char *code : {"4548-4", "1558-6", "2093-3", "2085-9", "13457-7", "2571-8", "2160-0", "62238-1", "718-7",
                                 "6690-2", "777-3", "3016-3", "2823-3", "2951-2"})
            QVERIFY2(labCodes.contains(QString::fromLatin1(code)), code);
        for (const char *code : {"85354-9", "8480-6", "8462-4", "8867-4", "29463-7", "8302-2", "39156-5", "8310-5", "2708-6"})
            QVERIFY2(vitalCodes.contains(QString::fromLatin1(code)), code);
        QCOMPARE(flags, (QSet<QString> {QStringLiteral("H"), QStringLiteral("L"), QStringLiteral("N")}));
    }

    void decimalsKeepTheirPrecision()
    {
        const DemoRecord r = fixedRecord();
        const QRegularExpression oneDecimal(QStringLiteral("\"valueQuantity\":\\{\"value\":\\d+\\.\\d,"));
        const QRegularExpression twoDecimals(QStringLiteral("\"valueQuantity\":\\{\"value\":\\d+\\.\\d\\d,"));
        int hba1c = 0, creatinine = 0;
        for (const DemoItem &item : r.items) {
            const QString json = QString::fromUtf8(item.json);
            if (json.contains(QStringLiteral("\"code\":\"4548-4\""))) {
                ++hba1c;
                QVERIFY2(oneDecimal.match(json).hasMatch(), qPrintable(item.id));
            }
            if (json.contains(QStringLiteral("\"code\":\"2160-0\""))) {
                ++creatinine;
                QVERIFY2(twoDecimals.match(json).hasMatch(), qPrintable(item.id));
            }
        }
        QVERIFY(hba1c >= 12);
        QVERIFY(creatinine >= 12);
    }

    void hba1cTellsTheStory()
    {
        // Found high, improves on metformin, drifts up, improves after sitagliptin is added.
        const DemoRecord r = fixedRecord();
        QList<double> values;
        QDateTime sitagliptin;
        for (const DemoItem &item : r.items) {
            const QJsonObject o = parse(item);
            if (item.resourceType == QStringLiteral("Observation") && firstCode(o) == QStringLiteral("4548-4"))
                values.push_back(o.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("value")).toDouble());
            if (item.resourceType == QStringLiteral("MedicationStatement") && item.json.contains("\"A10BH01\""))
                sitagliptin = item.effective;
        }
        QVERIFY(values.size() >= 12);
        QVERIFY(sitagliptin.isValid());
        const auto peak = std::max_element(values.begin(), values.end());
        QVERIFY(values.first() >= 7.0);
        QVERIFY(*peak >= 7.8);
        QVERIFY(peak != values.begin() && peak != values.end() - 1);
        QVERIFY(values.last() <= *peak - 0.8);
        QVERIFY(*std::min_element(values.begin(), peak) <= 6.9);
    }

    void otherSeedsAndDatesHoldTogether()
    {
        // Whatever the seed and end date: valid JSON, unique ids, resolvable references, order,
        // every kind of resource, a realistic size.
        const QList<QDate> ends {QDate(2019, 2, 28), QDate(2024, 2, 29), QDate(2031, 12, 31)};
        for (std::uint64_t seed = 1; seed <= 24; ++seed) {
            DemoOptions options;
            options.seed = seed * 0x9e3779b97f4a7c15ULL;
            options.endDate = ends[static_cast<qsizetype>(seed % 3)];
            options.years = 5 + static_cast<int>(seed % 4);
            const DemoRecord r = generateDemoRecord(options);
            const QString tag = QStringLiteral("seed %1").arg(seed);
            QVERIFY2(r.items.size() >= 350 && r.items.size() <= 1000, qPrintable(tag));
            QSet<QString> ids, types;
            for (qsizetype i = 0; i < r.items.size(); ++i) {
                const DemoItem &item = r.items[i];
                QVERIFY2(i == 0 || r.items[i - 1].effective <= item.effective, qPrintable(tag));
                QVERIFY2(item.effective.date() >= r.startDate && item.effective.date() <= r.endDate, qPrintable(tag + u' ' + item.id));
                QVERIFY2(parse(item).value(QStringLiteral("id")).toString() == item.id, qPrintable(tag + u' ' + item.id));
                ids.insert(item.resourceType + u'/' + item.id);
                types.insert(item.resourceType);
            }
            QCOMPARE(ids.size(), r.items.size());
            QCOMPARE(types.size(), 12);
            for (const DemoItem &item : r.items) {
                QStringList refs;
                collectReferences(parse(item), &refs);
                for (const QString &ref : refs)
                    QVERIFY2(ids.contains(ref), qPrintable(tag + u' ' + item.id + QStringLiteral(" -> ") + ref));
            }
        }
    }

    void bundleHoldsExactBytes()
    {
        const DemoRecord r = fixedRecord();
        for (int provider = -1; provider < r.providers.size(); ++provider) {
            const QByteArray bundle = demoBundle(r, provider);
            const QJsonObject o = QJsonDocument::fromJson(bundle).object();
            QCOMPARE(o.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
            qsizetype expected = 0, from = 0;
            for (const DemoItem &item : r.items) {
                if (provider >= 0 && item.provider != provider)
                    continue;
                ++expected;
                const QByteArray entry = QByteArray("{\"resource\":") + item.json + '}';
                const qsizetype at = bundle.indexOf(entry, from);
                QVERIFY2(at >= from, qPrintable(item.id));
                from = at + item.json.size();
            }
            QVERIFY(expected > 0);
            QCOMPARE(o.value(QStringLiteral("entry")).toArray().size(), expected);
        }
    }
};

QTEST_APPLESS_MAIN(DemoRecordTest)
#include "tst_demo_record.moc"
