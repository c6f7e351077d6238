// SPDX-License-Identifier: GPL-3.0-or-later
// Paid research's pure formats (docs/PROTOCOL.md §9.1, §9.2, §9.5): study keys, ids and pseudonyms
// against tests/oracles/research-cases.mjs (ethers.js and Node's crypto and zlib, written from the
// spec); study terms written canonically, read back, and a corpus of bad terms each refused with its
// rule; the sealed dataset deterministic, opened by the oracle, refused under another pseudonym,
// with a part changed, or inflating past its limit.
#include "core/research/datasetseal.h"
#include "core/research/studykeys.h"
#include "core/research/studyterms.h"
#include "crypto/bip39.h"
#include "crypto/hash.h"
#include "crypto/random.h"
#include "ledgeroracle.h"

#include <QJsonArray>
#include <QTemporaryFile>
#include <QTest>

using namespace carnet::core::research;
using namespace carnet::crypto;
using carnet::core::ledger::U256;
using carnet::test::toHexString;

namespace {

const char *kPhrase = "legal winner thank year wave sausage worth useful legal winner thank yellow";

template <std::size_t N>
std::array<std::uint8_t, N> randomArray()
{
    const Bytes bytes = randomBytes(N);
    std::array<std::uint8_t, N> out{};
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

QList<QJsonObject> ask(const QList<QJsonObject> &cases)
{
    QTemporaryFile input;
    if (!input.open())
        return {};
    for (const QJsonObject &c : cases)
        input.write(QJsonDocument(c).toJson(QJsonDocument::Compact) + '\n');
    input.flush();
    QString error;
    const QList<QJsonObject> out = carnet::test::runOracle(QStringLiteral("research-cases.mjs"), {input.fileName()}, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return out;
}

ResearchKeys researchKeys(const char *phrase)
{
    auto master = carnet::core::masterKeyFromParse(parseMnemonic(phrase));
    auto keys = ResearchKeys::fromMaster(*master);
    return std::move(*keys);
}

StudyTerms sampleTerms()
{
    StudyTerms t;
    t.chainId = 31337;
    t.market = randomArray<20>();
    t.researcher = randomArray<20>();
    t.salt = randomArray<32>();
    t.title = QStringLiteral("Glycaemic control over ten years");
    t.purpose = QStringLiteral("How HbA1c changes with treatment.\nAnonymous \"quotes\", a backslash \\ and é.");
    t.data.categories = 0x0001 | 0x0008; // lab, medication
    t.data.loinc = {QStringLiteral("2345-7"), QStringLiteral("4548-4")};
    t.data.require = {QStringLiteral("4548-4")};
    t.data.from = QDate(2015, 1, 1);
    t.data.demographics = true;
    t.price = U256(1000000000000000ULL);
    t.places = 20;
    t.deadline = 1798761600;
    const auto key = PrivateKey::generate().publicKey().compressed();
    t.encryptionKey.assign(key.begin(), key.end());
    return t;
}

} // namespace

class ResearchFormatsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void studyKeysMatchTheOracle()
    {
        const ResearchKeys keys = researchKeys(kPhrase);
        QList<QJsonObject> cases;
        std::vector<StudyLocation> where;
        for (int i = 0; i < 4; ++i) {
            where.push_back({i == 0 ? 1ULL : 0xFFFFFFFFFFFFFFFFULL - i, randomArray<20>(), randomArray<32>()});
            cases.push_back({{QStringLiteral("kind"), QStringLiteral("keys")}, {QStringLiteral("phrase"), QLatin1String(kPhrase)},
                             {QStringLiteral("chainId"), QString::number(where.back().chainId)},
                             {QStringLiteral("market"), toHexString(where.back().market)},
                             {QStringLiteral("studyId"), toHexString(where.back().studyId)}});
        }
        const QList<QJsonObject> out = ask(cases);
        QCOMPARE(out.size(), cases.size());
        for (std::size_t i = 0; i < where.size(); ++i) {
            auto study = keys.study(where[i]);
            QVERIFY(study);
            QCOMPARE(QString::fromStdString(toChecksumAddress(study->account)), out[int(i)][QStringLiteral("account")].toString());
            QCOMPARE(toHexString(study->pseudonym), out[int(i)][QStringLiteral("pseudonym")].toString());
            QCOMPARE(toHexString(study->idSecret.view()), out[int(i)][QStringLiteral("idSecret")].toString());
        }
        // Two studies, or one study on two chains, give unrelated accounts.
        auto a = keys.study(where[0]);
        StudyLocation other = where[0];
        other.chainId += 1;
        auto b = keys.study(other);
        QVERIFY(a && b);
        QVERIFY(a->account != b->account);
        QVERIFY(a->pseudonym != b->pseudonym);
    }

    void studyIdsAndDatasetKeysMatchTheOracle()
    {
        const Address researcher = randomArray<20>();
        const Hash32 salt = randomArray<32>();
        const PrivateKey account = PrivateKey::generate();
        const QList<QJsonObject> out = ask({
            {{QStringLiteral("kind"), QStringLiteral("studyId")}, {QStringLiteral("researcher"), toHexString(researcher)},
             {QStringLiteral("salt"), toHexString(salt)}},
            {{QStringLiteral("kind"), QStringLiteral("datasetKey")}, {QStringLiteral("accountKey"), toHexString(account.secret().view())}},
        });
        QCOMPARE(out.size(), 2);
        QCOMPARE(toHexString(studyIdOf(researcher, salt)), out[0][QStringLiteral("studyId")].toString());
        const auto d = researcherDatasetKey(account);
        QVERIFY(d);
        QCOMPARE(toHexString(d->publicKey().compressed()), out[1][QStringLiteral("encryptionKey")].toString());
    }

    void termsRoundTrip()
    {
        const StudyTerms terms = sampleTerms();
        const QByteArray bytes = encodeTerms(terms);
        QVERIFY(!bytes.contains(' ') || terms.title.contains(QLatin1Char(' ')));
        QVERIFY(bytes.startsWith("{\"carnetStudy\":1,\"chainId\":31337,\"data\":{\"categories\":[\"lab\",\"medication\"]"));
        QVERIFY(bytes.contains("\\n") && bytes.contains("\\\\") && bytes.contains("\\\"quotes\\\""));
        auto parsed = parseTerms(bytes);
        QVERIFY2(parsed, parsed ? "" : describe(parsed.error()));
        QVERIFY(*parsed == terms);
        QCOMPARE(parsed->studyId(), studyIdOf(terms.researcher, terms.salt));
    }

    void badTermsAreRefusedWithTheirRule_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("error");
        const QByteArray good = encodeTerms(sampleTerms());
        const auto swap = [&](const char *from, const char *to) {
            QByteArray b = good;
            const qsizetype at = b.indexOf(from);
            return at < 0 ? QByteArray("missing") : b.replace(at, qsizetype(qstrlen(from)), to);
        };
        const auto row = [](const char *name, const QByteArray &bytes, TermsError error) {
            QTest::newRow(name) << bytes << int(error);
        };
        row("too long", QByteArray(16385, ' '), TermsError::TooLong);
        row("empty", QByteArray(), TermsError::NotJson);
        row("array", "[]", TermsError::NotJson);
        row("trailing bytes", good + "x", TermsError::NotJson);
        row("duplicate key", swap("{\"carnetStudy\":1,", "{\"carnetStudy\":1,\"carnetStudy\":1,"), TermsError::NotJson);
        row("version 2", swap("\"carnetStudy\":1", "\"carnetStudy\":2"), TermsError::WrongVersion);
        row("version 1.0", swap("\"carnetStudy\":1", "\"carnetStudy\":1.0"), TermsError::WrongVersion);
        row("unknown member", swap("\"title\":", "\"x\":0,\"title\":"), TermsError::BadMember);
        row("title a number", swap("\"title\":\"Glycaemic control over ten years\"", "\"title\":5"), TermsError::BadMember);
        row("upper-case hex", swap("\"market\":\"0x", "\"market\":\"0X"), TermsError::BadHex);
        row("short salt", swap("\"salt\":\"0x", "\"salt\":\"0x00"), TermsError::BadHex);
        row("uncompressed key prefix", swap("\"encryptionKey\":\"0x0", "\"encryptionKey\":\"0x4"), TermsError::BadKey);
        row("negative places", swap("\"places\":20", "\"places\":-20"), TermsError::BadNumber);
        row("zero places", swap("\"places\":20", "\"places\":0"), TermsError::BadNumber);
        row("leading zero (not JSON)", swap("\"places\":20", "\"places\":020"), TermsError::NotJson);
        row("tab in purpose", swap("\"purpose\":\"How", "\"purpose\":\"\\tHow"), TermsError::BadTitle);
        row("exponent deadline", swap("\"deadline\":1798761600", "\"deadline\":1.7e9"), TermsError::BadNumber);
        row("price in hex", swap("\"price\":\"1000000000000000\"", "\"price\":\"0x10\""), TermsError::BadNumber);
        row("empty title", swap("\"title\":\"Glycaemic control over ten years\"", "\"title\":\"\""), TermsError::BadTitle);
        row("newline in title", swap("\"title\":\"Glycaemic", "\"title\":\"\\nGlycaemic"), TermsError::BadTitle);
        row("control in purpose", swap("\"purpose\":\"How", "\"purpose\":\"\\u0001How"), TermsError::BadTitle);
        row("unknown category", swap("[\"lab\",\"medication\"]", "[\"lab\",\"genome\"]"), TermsError::BadCategory);
        row("unsorted categories", swap("[\"lab\",\"medication\"]", "[\"medication\",\"lab\"]"), TermsError::BadCategory);
        row("repeated category", swap("[\"lab\",\"medication\"]", "[\"lab\",\"lab\"]"), TermsError::BadCategory);
        row("bad LOINC", swap("\"2345-7\"", "\"2345-77\""), TermsError::BadLoinc);
        row("unsorted LOINC", swap("[\"2345-7\",\"4548-4\"]", "[\"4548-4\",\"2345-7\"]"), TermsError::BadLoinc);
        row("require not asked", swap("\"require\":[\"4548-4\"]", "\"require\":[\"1558-6\"]"), TermsError::BadRequire);
        row("day not a day", swap("\"from\":\"2015-01-01\"", "\"from\":\"2015-02-30\""), TermsError::BadDay);
        row("day short form", swap("\"from\":\"2015-01-01\"", "\"from\":\"2015-1-1\""), TermsError::BadDay);
        row("reversed days", swap("\"to\":\"\"", "\"to\":\"2014-12-31\""), TermsError::BadDay);
        row("nothing asked", swap("\"categories\":[\"lab\",\"medication\"]", "\"categories\":[]")
                                  .replace("\"loinc\":[\"2345-7\",\"4548-4\"],\"require\":[\"4548-4\"]", "\"loinc\":[],\"require\":[]"),
            TermsError::NothingRequested);
        row("white space", swap("{\"carnetStudy\":1,", "{ \"carnetStudy\":1,"), TermsError::NotCanonical);
        row("members out of order", swap("\"places\":20,\"price\":\"1000000000000000\"", "\"price\":\"1000000000000000\",\"places\":20"),
            TermsError::NotCanonical);
        row("needless escape", swap("é", "\\u00e9"), TermsError::NotCanonical);
    }

