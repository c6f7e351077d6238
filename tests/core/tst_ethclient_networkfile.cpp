// SPDX-License-Identifier: GPL-3.0-or-later
// The files the ledger client reads: the network file (strict validation, round trip, default location
// under CARNET_HOME) and key files (64 hex digits, mode 0600 on write, refused when others may read).
#include "core/ledger/devnet.h"
#include "core/ledger/networkconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace carnet::core::ledger;

namespace {

const QByteArray kValid =
    "{\"format\":\"carnet-network\",\"version\":1,\"name\":\"x\",\"chainId\":31337,\n"
    "  \"nodes\":[\"http://127.0.0.1:8545\",\"https://node.example:443/v3/secret\"],\n"
    "  \"contracts\":{\"CarnetRegistry\":\"0x70997970C51812Dc3A010c7D01B50E20D17Dc79C\"},\n"
    "  \"authorityKeyFile\":\"/tmp/k\"}";

QByteArray replaced(const char *from, const char *to)
{
    QByteArray copy = kValid;
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
        QCOMPARE(config->nodes.size(), 2);
        QCOMPARE(config->authorityKeyFile, QStringLiteral("/tmp/k"));
        QVERIFY(config->contract(QStringLiteral("CarnetRegistry")));
        QVERIFY(!config->contract(QStringLiteral("RecordLog")));
        // Round trip.
        const auto again = NetworkConfig::fromJson(config->toJson());
        QVERIFY(again);
        QCOMPARE(again->toJson(), config->toJson());
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
