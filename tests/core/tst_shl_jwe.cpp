// SPDX-License-Identifier: GPL-3.0-or-later
// The files of a SMART Health Link (docs/SHL.md, "Formats"): compact JWE, dir + A256GCM, zip DEF.
// Published vectors: the IPS IG's demo file (tests/data/shl/IPS_IG-bundle-01-enc.txt) decrypts with the
// spec's example key to IPS_IG-bundle-01.json byte for byte, and the spec's "Example Encryption" is
// reproduced byte for byte from its IV. Then round trips with and without zip; every single-bit change of
// every character of a JWE refused with the error its part calls for; the header rules; sizes; a 1 GiB
// zip bomb stopped at the limit without its memory; 10^5 encryptions with 10^5 different IVs.
#include "core/codec/deflate.h"
#include "core/record/connectcode.h"
#include "crypto/aead.h"
#include "crypto/random.h"
#include "shltestutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <sys/resource.h>
#include <unordered_set>
#include <zlib.h>

using namespace carnet::core::shl;
using namespace carnet::crypto;
namespace codec = carnet::core::codec;
using carnet::test::jweErrorName;
using carnet::test::jweVerdict;

namespace {

const QString kDataDir = QStringLiteral(CARNET_TEST_DATA_DIR "/shl");
// The spec's example key "rxTgYlOaKJPFtcEd0qcceN8wEU4p94SqAwIWQe6uX7Q", decoded by Python.
const char *kSpecKeyHex = "af14e062539a2893c5b5c11dd2a71c78df30114e29f784aa03021641eeae5fb4";
const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

QSet<QString> g_reached; // every JweError some case of this file produced

Bytes specKey()
{
    return *fromHex(kSpecKeyHex);
}

QByteArray b64Text(QByteArrayView bytes)
{
    const std::string s = carnet::core::record::encodeBase64Url(
        asBytes(std::string_view(bytes.data(), std::size_t(bytes.size()))));
    return QByteArray(s.data(), qsizetype(s.size()));
}

QByteArray b64Bytes(ByteView bytes)
{
    return b64Text(QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
}

std::string_view viewOf(const QByteArray &b)
{
    return std::string_view(b.constData(), std::size_t(b.size()));
}

// A compact JWE sealed by hand (not by encryptJwe): any header, any plaintext, any IV, AAD = b64(header).
QByteArray sealed(const QByteArray &header, QByteArrayView plaintext, ByteView key, ByteView iv)
{
    const QByteArray protectedHeader = b64Text(header);
    const Bytes out = aeadSeal(key, iv, asBytes(std::string_view(plaintext.data(), std::size_t(plaintext.size()))),
                               asBytes(viewOf(protectedHeader)));
    const ByteView all(out);
    return protectedHeader + ".." + b64Bytes(iv) + '.' + b64Bytes(all.first(all.size() - 16)) + '.' + b64Bytes(all.last(16));
}

QByteArray sealed(const QByteArray &header, QByteArrayView plaintext, ByteView key)
{
    return sealed(header, plaintext, key, randomBytes(12));
}

QString verdict(ByteView key, QByteArrayView compact, std::size_t maxContent = kDefaultMaxContent)
{
    const QString v = jweVerdict(key, compact, maxContent);
    g_reached.insert(v);
    return v;
}

QList<QByteArray> partsOf(const QByteArray &compact)
{
    return compact.split('.');
}

QByteArray joined(const QList<QByteArray> &parts)
{
    return parts.join('.');
}

long maxRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Raw DEFLATE of `total` zero bytes, streamed (the zeros are never all in memory).
QByteArray deflateZeros(std::size_t total)
{
    z_stream stream {};
    if (deflateInit2(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    static const QByteArray chunk(1 << 20, '\0');
    QByteArray out;
    char buffer[1 << 16];
    std::size_t fed = 0;
    int status = Z_OK;
    do {
        const bool last = fed + std::size_t(chunk.size()) >= total;
        const std::size_t now = last ? total - fed : std::size_t(chunk.size());
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        stream.avail_in = uInt(now);
        fed += now;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            status = deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    } while (fed < total);
    deflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

} // namespace

class ShlJweTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ipsExampleDecryptsToThePublishedJson()
    {
        const QByteArray compact = carnet::test::readTestFile(kDataDir + QStringLiteral("/IPS_IG-bundle-01-enc.txt")).trimmed();
        const QByteArray expected = carnet::test::readTestFile(kDataDir + QStringLiteral("/IPS_IG-bundle-01.json"));
        QVERIFY(!compact.isEmpty() && !expected.isEmpty());
        const auto opened = decryptJwe(specKey(), compact);
        QVERIFY2(opened, opened ? "" : describe(opened.error()));
        QVERIFY(opened->contentType.isEmpty()); // its header is {"enc","alg","kid"}: no cty
        QVERIFY(!opened->compressed);
        QCOMPARE(opened->content.size(), expected.size());
        QVERIFY(opened->content == expected);
        // Re-encrypted under its own IV without a content type, it has no cty member either and reads back.
        const QByteArray again = encryptJweWithIv(specKey(), opened->content, QByteArrayView(), false, *jweIv(compact));
        QVERIFY(again.startsWith(QByteArray(b64Text("{\"alg\":\"dir\",\"enc\":\"A256GCM\"}") + "..")));
        const auto back = decryptJwe(specKey(), again);
        QVERIFY(back && back->contentType.isEmpty() && back->content == expected);
    }

    void specEncryptionExampleByteForByte()
    {
        // links-specification.md "Example Encryption": jose's CompactEncrypt of the then current
        // example-00-e-file.smart-health-card (846 bytes: an earlier version than the 843-byte file in
        // tests/data/shl, whose JWS was re-signed since) under the example key; its IV is the third part.
        const QByteArray published = carnet::test::readTestFile(kDataDir + QStringLiteral("/example-00-e-file-enc.txt")).trimmed();
        QVERIFY(!published.isEmpty());
        const auto opened = decryptJwe(specKey(), published);
        QVERIFY2(opened, opened ? "" : describe(opened.error()));
        QCOMPARE(opened->contentType, QByteArray("application/smart-health-card"));
        QVERIFY(!opened->compressed);
        QCOMPARE(opened->content.size(), 846);
        const QJsonObject card = QJsonDocument::fromJson(opened->content).object();
        QVERIFY(card.value(QLatin1String("verifiableCredential")).isArray());
        QVERIFY(opened->content.contains("\"eyJ6aXAiOiJERUYiLCJhbGciOiJFUzI1NiIsImtpZCI6IjNLZmRnLVh3UC03Z1h5eXd0VWZVQUR3QnVtRE9QS01ReC1pRUxMMTFXOXMifQ.3ZJNj9Mw"));
        const auto iv = jweIv(published);
        QVERIFY(iv);
        QCOMPARE(b64Bytes(*iv), QByteArray("B9Bd5AW751az-gEx"));
        // A known answer: the same key, IV, cty and plaintext give jose's published text, byte for byte.
        QCOMPARE(encryptJweWithIv(specKey(), opened->content, "application/smart-health-card", false, *iv), published);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("contentType");
        const Bytes random = randomBytes(100000);
        QTest::newRow("empty") << QByteArray() << QByteArray("application/fhir+json");
        QTest::newRow("one byte") << QByteArray("{") << QByteArray("application/fhir+json");
        QTest::newRow("json") << carnet::test::readTestFile(kDataDir + QStringLiteral("/IPS_IG-bundle-01.json"))
                              << QByteArray("application/fhir+json");
        QTest::newRow("random 100k") << QByteArray(reinterpret_cast<const char *>(random.data()), 100000)
                                     << QByteArray("application/smart-health-card");
        QTest::newRow("zeros 1 MiB") << QByteArray(1 << 20, '\0') << QByteArray("application/smart-api-access");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, contentType);
        const Bytes key = randomBytes(32);
        for (const bool zip : {false, true}) {
            const QByteArray compact = encryptJwe(key, content, contentType, zip);
            const QList<QByteArray> parts = partsOf(compact);
            QCOMPARE(parts.size(), 5);
            QVERIFY(parts[1].isEmpty());
            QCOMPARE(parts[2].size(), 16); // 12 bytes
            QCOMPARE(parts[4].size(), 22); // 16 bytes
            const auto header = carnet::core::record::decodeBase64Url(viewOf(parts[0]));
            QVERIFY(header);
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(header->data()), qsizetype(header->size())),
                     QByteArray("{\"alg\":\"dir\",\"enc\":\"A256GCM\",\"cty\":\"" + contentType + '"'
                                + (zip ? QByteArray(",\"zip\":\"DEF\"") : QByteArray()) + '}'));
            const auto opened = decryptJwe(key, compact);
            QVERIFY2(opened, opened ? "" : describe(opened.error()));
            QCOMPARE(opened->compressed, zip);
            QCOMPARE(opened->contentType, contentType);
            QVERIFY(opened->content == content);
            g_reached.insert(QStringLiteral("ok"));
            // With zip the ciphertext is raw DEFLATE (RFC 1951): zlib with window bits −15 reads it back.
            if (zip) {
                const QByteArray deflated = codec::deflateRaw(content);
                QByteArray inflated;
                QCOMPARE(codec::inflateRaw(deflated, std::size_t(content.size()), inflated), codec::InflateStatus::Ok);
                QVERIFY(inflated == content);
                QCOMPARE(parts[3].size(), b64Text(deflated).size());
            } else {
                QCOMPARE(parts[3].size(), b64Text(content).size());
            }
        }
    }

