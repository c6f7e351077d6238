// SPDX-License-Identifier: GPL-3.0-or-later
// The de-identifier's rules one at a time, on hand-written resources: canonical JSON (member order by
// UTF-16 code units, JCS escapes, number lexemes kept, idempotent), the keyed-id vector (computed with
// Python's hmac), ages around 89/90, ZIP3, references to excluded types, refused inputs.
#include "core/fhir/json.h"
#include "core/research/canonjson.h"
#include "core/research/deid.h"

#include <QTest>

using namespace carnet::core;
using namespace carnet::core::research;

namespace {

DeidPolicy policy(bool keepFreeText = false)
{
    DeidPolicy p;
    p.idSecret = carnet::crypto::SecureBuffer(32);
    for (std::size_t i = 0; i < 32; ++i)
        p.idSecret.data()[i] = std::uint8_t(i);
    p.keepFreeText = keepFreeText;
    p.asOf = QDate(2026, 6, 30);
    return p;
}

QByteArray deid(const QByteArray &json, const DeidPolicy &p = policy())
{
    auto r = deidentify(json, p);
    if (!r)
        qFatal("refused");
    return r->json;
}

QByteArray canon(const QByteArray &json)
{
    auto r = fhir::parseJson(json);
    if (!r)
        qFatal("not JSON");
    return canonicalJson(*r);
}

QByteArray patientBorn(const char *birthDate)
{
    return QByteArray(R"({"resourceType":"Patient","id":"p1","birthDate":")") + birthDate + "\"}";
}

} // namespace

class ResearchRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalForm();
    void keyedIdVector();
    void ages_data();
    void ages();
    void ageValues();
    void zip();
    void referencesToExcludedTypesDropped();
    void wrongTypesAndUnknownMembersDropped();
    void refused();
};

// Out of line and hidden from moc, whose preprocessor misreads raw strings inside macro arguments.
#ifndef Q_MOC_RUN

void ResearchRulesTest::canonicalForm()
{
    // Keys by UTF-16 code units: U+20AC < U+1F600 (D83D DE00) < U+FB33, where code points would put
    // U+1F600 last (RFC 8785 §3.2.3's example has the same surrogate case).
    QCOMPARE(canon("{\"\xef\xac\xb3\":1,\"\xf0\x9f\x98\x80\":2,\"\xe2\x82\xac\":3,\"a\":4,\"\xc2\x80\":5, \"B\" : [ ] }"),
             QByteArray("{\"B\":[],\"a\":4,\"\xc2\x80\":5,\"\xe2\x82\xac\":3,\"\xf0\x9f\x98\x80\":2,\"\xef\xac\xb3\":1}"));
    // Escapes: only " \ and controls; short forms for \b \f \n \r \t, \u00xx lower-case otherwise;
    // "/" , DEL, U+2028 and non-ASCII written as they are.
    QCOMPARE(canon(R"(["\"\\\b\f\n\r\t\u0001\u001F\u007f\/\u00e9\u2028\ud83d\ude00"])"),
             QByteArray("[\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\x7f/\xc3\xa9\xe2\x80\xa8\xf0\x9f\x98\x80\"]"));
    // Number lexemes as written (not JCS's shortest doubles); literals.
    QCOMPARE(canon(R"({"a":1.50,"b":-0,"c":6.02e23,"d":1E300,"e":100000000000000000000001,"f":true,"g":null})"),
             QByteArray(R"({"a":1.50,"b":-0,"c":6.02e23,"d":1E300,"e":100000000000000000000001,"f":true,"g":null})"));
    // Idempotent, and a de-identified resource keeps "1.50".
    const QByteArray obs = deid(R"({ "resourceType" : "Observation", "id" : "o1", "status" : "final",
        "code" : { "coding" : [ { "system" : "http://loinc.org", "code" : "2160-0" } ] },
        "valueQuantity" : { "value" : 1.50, "unit" : "mg/dL" } })");
    QCOMPARE(obs, QByteArray(R"({"code":{"coding":[{"code":"2160-0","system":"http://loinc.org"}]},"id":")") +
                      keyedId(policy().idSecret, QStringLiteral("Observation"), QStringLiteral("o1")).toLatin1() +
                      R"(","resourceType":"Observation","status":"final","valueQuantity":{"unit":"mg/dL","value":1.50}})");
    QCOMPARE(canon(obs), obs);
}

