// SPDX-License-Identifier: GPL-3.0-or-later
// `carnet-cli wallet connect-code` never hands a record index out twice (docs/PROTOCOL.md §1,
// docs/CLI.md), on the ctest fixture's devnet: a second device restored from the same phrase, the
// first device again, and a restore that syncs first each get another index and another record id;
// without a usable network (no file, dead nodes, a network that charges gas) nothing is printed,
// the status says why (13, 14, 24) and no index is used up.
#include "clirunner.h"

#include "core/ledger/networkconfig.h"
#include "core/record/connectcode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using carnet::test::CliRun;
using carnet::test::runCli;
using namespace carnet;

namespace {

constexpr int kOk = 0, kNoNetwork = 13, kUnreachable = 14, kPublishFailed = 23, kNotReserved = 24;
const QByteArray kPassphrase = "Tortue-violette-Marmelade-91";

QByteArray lines(std::initializer_list<QByteArray> items)
{
    QByteArray text;
    for (const QByteArray &item : items)
        text += item + '\n';
    return text;
}

} // namespace

class TestCliConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void devicesOfOnePhraseNeverShareAnIndex();
    void noNetworkNoCode();

private:
    CliRun wallet(const QString &action, const QString &vault, const QByteArray &input, const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("wallet"), action, QStringLiteral("--vault"), vault} + extra, input);
    }
    /** `connect-code` on `vault`; the printed index and code, or nullopt (the run in `run`). */
    std::optional<std::pair<std::uint32_t, QString>> connect(const QString &vault, CliRun *run = nullptr,
                                                            const QStringList &extra = {});
    QString networkFile(const QString &name, const std::function<void(QJsonObject &)> &change);

    QTemporaryDir m_dir;
    QByteArray m_phrase;
};

void TestCliConnect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("CARNET_HOME"), "run through ctest: the devnet fixture sets CARNET_HOME");
    qputenv("CARNET_KDF", "floor");
    QVERIFY2(QFile::exists(core::ledger::NetworkConfig::defaultPath()), "no devnet network file");
}

std::optional<std::pair<std::uint32_t, QString>> TestCliConnect::connect(const QString &vault, CliRun *out,
                                                                       const QStringList &extra)
{
    const CliRun run = wallet(QStringLiteral("connect-code"), vault, lines({kPassphrase}),
                              QStringList{QStringLiteral("--provider"), QStringLiteral("Clinique du Parc")} + extra);
    if (out)
        *out = run;
    if (run.exitCode != kOk) {
        qWarning("connect-code failed (%d): %s", run.exitCode, run.err.constData());
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(run.out);
    const auto index = QRegularExpression(QStringLiteral("^record: (\\d+)$"), QRegularExpression::MultilineOption).match(text);
    const auto code = QRegularExpression(QStringLiteral("^connect code: (carnet-connect:v1:[A-Za-z0-9_-]{92})$"),
                                         QRegularExpression::MultilineOption).match(text);
    if (!index.hasMatch() || !code.hasMatch())
        return std::nullopt;
    return std::make_pair(index.captured(1).toUInt(), code.captured(1));
}

QString TestCliConnect::networkFile(const QString &name, const std::function<void(QJsonObject &)> &change)
{
    QFile original(core::ledger::NetworkConfig::defaultPath());
    if (!original.open(QIODevice::ReadOnly))
        return {};
    QJsonObject network = QJsonDocument::fromJson(original.readAll()).object();
    change(network);
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(network).toJson());
    return file.fileName();
}

