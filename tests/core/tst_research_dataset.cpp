// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset bytes (core/research/dataset.h): build → parse round trip over the de-identified Safe
// Harbor record, order independence, the hash (keccak, checked against the empty-string vector), a
// corpus of malformed datasets each refused with its own code, NDJSON per type, the preview rows.
#include "researchtestutil.h"

#include "core/research/dataset.h"
#include "core/research/preview.h"
#include "crypto/hash.h"

#include <QTest>

#include <algorithm>

using namespace carnet::core;
namespace crypto = carnet::crypto;
using namespace carnet::core::research;

namespace {

DatasetHeader header()
{
    DatasetHeader h;
    h.chainId = 31337;
    for (std::size_t i = 0; i < h.market.size(); ++i)
        h.market[i] = std::uint8_t(0xa0 + i);
    for (std::size_t i = 0; i < 32; ++i) {
        h.pseudonym[i] = std::uint8_t(i);
        h.study[i] = std::uint8_t(0xff - i);
    }
    return h;
}

std::vector<DeidOutcome> outcomes(bool keepFreeText = false)
{
    std::vector<DeidOutcome> out;
    for (const auto &entry : researchtest::recordEntries()) {
        auto r = deidentify(entry.json, researchtest::policy(0x5a, keepFreeText));
        if (!r)
            qFatal("refused");
        out.push_back(std::move(*r));
    }
    return out;
}

std::vector<QByteArray> lines(const std::vector<DeidOutcome> &all)
{
    std::vector<QByteArray> out;
    for (const DeidOutcome &o : all) {
        if (!o.excluded)
            out.push_back(o.json);
    }
    return out;
}

QByteArray dataset()
{
    auto bytes = buildDataset(header(), lines(outcomes()));
    if (!bytes)
        qFatal("build failed");
    return *bytes;
}

QByteArray hex(const crypto::Hash32 &h)
{
    return QByteArray::fromStdString(crypto::toHex(h));
}

} // namespace

class ResearchDatasetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void malformed_data();
    void malformed();
    void buildRefuses();
    void ndjson();
    void preview();
};

// Out of line and hidden from moc, whose preprocessor misreads raw strings inside macro arguments.
#ifndef Q_MOC_RUN

