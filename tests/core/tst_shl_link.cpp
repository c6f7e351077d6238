// SPDX-License-Identifier: GPL-3.0-or-later
// SMART Health Link payloads (docs/SHL.md, "Formats"): the spec's published example links parse to their
// published fields and Carnet writes the spec's example byte for byte; encode → parse round trips; the
// corpus tests/data/shl/malicious/*.txt (verdicts in tests/data/shl/malicious.tsv) each get their verdict,
// and together reach every LinkError; loopback http only by option; encodeLink refuses what parseLink
// refuses, with the same code.
#include "core/record/connectcode.h"
#include "core/shl/strictjson.h"
#include "crypto/random.h"
#include "shltestutil.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace carnet::core::shl;
using carnet::test::linkErrorName;
using carnet::test::linkVerdict;

namespace {

// HL7 SMART Health Cards and Links IG STU1, links-specification.md, "Example SMART Health Link Generation".
const char *kSpecPayload
    = "eyJ1cmwiOiJodHRwczovL2Voci5leGFtcGxlLm9yZy9xci9ZOXh3a1VkdG1OOXd3b0pvTjNmZkpJaFgyVUd2Q0wxSm5sUFZOTDNrRFdNL20iLCJm"
      "bGFnIjoiTFAiLCJrZXkiOiJyeFRnWWxPYUtKUEZ0Y0VkMHFjY2VOOHdFVTRwOTRTcUF3SVdRZTZ1WDdRIiwibGFiZWwiOiJCYWNrLXRvLXNjaG9v"
      "bCBpbW11bml6YXRpb25zIGZvciBPbGl2ZXIgQnJvd24ifQ";
const char *kSpecUrl = "https://ehr.example.org/qr/Y9xwkUdtmN9wwoJoN3ffJIhX2UGvCL1JnlPVNL3kDWM/m";
const char *kSpecLabel = "Back-to-school immunizations for Oliver Brown";
// base64url-decoded by Python's base64 module, not by Carnet.
const char *kSpecKeyHex = "af14e062539a2893c5b5c11dd2a71c78df30114e29f784aa03021641eeae5fb4";

const QString kDataDir = QStringLiteral(CARNET_TEST_DATA_DIR "/shl");

std::string_view viewOf(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

QByteArray keyHex(const ShLink &link)
{
    return QByteArray(reinterpret_cast<const char *>(link.key.data()), qsizetype(link.key.size())).toHex();
}

QByteArray textOf(const carnet::crypto::SecureBuffer &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}

QByteArray linkOfJson(const QByteArray &json, const QByteArray &prefix = "shlink:/")
{
    const std::string payload = carnet::core::record::encodeBase64Url(
        carnet::crypto::asBytes(std::string_view(json.constData(), std::size_t(json.size()))));
    return prefix + QByteArray(payload.data(), qsizetype(payload.size()));
}

ShLink sampleLink()
{
    ShLink link;
    link.url = QString::fromLatin1(kSpecUrl);
    link.key = carnet::crypto::SecureBuffer::copyOf(carnet::crypto::randomBytes(32));
    return link;
}

struct CorpusCase
{
    QString file;
    QString verdict;
};

QList<CorpusCase> corpusTable()
{
    QList<CorpusCase> out;
    const QByteArray table = carnet::test::readTestFile(kDataDir + QStringLiteral("/malicious.tsv"));
    for (const QByteArray &line : table.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 2)
            out.push_back({QString::fromUtf8(fields[0]), QString::fromUtf8(fields[1])});
    }
    return out;
}

} // namespace

class ShlLinkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specExampleParsesToItsFields()
    {
        for (const QByteArray &prefix : {QByteArray(), QByteArray("https://viewer.example.org#")}) {
            const QByteArray text = prefix + "shlink:/" + kSpecPayload;
            const auto parsed = parseLink(viewOf(text));
            QVERIFY2(parsed, parsed ? "" : describe(parsed.error()));
            QCOMPARE(parsed->viewer, QString::fromLatin1(prefix));
            QCOMPARE(parsed->link.url, QString::fromLatin1(kSpecUrl));
            QCOMPARE(parsed->link.flag, QStringLiteral("LP"));
            QVERIFY(parsed->link.longTerm() && parsed->link.needsPasscode() && !parsed->link.directFile());
            QCOMPARE(keyHex(parsed->link), QByteArray(kSpecKeyHex));
            QCOMPARE(parsed->link.label, QString::fromLatin1(kSpecLabel));
            QVERIFY(!parsed->link.exp);
            QCOMPARE(parsed->link.v, 1);
        }
    }

    void publishedExampleFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("label");
        // The IPS IG's and CARIN's demo links (https://github.com/seanno/shc-demo-data), flag LU.
        QTest::newRow("IPS") << QStringLiteral("IPS_IG-bundle-01-shl.txt")
                             << QStringLiteral("https://raw.githubusercontent.com/seanno/shc-demo-data/main/ips/IPS_IG-bundle-01-enc.txt")
                             << QStringLiteral("Demo SHL for IPS_IG-bundle-01");
        QTest::newRow("CARIN") << QStringLiteral("CARIN_INS_CD-bundle-01-shl.txt")
                               << QStringLiteral("https://raw.githubusercontent.com/seanno/shc-demo-data/main/cards/carin-insurance-example/jws.txt")
                               << QStringLiteral("Demo SHL for carin-insurance-example");
    }
    void publishedExampleFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, url);
        QFETCH(QString, label);
        const QByteArray text = carnet::test::readTestFile(kDataDir + QLatin1Char('/') + file);
        QVERIFY(!text.isEmpty());
        const auto parsed = parseLink(viewOf(text));
        QVERIFY2(parsed, parsed ? "" : describe(parsed.error()));
        QCOMPARE(parsed->viewer, QStringLiteral("https://viewer.tcpdev.org/shlink.html#"));
        QCOMPARE(parsed->link.url, url);
        QCOMPARE(parsed->link.flag, QStringLiteral("LU"));
        QVERIFY(parsed->link.directFile() && parsed->link.longTerm() && !parsed->link.needsPasscode());
        QCOMPARE(keyHex(parsed->link), QByteArray(kSpecKeyHex));
        QCOMPARE(parsed->link.label, label);
        QVERIFY(!parsed->link.exp);
        // Carnet writes these payloads in the same member order, so the text comes back byte for byte.
        const auto again = encodeLink(parsed->link, parsed->viewer);
        QVERIFY(again);
        QCOMPARE(textOf(*again), text.trimmed());
    }

    void encodeWritesTheSpecExample()
    {
        ShLink link;
        link.url = QString::fromLatin1(kSpecUrl);
        link.flag = QStringLiteral("LP");
        link.key = carnet::crypto::SecureBuffer::copyOf(*carnet::crypto::fromHex(kSpecKeyHex));
        link.label = QString::fromLatin1(kSpecLabel);
        const auto bare = encodeLink(link);
        QVERIFY(bare);
        QCOMPARE(textOf(*bare), QByteArray("shlink:/") + kSpecPayload);
        const auto viewed = encodeLink(link, QStringLiteral("https://viewer.example.org#"));
        QVERIFY(viewed);
        QCOMPARE(textOf(*viewed), QByteArray("https://viewer.example.org#shlink:/") + kSpecPayload);
    }

    // The IG's logical-model example shl-payload-1.json writes exp as a string of milliseconds
    // ("1767225600000") against its own table (a number of seconds): Carnet refuses it.
    void igPayloadExampleWithStringExpIsRefused()
    {
        const QByteArray json = "{\"url\":\"https://ehr.example.org/qr/Y9xwkUdtmN9wwoJoN3ffJIhX2UGvCL1JnlPVNL3kDWM/m\","
                                "\"flag\":\"LP\",\"key\":\"rxTgYlOaKJPFtcEd0qcceN8wEU4p94SqAwIWQe6uX7Q\",\"exp\":\"1767225600000\","
                                "\"v\":1,\"labelzzz\":\"Back-to-school immunizations for Oliver Brown\"}";
        QCOMPARE(linkVerdict(viewOf(linkOfJson(json))), QStringLiteral("BadExp"));
        QByteArray fixed = json;
        fixed.replace("\"1767225600000\"", "1767225600");
        const auto parsed = parseLink(viewOf(linkOfJson(fixed)));
        QVERIFY(parsed);
        QCOMPARE(parsed->link.exp.value_or(0), std::int64_t(1767225600));
        QVERIFY(parsed->link.label.isEmpty()); // labelzzz is an unknown member
    }

    void roundTrip()
    {
        const QStringList flags = {QString(), QStringLiteral("L"), QStringLiteral("P"), QStringLiteral("U"),
                                   QStringLiteral("LP"), QStringLiteral("LU"), QStringLiteral("LQ")};
        const QStringList labels = {QString(), QStringLiteral("Résumé pour \"Zoé\" \\ / 💉"),
                                    QString(80, QLatin1Char('x')), QStringLiteral("心电图 ✓")};
        const QStringList viewers = {QString(), QStringLiteral("https://viewer.example.org#"),
                                     QStringLiteral("https://carnet.example/view/?l=fr#")};
        int n = 0;
        for (const QString &flag : flags)
            for (const QString &label : labels)
                for (const QString &viewer : viewers) {
                    ShLink link = sampleLink();
                    link.flag = flag;
                    link.label = label;
                    if (++n % 2)
                        link.exp = 1700000000 + n;
                    const auto text = encodeLink(link, viewer);
                    QVERIFY2(text, text ? "" : describe(text.error()));
                    const auto parsed = parseLink(text->asStringView());
                    QVERIFY2(parsed, parsed ? "" : describe(parsed.error()));
                    QCOMPARE(parsed->viewer, viewer);
                    QCOMPARE(parsed->link.url, link.url);
                    QCOMPARE(keyHex(parsed->link), keyHex(link));
                    QCOMPARE(parsed->link.flag, flag);
                    QCOMPARE(parsed->link.label, label);
                    QCOMPARE(parsed->link.exp, link.exp);
                    QCOMPARE(parsed->link.v, 1);
                    // The QString overload reads the same text the same way.
                    const auto viaQString = parseLink(QString::fromUtf8(textOf(*text)));
                    QVERIFY(viaQString);
                    QCOMPARE(viaQString->link.label, label);
                }
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("verdict");
        for (const CorpusCase &c : corpusTable())
            QTest::newRow(qPrintable(c.file)) << c.file << c.verdict;
    }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, verdict);
        const QByteArray text = carnet::test::readTestFile(kDataDir + QStringLiteral("/malicious/") + file);
        QVERIFY(!text.isEmpty() || file == QLatin1String("empty.txt"));
        QCOMPARE(linkVerdict(viewOf(text)), verdict);
        // The QString overload agrees wherever the bytes are valid UTF-8 (otherwise it sees U+FFFD).
        const QString decoded = QString::fromUtf8(text);
        if (decoded.toUtf8() == text)
            QCOMPARE(parseLink(decoded) ? QStringLiteral("ok") : QLatin1String(linkErrorName(parseLink(decoded).error())),
                     verdict);
    }

    void corpusCoversEveryError()
    {
        const QList<CorpusCase> table = corpusTable();
        QSet<QString> listed;
        QSet<QString> reached;
        int refused = 0;
        for (const CorpusCase &c : table) {
            listed.insert(c.file);
            if (c.verdict != QLatin1String("ok")) {
                ++refused;
                reached.insert(c.verdict);
            }
        }
        QVERIFY2(refused >= 50, qPrintable(QString::number(refused)));
        for (int e = 0; e < carnet::test::kLinkErrorCount; ++e)
            QVERIFY2(reached.contains(QLatin1String(linkErrorName(LinkError(e)))), linkErrorName(LinkError(e)));
        // Every file of the folder has its line in the table.
        const QStringList files = QDir(kDataDir + QStringLiteral("/malicious")).entryList({QStringLiteral("*.txt")}, QDir::Files);
        QCOMPARE(QSet<QString>(files.begin(), files.end()), listed);
    }

    void lengthLimitsAtTheBoundary()
    {
        // 4096 bytes in all (white space included) is read; 4097 is not.
        QByteArray text = textOf(*encodeLink(sampleLink()));
        text += QByteArray(4096 - text.size(), ' ');
        QCOMPARE(linkVerdict(viewOf(text)), QStringLiteral("ok"));
        QCOMPARE(linkVerdict(viewOf(text + ' ')), QStringLiteral("TooLong"));
        // encodeLink refuses a link it would write longer than 4096 bytes.
        ShLink link = sampleLink();
        link.label = QString(80, QChar(0x4E2D)); // 240 bytes of UTF-8
        QString viewer = QStringLiteral("https://viewer.example.org/") + QString(3700, QLatin1Char('v')) + QLatin1Char('#');
        QCOMPARE(encodeLink(link, viewer) ? QStringLiteral("ok") : QLatin1String(linkErrorName(encodeLink(link, viewer).error())),
                 QStringLiteral("TooLong"));
    }

    void loopbackHttpOnlyByOption()
    {
        ParseOptions loopback;
        loopback.allowLoopbackHttp = true;
        for (const char *url : {"http://127.0.0.1:8080/qr/x", "http://localhost/qr/x", "http://[::1]:9/qr/x",
                                "http://127.8.9.10/qr/x", "http://LOCALHOST/qr"}) {
            ShLink link = sampleLink();
            link.url = QString::fromLatin1(url);
            QCOMPARE(encodeLink(link) ? QStringLiteral("ok") : QLatin1String(linkErrorName(encodeLink(link).error())),
                     QStringLiteral("UrlNotHttps"));
            const auto text = encodeLink(link, QStringLiteral("http://localhost:8080/view#"), loopback);
            QVERIFY2(text, url);
            QCOMPARE(linkVerdict(text->asStringView(), loopback), QStringLiteral("ok"));
            QCOMPARE(linkVerdict(text->asStringView()), QStringLiteral("ViewerNotHttps"));
            QVERIFY(!checkFetchUrl(link.url, loopback));
            QCOMPARE(checkFetchUrl(link.url, {}), std::optional<LinkError>(LinkError::UrlNotHttps));
        }
        for (const char *url : {"http://example.org/qr/x", "http://10.0.0.1/qr/x", "http://localhost.evil.example/qr",
                                "http://127.0.0.1.nip.io/qr"}) {
            ShLink link = sampleLink();
            link.url = QString::fromLatin1(url);
            QCOMPARE(checkFetchUrl(link.url, loopback), std::optional<LinkError>(LinkError::UrlNotHttps));
        }
    }

    void encodeRefusesWhatParseRefuses_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        // field: 0 url, 1 flag, 2 label, 3 viewer, 4 key size, 5 v, 6 exp
        QTest::newRow("url empty") << 0 << QString() << QStringLiteral("UrlMissing");
        QTest::newRow("url 129") << 0 << QString(QStringLiteral("https://e.org/") + QString(115, QLatin1Char('a'))) << QStringLiteral("UrlTooLong");
        QTest::newRow("url fragment") << 0 << QStringLiteral("https://e.org/x#y") << QStringLiteral("UrlInvalid");
        QTest::newRow("url idn") << 0 << QStringLiteral("https://bücher.example/x") << QStringLiteral("UrlIdnHost");
        QTest::newRow("url http") << 0 << QStringLiteral("http://e.org/x") << QStringLiteral("UrlNotHttps");
        QTest::newRow("flag order") << 1 << QStringLiteral("PL") << QStringLiteral("BadFlag");
        QTest::newRow("flag U P") << 1 << QStringLiteral("PU") << QStringLiteral("UAndP");
        QTest::newRow("label 81") << 2 << QString(81, QLatin1Char('x')) << QStringLiteral("LabelTooLong");
        QTest::newRow("label newline") << 2 << QStringLiteral("a\nb") << QStringLiteral("BadLabel");
        QTest::newRow("viewer without #") << 3 << QStringLiteral("https://viewer.example.org/") << QStringLiteral("ViewerNotHttps");
        QTest::newRow("viewer http") << 3 << QStringLiteral("http://viewer.example.org/#") << QStringLiteral("ViewerNotHttps");
        QTest::newRow("viewer two #") << 3 << QStringLiteral("https://viewer.example.org/#a#") << QStringLiteral("ViewerNotHttps");
        QTest::newRow("viewer #") << 3 << QStringLiteral("#") << QStringLiteral("ViewerNotHttps");
        QTest::newRow("key 31") << 4 << QStringLiteral("31") << QStringLiteral("BadKey");
        QTest::newRow("key 0") << 4 << QStringLiteral("0") << QStringLiteral("BadKey");
        QTest::newRow("v 2") << 5 << QStringLiteral("2") << QStringLiteral("UnsupportedVersion");
        QTest::newRow("v 0") << 5 << QStringLiteral("0") << QStringLiteral("BadVersion");
        QTest::newRow("exp 0") << 6 << QStringLiteral("0") << QStringLiteral("BadExp");
        QTest::newRow("exp year 10000") << 6 << QStringLiteral("253402300800") << QStringLiteral("BadExp");
    }
    void encodeRefusesWhatParseRefuses()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QString, error);
        ShLink link = sampleLink();
        QString viewer;
        switch (field) {
        case 0: link.url = value; break;
        case 1: link.flag = value; break;
        case 2: link.label = value; break;
        case 3: viewer = value; break;
        case 4: link.key = carnet::crypto::SecureBuffer(std::size_t(value.toInt())); break;
        case 5: link.v = value.toInt(); break;
        case 6: link.exp = value.toLongLong(); break;
        }
        const auto text = encodeLink(link, viewer);
        QCOMPARE(text ? QStringLiteral("ok") : QLatin1String(linkErrorName(text.error())), error);
    }

    // The strict JSON rules docs/SHL.md lists, at their boundaries.
    void strictJsonRules_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("problem");
        const int ok = int(JsonProblem::None), bad = int(JsonProblem::NotJson);
        const auto nested = [](int n) -> QByteArray { return "{\"a\":" + QByteArray(n, '[') + QByteArray(n, ']') + '}'; };
        QTest::newRow("32 levels below the top") << nested(32) << ok;   // innermost array at level 32
        QTest::newRow("33 levels below the top") << nested(33) << bad;
        QTest::newRow("escapes") << QByteArray("{\"a\":\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00\"}") << ok;
        QTest::newRow("raw DEL") << QByteArray("{\"a\":\"\x7f\"}") << ok;
        QTest::newRow("raw UTF-8 4 bytes") << QByteArray("{\"a\":\"\xf0\x9f\x92\x89\"}") << ok;
        QTest::newRow("high then letter") << QByteArray("{\"a\":\"\\ud83dx\"}") << bad;
        QTest::newRow("high then high") << QByteArray("{\"a\":\"\\ud83d\\ud83d\"}") << bad;
        QTest::newRow("high then A") << QByteArray("{\"a\":\"\\ud83d\\u0041\"}") << bad;
        QTest::newRow("low alone") << QByteArray("{\"a\":\"\\ude00\"}") << bad;
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\x41\"}") << bad;
        QTest::newRow("short unicode escape") << QByteArray("{\"a\":\"\\u00e\"}") << bad;
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}") << bad;
        QTest::newRow("plus") << QByteArray("{\"a\":+1}") << bad;
        QTest::newRow("trailing dot") << QByteArray("{\"a\":1.}") << bad;
        QTest::newRow("leading dot") << QByteArray("{\"a\":.5}") << bad;
        QTest::newRow("bare minus") << QByteArray("{\"a\":-}") << bad;
        QTest::newRow("empty exponent") << QByteArray("{\"a\":1e}") << bad;
        QTest::newRow("numbers") << QByteArray("{\"a\":[0,-0,1.5e-3,2E+10,-12]}") << ok;
        QTest::newRow("form feed outside") << QByteArray("{\"a\":1}\f") << bad;
        QTest::newRow("white space") << QByteArray(" \t\r\n{ \"a\" : [ true , false , null ] }\n") << ok;
        QTest::newRow("True") << QByteArray("{\"a\":True}") << bad;
        QTest::newRow("duplicate after unescaping") << QByteArray("{\"ab\":1,\"\\u0061b\":2}") << int(JsonProblem::DuplicateKey);
        QTest::newRow("same name in two objects") << QByteArray("{\"a\":{\"a\":1},\"b\":{\"a\":2}}") << ok;
        QTest::newRow("top-level array") << QByteArray("[]") << int(JsonProblem::NotAnObject);
        QTest::newRow("top-level number") << QByteArray("1") << int(JsonProblem::NotAnObject);
        QTest::newRow("empty") << QByteArray() << bad;
    }
    void strictJsonRules()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, problem);
        QCOMPARE(int(checkStrictJson(text)), problem);
    }

    // Integer fields take numbers with integral values whatever their spelling.
    void integralNumbers()
    {
        const QByteArray base = "{\"url\":\"https://ehr.example.org/qr/x\",\"key\":\"rxTgYlOaKJPFtcEd0qcceN8wEU4p94SqAwIWQe6uX7Q\"";
        const auto parsed = parseLink(viewOf(linkOfJson(base + ",\"v\":1.0,\"exp\":1.7e9}")));
        QVERIFY2(parsed, parsed ? "" : describe(parsed.error()));
        QCOMPARE(parsed->link.v, 1);
        QCOMPARE(parsed->link.exp.value_or(0), std::int64_t(1700000000));
        QCOMPARE(linkVerdict(viewOf(linkOfJson(base + ",\"v\":1e0}"))), QStringLiteral("ok"));
        QCOMPARE(linkVerdict(viewOf(linkOfJson(base + ",\"v\":2.0}"))), QStringLiteral("UnsupportedVersion"));
        QCOMPARE(linkVerdict(viewOf(linkOfJson(base + ",\"exp\":253402300799}"))), QStringLiteral("ok"));
        QCOMPARE(linkVerdict(viewOf(linkOfJson(base + ",\"exp\":253402300799.5}"))), QStringLiteral("BadExp"));
        // A lone surrogate given to encodeLink in a label is refused, not written as '?'.
        ShLink link = sampleLink();
        link.label = QString(QChar(0xD83D)) + QStringLiteral("x");
        QCOMPARE(encodeLink(link) ? QStringLiteral("ok") : QLatin1String(linkErrorName(encodeLink(link).error())),
                 QStringLiteral("BadLabel"));
    }

    void everyErrorIsDescribed()
    {
        QSet<QString> seen;
        for (int e = 0; e < carnet::test::kLinkErrorCount; ++e) {
            const QString text = QLatin1String(describe(LinkError(e)));
            QVERIFY(!text.isEmpty() && text != QLatin1String("unknown"));
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
    }
};

QTEST_GUILESS_MAIN(ShlLinkTest)
#include "tst_shl_link.moc"