    // Every bit of every character, in all five parts (the empty key part: a character added), with and
    // without zip. Each change is refused, with the error of the first rule it breaks.
    void everySingleBitFlipIsRefused()
    {
        const Bytes key = randomBytes(32);
        const QByteArray content = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[]} and some padding text";
        for (const bool zip : {false, true}) {
            const QByteArray good = encryptJwe(key, content, "application/fhir+json", zip);
            const qsizetype headerEnd = good.indexOf('.');
            int cases = 0;
            for (qsizetype i = 0; i < good.size(); ++i) {
                if (good[i] == '.')
                    continue;
                const qsizetype partStart = good.lastIndexOf('.', i) + 1;
                const qsizetype partEnd = good.indexOf('.', i) < 0 ? good.size() : good.indexOf('.', i);
                for (int bit = 0; bit < 8; ++bit) {
                    QByteArray bad = good;
                    bad[i] = char(bad[i] ^ (1 << bit));
                    const char c = bad[i];
                    // The part still decodes when the character is in the alphabet, unless it is the last of
                    // its part and now sets bits past the part's bytes (strict base64url has one spelling).
                    const bool decodes = kAlphabet.find(c) != std::string::npos
                        && carnet::core::record::decodeBase64Url(viewOf(bad.mid(partStart, partEnd - partStart))).has_value();
                    const QString got = verdict(key, bad);
                    ++cases;
                    if (c == '.') {
                        QCOMPARE(got, QStringLiteral("WrongPartCount"));
                    } else if (!decodes) {
                        QCOMPARE(got, QStringLiteral("BadBase64url"));
                    } else if (i < headerEnd) {
                        // A header that still reads: its JSON breaks, or its alg/enc/zip/cty change, or the AAD does.
                        static const QSet<QString> headerErrors = {
                            QStringLiteral("BadHeader"), QStringLiteral("UnsupportedAlg"), QStringLiteral("UnsupportedEnc"),
                            QStringLiteral("UnsupportedZip"), QStringLiteral("BadContentType"), QStringLiteral("DoesNotDecrypt")};
                        QVERIFY2(headerErrors.contains(got), qPrintable(QStringLiteral("header %1.%2: %3").arg(i).arg(bit).arg(got)));
                    } else {
                        QCOMPARE(got, QStringLiteral("DoesNotDecrypt")); // IV, ciphertext or tag: the tag fails
                    }
                }
            }
            QVERIFY(cases > 1000);
            // The encrypted-key part, empty for dir: any character in it.
            for (const char c : kAlphabet) {
                QByteArray bad = good;
                bad.insert(headerEnd + 1, c);
                QCOMPARE(verdict(key, bad), QStringLiteral("EncryptedKeyNotEmpty"));
            }
        }
    }

    void wrongKey()
    {
        const Bytes key = randomBytes(32);
        const QByteArray compact = encryptJwe(key, "content", "application/fhir+json", true);
        QCOMPARE(verdict(randomBytes(32), compact), QStringLiteral("DoesNotDecrypt"));
        for (std::size_t byte = 0; byte < 32; byte += 7) {
            Bytes near = key;
            near[byte] = std::uint8_t(near[byte] ^ 0x80u);
            QCOMPARE(verdict(near, compact), QStringLiteral("DoesNotDecrypt"));
        }
        QCOMPARE(verdict(key, compact), QStringLiteral("ok"));
    }

    void headerRules_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("error");
        QTest::newRow("with kid") << QByteArray(R"({"alg":"dir","enc":"A256GCM","kid":"x","x-unknown":[1]})") << QStringLiteral("ok");
        QTest::newRow("alg A256KW") << QByteArray(R"({"alg":"A256KW","enc":"A256GCM"})") << QStringLiteral("UnsupportedAlg");
        QTest::newRow("alg none") << QByteArray(R"({"alg":"none","enc":"A256GCM"})") << QStringLiteral("UnsupportedAlg");
        QTest::newRow("alg Dir") << QByteArray(R"({"alg":"Dir","enc":"A256GCM"})") << QStringLiteral("UnsupportedAlg");
        QTest::newRow("alg missing") << QByteArray(R"({"enc":"A256GCM"})") << QStringLiteral("UnsupportedAlg");
        QTest::newRow("alg ECDH-ES") << QByteArray(R"({"alg":"ECDH-ES","enc":"A256GCM"})") << QStringLiteral("UnsupportedAlg");
        QTest::newRow("enc A128GCM") << QByteArray(R"({"alg":"dir","enc":"A128GCM"})") << QStringLiteral("UnsupportedEnc");
        QTest::newRow("enc A256CBC-HS512") << QByteArray(R"({"alg":"dir","enc":"A256CBC-HS512"})") << QStringLiteral("UnsupportedEnc");
        QTest::newRow("enc missing") << QByteArray(R"({"alg":"dir"})") << QStringLiteral("UnsupportedEnc");
        QTest::newRow("zip GZIP") << QByteArray(R"({"alg":"dir","enc":"A256GCM","zip":"GZIP"})") << QStringLiteral("UnsupportedZip");
        QTest::newRow("zip def") << QByteArray(R"({"alg":"dir","enc":"A256GCM","zip":"def"})") << QStringLiteral("UnsupportedZip");
        QTest::newRow("zip null") << QByteArray(R"({"alg":"dir","enc":"A256GCM","zip":null})") << QStringLiteral("UnsupportedZip");
        QTest::newRow("crit") << QByteArray(R"({"alg":"dir","enc":"A256GCM","crit":["exp"],"exp":1})") << QStringLiteral("UnsupportedCrit");
        QTest::newRow("cty number") << QByteArray(R"({"alg":"dir","enc":"A256GCM","cty":5})") << QStringLiteral("BadContentType");
        QTest::newRow("cty empty") << QByteArray(R"({"alg":"dir","enc":"A256GCM","cty":""})") << QStringLiteral("BadContentType");
        QTest::newRow("duplicate alg") << QByteArray(R"({"alg":"dir","enc":"A256GCM","alg":"A256KW"})") << QStringLiteral("BadHeader");
        QTest::newRow("array") << QByteArray(R"(["dir","A256GCM"])") << QStringLiteral("BadHeader");
        QTest::newRow("not json") << QByteArray("alg=dir") << QStringLiteral("BadHeader");
        QTest::newRow("invalid utf-8") << QByteArray("{\"alg\":\"dir\",\"enc\":\"A256GCM\",\"cty\":\"\xff\"}") << QStringLiteral("BadHeader");
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf{\"alg\":\"dir\",\"enc\":\"A256GCM\"}") << QStringLiteral("BadHeader");
    }
    void headerRules()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, error);
        const Bytes key = randomBytes(32);
        QCOMPARE(verdict(key, sealed(header, "{}", key)), error);
    }

    void structure()
    {
        const Bytes key = randomBytes(32);
        const QByteArray good = encryptJwe(key, "some content", "application/fhir+json", false);
        QList<QByteArray> p = partsOf(good);
        QCOMPARE(verdict(key, good), QStringLiteral("ok"));
        QCOMPARE(verdict(key, QByteArray()), QStringLiteral("WrongPartCount"));
        QCOMPARE(verdict(key, joined(p.mid(0, 4))), QStringLiteral("WrongPartCount"));
        QCOMPARE(verdict(key, QByteArray(good + '.')), QStringLiteral("WrongPartCount"));
        QCOMPARE(verdict(key, QByteArray(good + ".AAAA")), QStringLiteral("WrongPartCount"));
        QCOMPARE(verdict(key, "...."), QStringLiteral("BadBase64url")); // an empty header
        QCOMPARE(verdict(key, QByteArray(' ' + good)), QStringLiteral("BadBase64url"));
        QCOMPARE(verdict(key, QByteArray(good + '\n')), QStringLiteral("BadBase64url"));
        const auto withPart = [&](int index, const QByteArray &value) {
            QList<QByteArray> q = p;
            q[index] = value;
            return joined(q);
        };
        QCOMPARE(verdict(key, withPart(1, b64Bytes(randomBytes(32)))), QStringLiteral("EncryptedKeyNotEmpty"));
        QCOMPARE(verdict(key, withPart(2, b64Bytes(randomBytes(13)))), QStringLiteral("BadIv"));
        QCOMPARE(verdict(key, withPart(2, b64Bytes(randomBytes(11)))), QStringLiteral("BadIv"));
        QCOMPARE(verdict(key, withPart(2, QByteArray())), QStringLiteral("BadIv"));
        QCOMPARE(verdict(key, withPart(2, p[2] + "==")), QStringLiteral("BadBase64url"));
        QCOMPARE(verdict(key, withPart(4, p[4].left(20))), QStringLiteral("BadTag")); // 15 bytes
        QCOMPARE(verdict(key, withPart(4, b64Bytes(randomBytes(17)))), QStringLiteral("BadTag"));
        QCOMPARE(verdict(key, withPart(4, QByteArray())), QStringLiteral("BadTag"));
        QCOMPARE(verdict(key, withPart(4, p[4] + "=")), QStringLiteral("BadBase64url"));
        QCOMPARE(verdict(key, withPart(3, p[3] + '+')), QStringLiteral("BadBase64url"));
        QCOMPARE(verdict(key, withPart(3, QByteArray())), QStringLiteral("DoesNotDecrypt"));
        // Parts swapped: a 16-byte "IV" is the wrong size before any decryption.
        QCOMPARE(verdict(key, joined({p[0], p[1], p[4], p[3], p[2]})), QStringLiteral("BadIv"));
    }

    void sizeLimits()
    {
        const Bytes key = randomBytes(32);
        const QByteArray content(1000, 'a');
        const QByteArray plain = encryptJwe(key, content, "application/fhir+json", false);
        QCOMPARE(verdict(key, plain, 1000), QStringLiteral("ok"));
        QCOMPARE(verdict(key, plain, 999), QStringLiteral("TooLarge"));
        const QByteArray zipped = encryptJwe(key, content, "application/fhir+json", true);
        QCOMPARE(verdict(key, zipped, 1000), QStringLiteral("ok"));
        QCOMPARE(verdict(key, zipped, 999), QStringLiteral("InflatedTooLarge"));
        // Over 32 MiB of text is refused before it is split.
        QByteArray huge(kMaxJweChars + 1, 'A');
        QCOMPARE(verdict(key, huge), QStringLiteral("TooLarge"));
    }

    void damagedDeflate()
    {
        const Bytes key = randomBytes(32);
        const QByteArray header = R"({"alg":"dir","enc":"A256GCM","zip":"DEF"})";
        const QByteArray deflated = codec::deflateRaw(QByteArray(QByteArray(5000, 'x') + "end"));
        QCOMPARE(verdict(key, sealed(header, deflated, key)), QStringLiteral("ok"));
        QCOMPARE(verdict(key, sealed(header, deflated.chopped(1), key)), QStringLiteral("BadDeflate"));
        QCOMPARE(verdict(key, sealed(header, QByteArray(deflated + '\0'), key)), QStringLiteral("BadDeflate"));
        QCOMPARE(verdict(key, sealed(header, QByteArray(deflated + deflated), key)), QStringLiteral("BadDeflate"));
        QCOMPARE(verdict(key, sealed(header, "not deflate at all, just text", key)), QStringLiteral("BadDeflate"));
        QCOMPARE(verdict(key, sealed(header, QByteArray(), key)), QStringLiteral("BadDeflate"));
        // A zlib (RFC 1950) stream is not raw DEFLATE.
        QCOMPARE(verdict(key, sealed(header, qCompress(QByteArray("abc")).mid(4), key)), QStringLiteral("BadDeflate"));
    }

    // DEFLATE of 1 GiB of zeros (about 1 MiB): decryption stops at the 16 MiB limit with InflatedTooLarge,
    // and the process never holds the gigabyte (its peak resident size grows by far less).
    void inflateBombStopsAtTheLimit()
    {
        const QByteArray bomb = deflateZeros(std::size_t(1) << 30);
        QVERIFY(!bomb.isEmpty());
        QVERIFY2(bomb.size() < 2 * 1024 * 1024, qPrintable(QString::number(bomb.size())));
        const Bytes key = randomBytes(32);
        const QByteArray compact = sealed(R"({"alg":"dir","enc":"A256GCM","cty":"application/fhir+json","zip":"DEF"})", bomb, key);
        const long before = maxRssKiB();
        QCOMPARE(verdict(key, compact), QStringLiteral("InflatedTooLarge"));
        QCOMPARE(verdict(key, compact, 1 << 20), QStringLiteral("InflatedTooLarge"));
        const long grown = maxRssKiB() - before;
        QVERIFY2(grown < 128 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(grown)));
        qInfo("bomb: %lld bytes of DEFLATE for 1 GiB; peak RSS grew by %ld KiB while refusing it",
              qlonglong(bomb.size()), grown);
    }

    // A property, not a timing: the same key serves every version of a file, so no two encryptions may
    // share an IV.
    void freshIvForEveryEncryption()
    {
        const Bytes key = randomBytes(32);
        std::unordered_set<std::string> ivs;
        constexpr int kCount = 100000;
        ivs.reserve(kCount);
        for (int i = 0; i < kCount; ++i) {
            const auto iv = jweIv(encryptJwe(key, "x", "application/fhir+json", false));
            QVERIFY(iv && iv->size() == 12);
            ivs.emplace(reinterpret_cast<const char *>(iv->data()), iv->size());
        }
        QCOMPARE(int(ivs.size()), kCount);
        QVERIFY(!jweIv("a.b.c.d"));
        QVERIFY(!jweIv(QByteArray("e30.." + b64Bytes(randomBytes(13)) + ".." + b64Bytes(randomBytes(16)))));
    }

    void everyErrorReachedAndDescribed()
    {
        QSet<QString> descriptions;
        for (int e = 0; e < carnet::test::kJweErrorCount; ++e) {
            const char *name = jweErrorName(JweError(e));
            QVERIFY2(g_reached.contains(QLatin1String(name)), name);
            const QString text = QLatin1String(describe(JweError(e)));
            QVERIFY(!text.isEmpty() && text != QLatin1String("unknown") && !descriptions.contains(text));
            descriptions.insert(text);
        }
    }
};

QTEST_GUILESS_MAIN(ShlJweTest)
#include "tst_shl_jwe.moc"