void ResearchDatasetTest::roundTrip()
{
    const QByteArray bytes = dataset();
    const QList<QByteArray> split = bytes.split('\n');
    QCOMPARE(split.size(), 16); // header, 14 resources, "" after the last "\n"
    QCOMPARE(split.front(), QByteArray(R"({"carnetDataset":1,"chainId":31337,"market":"0xa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3",)"
                                       R"("pseudonym":"0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",)"
                                       R"("resources":14,"study":"0xfffefdfcfbfaf9f8f7f6f5f4f3f2f1f0efeeedecebeae9e8e7e6e5e4e3e2e1e0"})"));
    auto parsed = parseDataset(bytes);
    QVERIFY(parsed);
    QVERIFY(parsed->header == header());
    QCOMPARE(parsed->resources.size(), std::size_t(14));
    for (std::size_t i = 1; i < parsed->resources.size(); ++i) {
        const auto &a = parsed->resources[i - 1];
        const auto &b = parsed->resources[i];
        QVERIFY(a.resourceType < b.resourceType || (a.resourceType == b.resourceType && a.id < b.id));
    }
    // Any input order gives the same bytes; the hash is keccak256 of them.
    std::vector<QByteArray> reversed = lines(outcomes());
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(*buildDataset(header(), reversed), bytes);
    QCOMPARE(hex(datasetHash(bytes)), hex(crypto::keccak256(crypto::asBytes(bytes.toStdString()))));
    QCOMPARE(hex(datasetHash(QByteArray())), QByteArray("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = char(flipped[bytes.size() / 2] ^ 1);
    QVERIFY(datasetHash(bytes) != datasetHash(flipped));
    // An empty dataset is a header alone.
    auto empty = buildDataset(header(), {});
    QVERIFY(empty && parseDataset(*empty) && parseDataset(*empty)->resources.empty());
}

void ResearchDatasetTest::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<int>("error"); // a DatasetError
    const QByteArray good = dataset();
    QList<QByteArray> l = good.split('\n');
    l.removeLast();
    const QByteArray head = l.front();
    auto join = [](const QList<QByteArray> &parts) -> QByteArray { return parts.join('\n') + '\n'; };
    auto withHeader = [&](const QByteArray &h) -> QByteArray {
        QList<QByteArray> c = l;
        c[0] = h;
        return join(c);
    };
    const int big = int(kMaxDatasetBytes);
    const int many = int(kMaxDatasetLines);
    QList<QByteArray> c = l;
    std::swap(c[1], c[2]);
    QTest::newRow("unsorted") << join(c) << big << many << int(DatasetError::Unsorted);
    c = l;
    c[2] = c[1];
    QTest::newRow("duplicate") << join(c) << big << many << int(DatasetError::Duplicate);
    QTest::newRow("count too high") << withHeader(QByteArray(head).replace("\"resources\":14", "\"resources\":15"))
                                    << big << many << int(DatasetError::WrongCount);
    c = l;
    c.removeLast();
    QTest::newRow("line missing") << join(c) << big << many << int(DatasetError::WrongCount);
    c = l;
    c[3] = QByteArray(c[3]).replace("\":", "\": ");
    QTest::newRow("white space in a line") << join(c) << big << many << int(DatasetError::NotCanonical);
    c = l;
    c[1] = R"({"resourceType":"AllergyIntolerance","id":"0"})";
    QTest::newRow("members out of order") << join(c) << big << many << int(DatasetError::NotCanonical);
    c = l;
    c[1] = "{\"id\":\"0\",\"resourceType\":\"AllergyIntolerance\",\"x\":\"\\u001F\"}";
    QTest::newRow("upper-case escape") << join(c) << big << many << int(DatasetError::NotCanonical);
    c = l;
    c[1] = QByteArray("\xef\xbb\xbf" + c[1]);
    QTest::newRow("byte-order mark") << join(c) << big << many << int(DatasetError::NotCanonical);
    c = l;
    c[1] = R"({"id":"0","resourceType":"AllergyIntolerance",)";
    QTest::newRow("line not JSON") << join(c) << big << many << int(DatasetError::LineNotJson);
    c = l;
    c[1] = R"({"resourceType":"AllergyIntolerance"})";
    QTest::newRow("line without id") << join(c) << big << many << int(DatasetError::NotAResource);
    c = l;
    c[1] = R"(["AllergyIntolerance"])";
    QTest::newRow("line not an object") << join(c) << big << many << int(DatasetError::NotAResource);
    QTest::newRow("extra key in header") << withHeader(QByteArray(head).replace("{\"carnetDataset\"", "{\"asOf\":\"2026\",\"carnetDataset\""))
                                         << big << many << int(DatasetError::HeaderKeys);
    QTest::newRow("key missing in header") << withHeader(QByteArray(head).replace("\"chainId\":31337,", ""))
                                           << big << many << int(DatasetError::HeaderKeys);
    QTest::newRow("upper-case hex") << withHeader(QByteArray(head).replace("0xa0a1", "0xA0A1")) << big << many
                                    << int(DatasetError::HeaderTypes);
    QTest::newRow("short pseudonym") << withHeader(QByteArray(head).replace("0x0001", "0x01")) << big << many
                                     << int(DatasetError::HeaderTypes);
    QTest::newRow("chainId as a string") << withHeader(QByteArray(head).replace("31337", "\"31337\"")) << big << many
                                         << int(DatasetError::HeaderTypes);
    QTest::newRow("chainId 1e3") << withHeader(QByteArray(head).replace("31337", "1e3")) << big << many
                                 << int(DatasetError::HeaderTypes);
    QTest::newRow("version 2") << withHeader(QByteArray(head).replace("\"carnetDataset\":1", "\"carnetDataset\":2"))
                               << big << many << int(DatasetError::UnsupportedVersion);
    QTest::newRow("header spaced") << withHeader(QByteArray(head).replace(",", ", ")) << big << many
                                   << int(DatasetError::HeaderNotCanonical);
    QTest::newRow("header not JSON") << withHeader("carnetDataset 1") << big << many << int(DatasetError::HeaderNotJson);
    QTest::newRow("CRLF") << QByteArray(good).replace("\n", "\r\n") << big << many << int(DatasetError::CarriageReturn);
    QTest::newRow("trailing bytes") << QByteArray(good + "x") << big << many << int(DatasetError::NoFinalNewline);
    QTest::newRow("no final newline") << good.chopped(1) << big << many << int(DatasetError::NoFinalNewline);
    QTest::newRow("empty line") << QByteArray(good + "\n") << big << many << int(DatasetError::EmptyLine);
    QTest::newRow("empty") << QByteArray() << big << many << int(DatasetError::Empty);
    QTest::newRow("too big") << good << int(good.size() - 1) << many << int(DatasetError::TooLarge);
    QTest::newRow("too many lines") << good << big << 14 << int(DatasetError::TooManyLines);
    QTest::newRow("9 MiB") << QByteArray(9 * 1024 * 1024, ' ') << big << many << int(DatasetError::TooLarge);
}

void ResearchDatasetTest::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxBytes);
    QFETCH(int, maxLines);
    QFETCH(int, error);
    const auto r = parseDataset(bytes, DatasetLimits {std::size_t(maxBytes), std::size_t(maxLines)});
    QVERIFY(!r);
    QCOMPARE(QByteArray(datasetErrorName(r.error())), QByteArray(datasetErrorName(DatasetError(error))));
}

