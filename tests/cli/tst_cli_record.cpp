// SPDX-License-Identifier: GPL-3.0-or-later
// The patient's record end to end through carnet-cli on the ctest fixture's devnet (CARNET_HOME):
// a provider licensed with `authority register` publishes a single resource and a Bundle to the
// record of a connect code; `wallet sync` stores them and `wallet entries --json` gives back the exact
// bytes of each resource (compared byte for byte with the spans the test wrote, found here by a JSON
// scanner of the test's own, not core/fhir's); a mistyped code and an unlicensed key fail with their
// statuses (22, 23) and say why; the patient's own entry syncs as patient-reported; the same phrase
// restored into a new vault finds every record and entry by discovery; a network file whose node is
// dead makes sync fail with 21. No key here is ever funded: the devnet's gas is free, and the
// patient's P_n and the provider still hold exactly 0 wei after sending. A network file the network
// policy refuses (too few nodes, a node not on https) is refused with 13 and why; on a network whose
// gas is not free, `wallet add` refuses to send from P_n (23).
#include "clirunner.h"
#include "rawjson.h"

#include "core/ledger/devnet.h"
#include "core/ledger/ethclient.h"
#include "core/ledger/networkconfig.h"
#include "crypto/ethaddress.h"
#include "crypto/secp256k1.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using carnet::test::CliRun;
using carnet::test::RawObject;
using carnet::test::rawEntries;
using carnet::test::runCli;
using namespace carnet;

namespace {

constexpr int kOk = 0, kSyncFailed = 21, kBadCode = 22, kPublishFailed = 23;
const QByteArray kPassphrase = "Tortue-violette-Marmelade-91";
const QByteArray kOtherPassphrase = "hibou lunaire sous la falaise 1907";
const QString kProviderName = QStringLiteral("Clinique des Tilleuls");

QByteArray lines(std::initializer_list<QByteArray> items)
{
    QByteArray text;
    for (const QByteArray &item : items)
        text += item + '\n';
    return text;
}

// --- The resources published: exact bytes, with what a re-serialiser would change. ---

const QByteArray kSingle = "{ \"resourceType\" : \"Observation\",\n\t\"status\":\"final\",   \"code\": {\"text\": \"Glyc\\u00e9mie \xc3\xa0 jeun\"},\n"
                           "  \"valueQuantity\": {\"value\": 1.50, \"unit\": \"g/L\"},\"effectiveDateTime\":\"2025-03-04T08:15:00+01:00\" ,"
                           "\"note\":[ ],  \"extra\": 1E2 }";
const QList<QByteArray> kBundleResources = {
    "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"Body weight\"},"
    "\"valueQuantity\":{\"value\":72.50,\"unit\":\"kg\"},\"effectiveDateTime\":\"2025-03-05\"}",
    "{\r\n  \"resourceType\": \"Condition\",\r\n  \"code\": {\"text\": \"Asthme \\\"l\\u00e9ger\\\"\"},\r\n"
    "  \"onsetDateTime\": \"2019-10-01\"  \r\n}",
    "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"Temp\xc3\xa9rature\"},"
    "\"valueQuantity\":{\"value\":-0.0e0,\"unit\":\"Cel\"}, \"component\": [ {\"valueQuantity\": {\"value\": 36.90}} ],"
    "\"effectiveDateTime\":\"2025-03-06T22:00:00Z\"}",
};
const QByteArray kOwn = "{\"resourceType\": \"Observation\",  \"status\": \"final\", \"code\": {\"text\": \"Tension (home)\"},"
                        " \"component\": [{\"valueQuantity\": {\"value\": 128.0}}, {\"valueQuantity\": {\"value\": 82.00}}],"
                        " \"effectiveDateTime\": \"2025-03-07\"}";

QByteArray bundleOf(const QList<QByteArray> &resources)
{
    QByteArray text = "{ \"resourceType\": \"Bundle\",\n  \"type\" : \"collection\",\n  \"entry\": [";
    for (qsizetype i = 0; i < resources.size(); ++i) {
        text += i ? ",\n    " : "\n    ";
        text += "{\"fullUrl\": \"urn:uuid:0000000" + QByteArray::number(i) + "\",  \"resource\":  " + resources[i] + "\n    }";
    }
    return text + "\n  ]\n}\n";
}

} // namespace

class TestCliRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectCodeIsPrinted();
    void publishSingleResource();
    void publishBundle();
    void syncStoresTheExactBytes();
    void mistypedCode_data();
    void mistypedCode();
    void unlicensedKey();
    void patientReportedEntry();
    void restoreFindsEverythingByDiscovery();
    void syncExitStatuses();
    void refusedNetworkFiles_data();
    void refusedNetworkFiles();
    void ownEntryNeedsFreeGas();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString writeFile(const QString &name, const QByteArray &bytes);
    /** A fresh key in a 0600 key file, never funded; its address in `address`. */
    QString freshKeyFile(const QString &name, QString &address);
    /** The fixture's network file with `change` applied, written as `name`. */
    QString changedNetworkFile(const QString &name, const std::function<void(QJsonObject &)> &change);
    /** The balance in wei and the number of transactions sent by `address`, on the fixture's chain. */
    std::pair<core::ledger::U256, std::uint64_t> accountState(const QString &address);
    CliRun wallet(const QString &action, const QString &vault, const QByteArray &input, const QStringList &extra = {});
    /** `wallet entries --json` of `vault`, scanned; fails the test (empty list) on error. */
    QList<RawObject> entriesOf(const QString &vault);
    static bool leaks(const CliRun &run);

    QTemporaryDir m_dir;
    std::optional<core::ledger::NetworkConfig> m_network;
    QString m_providerKey;
    QString m_providerAddress;
    QString m_vault;
    QByteArray m_phrase;
    QString m_code;
};

void TestCliRecord::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("CARNET_HOME"), "run through ctest: the devnet fixture sets CARNET_HOME");
    qputenv("CARNET_KDF", "floor"); // inherited by every carnet-cli started here
    auto network = core::ledger::NetworkConfig::load(core::ledger::NetworkConfig::defaultPath());
    QVERIFY2(network, "no devnet network file: is the devnet fixture running?");
    m_network = std::move(*network);

    m_providerKey = freshKeyFile(QStringLiteral("provider.key"), m_providerAddress);
    QVERIFY(!m_providerKey.isEmpty());
    const CliRun reg = runCli({QStringLiteral("authority"), QStringLiteral("register"), QStringLiteral("--role"),
                               QStringLiteral("provider"), QStringLiteral("--address"), m_providerAddress,
                               QStringLiteral("--name"), kProviderName});
    QVERIFY2(reg.exitCode == kOk, reg.err.constData());
}

QString TestCliRecord::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

QString TestCliRecord::freshKeyFile(const QString &name, QString &address)
{
    const crypto::PrivateKey key = crypto::PrivateKey::generate();
    const crypto::Address account = crypto::addressOf(key.publicKey());
    if (!core::ledger::saveKeyFile(path(name), key))
        return {};
    address = core::ledger::addressText(account);
    return path(name);
}

QString TestCliRecord::changedNetworkFile(const QString &name, const std::function<void(QJsonObject &)> &change)
{
    QFile original(core::ledger::NetworkConfig::defaultPath());
    if (!original.open(QIODevice::ReadOnly))
        return {};
    QJsonObject network = QJsonDocument::fromJson(original.readAll()).object();
    change(network);
    return writeFile(name, QJsonDocument(network).toJson());
}

std::pair<core::ledger::U256, std::uint64_t> TestCliRecord::accountState(const QString &address)
{
    core::ledger::EthClient client(*m_network);
    const auto account = crypto::parseAddress(address.toStdString());
    if (!account)
        return {core::ledger::U256::max(), 0};
    const auto balance = client.balance(*account);
    const auto sent = client.pendingNonce(*account);
    return {balance ? *balance : core::ledger::U256::max(), sent ? *sent : 0};
}

CliRun TestCliRecord::wallet(const QString &action, const QString &vault, const QByteArray &input, const QStringList &extra)
{
    return runCli(QStringList{QStringLiteral("wallet"), action, QStringLiteral("--vault"), vault} + extra, input);
}

