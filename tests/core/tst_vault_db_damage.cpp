// SPDX-License-Identifier: GPL-3.0-or-later
// C4, C5, C7, C8 on vault.db: truncation and bit flips are Damaged (never WrongPassphrase, never a
// crash, never a silently re-created database), a plaintext SQLite file is refused, and missing
// files give their own errors. The many-offset loops go through openVaultDatabase() with the
// real data key (learnt through a fake keystore), which is exactly what Vault::open calls after
// the key unwrap; a sample of offsets also goes through the full Vault::open.
#include "fakekeystore.h"
#include "vaulttestutil.h"
#include "core/vault/vaultdb.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;
namespace crypto = carnet::crypto;

class TestVaultDbDamage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    QByteArray m_db;
    crypto::SecureBuffer m_key;

    VaultResult<std::unique_ptr<Database>> openDirect()
    {
        if (auto file = checkDatabaseFile(dbFile(m_dir)); !file)
            return fail(file.error());
        return openVaultDatabase(dbFile(m_dir), m_key.view(), DbOpenMode::Open);
    }

    static bool isPadding(qsizetype offset) { return offset % 4096 >= 4096 - 12; }

    static QByteArray readAddress(Database &db)
    {
        auto stmt = db.prepare("SELECT address FROM keys WHERE purpose = 'account'");
        if (!stmt || !stmt->step().ok())
            return {};
        return QByteArray::fromStdString(stmt->columnText(0));
    }

    void install(const QByteArray &db)
    {
        QVERIFY(writeAll(dbFile(m_dir), db));
        QFile::remove(dbFile(m_dir) + QStringLiteral("-wal"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("w"));
        auto vault = Vault::create(m_dir, secret("pw"), secret(kHardhatPhrase), kFloor);
        QVERIFY(vault.ok());
        FakeKeyStore keys;
        QVERIFY((*vault)->enableQuickUnlock(keys).ok());
        m_key = keys.peek((*vault)->keyStoreId())->clone();
        QCOMPARE(m_key.size(), std::size_t{32});
        (*vault)->lock();
        m_db = readAll(dbFile(m_dir));
        QVERIFY(m_db.size() >= 4096);
        QCOMPARE(m_db.size() % 4096, 0);
        QVERIFY(openDirect().ok());
    }

    void cleanup()
    {
        install(m_db);
    }

    void truncated()
    {
        // Every page boundary, every 97th byte, and the edges of the first page.
        QList<int> sizes = {0, 1, 15, 16, 17, 100, 1023, 1024, 4095};
        for (int s = 4096; s < m_db.size(); s += 4096)
            sizes << s << s + 1 << s - 1;
        for (int s = 0; s < m_db.size(); s += 97)
            sizes << s;
        int checked = 0;
        for (const int size : std::as_const(sizes)) {
            install(m_db.left(size));
            auto db = openDirect();
            QVERIFY2(!db.ok(), qPrintable(QStringLiteral("truncated to %1 opened").arg(size)));
            QCOMPARE(db.error(), VaultError::Damaged);
            // Nothing written on the failed open: the file is still exactly the truncated one.
            QCOMPARE(QFileInfo(dbFile(m_dir)).size(), qint64(size));
            ++checked;
        }
        QVERIFY(checked > 50);
    }

    void bitFlips()
    {
        // Every byte of the first page and of each page's start and end, plus random bytes.
        QList<int> offsets;
        for (int i = 0; i < 4096; i += 7)
            offsets << i;
        for (int p = 4096; p < m_db.size(); p += 4096)
            offsets << p << p + 1 << p + 2000 << p + 4095;
        QRandomGenerator rng(20261123);
        for (int i = 0; i < 300; ++i)
            offsets << static_cast<int>(rng.bounded(static_cast<quint32>(m_db.size())));
        for (int i = 4096 - 64; i < 4096; ++i)
            offsets << i;
        int detected = 0;
        for (const int offset : std::as_const(offsets)) {
            QByteArray bad = m_db;
            bad[offset] = static_cast<char>(bad[offset] ^ (1 << (offset % 8)));
            install(bad);
            auto db = openDirect();
            if (isPadding(offset)) {
                // SQLCipher 3's per-page reserve is IV (16) + HMAC-SHA1 (20) rounded up to 48: its
                // last 12 bytes are padding outside the HMAC and carry no data. A flip there changes
                // nothing that is ever read, so the database opens with its content intact.
                QVERIFY2(db.ok(), qPrintable(QStringLiteral("padding flip at %1 refused").arg(offset)));
                QCOMPARE(readAddress(**db), QByteArray(kHardhatAddress));
                continue;
            }
            QVERIFY2(!db.ok(), qPrintable(QStringLiteral("flip at %1 opened").arg(offset)));
            QCOMPARE(db.error(), VaultError::Damaged);
            QCOMPARE(readAll(dbFile(m_dir)), bad);
            ++detected;
        }
        QVERIFY(detected > 700);
    }

    void fullOpenSample_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("flip");
        QTest::newRow("empty file") << 0 << -1;
        QTest::newRow("half a page") << 2048 << -1;
        QTest::newRow("one page") << 4096 << -1;
        QTest::newRow("last page cut") << -4096 << -1;
        QTest::newRow("salt byte") << -1 << 3;
        QTest::newRow("page 1 body") << -1 << 600;
        QTest::newRow("page 2") << -1 << 4096 + 100;
        QTest::newRow("last HMAC byte") << -1 << 4096 - 13;
    }

    void fullOpenSample()
    {
        QFETCH(int, size);
        QFETCH(int, flip);
        QByteArray bad = m_db;
        if (size >= 0)
            bad = bad.left(size);
        else if (size < -1)
            bad.chop(-size);
        if (flip >= 0)
            bad[flip] = static_cast<char>(bad[flip] ^ 0x10);
        install(bad);
        QCOMPARE_ERROR(Vault::open(m_dir, secret("pw")), VaultError::Damaged);
        QCOMPARE(readAll(dbFile(m_dir)), bad);
        QVERIFY(!QFile::exists(m_dir + QStringLiteral("/vault.attempts"))); // damage is not a failed guess
    }

    void plaintextDatabaseRefused()
    {
        const QString plain = m_tmp.filePath(QStringLiteral("plain.db"));
        {
            auto db = Database::open(plain, true);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec("CREATE TABLE meta (key TEXT, value BLOB); INSERT INTO meta VALUES ('a', 'b');").ok());
        }
        const QByteArray plainBytes = readAll(plain);
        QVERIFY(plainBytes.startsWith(QByteArray("SQLite format 3\0", 16)));
        install(plainBytes);
        QCOMPARE_ERROR(Vault::open(m_dir, secret("pw")), VaultError::PlaintextDatabase);
        QCOMPARE_ERROR(Vault::open(m_dir, secret("not even the passphrase")), VaultError::PlaintextDatabase);
        QCOMPARE(readAll(dbFile(m_dir)), plainBytes);
    }

    void foreignVaultDatabase()
    {
        // Another vault's (valid, encrypted) database under this header: its key does not fit.
        const QString other = m_tmp.filePath(QStringLiteral("other"));
        QVERIFY(makeVault(other, "pw", kVectorPhrase));
        install(readAll(dbFile(other)));
        QCOMPARE_ERROR(Vault::open(m_dir, secret("pw")), VaultError::Damaged);
    }

    void missingFiles()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("missing"));
        QCOMPARE_ERROR(Vault::open(dir, secret("pw")), VaultError::NotFound);
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE_ERROR(Vault::open(dir, secret("pw")), VaultError::NotFound);
        QVERIFY(!Vault::exists(dir));
        QVERIFY(makeVault(m_tmp.filePath(QStringLiteral("m2")), "pw"));
        const QString m2 = m_tmp.filePath(QStringLiteral("m2"));
        const QByteArray header = readAll(headerFile(m2));
        QVERIFY(QFile::remove(dbFile(m2)));
        QVERIFY(Vault::exists(m2));
        QCOMPARE_ERROR(Vault::open(m2, secret("pw")), VaultError::MissingDatabase);
        QVERIFY(!QFile::exists(dbFile(m2))); // never silently re-created (Signal #5097)
        QVERIFY(QFile::remove(headerFile(m2)));
        QVERIFY(writeAll(dbFile(m2), m_db));
        QCOMPARE_ERROR(Vault::open(m2, secret("pw")), VaultError::MissingHeader);
        QVERIFY(!QFile::exists(headerFile(m2)));
        QCOMPARE(readAll(dbFile(m2)), m_db);
        Q_UNUSED(header);
    }

    void intactStillOpens()
    {
        auto vault = Vault::open(m_dir, secret("pw"));
        QVERIFY(vault.ok());
        QCOMPARE((*vault)->address(), QLatin1String(kHardhatAddress));
    }
};

QTEST_GUILESS_MAIN(TestVaultDbDamage)
#include "tst_vault_db_damage.moc"