void ResearchRulesTest::keyedIdVector()
{
    // python3: hmac.new(bytes(range(32)), b"carnet/deid-id/v1\0Patient\0p1", "sha256").hexdigest()[:32]
    QCOMPARE(keyedId(policy().idSecret, QStringLiteral("Patient"), QStringLiteral("p1")),
             QStringLiteral("45cc27c83beb2a116d72817432f43e8f"));
    QCOMPARE(keyedId(policy().idSecret, QStringLiteral("Observation"), QStringLiteral("p1")),
             QStringLiteral("88617381017f5ae26070d09efc00ba8c"));
}

void ResearchRulesTest::ages_data()
{
    QTest::addColumn<QByteArray>("birthDate");
    QTest::addColumn<bool>("yearKept");
    QTest::addColumn<bool>("ninetyPlus");
    QTest::newRow("89 the day before 90") << QByteArray("1936-07-01") << true << false;
    QTest::newRow("90 today") << QByteArray("1936-06-30") << false << true;
    QTest::newRow("year only: 89 or 90") << QByteArray("1936") << false << false;
    QTest::newRow("month only: surely 89") << QByteArray("1936-07") << true << false;
    QTest::newRow("month only: surely 90") << QByteArray("1936-06") << false << true;
    QTest::newRow("year only: surely 90") << QByteArray("1935") << false << true;
    QTest::newRow("young") << QByteArray("1990-02-03") << true << false;
}

void ResearchRulesTest::ages()
{
    QFETCH(QByteArray, birthDate);
    QFETCH(bool, yearKept);
    QFETCH(bool, ninetyPlus);
    const QByteArray out = deid(patientBorn(birthDate.constData()));
    QCOMPARE(out.contains(QByteArray("\"birthDate\":\"" + birthDate.left(4) + "\"")), yearKept);
    QVERIFY(!out.contains(birthDate.left(4)) || yearKept);
    QCOMPARE(out.contains(kAge90OrOlderUrl), ninetyPlus);
}

void ResearchRulesTest::ageValues()
{
    const QByteArray capped = R"({"code":"a","comparator":">=","system":"http://unitsofmeasure.org","unit":"a","value":90})";
    auto onset = [](const char *age) {
        return deid(QByteArray(R"({"resourceType":"Condition","id":"c","subject":{"reference":"Patient/p"},"onsetAge":)") + age + "}");
    };
    QVERIFY(onset(R"({"value":89,"code":"a"})").contains(R"("onsetAge":{"code":"a","value":89})"));
    QVERIFY(onset(R"({"value":89.5,"code":"a"})").contains(QByteArray("\"onsetAge\":" + capped)));
    QVERIFY(onset(R"({"value":1100,"code":"mo"})").contains(QByteArray("\"onsetAge\":" + capped)));
    QVERIFY(onset(R"({"value":1000,"code":"mo"})").contains(R"("value":1000)"));
    QVERIFY(onset(R"({"value":95})").contains(QByteArray("\"onsetAge\":" + capped))); // no unit: read as years
    QVERIFY(!onset(R"({"value":95,"comparator":"<","code":"a"})").contains("onsetAge"));
    const QByteArray range = deid(R"({"resourceType":"Condition","id":"c","subject":{"reference":"Patient/p"},
        "onsetRange":{"low":{"value":80,"code":"a"},"high":{"value":95,"code":"a"}}})");
    QVERIFY(range.contains(R"("onsetRange":{"low":{"code":"a","value":80}})"));
}

void ResearchRulesTest::zip()
{
    QCOMPARE(zip3(QStringLiteral("10027")), QStringLiteral("100"));
    QCOMPARE(zip3(QStringLiteral("10027-4412")), QStringLiteral("100"));
    QCOMPARE(zip3(QStringLiteral("100274412")), QStringLiteral("100"));
    QCOMPARE(zip3(QStringLiteral("03601")), QStringLiteral("000"));
    for (const char *z : {"036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831",
                          "878", "879", "884", "890", "893"}) {
        QVERIFY(isRestrictedZip3(QString::fromLatin1(z)));
        QCOMPARE(zip3(QString::fromLatin1(z) + QStringLiteral("42")), QStringLiteral("000"));
    }
    QVERIFY(!isRestrictedZip3(QStringLiteral("037")));
    for (const char *bad : {"", "1002", "100270", "ABCDE", "SW1A 1AA", "10027-44", "１００２７"})
        QVERIFY2(zip3(QString::fromUtf8(bad)).isEmpty(), bad);
    // A non-US address keeps its country and state, never its postal code.
    const QByteArray fr = deid(R"({"resourceType":"Patient","id":"p","address":[{"city":"Paris","postalCode":"75013","state":"IDF","country":"FR"}]})");
    QVERIFY(fr.contains(R"("address":[{"country":"FR","state":"IDF"}])"));
}

