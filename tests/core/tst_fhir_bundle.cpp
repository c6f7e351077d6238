// SPDX-License-Identifier: GPL-3.0-or-later
// splitBundle(): the exact byte span of each entry's resource in the original bytes. The expected
// spans come from how each test document is assembled (pieces of known length), not from the code.
#include "core/fhir/bundle.h"
#include "core/fhir/json.h"

#include <QFile>
#include <QTest>

using namespace carnet::core::fhir;

namespace {

/** Builds a document from pieces, recording where the resource pieces land. */
struct Assembly
{
    QByteArray bytes;
    QList<ByteSpan> expected;

    Assembly &text(const QByteArray &piece)
    {
        bytes += piece;
        return *this;
    }
    Assembly &resource(const QByteArray &piece)
    {
        expected.append(ByteSpan {bytes.size(), piece.size()});
        bytes += piece;
        return *this;
    }
};

// Resources with traps: escaped quotes and braces in strings, a nested "resource" key, a nested
// "entry" array, unicode raw and escaped, a number right before the closing brace.
const QByteArray kRes1 = "{\"resourceType\":\"Observation\",\"id\":\"a\",\"note\":[{\"text\":\"said \\\"}\\\" then "
                         "{\\\"resource\\\": {}}\"}],\"valueQuantity\":{\"value\":1.50}}";
const QByteArray kRes2 = "{ \"resourceType\" : \"Parameters\" ,\r\n\t\"parameter\": [ { \"name\": \"x\", \"resource\": "
                         "{ \"resourceType\": \"Patient\", \"entry\": [ {\"resource\": {\"resourceType\":\"Basic\"}} ] "
                         "} } ],\n \"v\" : -0 }";
const QByteArray kRes3 = "{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"Ren\xC3\xA9\x65 \xF0\x9F\x98\x80 "
                         "\\u00e9\\ud83d\\ude00 \\\\\"}],\"n\":12}";
const QByteArray kRes4
    = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Basic\"}}]}";

} // namespace

class FhirBundleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oddBundle()
    {
        Assembly a;
        a.text("\xEF\xBB\xBF \n{ \"entry\" :\t[ {\"fullUrl\":\"urn:uuid:1\",\"resource\":")
            .resource(kRes1)
            .text("},\r\n  { \"resource\"  :\n  ")
            .resource(kRes2)
            .text(" , \"search\": {\"mode\":\"match\"} },{\"resource\":")
            .resource(kRes3)
            .text("},{\"request\":{\"method\":\"POST\"},\"resource\":")
            .resource(kRes4)
            .text("}], \"resourceType\" : \"Bundle\", \"type\": \"collection\" }\n\n");
        const auto spans = splitBundle(a.bytes);
        QVERIFY(spans.ok());
        QCOMPARE(*spans, a.expected);
        for (qsizetype i = 0; i < spans->size(); ++i) {
            const QByteArray piece = a.bytes.mid(spans->at(i).offset, spans->at(i).length);
            QVERIFY(parseResource(piece).ok());
        }
        // the nested Bundle is one entry, not split further
        QCOMPARE(a.bytes.mid(spans->at(3).offset, spans->at(3).length), kRes4);
    }

    void nonBundleIsOneSpan()
    {
        Assembly a;
        a.text(" \r\n\t").resource(kRes1).text("\n ");
        const auto spans = splitBundle(a.bytes);
        QVERIFY(spans.ok());
        QCOMPARE(*spans, a.expected);
        // a resource with an "entry" member that is not a Bundle is not split
        const QByteArray list = "{\"resourceType\":\"List\",\"entry\":[{\"resource\":{\"resourceType\":\"Basic\"}}]}";
        QCOMPARE(*splitBundle(list), (QList<ByteSpan> {ByteSpan {0, list.size()}}));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<int>("error");
        QTest::newRow("empty bundle") << QByteArray("{\"resourceType\":\"Bundle\",\"entry\":[]}")
                                      << int(FhirError::EmptyBundle);
        QTest::newRow("no entry") << QByteArray("{\"resourceType\":\"Bundle\"}") << int(FhirError::EmptyBundle);
        QTest::newRow("delete entry") << QByteArray(
            "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Basic\"}},{\"request\":{"
            "\"method\":\"DELETE\"}}]}")
                                      << int(FhirError::EntryWithoutResource);
        QTest::newRow("resource not object")
            << QByteArray("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":[1]}]}") << int(FhirError::NotObject);
        QTest::newRow("entry not object")
            << QByteArray("{\"resourceType\":\"Bundle\",\"entry\":[7]}") << int(FhirError::NotObject);
        QTest::newRow("no resourceType in entry")
            << QByteArray("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"id\":\"x\"}}]}")
            << int(FhirError::NoResourceType);
        QTest::newRow("array root") << QByteArray("[]") << int(FhirError::NotObject);
        QTest::newRow("not json") << QByteArray("{\"resourceType\":\"Bundle\",") << int(FhirError::Syntax);
        QTest::newRow("duplicate entry key")
            << QByteArray("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"A\"},\"resource\":"
                          "{\"resourceType\":\"B\"}}]}")
            << int(FhirError::DuplicateKey);
        QByteArray big = "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Basic\",\"x\":\""
            + QByteArray(70000, 'a') + "\"}}]}";
        QTest::newRow("resource over 64 KiB") << big << int(FhirError::TooLarge);
        QTest::newRow("single resource over 64 KiB")
            << QByteArray("{\"resourceType\":\"Basic\",\"x\":\"" + QByteArray(70000, 'a') + "\"}")
            << int(FhirError::TooLarge);
    }
    void errors()
    {
        QFETCH(QByteArray, doc);
        QFETCH(int, error);
        const auto spans = splitBundle(doc);
        QVERIFY(!spans.ok());
        QCOMPARE(fhirErrorName(spans.error()), fhirErrorName(FhirError(error)));
    }

    void largeBundleOfSmallResources()
    {
        // a Bundle may be larger than 64 KiB when each resource is within the limit
        Assembly a;
        a.text("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        for (int i = 0; i < 400; ++i) {
            if (i)
                a.text(",");
            a.text("{\"resource\":")
                .resource("{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":" + QByteArray::number(i)
                          + ".50},\"pad\":\"" + QByteArray(200, 'p') + "\"}")
                .text("}");
        }
        a.text("]}");
        QVERIFY(a.bytes.size() > 64 * 1024);
        const auto spans = splitBundle(a.bytes);
        QVERIFY(spans.ok());
        QCOMPARE(*spans, a.expected);
    }

    void bundleSizeLimit()
    {
        // a Bundle of many small entries, larger than one resource may be, is split (no tree is built
        // for a Bundle: memory follows the number of entries, not of values) …
        const QByteArray head = "{\"resourceType\":\"Bundle\",\"entry\":[";
        const QByteArray entry = "{\"resource\":{\"resourceType\":\"Basic\",\"n\":[1,2.50,3]}}";
        const qsizetype count = 30000; // about 1.7 MB
        QByteArray doc = head;
        for (qsizetype i = 0; i < count; ++i) {
            if (i)
                doc += ',';
            doc += entry;
        }
        doc += "]}";
        QVERIFY(doc.size() > 1024 * 1024);
        const auto spans = splitBundle(doc);
        QVERIFY(spans.ok());
        QCOMPARE(spans->size(), count);
        QCOMPARE(doc.mid(spans->last().offset, spans->last().length), entry.mid(12, entry.size() - 13));
        // … while a file over 16 MiB is refused before parsing
        doc += QByteArray(qsizetype(kMaxBundleBytes) + 1 - doc.size(), ' ');
        QCOMPARE(splitBundle(doc).error(), FhirError::TooLarge);
    }

    void fixtureBundle()
    {
        QFile f(QStringLiteral(CARNET_TEST_DATA_DIR "/fhir/bundle-odd.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const auto spans = splitBundle(bytes);
        QVERIFY(spans.ok());
        QCOMPARE(spans->size(), 3);
        for (const ByteSpan &s : *spans) {
            QCOMPARE(bytes.at(s.offset), '{');
            QCOMPARE(bytes.at(s.offset + s.length - 1), '}');
            QVERIFY(parseResource(bytes.mid(s.offset, s.length)).ok());
        }
    }
};

QTEST_GUILESS_MAIN(FhirBundleTest)
#include "tst_fhir_bundle.moc"