bool TestCliRecord::leaks(const CliRun &run)
{
    for (const QByteArray &secret : {kPassphrase, kOtherPassphrase})
        if (run.out.contains(secret) || run.err.contains(secret))
            return true;
    return false;
}

QList<RawObject> TestCliRecord::entriesOf(const QString &vault)
{
    const CliRun run = wallet(QStringLiteral("entries"), vault, lines({kPassphrase}), {QStringLiteral("--json")});
    if (run.exitCode != kOk) {
        qWarning("entries failed (%d): %s", run.exitCode, run.err.constData());
        return {};
    }
    QJsonParseError error{};
    QJsonDocument::fromJson(run.out, &error); // the whole output is valid JSON
    if (error.error != QJsonParseError::NoError) {
        qWarning("entries --json is not JSON: %s", qPrintable(error.errorString()));
        return {};
    }
    return rawEntries(run.out).value_or(QList<RawObject>{});
}

void TestCliRecord::connectCodeIsPrinted()
{
    m_vault = path(QStringLiteral("vault"));
    const CliRun created = wallet(QStringLiteral("create"), m_vault, lines({kPassphrase, kPassphrase}));
    QCOMPARE(created.exitCode, kOk);
    // The phrase: the words after the blank line that follows the first rule of `create`'s output.
    QList<QByteArray> words;
    int rules = 0;
    bool inWords = false;
    for (const QByteArray &line : created.out.split('\n')) {
        if (line.startsWith("=====")) {
            ++rules;
            continue;
        }
        if (rules != 1)
            continue;
        if (line.isEmpty())
            inWords = true;
        else if (inWords)
            words += line.split(' ');
    }
    m_phrase = words.join(' ');
    QCOMPARE(words.size(), 24);

    const CliRun run = wallet(QStringLiteral("connect-code"), m_vault, lines({kPassphrase}),
                              {QStringLiteral("--provider"), kProviderName});
    QVERIFY2(run.exitCode == kOk, run.err.constData());
    QVERIFY(!leaks(run));
    const QRegularExpressionMatch code = QRegularExpression(QStringLiteral("^connect code: (carnet-connect:v1:[A-Za-z0-9_-]{92})$"),
                                                            QRegularExpression::MultilineOption).match(QString::fromUtf8(run.out));
    QVERIFY2(code.hasMatch(), run.out.constData());
    m_code = code.captured(1);
    QVERIFY(run.out.contains(QByteArray(QByteArray("provider: ") + kProviderName.toUtf8() + '\n')));
    QVERIFY(QRegularExpression(QStringLiteral("^record: \\d+$"), QRegularExpression::MultilineOption).match(QString::fromUtf8(run.out)).hasMatch());
}

void TestCliRecord::publishSingleResource()
{
    QVERIFY(!m_code.isEmpty());
    const QString file = writeFile(QStringLiteral("single.json"), "\n  " + kSingle + "  \n");
    const CliRun run = runCli({QStringLiteral("provider"), QStringLiteral("publish"), QStringLiteral("--key-file"), m_providerKey,
                               QStringLiteral("--code"), m_code, file});
    QVERIFY2(run.exitCode == kOk, run.err.constData());
    QVERIFY(run.out.contains("published: entry 0, block "));
    QVERIFY(run.out.contains(QByteArray(QByteArray::number(kSingle.size() + 197) + " bytes sealed"))); // the content, exactly
    QVERIFY(run.out.contains("1 entries published to record "));
}

void TestCliRecord::publishBundle()
{
    QVERIFY(!m_code.isEmpty());
    const QString file = writeFile(QStringLiteral("bundle.json"), bundleOf(kBundleResources));
    const CliRun run = runCli({QStringLiteral("provider"), QStringLiteral("publish"), QStringLiteral("--key-file"), m_providerKey,
                               QStringLiteral("--code"), QStringLiteral("  ") + m_code + QStringLiteral("\n"), file});
    QVERIFY2(run.exitCode == kOk, run.err.constData());
    for (int i = 0; i < kBundleResources.size(); ++i)
        QVERIFY2(run.out.contains(QByteArray("published: entry " + QByteArray::number(i + 1) + ", block ")), run.out.constData());
    QVERIFY(run.out.contains("3 entries published to record "));
}