void ResearchRulesTest::referencesToExcludedTypesDropped()
{
    auto r = deidentify(R"({"resourceType":"Observation","id":"o","status":"final","code":{"coding":[{"code":"x"}]},
        "subject":{"reference":"Group/g1"},"basedOn":[{"reference":"ServiceRequest/s"},{"reference":"MedicationRequest/m"}],
        "derivedFrom":[{"reference":"#contained1"},{"reference":"https://x.example/fhir/Practitioner/9"},
                       {"reference":"urn:uuid:0f0e","type":"Observation"},{"reference":"urn:uuid:abcd"}],
        "hasMember":[{"reference":"Observation/o2/_history/3","display":"secret"}]})", policy());
    QVERIFY(r);
    const QByteArray &j = r->json;
    QVERIFY(!j.contains("subject") && !j.contains("ServiceRequest") && !j.contains("Practitioner") && !j.contains("Group"));
    QVERIFY(j.contains(QByteArray("\"basedOn\":[{\"reference\":\"MedicationRequest/" +
                       keyedId(policy().idSecret, QStringLiteral("MedicationRequest"), QStringLiteral("m")).toLatin1() + "\"}]")));
    QVERIFY(j.contains(QByteArray("\"derivedFrom\":[{\"reference\":\"Observation/" +
                       keyedId(policy().idSecret, QStringLiteral("Observation"), QStringLiteral("urn:uuid:0f0e")).toLatin1() + "\"}]")));
    QVERIFY(j.contains(QByteArray("\"hasMember\":[{\"reference\":\"Observation/" +
                       keyedId(policy().idSecret, QStringLiteral("Observation"), QStringLiteral("o2")).toLatin1() + "\"}]")));
    QVERIFY(r->dropped.contains(QStringLiteral("Observation.subject")));
    QVERIFY(r->dropped.contains(QStringLiteral("Observation.derivedFrom[3]")));
    QVERIFY(r->dropped.contains(QStringLiteral("Observation.hasMember[0].display")));
    QVERIFY(!j.contains("secret"));
}

void ResearchRulesTest::wrongTypesAndUnknownMembersDropped()
{
    const QByteArray j = deid(R"({"resourceType":"Observation","id":"o","status":"final thing","_status":{"id":"x"},
        "code":{"coding":[{"code":"x","userSelected":true,"extension":[{"url":"u","valueString":"Ann"}]}]},
        "valueInteger":1.5,"effectiveDateTime":"March 2019","colour":"blue","modifierExtension":[{"url":"u"}]})");
    QCOMPARE(j, QByteArray(R"({"code":{"coding":[{"code":"x"}]},"id":")") +
                    keyedId(policy().idSecret, QStringLiteral("Observation"), QStringLiteral("o")).toLatin1() +
                    R"(","resourceType":"Observation"})");
}

void ResearchRulesTest::refused()
{
    QCOMPARE(deidentify("{", policy()).error(), DeidError::NotJson);
    QCOMPARE(deidentify("", policy()).error(), DeidError::NotJson);
    QCOMPARE(deidentify(R"({"a":1,"a":2})", policy()).error(), DeidError::NotJson);
    QCOMPARE(deidentify("[]", policy()).error(), DeidError::NotAResource);
    QCOMPARE(deidentify(R"({"resourceType":7})", policy()).error(), DeidError::NotAResource);
    QCOMPARE(deidentify(R"({"resourceType":"Observation","status":"final"})", policy()).error(), DeidError::NoId);
    DeidPolicy shortSecret = policy();
    shortSecret.idSecret = carnet::crypto::SecureBuffer(16);
    QCOMPARE(deidentify(patientBorn("1990"), shortSecret).error(), DeidError::BadPolicy);
    DeidPolicy noDate = policy();
    noDate.asOf = QDate();
    QCOMPARE(deidentify(patientBorn("1990"), noDate).error(), DeidError::BadPolicy);
    QCOMPARE(QByteArray(deidErrorName(DeidError::NoId)), QByteArray("NoId"));
    // Excluded whole, even without an id.
    const auto person = deidentify(R"({"resourceType":"Person","name":[{"family":"X"}]})", policy());
    QVERIFY(person && person->excluded && person->json.isEmpty());
}
#endif

QTEST_APPLESS_MAIN(ResearchRulesTest)
#include "tst_research_rules.moc"