    void badTermsAreRefusedWithTheirRule()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, error);
        QVERIFY(bytes != "missing");
        auto parsed = parseTerms(bytes);
        QVERIFY(!parsed);
        QCOMPARE(int(parsed.error()), error);
    }

    void termsAgainstTheStudy()
    {
        const StudyTerms terms = sampleTerms();
        StudyLocation where{terms.chainId, terms.market, terms.studyId()};
        carnet::core::ledger::StudyRecord study{terms.researcher, keccak256({}), terms.price, terms.places, 0, terms.deadline, false};
        QCOMPARE(compareWithStudy(terms, where, study, terms.encryptionKey), TermsMismatch::None);
        StudyLocation otherChain = where;
        otherChain.chainId = 1;
        QCOMPARE(compareWithStudy(terms, otherChain, study, terms.encryptionKey), TermsMismatch::Network);
        StudyLocation otherStudy = where;
        otherStudy.studyId[0] ^= 1;
        QCOMPARE(compareWithStudy(terms, otherStudy, study, terms.encryptionKey), TermsMismatch::Study);
        auto cheaper = study;
        cheaper.pricePerParticipant = U256(1);
        QCOMPARE(compareWithStudy(terms, where, cheaper, terms.encryptionKey), TermsMismatch::Escrow);
        auto later = study;
        later.deadline += 1;
        QCOMPARE(compareWithStudy(terms, where, later, terms.encryptionKey), TermsMismatch::Deadline);
        const auto otherKey = PrivateKey::generate().publicKey().compressed();
        QCOMPARE(compareWithStudy(terms, where, study, otherKey), TermsMismatch::Key);
    }

    void sealedDatasetOpensForTheResearcherOnly()
    {
        const ResearchKeys keys = researchKeys(kPhrase);
        const StudyLocation where{31337, randomArray<20>(), randomArray<32>()};
        auto study = keys.study(where);
        QVERIFY(study);
        const PrivateKey researcher = PrivateKey::generate();
        const auto d = researcherDatasetKey(researcher);
        const auto encryptionKey = d->publicKey().compressed();
        // About 100 KB of text that compresses: more than one part once sealed only if it does not.
        QByteArray dataset;
        for (int i = 0; dataset.size() < 100000; ++i)
            dataset += "{\"id\":\"" + QByteArray::number(i * 7919) + "\",\"resourceType\":\"Observation\"}\n";
        auto parts = sealDataset(dataset, encryptionKey, where, *study);
        QVERIFY(parts);
        auto again = sealDataset(dataset, encryptionKey, where, *study);
        QVERIFY(again && *again == *parts); // deterministic: an interrupted join resends the same parts
        const Hash32 datasetHash = keccak256({reinterpret_cast<const std::uint8_t *>(dataset.data()), std::size_t(dataset.size())});
        const Hash32 delivery = deliveryHashOf(*parts);
        auto opened = openDataset(*parts, delivery, datasetHash, *d, where, study->pseudonym);
        QVERIFY(opened);
        QCOMPARE(*opened, dataset);

        // The oracle opens it too.
        QJsonArray hexParts;
        for (const QByteArray &p : *parts)
            hexParts.append(toHexString({reinterpret_cast<const std::uint8_t *>(p.data()), std::size_t(p.size())}));
        const QList<QJsonObject> out = ask({{{QStringLiteral("kind"), QStringLiteral("open")}, {QStringLiteral("parts"), hexParts},
                                             {QStringLiteral("datasetKey"), toHexString(d->secret().view())},
                                             {QStringLiteral("chainId"), QStringLiteral("31337")},
                                             {QStringLiteral("market"), toHexString(where.market)},
                                             {QStringLiteral("studyId"), toHexString(where.studyId)},
                                             {QStringLiteral("pseudonym"), toHexString(study->pseudonym)}}});
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0][QStringLiteral("deliveryHash")].toString(), toHexString(delivery));
        QCOMPARE(out[0][QStringLiteral("datasetHash")].toString(), toHexString(datasetHash));
        QCOMPARE(out[0][QStringLiteral("dataset")].toString().toUtf8(), dataset);

        // Another pseudonym (the same parts sent from another account), a changed part, another hash.
        Hash32 otherPseudonym = study->pseudonym;
        otherPseudonym[31] ^= 1;
        QCOMPARE(openDataset(*parts, delivery, datasetHash, *d, where, otherPseudonym).error(), OpenError::DoesNotOpen);
        auto changed = *parts;
        changed[0][60] = char(changed[0][60] ^ 1);
        QCOMPARE(openDataset(changed, delivery, datasetHash, *d, where, study->pseudonym).error(), OpenError::WrongDelivery);
        QCOMPARE(openDataset(changed, deliveryHashOf(changed), datasetHash, *d, where, study->pseudonym).error(),
                 OpenError::DoesNotOpen);
        Hash32 otherHash = datasetHash;
        otherHash[0] ^= 1;
        QCOMPARE(openDataset(*parts, delivery, otherHash, *d, where, study->pseudonym).error(), OpenError::WrongHash);
        QCOMPARE(openDataset({}, delivery, datasetHash, *d, where, study->pseudonym).error(), OpenError::NoParts);
    }

    void inflateRefusesBombsAndDamage()
    {
        const QByteArray zeros(9 * 1024 * 1024, '\0');
        const QByteArray bomb = deflateRaw(zeros);
        QVERIFY(bomb.size() < 20000);
        QVERIFY(!inflateRaw(bomb));                          // past 8 MiB
        QVERIFY(inflateRaw(bomb, zeros.size()).has_value()); // within a larger limit
        const QByteArray small = deflateRaw("hello, hello, hello");
        QCOMPARE(*inflateRaw(small), QByteArray("hello, hello, hello"));
        QVERIFY(!inflateRaw(small.left(small.size() - 1))); // truncated
        QVERIFY(!inflateRaw(QByteArray(small + "x")));      // trailing bytes
        QVERIFY(!inflateRaw("not deflate at all"));
    }
};

QTEST_GUILESS_MAIN(ResearchFormatsTest)
#include "tst_research_formats.moc"
