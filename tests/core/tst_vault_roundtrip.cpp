// SPDX-License-Identifier: GPL-3.0-or-later
// Create → lock → open round trip, the account address against Hardhat's published one, the
// recovery phrase behind re-authentication, and what create refuses.
#include "vaulttestutil.h"

#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;
namespace crypto = carnet::crypto;

class TestVaultRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createOpenRoundTrip()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("wallet"));
        QVERIFY(!Vault::exists(dir));
        auto created = Vault::create(dir, secret("hunter2 but longer"), secret(kHardhatPhrase), kFloor);
        QVERIFY(created.ok());
        QCOMPARE((*created)->address(), QLatin1String(kHardhatAddress));
        QCOMPARE((*created)->params(), kFloor);
        QVERIFY(Vault::exists(dir));
        QVERIFY(QFile::exists(headerFile(dir)));
        QCOMPARE(QFileInfo(headerFile(dir)).size(), qint64(kVaultHeaderSize));
        const auto othersMayRead = QFile::ReadOther | QFile::ReadGroup | QFile::WriteOther | QFile::WriteGroup;
        for (const QString &path : QStringList{dir, headerFile(dir), dbFile(dir), dir + QStringLiteral("/vault.lock")})
            QVERIFY2(!(QFileInfo(path).permissions() & othersMayRead), qPrintable(path));
        (*created)->lock();

        auto opened = Vault::open(dir, secret("hunter2 but longer"));
        QVERIFY(opened.ok());
        QCOMPARE((*opened)->address(), QLatin1String(kHardhatAddress));
        QVERIFY((*opened)->database() != nullptr);
        // The keys table holds the derived public information only.
        auto rows = (*opened)->database()->queryInt("SELECT count(*) FROM keys");
        QVERIFY(rows.ok());
        QCOMPARE(*rows, std::int64_t{2});
    }

    void recoveryPhraseNeedsThePassphrase()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        // Extra white space on input; the vault keeps the canonical phrase.
        auto vault = Vault::create(dir, secret("pass phrase"), secret("  test test test test test test\ttest "
                                                                      "test test test test   junk\n"), kFloor);
        QVERIFY(vault.ok());
        QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("wrong")), VaultError::WrongPassphrase);
        auto phrase = (*vault)->recoveryPhrase(secret("pass phrase"));
        QVERIFY(phrase.ok());
        QCOMPARE(phrase->asStringView(), std::string_view(kHardhatPhrase));
    }

    void createRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QByteArray>("phrase");
        QTest::addColumn<quint32>("memoryKiB");
        QTest::addColumn<quint32>("iterations");
        QTest::addColumn<VaultError>("expected");
        const QByteArray good(kHardhatPhrase);
        QTest::newRow("empty passphrase") << QByteArray() << good << 65536u << 3u << VaultError::EmptyPassphrase;
        QTest::newRow("bad checksum") << QByteArray("pw") << QByteArray("test test test test test test test test "
                                                                           "test test test test")
                                      << 65536u << 3u << VaultError::InvalidPhrase;
        QTest::newRow("unknown word") << QByteArray("pw") << QByteArray("test test test test test test test test "
                                                                           "test test test xyzzy")
                                      << 65536u << 3u << VaultError::InvalidPhrase;
        QTest::newRow("memory below floor") << QByteArray("pw") << good << 65535u << 3u << VaultError::WeakParameters;
        QTest::newRow("t below floor") << QByteArray("pw") << good << 65536u << 2u << VaultError::WeakParameters;
    }

    void createRefusesBadInput()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(QByteArray, phrase);
        QFETCH(quint32, memoryKiB);
        QFETCH(quint32, iterations);
        QFETCH(VaultError, expected);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        auto vault = Vault::create(dir, secret(passphrase.toStdString()), secret(phrase.toStdString()),
                                   {memoryKiB, iterations, 1});
        QCOMPARE_ERROR(vault, expected);
        QVERIFY(!QFileInfo::exists(dir));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);
    }

    void createNeverOverwrites()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(dir, "first"));
        const auto before = snapshot(dir);
        QCOMPARE_ERROR(Vault::create(dir, secret("second"), secret(kVectorPhrase), kFloor), VaultError::AlreadyExists);
        QCOMPARE(snapshot(dir), before);
        QVERIFY(Vault::open(dir, secret("first")).ok());

        // A directory with anything else in it is not taken either.
        const QString other = tmp.filePath(QStringLiteral("other"));
        QVERIFY(QDir().mkpath(other));
        QVERIFY(writeAll(other + QStringLiteral("/notes.txt"), "mine"));
        QCOMPARE_ERROR(Vault::create(other, secret("pw"), secret(kHardhatPhrase), kFloor), VaultError::AlreadyExists);
        QCOMPARE(readAll(other + QStringLiteral("/notes.txt")), QByteArray("mine"));
        // No temporary sibling is left behind.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
    }

    void restoreIntoEmptyDirectory()
    {
        QTemporaryDir tmp; // exists and is empty: a restore may use it
        auto vault = Vault::create(tmp.path(), secret("pw"), secret(kVectorPhrase), kFloor);
        QVERIFY(vault.ok());
        QVERIFY(Vault::exists(tmp.path()));
        QCOMPARE(QFileInfo(tmp.path()).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void lockWipesAndRefuses()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        auto vault = Vault::create(dir, secret("pw"), secret(kHardhatPhrase), kFloor);
        QVERIFY(vault.ok());
        QVERIFY((*vault)->holdsSecrets());
        (*vault)->lock();
        QVERIFY(!(*vault)->holdsSecrets());
        QVERIFY((*vault)->isLocked());
        QVERIFY((*vault)->database() == nullptr);
        QVERIFY((*vault)->address().isEmpty());
        QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("pw")), VaultError::Locked);
        QCOMPARE_ERROR((*vault)->changePassphrase(secret("pw"), secret("new")), VaultError::Locked);
        // The lock file is released: the vault opens again.
        QVERIFY(Vault::open(dir, secret("pw")).ok());
    }
};

QTEST_GUILESS_MAIN(TestVaultRoundTrip)
#include "tst_vault_roundtrip.moc"