void TestCliConnect::devicesOfOnePhraseNeverShareAnIndex()
{
    const QString first = m_dir.filePath(QStringLiteral("first"));
    const CliRun created = wallet(QStringLiteral("create"), first, lines({kPassphrase, kPassphrase}));
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
    QCOMPARE(words.size(), 24);
    m_phrase = words.join(' ');

    std::vector<std::pair<std::uint32_t, QString>> codes;
    auto a = connect(first);
    QVERIFY(a);
    QCOMPARE(a->first, 0u);
    codes.push_back(*a);

    // A second device of the same phrase, knowing nothing of the first one's code.
    const QString second = m_dir.filePath(QStringLiteral("second"));
    QCOMPARE(wallet(QStringLiteral("restore"), second, lines({m_phrase, kPassphrase, kPassphrase})).exitCode, kOk);
    auto b = connect(second);
    QVERIFY(b);
    QCOMPARE(b->first, 1u);
    codes.push_back(*b);

    // The first device again: past the second device's index too.
    auto c = connect(first);
    QVERIFY(c);
    QCOMPARE(c->first, 2u);
    codes.push_back(*c);

    // A restore that syncs first (no code has entries: discovery finds nothing) and then connects.
    const QString restored = m_dir.filePath(QStringLiteral("restored"));
    QCOMPARE(wallet(QStringLiteral("restore"), restored, lines({m_phrase, kPassphrase, kPassphrase})).exitCode, kOk);
    const CliRun sync = wallet(QStringLiteral("sync"), restored, lines({kPassphrase}));
    QVERIFY2(sync.exitCode == kOk, QByteArray(sync.out + sync.err).constData());
    auto d = connect(restored);
    QVERIFY(d);
    QCOMPARE(d->first, 3u);
    codes.push_back(*d);

    std::set<crypto::Hash32> ids;
    for (const auto &[index, code] : codes) {
        auto decoded = core::record::decodeConnectCode(code);
        QVERIFY(decoded);
        ids.insert(decoded->recordId);
    }
    QCOMPARE(ids.size(), codes.size());
}

void TestCliConnect::noNetworkNoCode()
{
    QVERIFY(!m_phrase.isEmpty());
    const QString vault = m_dir.filePath(QStringLiteral("offline"));
    QCOMPARE(wallet(QStringLiteral("restore"), vault, lines({m_phrase, kPassphrase, kPassphrase})).exitCode, kOk);

    CliRun run;
    QVERIFY(!connect(vault, &run, {QStringLiteral("--network"), m_dir.filePath(QStringLiteral("missing.json"))}));
    QCOMPARE(run.exitCode, kNoNetwork);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("carnet-cli wallet connect-code: no network file"), run.err.constData());

    const QString dead = networkFile(QStringLiteral("dead.json"), [](QJsonObject &n) {
        n.insert(QStringLiteral("nodes"), QJsonArray{QStringLiteral("http://127.0.0.1:9"), QStringLiteral("http://127.0.0.1:1"),
                                                     QStringLiteral("http://127.0.0.1:7")});
    });
    QVERIFY(!connect(vault, &run, {QStringLiteral("--network"), dead}));
    QCOMPARE(run.exitCode, kUnreachable);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("0 of 3 nodes answered") && run.err.contains("no record index was handed out"), run.err.constData());

    const QString market = networkFile(QStringLiteral("market.json"),
                                       [](QJsonObject &n) { n.insert(QStringLiteral("gas"), QStringLiteral("market")); });
    QVERIFY(!connect(vault, &run, {QStringLiteral("--network"), market}));
    QCOMPARE(run.exitCode, kNotReserved);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("charges for gas") && run.err.contains("never funded"), run.err.constData());
    // `wallet add` creating the self record says the same, with 23 as when it publishes.
    QFile own(m_dir.filePath(QStringLiteral("own.json")));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write("{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"Weight\"}}");
    own.close();
    const CliRun add = wallet(QStringLiteral("add"), vault, lines({kPassphrase}), {QStringLiteral("--network"), market, own.fileName()});
    QCOMPARE(add.exitCode, kPublishFailed);
    QVERIFY2(add.err.contains("charges for gas"), add.err.constData());

    // Nothing was used up: on the real network the next free index (4, after the four codes above).
    auto next = connect(vault);
    QVERIFY(next);
    QCOMPARE(next->first, 4u);
}

QTEST_GUILESS_MAIN(TestCliConnect)
#include "tst_cli_connect.moc"
