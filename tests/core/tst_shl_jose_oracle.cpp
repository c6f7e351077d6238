// SPDX-License-Identifier: GPL-3.0-or-later
// Carnet's SMART Health Link files and links against independent implementations, both ways
// (tests/shl/jose-interop.mjs): JWEs made by jose 6 and by kill-the-clipboard, with and without zip DEF,
// decrypt in Carnet to their bytes; Carnet's JWEs decrypt in jose (its own zip support), in Node's
// crypto + zlib.inflateRawSync by hand, and in kill-the-clipboard; links made by kill-the-clipboard parse
// in Carnet and Carnet's links parse there, field for field; over tests/data/shl/malicious, Carnet refuses
// every text kill-the-clipboard refuses, but for the two the spec makes it take. A missing node_modules is
// a failure, not a skip.
#include "core/record/connectcode.h"
#include "crypto/random.h"
#include "shltestutil.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace carnet::core::shl;
using namespace carnet::crypto;

namespace {

const QString kScriptDir = QStringLiteral(CARNET_SOURCE_DIR "/tests/shl");

QList<QJsonObject> runInterop(const QStringList &arguments, QString *error)
{
    if (!QFileInfo::exists(kScriptDir + QStringLiteral("/node_modules/jose/package.json"))
        || !QFileInfo::exists(kScriptDir + QStringLiteral("/node_modules/kill-the-clipboard/package.json"))) {
        *error = QStringLiteral("tests/shl/node_modules (-> ../oracles/node_modules) is missing: run scripts/setup-npm.sh");
        return {};
    }
    QProcess node;
    node.setWorkingDirectory(kScriptDir);
    node.start(QStringLiteral("node"), QStringList {QStringLiteral("jose-interop.mjs")} + arguments);
    if (!node.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start node (Node.js must be on PATH)");
        return {};
    }
    node.closeWriteChannel();
    if (!node.waitForFinished(240000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        *error = QStringLiteral("jose-interop.mjs failed: %1").arg(QString::fromUtf8(node.readAllStandardError()));
        return {};
    }
    QList<QJsonObject> out;
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            *error = QStringLiteral("jose-interop.mjs printed a line that is not a JSON object");
            return {};
        }
        out.push_back(doc.object());
    }
    return out;
}

Bytes keyOf(const QJsonValue &value)
{
    const QByteArray text = value.toString().toLatin1();
    const auto key = carnet::core::record::decodeBase64Url(std::string_view(text.constData(), std::size_t(text.size())));
    return key ? *key : Bytes {};
}

QString b64u(ByteView bytes)
{
    return QString::fromStdString(carnet::core::record::encodeBase64Url(bytes));
}

QByteArray bytesOf(const SecureBuffer &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
}

QByteArray fromBase64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

} // namespace

class ShlJoseOracleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oracleFilesAndLinksOpenInCarnet()
    {
        QString error;
        const QList<QJsonObject> made = runInterop({QStringLiteral("make")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int files = 0, zipped = 0, links = 0;
        for (const QJsonObject &o : made) {
            const QString by = o.value(QLatin1String("by")).toString();
            if (o.contains(QLatin1String("link"))) {
                const QByteArray text = o.value(QLatin1String("link")).toString().toUtf8();
                const auto parsed = parseLink(std::string_view(text.constData(), std::size_t(text.size())));
                QVERIFY2(parsed, parsed ? "" : describe(parsed.error()));
                QCOMPARE(parsed->link.url, o.value(QLatin1String("url")).toString());
                QCOMPARE(b64u(parsed->link.key.view()), o.value(QLatin1String("key")).toString());
                QCOMPARE(parsed->link.flag, o.value(QLatin1String("flag")).toString());
                QCOMPARE(parsed->link.label, o.value(QLatin1String("label")).toString());
                const QJsonValue exp = o.value(QLatin1String("exp"));
                QCOMPARE(parsed->link.exp.has_value(), !exp.isNull());
                if (!exp.isNull())
                    QCOMPARE(qint64(*parsed->link.exp), exp.toInteger());
                ++links;
                continue;
            }
            const Bytes key = keyOf(o.value(QLatin1String("key")));
            QCOMPARE(key.size(), std::size_t(32));
            const QByteArray jwe = o.value(QLatin1String("jwe")).toString().toLatin1();
            const auto opened = decryptJwe(key, jwe);
            QVERIFY2(opened, qPrintable(by + QStringLiteral(": ") + QLatin1String(opened ? "" : describe(opened.error()))));
            QVERIFY2(opened->content == fromBase64(o.value(QLatin1String("content"))), qPrintable(by));
            QCOMPARE(opened->contentType, o.value(QLatin1String("cty")).toString().toLatin1());
            QCOMPARE(opened->compressed, o.value(QLatin1String("zip")).toBool());
            ++files;
            zipped += opened->compressed ? 1 : 0;
        }
        QVERIFY(files >= 14 && zipped >= 7 && links >= 6);
        qInfo("opened %d files (%d with zip DEF) and %d links made by jose and kill-the-clipboard", files, zipped, links);
    }

    void carnetFilesAndLinksOpenInTheOracles()
    {
        struct Case
        {
            Bytes key;
            QByteArray content;
            QByteArray cty;
            bool zip;
            bool text;
            bool tampered;
        };
        std::vector<Case> cases;
        const Bytes random = randomBytes(70000);
        QByteArray json;
        for (int i = 0; json.size() < 300000; ++i)
            json += "{\"resourceType\":\"Observation\",\"id\":\"o" + QByteArray::number(i) + "\",\"valueQuantity\":{\"value\":1}},";
        for (const bool zip : {false, true}) {
            cases.push_back({randomBytes(32), QByteArray(), "application/fhir+json", zip, false, false});
            cases.push_back({randomBytes(32), QByteArray("{"), "application/fhir+json", zip, true, false});
            cases.push_back({randomBytes(32), json, "application/fhir+json", zip, true, false});
            cases.push_back({randomBytes(32), QByteArray(reinterpret_cast<const char *>(random.data()), 70000),
                             "application/smart-health-card", zip, false, false});
            cases.push_back({randomBytes(32), json.left(2000), "application/smart-api-access", zip, false, true});
        }
        QTemporaryFile input;
        QVERIFY(input.open());
        for (const Case &c : cases) {
            QByteArray jwe = encryptJwe(c.key, c.content, c.cty, c.zip);
            if (c.tampered)
                jwe[jwe.size() - 3] = jwe[jwe.size() - 3] == 'A' ? 'B' : 'A';
            QJsonObject o {{QStringLiteral("key"), b64u(c.key)}, {QStringLiteral("jwe"), QString::fromLatin1(jwe)}};
            if (c.text)
                o.insert(QStringLiteral("text"), true);
            input.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
        // Links: every flag combination Carnet writes, labels with escapes and astral characters, with
        // and without exp and a viewer.
        std::vector<std::pair<ShLink, QString>> links;
        const QStringList flags = {QString(), QStringLiteral("L"), QStringLiteral("P"), QStringLiteral("LP"),
                                   QStringLiteral("U"), QStringLiteral("LU")};
        for (int i = 0; i < flags.size(); ++i) {
            ShLink link;
            link.url = QStringLiteral("https://share.carnet.example/m/") + b64u(randomBytes(32));
            link.key = SecureBuffer::copyOf(randomBytes(32));
            link.flag = flags[i];
            if (i % 2)
                link.label = QStringLiteral("Résumé \"urgence\" \\ %1 💉").arg(i);
            if (i % 3)
                link.exp = 1924992000 + i;
            const QString viewer = i % 2 ? QStringLiteral("https://carnet.example/view#") : QString();
            const auto text = encodeLink(link, viewer);
            QVERIFY(text);
            input.write(QJsonDocument(QJsonObject {{QStringLiteral("link"), QString::fromUtf8(bytesOf(*text))}})
                            .toJson(QJsonDocument::Compact) + '\n');
            links.emplace_back(std::move(link), viewer);
        }
        input.flush();
        QString error;
        const QList<QJsonObject> answers = runInterop({QStringLiteral("open"), input.fileName()}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(answers.size(), qsizetype(cases.size() + links.size()));
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const Case &c = cases[i];
            const QJsonObject &a = answers[qsizetype(i)];
            const QJsonObject jose = a.value(QLatin1String("jose")).toObject();
            const QJsonObject byHand = a.value(QLatin1String("byHand")).toObject();
            if (c.tampered) {
                QVERIFY2(jose.contains(QLatin1String("error")), "jose opened a tampered file");
                QVERIFY2(byHand.contains(QLatin1String("error")), "Node's crypto opened a tampered file");
                continue;
            }
            QVERIFY2(!jose.contains(QLatin1String("error")), qPrintable(jose.value(QLatin1String("error")).toString()));
            QVERIFY(fromBase64(jose.value(QLatin1String("content"))) == c.content);
            QJsonObject expectedHeader {{QStringLiteral("alg"), QStringLiteral("dir")},
                                        {QStringLiteral("enc"), QStringLiteral("A256GCM")},
                                        {QStringLiteral("cty"), QString::fromLatin1(c.cty)}};
            if (c.zip)
                expectedHeader.insert(QStringLiteral("zip"), QStringLiteral("DEF"));
            QCOMPARE(jose.value(QLatin1String("header")).toObject(), expectedHeader);
            QVERIFY2(!byHand.contains(QLatin1String("error")), qPrintable(byHand.value(QLatin1String("error")).toString()));
            QVERIFY(fromBase64(byHand.value(QLatin1String("content"))) == c.content);
            if (c.text) {
                const QJsonObject ktc = a.value(QLatin1String("ktc")).toObject();
                QVERIFY2(!ktc.contains(QLatin1String("error")), qPrintable(ktc.value(QLatin1String("error")).toString()));
                QVERIFY(fromBase64(ktc.value(QLatin1String("content"))) == c.content);
                QCOMPARE(ktc.value(QLatin1String("cty")).toString().toLatin1(), c.cty);
            }
        }
        for (std::size_t i = 0; i < links.size(); ++i) {
            const ShLink &link = links[i].first;
            const QJsonObject &a = answers[qsizetype(cases.size() + i)];
            QVERIFY2(a.value(QLatin1String("ok")).toBool(), qPrintable(a.value(QLatin1String("error")).toString()));
            QCOMPARE(a.value(QLatin1String("url")).toString(), link.url);
            QCOMPARE(a.value(QLatin1String("key")).toString(), b64u(link.key.view()));
            QCOMPARE(a.value(QLatin1String("flag")).toString(), link.flag);
            QCOMPARE(a.value(QLatin1String("label")).toString(), link.label);
            QCOMPARE(a.value(QLatin1String("exp")).isNull(), !link.exp);
            if (link.exp)
                QCOMPARE(a.value(QLatin1String("exp")).toInteger(), qint64(*link.exp));
            QCOMPARE(a.value(QLatin1String("v")).toInt(), 1);
        }
    }

    // Carnet is never laxer than kill-the-clipboard on the malicious corpus (it is stricter on many
    // texts: docs/SHL.md), except where the spec sides with Carnet.
    void neverLaxerThanKillTheClipboard()
    {
        const QString dir = QStringLiteral(CARNET_TEST_DATA_DIR "/shl/malicious");
        QString error;
        const QList<QJsonObject> verdicts = runInterop({QStringLiteral("corpus"), dir}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(verdicts.size() >= 100);
        // White space around a scanned text is dropped (docs/SHL.md); unknown flag letters SHALL be
        // ignored (links-specification.md, "Protocol Versioning"), which kill-the-clipboard 1.1.0 refuses.
        const QStringList spec = {QStringLiteral("white-space-around.txt"), QStringLiteral("flag-unknown-letters.txt")};
        int stricter = 0;
        for (const QJsonObject &v : verdicts) {
            const QString name = v.value(QLatin1String("file")).toString();
            const QByteArray text = carnet::test::readTestFile(dir + QLatin1Char('/') + name);
            const bool carnet = bool(parseLink(std::string_view(text.constData(), std::size_t(text.size()))));
            const bool ktc = v.value(QLatin1String("ok")).toBool();
            if (!ktc && carnet)
                QVERIFY2(spec.contains(name), qPrintable(name + QStringLiteral(": taken by Carnet, refused by kill-the-clipboard")));
            stricter += ktc && !carnet ? 1 : 0;
        }
        for (const QString &name : spec) {
            const QByteArray text = carnet::test::readTestFile(dir + QLatin1Char('/') + name);
            QVERIFY2(parseLink(std::string_view(text.constData(), std::size_t(text.size()))), qPrintable(name));
        }
        qInfo("%d texts of the corpus taken by kill-the-clipboard are refused by Carnet", stricter);
    }
};

QTEST_GUILESS_MAIN(ShlJoseOracleTest)
#include "tst_shl_jose_oracle.moc"