void ResearchDatasetTest::buildRefuses()
{
    std::vector<QByteArray> l = lines(outcomes());
    l.push_back(l.front());
    QCOMPARE(buildDataset(header(), l).error(), DatasetError::Duplicate);
    QCOMPARE(buildDataset(header(), {R"({"resourceType":"Patient", "id":"a"})"}).error(), DatasetError::NotCanonical);
    QCOMPARE(buildDataset(header(), {R"({"resourceType":"Patient"})"}).error(), DatasetError::NotAResource);
    QCOMPARE(buildDataset(header(), {"{"}).error(), DatasetError::LineNotJson);
    QCOMPARE(buildDataset(header(), lines(outcomes()), DatasetLimits {1000, 100}).error(), DatasetError::TooLarge);
    QCOMPARE(buildDataset(header(), lines(outcomes()), DatasetLimits {kMaxDatasetBytes, 14}).error(), DatasetError::TooManyLines);
}

void ResearchDatasetTest::ndjson()
{
    const auto parsed = parseDataset(dataset());
    QVERIFY(parsed);
    const auto files = toNdjson(*parsed);
    QStringList types;
    for (const auto &[type, text] : files)
        types << type;
    QCOMPARE(types, (QStringList {QStringLiteral("AllergyIntolerance"), QStringLiteral("Condition"),
                                  QStringLiteral("DiagnosticReport"), QStringLiteral("Encounter"),
                                  QStringLiteral("FamilyMemberHistory"), QStringLiteral("Immunization"),
                                  QStringLiteral("MedicationRequest"), QStringLiteral("Observation"),
                                  QStringLiteral("Patient"), QStringLiteral("Procedure")}));
    QCOMPARE(files.at(QStringLiteral("Observation")).count('\n'), 3);
    QCOMPARE(files.at(QStringLiteral("Condition")).count('\n'), 2);
    qsizetype total = 0;
    for (const auto &[type, text] : files) {
        QVERIFY(text.endsWith('\n'));
        for (const QByteArray &line : text.chopped(1).split('\n'))
            QVERIFY(line.startsWith("{") && line.contains(QByteArray("\"resourceType\":\"" + type.toLatin1() + "\"")));
        total += text.size();
    }
    QCOMPARE(total, dataset().size() - dataset().indexOf('\n') - 1); // every resource line, nothing else
}

void ResearchDatasetTest::preview()
{
    const auto all = outcomes();
    const DatasetPreview p = previewDataset(all);
    QCOMPARE(p.resources.size(), all.size());
    QCOMPARE(p.excluded, 6);
    const ResourcePreview &hba1c = p.resources[1];
    QCOMPARE(hba1c.resourceType, QStringLiteral("Observation"));
    auto row = [](const ResourcePreview &r, const char *path) -> QString {
        for (const PreviewRow &each : r.rows) {
            if (each.path == QLatin1String(path))
                return each.value;
        }
        return QStringLiteral("<none>");
    };
    QCOMPARE(row(hba1c, "Observation.code.coding[0].code"), QStringLiteral("4548-4"));
    QCOMPARE(row(hba1c, "Observation.valueQuantity.value"), QStringLiteral("6.4"));
    QCOMPARE(row(hba1c, "Observation.referenceRange[0].low.value"), QStringLiteral("4.0"));
    QCOMPARE(row(hba1c, "Observation.effectiveDateTime"), QStringLiteral("2026"));
    QCOMPARE(row(hba1c, "Observation.id"), hba1c.id);
    QVERIFY(hba1c.dropped.contains(QStringLiteral("Observation.code.text")));
    QCOMPARE(row(p.resources[0], "Patient.extension[0].valueBoolean"), QStringLiteral("true"));
    QCOMPARE(row(p.resources[0], "Patient.address[1].postalCode"), QStringLiteral("100"));
    QVERIFY(p.resources[15].excluded && p.resources[15].rows.empty());
    // Every row of the preview is a value of the dataset, and every scalar of the dataset is a row.
    int scalars = 0;
    for (const ResourcePreview &r : p.resources)
        scalars += int(r.rows.size());
    QCOMPARE(p.values, scalars);
    // With free text, the document's text is shown decoded.
    const DatasetPreview withText = previewDataset(outcomes(true));
    const ResourcePreview &doc = withText.resources[14];
    QCOMPARE(doc.resourceType, QStringLiteral("DocumentReference"));
    bool found = false;
    for (const PreviewRow &r : doc.rows) {
        if (r.path == QLatin1String("DocumentReference.content[0].attachment.data")) {
            found = r.decodedText && r.value.startsWith(QLatin1String("Discharge note for Eleanor"));
        }
    }
    QVERIFY(found);
}

#endif

QTEST_APPLESS_MAIN(ResearchDatasetTest)
#include "tst_research_dataset.moc"
