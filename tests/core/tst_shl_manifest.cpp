// SPDX-License-Identifier: GPL-3.0-or-later
// The manifest request and the manifest of a SMART Health Link (docs/SHL.md, "Formats"): the request body
// Carnet sends (recipient, passcode, embeddedLengthMax) read back by an independent JSON reader and by the
// host's parser; each request rule; the spec's example manifest (its "<snipped>" JWE refused, a whole one
// read to the published fields); each manifest rule: duplicate members, unknown contentType, both or
// neither of embedded and location, a location that is not https, too many files, oversize.
#include "shltestutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace carnet::core::shl;

namespace {

const char *manifestErrorName(ManifestError e)
{
    switch (e) {
    case ManifestError::TooLarge: return "TooLarge";
    case ManifestError::NotJson: return "NotJson";
    case ManifestError::DuplicateKey: return "DuplicateKey";
    case ManifestError::NotAnObject: return "NotAnObject";
    case ManifestError::RecipientMissing: return "RecipientMissing";
    case ManifestError::BadRecipient: return "BadRecipient";
    case ManifestError::BadPasscode: return "BadPasscode";
    case ManifestError::BadEmbeddedLengthMax: return "BadEmbeddedLengthMax";
    case ManifestError::FilesNotArray: return "FilesNotArray";
    case ManifestError::TooManyFiles: return "TooManyFiles";
    case ManifestError::FileNotObject: return "FileNotObject";
    case ManifestError::UnknownContentType: return "UnknownContentType";
    case ManifestError::NeitherLocationNorEmbedded: return "NeitherLocationNorEmbedded";
    case ManifestError::BothLocationAndEmbedded: return "BothLocationAndEmbedded";
    case ManifestError::BadLocation: return "BadLocation";
    case ManifestError::BadEmbedded: return "BadEmbedded";
    case ManifestError::BadLastUpdated: return "BadLastUpdated";
    case ManifestError::BadStatus: return "BadStatus";
    case ManifestError::BadFhirVersion: return "BadFhirVersion";
    case ManifestError::BadList: return "BadList";
    }
    return "?";
}
constexpr int kManifestErrorCount = 20;

QSet<QString> g_reached;

QString requestVerdict(const QByteArray &body)
{
    const auto r = parseManifestRequest(body);
    const QString v = r ? QStringLiteral("ok") : QLatin1String(manifestErrorName(r.error()));
    g_reached.insert(v);
    return v;
}

QString manifestVerdict(const QByteArray &body, const ParseOptions &options = {})
{
    const auto m = parseManifest(body, options);
    const QString v = m ? QStringLiteral("ok") : QLatin1String(manifestErrorName(m.error()));
    g_reached.insert(v);
    return v;
}

QByteArray bytesOf(const carnet::crypto::SecureBuffer &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
}

// links-specification.md, "Example SMART Health Link Manifest File", as published (tests/data/shl).
QByteArray specManifest()
{
    return carnet::test::readTestFile(QStringLiteral(CARNET_TEST_DATA_DIR "/shl/spec-manifest.json"));
}

const char *kJwe = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..8zH0NmUXGwMOqEya.xdGRpgyvE9vNoKzHlr4itKKW2vo.AAAAAAAAAAAAAAAAAAAAAA";

// One manifest with one file object given as JSON text.
QByteArray withFile(const QByteArray &file)
{
    return "{\"files\":[" + file + "]}";
}

} // namespace

class ShlManifestTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestBodyIsWhatTheSpecAsksFor()
    {
        ManifestRequest request;
        request.recipient = QStringLiteral("Dr Zoë \"Ndiaye\", urgences");
        request.passcode = carnet::crypto::SecureBuffer::copyOf(carnet::crypto::asBytes("12 34 é"));
        request.embeddedLengthMax = 50000;
        const QByteArray body = bytesOf(manifestRequestBody(request));
        QVERIFY(!body.contains('\n') && !body.contains(": ")); // minified
        QJsonParseError error {};
        const QJsonObject o = QJsonDocument::fromJson(body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.keys(), (QStringList {QStringLiteral("embeddedLengthMax"), QStringLiteral("passcode"), QStringLiteral("recipient")}));
        QCOMPARE(o.value(QLatin1String("recipient")).toString(), request.recipient);
        QCOMPARE(o.value(QLatin1String("passcode")).toString(), QStringLiteral("12 34 é"));
        QCOMPARE(o.value(QLatin1String("embeddedLengthMax")), QJsonValue(50000));
        // The host's reader takes it back.
        const auto parsed = parseManifestRequest(body);
        QVERIFY(parsed);
        QCOMPARE(parsed->recipient, request.recipient);
        QVERIFY(parsed->passcode && bytesOf(*parsed->passcode) == QByteArray("12 34 é"));
        QCOMPARE(parsed->embeddedLengthMax, std::optional<qint64>(50000));

        ManifestRequest bare;
        bare.recipient = QStringLiteral("Clinique");
        QCOMPARE(bytesOf(manifestRequestBody(bare)), QByteArray("{\"recipient\":\"Clinique\"}"));
        const auto back = parseManifestRequest(bytesOf(manifestRequestBody(bare)));
        QVERIFY(back && !back->passcode && !back->embeddedLengthMax);
        g_reached.insert(QStringLiteral("ok"));
    }

    void requestRules_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown member") << QByteArray("{\"recipient\":\"A\",\"x\":[1,{}]}") << QStringLiteral("ok");
        QTest::newRow("embeddedLengthMax 0") << QByteArray("{\"recipient\":\"A\",\"embeddedLengthMax\":0}") << QStringLiteral("ok");
        QTest::newRow("recipient 200") << QByteArray("{\"recipient\":\"" + QByteArray(200, 'r') + "\"}") << QStringLiteral("ok");
        QTest::newRow("passcode 256") << QByteArray("{\"recipient\":\"A\",\"passcode\":\"" + QByteArray(256, 'p') + "\"}") << QStringLiteral("ok");
        QTest::newRow("over 16 KiB") << QByteArray("{\"recipient\":\"A\",\"x\":\"" + QByteArray(16 * 1024, 'x') + "\"}") << QStringLiteral("TooLarge");
        QTest::newRow("not json") << QByteArray("recipient=A") << QStringLiteral("NotJson");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("NotJson");
        QTest::newRow("lone surrogate") << QByteArray("{\"recipient\":\"\\ud800\"}") << QStringLiteral("NotJson");
        QTest::newRow("duplicate recipient") << QByteArray("{\"recipient\":\"A\",\"recipient\":\"B\"}") << QStringLiteral("DuplicateKey");
        QTest::newRow("duplicate passcode") << QByteArray("{\"recipient\":\"A\",\"passcode\":\"1\",\"passcode\":\"2\"}") << QStringLiteral("DuplicateKey");
        QTest::newRow("array") << QByteArray("[{\"recipient\":\"A\"}]") << QStringLiteral("NotAnObject");
        QTest::newRow("no recipient") << QByteArray("{\"passcode\":\"1\"}") << QStringLiteral("RecipientMissing");
        QTest::newRow("recipient empty") << QByteArray("{\"recipient\":\"\"}") << QStringLiteral("RecipientMissing");
        QTest::newRow("recipient number") << QByteArray("{\"recipient\":5}") << QStringLiteral("RecipientMissing");
        QTest::newRow("recipient 201") << QByteArray("{\"recipient\":\"" + QByteArray(201, 'r') + "\"}") << QStringLiteral("BadRecipient");
        QTest::newRow("recipient newline") << QByteArray("{\"recipient\":\"A\\nB\"}") << QStringLiteral("BadRecipient");
        QTest::newRow("recipient C1") << QByteArray("{\"recipient\":\"A\\u0085\"}") << QStringLiteral("BadRecipient");
        QTest::newRow("passcode empty") << QByteArray("{\"recipient\":\"A\",\"passcode\":\"\"}") << QStringLiteral("BadPasscode");
        QTest::newRow("passcode number") << QByteArray("{\"recipient\":\"A\",\"passcode\":1234}") << QStringLiteral("BadPasscode");
        QTest::newRow("passcode 257") << QByteArray("{\"recipient\":\"A\",\"passcode\":\"" + QByteArray(257, 'p') + "\"}") << QStringLiteral("BadPasscode");
        QTest::newRow("passcode null") << QByteArray("{\"recipient\":\"A\",\"passcode\":null}") << QStringLiteral("BadPasscode");
        QTest::newRow("embeddedLengthMax -1") << QByteArray("{\"recipient\":\"A\",\"embeddedLengthMax\":-1}") << QStringLiteral("BadEmbeddedLengthMax");
        QTest::newRow("embeddedLengthMax 1.5") << QByteArray("{\"recipient\":\"A\",\"embeddedLengthMax\":1.5}") << QStringLiteral("BadEmbeddedLengthMax");
        QTest::newRow("embeddedLengthMax string") << QByteArray("{\"recipient\":\"A\",\"embeddedLengthMax\":\"10\"}") << QStringLiteral("BadEmbeddedLengthMax");
    }
    void requestRules()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QCOMPARE(requestVerdict(body), error);
    }

    void specExampleManifest()
    {
        // As published, the second file's JWE ends in "<snipped>": not the compact JWE alphabet.
        QCOMPARE(manifestVerdict(specManifest()), QStringLiteral("BadEmbedded"));
        QByteArray whole = specManifest();
        QVERIFY(whole.contains("<snipped>"));
        whole.replace("xdGRpgyvE9vNoKzHlr4itKKW2vo<snipped>", "xdGRpgyvE9vNoKzHlr4itKKW2vo.AAAAAAAAAAAAAAAAAAAAAA");
        const auto m = parseManifest(whole);
        QVERIFY2(m, m ? "" : describe(m.error()));
        QVERIFY(!m->hasList);
        QCOMPARE(m->files.size(), std::size_t(3));
        QCOMPARE(m->files[0].contentType, ContentType::SmartHealthCard);
        QCOMPARE(m->files[0].location, QStringLiteral("https://bucket.cloud.example.org/file1?sas=MFXK6jL3oL3SI_lRfi_-cEfzIs5oHs6rRWmrsCAFzvk"));
        QVERIFY(m->files[0].embedded.isEmpty());
        QCOMPARE(m->files[0].status, FileStatus::Unspecified);
        QVERIFY(!m->files[0].lastUpdated && m->files[0].fhirVersion.isEmpty());
        QCOMPARE(m->files[1].contentType, ContentType::SmartHealthCard);
        QVERIFY(m->files[1].location.isEmpty());
        QCOMPARE(m->files[1].embedded, QByteArray(kJwe));
        QCOMPARE(m->files[2].contentType, ContentType::FhirJson);
        QCOMPARE(m->files[2].lastUpdated, std::optional<qint64>(1741534186000)); // 2025-03-09T15:29:46Z, by `date -d`
        QCOMPARE(m->files[2].status, FileStatus::Finalized);
        QCOMPARE(m->files[2].fhirVersion, QStringLiteral("4.0.1"));
    }

    void manifestRules_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        const QByteArray loc = "\"contentType\":\"application/fhir+json\",\"location\":\"https://h.example/f/1\"";
        const QByteArray emb = QByteArray("\"contentType\":\"application/fhir+json\",\"embedded\":\"") + kJwe + '"';
        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("ok");
        QTest::newRow("no files") << QByteArray("{\"files\":[]}") << QStringLiteral("ok");
        QTest::newRow("list object") << QByteArray("{\"list\":{\"resourceType\":\"List\"},\"files\":[]}") << QStringLiteral("ok");
        QTest::newRow("unknown members") << withFile('{' + loc + ",\"x\":1,\"_y\":{\"z\":[]}" + '}') << QStringLiteral("ok");
        QTest::newRow("offset time") << withFile('{' + loc + ",\"lastUpdated\":\"2025-03-09T16:29:46.250+01:00\"" + '}') << QStringLiteral("ok");
        QTest::newRow("status unknown word") << withFile('{' + loc + ",\"status\":\"entered-in-error\"" + '}') << QStringLiteral("ok");
        QTest::newRow("location 2048") << withFile("{\"contentType\":\"application/fhir+json\",\"location\":\"https://h.example/"
                                                   + QByteArray(2048 - 18, 'a') + "\"}") << QStringLiteral("ok");
        QTest::newRow("over 64 MiB") << QByteArray("{\"x\":\"" + QByteArray(kMaxManifestBytes, 'x') + "\"}") << QStringLiteral("TooLarge");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("NotJson");
        QTest::newRow("invalid utf-8") << withFile('{' + loc + ",\"fhirVersion\":\"4\xc0\xae" + "0\"}") << QStringLiteral("NotJson");
        QTest::newRow("duplicate files") << QByteArray("{\"files\":[],\"files\":[]}") << QStringLiteral("DuplicateKey");
        QTest::newRow("duplicate location") << withFile('{' + loc + ",\"location\":\"https://evil.example/f\"" + '}') << QStringLiteral("DuplicateKey");
        QTest::newRow("duplicate contentType") << withFile('{' + loc + ",\"contentType\":\"application/smart-api-access\"" + '}') << QStringLiteral("DuplicateKey");
        QTest::newRow("duplicate in list") << QByteArray("{\"list\":{\"id\":\"a\",\"id\":\"b\"}}") << QStringLiteral("DuplicateKey");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("NotAnObject");
        QTest::newRow("files object") << QByteArray("{\"files\":{}}") << QStringLiteral("FilesNotArray");
        QTest::newRow("files null") << QByteArray("{\"files\":null}") << QStringLiteral("FilesNotArray");
        QTest::newRow("file string") << QByteArray("{\"files\":[\"https://h.example/f\"]}") << QStringLiteral("FileNotObject");
        QTest::newRow("no contentType") << withFile("{\"location\":\"https://h.example/f/1\"}") << QStringLiteral("UnknownContentType");
        QTest::newRow("contentType text/plain") << withFile("{\"contentType\":\"text/plain\",\"location\":\"https://h.example/f\"}") << QStringLiteral("UnknownContentType");
        QTest::newRow("contentType case") << withFile("{\"contentType\":\"application/FHIR+json\",\"location\":\"https://h.example/f\"}") << QStringLiteral("UnknownContentType");
        QTest::newRow("contentType jose") << withFile("{\"contentType\":\"application/jose\",\"location\":\"https://h.example/f\"}") << QStringLiteral("UnknownContentType");
        QTest::newRow("neither") << withFile("{\"contentType\":\"application/fhir+json\"}") << QStringLiteral("NeitherLocationNorEmbedded");
        QTest::newRow("both") << withFile('{' + loc + QByteArray(",\"embedded\":\"") + kJwe + "\"}") << QStringLiteral("BothLocationAndEmbedded");
        QTest::newRow("location http") << withFile("{\"contentType\":\"application/fhir+json\",\"location\":\"http://h.example/f\"}") << QStringLiteral("BadLocation");
        QTest::newRow("location loopback http") << withFile("{\"contentType\":\"application/fhir+json\",\"location\":\"http://127.0.0.1/f\"}") << QStringLiteral("BadLocation");
        QTest::newRow("location file") << withFile("{\"contentType\":\"application/fhir+json\",\"location\":\"file:///etc/passwd\"}") << QStringLiteral("BadLocation");
        QTest::newRow("location relative") << withFile("{\"contentType\":\"application/fhir+json\",\"location\":\"/f/1\"}") << QStringLiteral("BadLocation");
        QTest::newRow("location idn") << withFile("{\"contentType\":\"application/fhir+json\",\"location\":\"https://xn--80ak6aa92e.com/f\"}") << QStringLiteral("BadLocation");
        QTest::newRow("location user info") << withFile("{\"contentType\":\"application/fhir+json\",\"location\":\"https://u:p@h.example/f\"}") << QStringLiteral("BadLocation");
        QTest::newRow("location number") << withFile("{\"contentType\":\"application/fhir+json\",\"location\":443}") << QStringLiteral("BadLocation");
        QTest::newRow("location 2049") << withFile("{\"contentType\":\"application/fhir+json\",\"location\":\"https://h.example/"
                                                   + QByteArray(2049 - 18, 'a') + "\"}") << QStringLiteral("BadLocation");
        QTest::newRow("embedded number") << withFile("{\"contentType\":\"application/fhir+json\",\"embedded\":5}") << QStringLiteral("BadEmbedded");
        QTest::newRow("embedded empty") << withFile("{\"contentType\":\"application/fhir+json\",\"embedded\":\"\"}") << QStringLiteral("BadEmbedded");
        QTest::newRow("embedded space") << withFile("{\"contentType\":\"application/fhir+json\",\"embedded\":\"eyJ ..\"}") << QStringLiteral("BadEmbedded");
        QTest::newRow("embedded padding") << withFile("{\"contentType\":\"application/fhir+json\",\"embedded\":\"eyJ=..\"}") << QStringLiteral("BadEmbedded");
        QTest::newRow("lastUpdated date") << withFile('{' + emb + ",\"lastUpdated\":\"2025-03-09\"}") << QStringLiteral("BadLastUpdated");
        QTest::newRow("lastUpdated no zone") << withFile('{' + emb + ",\"lastUpdated\":\"2025-03-09T15:29:46\"}") << QStringLiteral("BadLastUpdated");
        QTest::newRow("lastUpdated words") << withFile('{' + emb + ",\"lastUpdated\":\"yesterday at noon, UTC time\"}") << QStringLiteral("BadLastUpdated");
        QTest::newRow("lastUpdated number") << withFile('{' + emb + ",\"lastUpdated\":1741534186}") << QStringLiteral("BadLastUpdated");
        QTest::newRow("lastUpdated month 13") << withFile('{' + emb + ",\"lastUpdated\":\"2025-13-09T15:29:46Z\"}") << QStringLiteral("BadLastUpdated");
        QTest::newRow("status number") << withFile('{' + emb + ",\"status\":1}") << QStringLiteral("BadStatus");
        QTest::newRow("fhirVersion number") << withFile('{' + emb + ",\"fhirVersion\":4.01}") << QStringLiteral("BadFhirVersion");
        QTest::newRow("list array") << QByteArray("{\"list\":[]}") << QStringLiteral("BadList");
    }
    void manifestRules()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QCOMPARE(manifestVerdict(body), error);
    }

    void fileCountLimit()
    {
        QByteArray files;
        for (int i = 0; i < 101; ++i)
            files += QByteArray(i ? "," : "") + "{\"contentType\":\"application/fhir+json\",\"location\":\"https://h.example/f/"
                + QByteArray::number(i) + "\"}";
        QCOMPARE(manifestVerdict("{\"files\":[" + files + "]}"), QStringLiteral("TooManyFiles"));
        files.truncate(files.lastIndexOf(",{"));
        const auto m = parseManifest(QByteArray("{\"files\":[" + files + "]}"));
        QVERIFY(m);
        QCOMPARE(m->files.size(), kMaxManifestFiles);
    }

    void loopbackLocationByOption()
    {
        ParseOptions loopback;
        loopback.allowLoopbackHttp = true;
        const QByteArray body = withFile("{\"contentType\":\"application/fhir+json\",\"location\":\"http://127.0.0.1:8080/f/1\"}");
        QCOMPARE(manifestVerdict(body, loopback), QStringLiteral("ok"));
        QCOMPARE(manifestVerdict(withFile("{\"contentType\":\"application/fhir+json\",\"location\":\"http://h.example/f\"}"), loopback),
                 QStringLiteral("BadLocation"));
    }

    void manifestJsonReadsBack()
    {
        Manifest m;
        ManifestFile a;
        a.contentType = ContentType::SmartApiAccess;
        a.location = QStringLiteral("https://h.example/f/1?t=x");
        a.lastUpdated = 1741534186123;
        a.status = FileStatus::CanChange;
        a.fhirVersion = QStringLiteral("4.0.1");
        ManifestFile b;
        b.contentType = ContentType::FhirJson;
        b.embedded = kJwe;
        b.status = FileStatus::NoLongerValid;
        m.files = {a, b};
        const QByteArray json = manifestJson(m);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value(QLatin1String("files")).toArray().at(0).toObject().value(QLatin1String("lastUpdated")).toString(),
                 QStringLiteral("2025-03-09T15:29:46.123Z"));
        const auto back = parseManifest(json);
        QVERIFY2(back, back ? "" : describe(back.error()));
        QCOMPARE(back->files.size(), std::size_t(2));
        QCOMPARE(back->files[0].contentType, ContentType::SmartApiAccess);
        QCOMPARE(back->files[0].location, a.location);
        QCOMPARE(back->files[0].lastUpdated, a.lastUpdated);
        QCOMPARE(back->files[0].status, FileStatus::CanChange);
        QCOMPARE(back->files[0].fhirVersion, a.fhirVersion);
        QCOMPARE(back->files[1].embedded, b.embedded);
        QCOMPARE(back->files[1].status, FileStatus::NoLongerValid);
        for (const ContentType t : {ContentType::FhirJson, ContentType::SmartHealthCard, ContentType::SmartApiAccess})
            QCOMPARE(contentTypeOf(contentTypeName(t)), std::optional<ContentType>(t));
    }

    void everyErrorReachedAndDescribed()
    {
        QSet<QString> descriptions;
        for (int e = 0; e < kManifestErrorCount; ++e) {
            const char *name = manifestErrorName(ManifestError(e));
            QVERIFY2(g_reached.contains(QLatin1String(name)), name);
            const QString text = QLatin1String(describe(ManifestError(e)));
            QVERIFY(!text.isEmpty() && text != QLatin1String("unknown") && !descriptions.contains(text));
            descriptions.insert(text);
        }
    }
};

QTEST_GUILESS_MAIN(ShlManifestTest)
#include "tst_shl_manifest.moc"