void TestCliRecord::syncStoresTheExactBytes()
{
    const CliRun run = wallet(QStringLiteral("sync"), m_vault, lines({kPassphrase}));
    QVERIFY2(run.exitCode == kOk, QByteArray(run.out + run.err).constData());
    QVERIFY(!leaks(run));
    QCOMPARE(run.out.count(": healthy\n"), m_network->nodes.size());
    QVERIFY(run.out.contains("new entries: 4\n"));
    QVERIFY(run.out.contains(QByteArray(kProviderName.toUtf8() + ": 4 entries (+4)")));

    const QList<RawObject> entries = entriesOf(m_vault);
    QCOMPARE(entries.size(), 4);
    QList<QByteArray> expected = QList<QByteArray>{kSingle} + kBundleResources;
    for (const RawObject &e : entries) {
        const int sequence = e.value("sequence").toInt();
        QVERIFY(sequence >= 0 && sequence < 4);
        QCOMPARE(e.value("resource"), expected.at(sequence)); // byte for byte
        QCOMPARE(e.value("state"), QByteArray("\"verified\""));
        QCOMPARE(e.value("patientReported"), QByteArray("false"));
        QCOMPARE(e.value("author"), QByteArray('"' + m_providerAddress.toLatin1() + '"'));
        QCOMPARE(e.value("authorName"), QByteArray('"' + kProviderName.toUtf8() + '"'));
        QCOMPARE(e.value("recordLabel"), QByteArray('"' + kProviderName.toUtf8() + '"'));
    }
}

void TestCliRecord::mistypedCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("problem");
    // (When connectCodeIsPrinted failed, rows of a stand-in code keep the data function valid.)
    const QString code = m_code.isEmpty() ? QStringLiteral("carnet-connect:v1:") + QString(92, QLatin1Char('A')) : m_code;
    QString typo = code;
    const qsizetype at = typo.size() - 20;
    typo[at] = typo[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QTest::newRow("one character changed") << typo << QByteArray("mistyped or damaged (its check does not match)");
    QTest::newRow("four characters dropped") << QString(code).remove(40, 4) << QByteArray("too short or too long");
    QTest::newRow("outside the alphabet") << QString(code).replace(50, 1, QLatin1Char('+'))
                                          << QByteArray("characters that do not belong");
    QTest::newRow("not a code") << QStringLiteral("0x1234") << QByteArray("not a Carnet connect code");
}

