// SPDX-License-Identifier: GPL-3.0-or-later
// The files the ledger client reads: the network file (strict validation, round trip, default location
// under CARNET_HOME, the network policy: outside a devnet at least 3 nodes, all on https, refused with
// a NetworkRefusal otherwise; "gas") and key files (64 hex digits, mode 0600 on write, refused when
// others may read).
#include "core/ledger/devnet.h"
#include "core/ledger/networkconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace carnet::core::ledger;

namespace {

// A devnet file (exempt from the network policy) …
const QByteArray kValid =
    "{\"format\":\"carnet-network\",\"version\":1,\"name\":\"x\",\"chainId\":31337,\"devnet\":true,\n"
    "  \"nodes\":[\"http://127.0.0.1:8545\",\"https://node.example:443/v3/secret\"],\n"
    "  \"contracts\":{\"CarnetRegistry\":\"0x70997970C51812Dc3A010c7D01B50E20D17Dc79C\"},\n"
    "  \"authorityKeyFile\":\"/tmp/k\"}";
// … and a production one: three nodes on https, zero gas.
const QByteArray kProduction =
    "{\"format\":\"carnet-network\",\"version\":1,\"name\":\"consortium\",\"chainId\":4411,\"gas\":\"free\",\n"
    "  \"nodes\":[\"https://a.example\",\"https://b.example:8545/v3/secret\",\"https://c.example:443\"],\n"
    "  \"contracts\":{\"CarnetRegistry\":\"0x70997970C51812Dc3A010c7D01B50E20D17Dc79C\"}}";

QByteArray replaced(const char *from, const char *to, const QByteArray &base = kValid)
{
    QByteArray copy = base;
    return copy.replace(from, to);
}

} // namespace

class TestNetworkFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid()
    {
        const auto config = NetworkConfig::fromJson(kValid);
        QVERIFY(config);
        QCOMPARE(config->chainId, std::uint64_t(31337));
        QVERIFY(config->devnet);
        QCOMPARE(config->gas, GasPricing::Market); // absent: market
        QCOMPARE(config->nodes.size(), 2);
        QCOMPARE(config->authorityKeyFile, QStringLiteral("/tmp/k"));
        QVERIFY(config->contract(QStringLiteral("CarnetRegistry")));
        QVERIFY(!config->contract(QStringLiteral("RecordLog")));
        // Round trip.
        const auto again = NetworkConfig::fromJson(config->toJson());
        QVERIFY(again);
        QCOMPARE(again->toJson(), config->toJson());
    }

    void production()
    {
        const auto config = NetworkConfig::fromJson(kProduction);
        QVERIFY(config);
        QVERIFY(!config->devnet);
        QCOMPARE(config->gas, GasPricing::Free);
        QCOMPARE(config->nodes.size(), 3);
        QVERIFY(!config->refusal());
        const auto again = NetworkConfig::fromJson(config->toJson());
        QVERIFY(again);
        QCOMPARE(again->toJson(), config->toJson());
        QVERIFY(!again->devnet);
        QCOMPARE(again->gas, GasPricing::Free);
        QVERIFY(!config->toJson().contains("\"devnet\"")); // written only for devnets
        QVERIFY(NetworkConfig::fromJson(replaced("\"free\"", "\"market\"", kProduction))->gas == GasPricing::Market);
    }

    void policy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("have");
        QTest::addColumn<int>("node");
        QTest::addColumn<QString>("label");
        const QByteArray three = "\"https://a.example\",\"https://b.example:8545/v3/secret\",\"https://c.example:443\"";
        QTest::newRow("two nodes") << replaced(three, "\"https://a.example\",\"https://c.example:443\"", kProduction)
                                   << int(NetworkRefusal::TooFewNodes) << 2 << 0 << QString();
        QTest::newRow("one node") << replaced(three, "\"https://a.example\"", kProduction)
                                  << int(NetworkRefusal::TooFewNodes) << 1 << 0 << QString();
        QTest::newRow("second on http")
            << replaced("https://b.example:8545/v3/secret", "http://b.example:8545/v3/secret", kProduction)
            << int(NetworkRefusal::NotHttps) << 0 << 1 << QStringLiteral("http://b.example:8545");
        QTest::newRow("first on http") << replaced("https://a.example", "http://a.example", kProduction)
                                       << int(NetworkRefusal::NotHttps) << 0 << 0 << QStringLiteral("http://a.example");
        QTest::newRow("devnet false") << replaced("\"devnet\":true", "\"devnet\":false")
                                      << int(NetworkRefusal::TooFewNodes) << 2 << 0 << QString();
        QTest::newRow("devnet absent") << replaced("\"devnet\":true,", "")
                                       << int(NetworkRefusal::TooFewNodes) << 2 << 0 << QString();
    }

    void policy()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QFETCH(int, have);
        QFETCH(int, node);
        QFETCH(QString, label);
        QString why;
        NetworkRefusal refusal;
        const auto config = NetworkConfig::fromJson(json, &why, &refusal);
        QVERIFY(!config);
        QCOMPARE(config.error(), NetworkFileError::Refused);
        QCOMPARE(int(refusal.kind), kind);
        if (kind == NetworkRefusal::TooFewNodes) {
            QCOMPARE(refusal.have, have);
            QCOMPARE(refusal.need, NetworkConfig::kMinNodes);
            QCOMPARE(refusal.need, 3);
        } else {
            QCOMPARE(refusal.node, node);
            QCOMPARE(refusal.label, label); // scheme://host:port only: a path may hold an API key
        }
        QCOMPARE(why, describe(refusal));
        QVERIFY(!why.contains(QLatin1String("secret")));
    }

    void devnetWithOneHttpNode()
    {
        const auto config = NetworkConfig::fromJson(replaced(",\"https://node.example:443/v3/secret\"", ""));
        QVERIFY(config);
        QCOMPARE(config->nodes.size(), 1);
        QCOMPARE(config->nodes.first().scheme(), QStringLiteral("http"));
        QVERIFY(!config->refusal());
        // The same file without the devnet flag is refused.
        NetworkConfig production = *config;
        production.devnet = false;
        QVERIFY(production.refusal());
        // The devnet flag survives a round trip.
        QVERIFY(NetworkConfig::fromJson(config->toJson())->devnet);
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("other format") << replaced("carnet-network", "other");
        QTest::newRow("version 2") << replaced("\"version\":1", "\"version\":2");
        QTest::newRow("chain 0") << replaced("31337", "0");
        QTest::newRow("chain negative") << replaced("31337", "-5");
        QTest::newRow("chain fraction") << replaced("31337", "1.5");
        QTest::newRow("chain as string") << replaced("31337", "\"31337\"");
        QTest::newRow("no nodes") << replaced("\"http://127.0.0.1:8545\",\"https://node.example:443/v3/secret\"", "");
        QTest::newRow("ftp node") << replaced("http://127.0.0.1:8545", "ftp://127.0.0.1");
        QTest::newRow("bad checksum") << replaced("0x70997970C51812Dc3A010c7D01B50E20D17Dc79C", "0x70997970c51812Dc3A010c7D01B50E20D17Dc79C");
        QTest::newRow("short address") << replaced("0x70997970C51812Dc3A010c7D01B50E20D17Dc79C", "0x7099");
        QTest::newRow("devnet as string") << replaced("\"devnet\":true", "\"devnet\":\"true\"");
        QTest::newRow("devnet as number") << replaced("\"devnet\":true", "\"devnet\":1");
        QTest::newRow("gas unknown") << replaced("\"free\"", "\"cheap\"", kProduction);
        QTest::newRow("gas as number") << replaced("\"free\"", "0", kProduction);
        QTest::newRow("gas upper case") << replaced("\"free\"", "\"FREE\"", kProduction);
    }

    void invalid()
    {
        QFETCH(QByteArray, json);
        QString why;
        const auto config = NetworkConfig::fromJson(json, &why);
        QVERIFY(!config);
        QCOMPARE(config.error(), NetworkFileError::Malformed);
        QVERIFY(!why.isEmpty());
    }

    void defaultLocationAndFiles()
    {
        QTemporaryDir home;
        qputenv("CARNET_HOME", home.path().toUtf8());
        QCOMPARE(NetworkConfig::defaultPath(), QDir(home.path()).filePath(QStringLiteral("network.json")));
        QCOMPARE(NetworkConfig::load(NetworkConfig::defaultPath()).error(), NetworkFileError::NotFound);
        const auto config = NetworkConfig::fromJson(kValid);
        QVERIFY(config->save(NetworkConfig::defaultPath()));
        QCOMPARE(NetworkConfig::load(NetworkConfig::defaultPath())->toJson(), config->toJson());
        qunsetenv("CARNET_HOME");
    }

    void keyFiles()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("a.key"));
        const auto key = carnet::crypto::PrivateKey::fromBytes(*carnet::crypto::fromHex(
            "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"));
        QVERIFY(saveKeyFile(path, *key));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d\n"));
        file.close();
        const auto loaded = loadKeyFile(path);
        QVERIFY(loaded);
        QCOMPARE(carnet::crypto::addressOf(loaded->publicKey()), carnet::crypto::addressOf(key->publicKey()));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QCOMPARE(loadKeyFile(path).error(), KeyFileError::InsecurePermissions);
        QCOMPARE(loadKeyFile(path + QStringLiteral(".none")).error(), KeyFileError::NotFound);

        const auto writeRaw = [&](const QByteArray &content) {
            QFile f(path);
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(content);
        };
        writeRaw("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        QVERIFY(loadKeyFile(path)); // 0x prefix and no newline are fine
        writeRaw("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690");
        QCOMPARE(loadKeyFile(path).error(), KeyFileError::Malformed);
        writeRaw("zz c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        QCOMPARE(loadKeyFile(path).error(), KeyFileError::Malformed);
        writeRaw(QByteArray(64, '0')); // zero is not a valid key
        QCOMPARE(loadKeyFile(path).error(), KeyFileError::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestNetworkFile)
#include "tst_ethclient_networkfile.moc"