void TestCliRecord::mistypedCode()
{
    QFETCH(QString, code);
    QFETCH(QByteArray, problem);
    const QString file = writeFile(QStringLiteral("typo.json"), kSingle);
    const CliRun run = runCli({QStringLiteral("provider"), QStringLiteral("publish"), QStringLiteral("--key-file"), m_providerKey,
                               QStringLiteral("--code"), code, file});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, kBadCode);
    QVERIFY2(run.err.startsWith("carnet-cli provider publish: connect code: ") && run.err.contains(problem), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliRecord::unlicensedKey()
{
    QString stranger;
    const QString key = freshKeyFile(QStringLiteral("stranger.key"), stranger);
    QVERIFY(!key.isEmpty());
    const QString file = writeFile(QStringLiteral("stranger.json"), kSingle);
    const CliRun run = runCli({QStringLiteral("provider"), QStringLiteral("publish"), QStringLiteral("--key-file"), key,
                               QStringLiteral("--code"), m_code, file});
    QCOMPARE(run.exitCode, kPublishFailed);
    QVERIFY2(run.err.contains("NotLicensedAuthor"), run.err.constData());
    QVERIFY2(run.err.contains("0 of 1 published"), run.err.constData());
    // Nothing reached the record.
    const CliRun sync = wallet(QStringLiteral("sync"), m_vault, lines({kPassphrase}));
    QCOMPARE(sync.exitCode, kOk);
    QVERIFY(sync.out.contains("new entries: 0\n"));
}

void TestCliRecord::patientReportedEntry()
{
    const QString file = writeFile(QStringLiteral("own.json"), kOwn + '\n');
    const CliRun add = wallet(QStringLiteral("add"), m_vault, lines({kPassphrase}), {file});
    QVERIFY2(add.exitCode == kOk, add.err.constData());
    QVERIFY(!leaks(add));
    QVERIFY(add.out.contains("published: entry 0, block "));
    QVERIFY(add.out.contains("(patient-reported)"));

    const CliRun sync = wallet(QStringLiteral("sync"), m_vault, lines({kPassphrase}));
    QVERIFY2(sync.exitCode == kOk, QByteArray(sync.out + sync.err).constData());
    QVERIFY(sync.out.contains("new entries: 1\n"));

    const QList<RawObject> entries = entriesOf(m_vault);
    QCOMPARE(entries.size(), 5);
    int own = 0;
    for (const RawObject &e : entries) {
        if (e.value("resource") != kOwn)
            continue;
        ++own;
        QCOMPARE(e.value("patientReported"), QByteArray("true"));
        QCOMPARE(e.value("state"), QByteArray("\"verified\""));
        QVERIFY(e.value("author") != QByteArray('"' + m_providerAddress.toLatin1() + '"'));
        // The author is the record's P_n: it sent the transaction and was never funded.
        const QString author = QString::fromLatin1(e.value("author")).remove(QLatin1Char('"'));
        const auto [balance, sent] = accountState(author);
        QCOMPARE(balance, core::ledger::U256(0));
        QVERIFY2(sent >= 1, qPrintable(author));
    }
    QCOMPARE(own, 1);
    // The provider published five entries holding nothing either.
    const auto [providerBalance, providerSent] = accountState(m_providerAddress);
    QCOMPARE(providerBalance, core::ledger::U256(0));
    QVERIFY(providerSent >= 4);

    const CliRun listing = wallet(QStringLiteral("entries"), m_vault, lines({kPassphrase}));
    QCOMPARE(listing.exitCode, kOk);
    QCOMPARE(listing.out.count("(patient-reported)"), 1);
    QCOMPARE(listing.out.count(QByteArray(kProviderName.toUtf8() + ", verified)")), 4);
    QVERIFY(listing.out.endsWith("5 entries\n"));
}

void TestCliRecord::restoreFindsEverythingByDiscovery()
{
    QCOMPARE(m_phrase.split(' ').size(), 24);
    const QString copy = path(QStringLiteral("restored"));
    const CliRun restored = wallet(QStringLiteral("restore"), copy, lines({m_phrase, kPassphrase, kPassphrase}));
    QVERIFY2(restored.exitCode == kOk, restored.err.constData());
    const CliRun sync = wallet(QStringLiteral("sync"), copy, lines({kPassphrase}));
    QVERIFY2(sync.exitCode == kOk, QByteArray(sync.out + sync.err).constData());
    QVERIFY(sync.out.contains("new entries: 5\n"));
    QVERIFY(sync.out.contains("new records: 2\n"));

    // Everything but the labels (names the original wallet gave its records) is the same.
    auto key = [](const RawObject &e) -> QByteArray {
        return e.value("record") + ' ' + e.value("sequence") + ' ' + e.value("author") + ' ' + e.value("authorName") + ' '
               + e.value("patientReported") + ' ' + e.value("state") + ' ' + e.value("block") + ' ' + e.value("authoredAt") + ' '
               + e.value("resource");
    };
    QList<QByteArray> original, found;
    for (const RawObject &e : entriesOf(m_vault))
        original += key(e);
    for (const RawObject &e : entriesOf(copy))
        found += key(e);
    std::sort(original.begin(), original.end());
    std::sort(found.begin(), found.end());
    QCOMPARE(original.size(), 5);
    QCOMPARE(found, original);
}

void TestCliRecord::syncExitStatuses()
{
    CliRun run = wallet(QStringLiteral("sync"), m_vault, lines({kPassphrase}));
    QCOMPARE(run.exitCode, kOk);
    QVERIFY(run.out.contains("new entries: 0\n"));

    // The same network with its node on a port where nothing listens.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closed = probe.serverPort();
    probe.close();
    QFile original(core::ledger::NetworkConfig::defaultPath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QJsonObject network = QJsonDocument::fromJson(original.readAll()).object();
    network.insert(QStringLiteral("nodes"), QJsonArray{QStringLiteral("http://127.0.0.1:%1").arg(closed)});
    const QString dead = writeFile(QStringLiteral("dead-network.json"), QJsonDocument(network).toJson());
    run = wallet(QStringLiteral("sync"), m_vault, lines({kPassphrase}), {QStringLiteral("--network"), dead});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, kSyncFailed);
    QVERIFY2(run.err.startsWith("carnet-cli wallet sync: "), run.err.constData());
    QVERIFY(!leaks(run));
    // What was synced before stays.
    QCOMPARE(entriesOf(m_vault).size(), 5);
}

void TestCliRecord::refusedNetworkFiles_data()
{
    QTest::addColumn<QJsonArray>("nodes");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("two nodes") << QJsonArray{QStringLiteral("https://a.example:443"), QStringLiteral("https://b.example:443")}
                               << QByteArray("refused: it names 2 node(s); outside a devnet at least 3 nodes");
    QTest::newRow("one on http") << QJsonArray{QStringLiteral("https://a.example:443"), QStringLiteral("http://b.example:8545/key"),
                                               QStringLiteral("https://c.example:443")}
                                 << QByteArray("refused: node 2 (http://b.example:8545) is not an https:// URL");
}

void TestCliRecord::refusedNetworkFiles()
{
    QFETCH(QJsonArray, nodes);
    QFETCH(QByteArray, reason);
    const QString file = changedNetworkFile(QStringLiteral("refused.json"), [&](QJsonObject &network) {
        network.remove(QStringLiteral("devnet"));
        network.remove(QStringLiteral("shareHost")); // plain http on loopback: a devnet's only
        network.insert(QStringLiteral("nodes"), nodes);
    });
    QVERIFY(!file.isEmpty());
    const CliRun show = runCli({QStringLiteral("registry"), QStringLiteral("show"), m_providerAddress, QStringLiteral("--network"), file});
    QCOMPARE(show.exitCode, 13);
    QVERIFY2(show.err.startsWith("carnet-cli registry show: the network file ") && show.err.contains(reason), show.err.constData());
    QVERIFY2(!show.err.contains("/key"), show.err.constData()); // a URL's path may hold an API key
    const CliRun sync = wallet(QStringLiteral("sync"), m_vault, lines({kPassphrase}), {QStringLiteral("--network"), file});
    QCOMPARE(sync.exitCode, 13);
    QVERIFY2(sync.err.contains(reason), sync.err.constData());

    // The same nodes in a devnet file are accepted (they do not answer: nothing else changed).
    const QString devnet = changedNetworkFile(QStringLiteral("devnet-like.json"), [&](QJsonObject &network) {
        network.insert(QStringLiteral("devnet"), true);
        network.insert(QStringLiteral("nodes"), QJsonArray{QStringLiteral("http://127.0.0.1:9")});
    });
    const CliRun shown = runCli({QStringLiteral("registry"), QStringLiteral("show"), m_providerAddress, QStringLiteral("--network"), devnet});
    QCOMPARE(shown.exitCode, 14); // past the network file: no node answers
}

void TestCliRecord::ownEntryNeedsFreeGas()
{
    // The fixture's chain with the file saying gas is paid: P_n holds nothing and is not funded, so
    // `wallet add` says so and sends nothing.
    const QString file = changedNetworkFile(QStringLiteral("market.json"),
                                            [](QJsonObject &network) { network.insert(QStringLiteral("gas"), QStringLiteral("market")); });
    const QString own = writeFile(QStringLiteral("own-market.json"), kOwn);
    const CliRun add = wallet(QStringLiteral("add"), m_vault, lines({kPassphrase}), {QStringLiteral("--network"), file, own});
    QCOMPARE(add.exitCode, kPublishFailed);
    QVERIFY2(add.err.contains("charges for gas") && add.err.contains("never funded"), add.err.constData());
    QVERIFY(add.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRecord)
#include "tst_cli_record.moc"
