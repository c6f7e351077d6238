// SPDX-License-Identifier: GPL-3.0-or-later
// C11: the schema is versioned with PRAGMA user_version and an ordered list of migrations applied
// in one transaction; a failing step leaves the database as it was; a newer schema is refused.
#include "vaulttestutil.h"
#include "core/vault/vaultdb.h"

#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;

namespace {

constexpr Migration kThree[] = {
    {1, "CREATE TABLE a (x INTEGER);"},
    {2, "CREATE TABLE b (y TEXT); INSERT INTO a VALUES (2);"},
    {3, "ALTER TABLE a ADD COLUMN z TEXT; INSERT INTO b VALUES ('three');"},
};

constexpr Migration kBroken[] = {
    {1, "CREATE TABLE a (x INTEGER);"},
    {2, "CREATE TABLE b (y TEXT); THIS IS NOT SQL;"},
};

std::int64_t userVersion(Database &db)
{
    auto v = db.queryInt("PRAGMA user_version");
    return v ? *v : -1;
}

std::int64_t tableCount(Database &db)
{
    auto n = db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    return n ? *n : -1;
}

} // namespace

class TestVaultMigrations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    std::unique_ptr<Database> fresh(const QString &name)
    {
        auto db = Database::open(m_tmp.filePath(name), true);
        return db ? std::move(*db) : nullptr;
    }

private Q_SLOTS:
    void fromZeroInOrder()
    {
        auto db = fresh(QStringLiteral("zero.db"));
        QVERIFY(db);
        QCOMPARE(userVersion(*db), 0);
        QVERIFY(migrate(*db, kThree).ok());
        QCOMPARE(userVersion(*db), 3);
        QCOMPARE(tableCount(*db), 2);
        QCOMPARE(*db->queryInt("SELECT count(*) FROM a WHERE x = 2"), 1);
        QCOMPARE(*db->queryInt("SELECT count(*) FROM b WHERE y = 'three'"), 1);
        // Idempotent at the latest version.
        QVERIFY(migrate(*db, kThree).ok());
        QCOMPARE(*db->queryInt("SELECT count(*) FROM b"), 1);
    }

    void fromAnIntermediateVersion()
    {
        auto db = fresh(QStringLiteral("one.db"));
        QVERIFY(migrate(*db, std::span(kThree).first(1)).ok());
        QCOMPARE(userVersion(*db), 1);
        QVERIFY(db->exec("INSERT INTO a VALUES (1)").ok());
        QVERIFY(migrate(*db, kThree).ok());
        QCOMPARE(userVersion(*db), 3);
        QCOMPARE(*db->queryInt("SELECT count(*) FROM a"), 2); // version 1 not re-run, old rows kept
    }

    void failingStepRollsBackEverything()
    {
        auto db = fresh(QStringLiteral("broken.db"));
        QCOMPARE_ERROR(migrate(*db, kBroken), VaultError::Damaged);
        QCOMPARE(userVersion(*db), 0);
        QCOMPARE(tableCount(*db), 0); // step 1 was rolled back with step 2
    }

    void newerVersionRefused()
    {
        auto db = fresh(QStringLiteral("future.db"));
        QVERIFY(db->exec("CREATE TABLE t (x); PRAGMA user_version = 7;").ok());
        QCOMPARE_ERROR(migrate(*db, kThree), VaultError::UnsupportedVersion);
        QCOMPARE(userVersion(*db), 7);
        QCOMPARE(tableCount(*db), 1);
    }

    void vaultSchemaFromZero()
    {
        auto db = fresh(QStringLiteral("vault-schema.db"));
        QVERIFY(migrate(*db, vaultMigrations()).ok());
        QCOMPARE(userVersion(*db), currentSchemaVersion());
        QCOMPARE(*db->queryInt("SELECT count(*) FROM sqlite_master WHERE name IN ('meta', 'keys')"), 2);
    }

    void vaultFromTheFutureRefused()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("w"));
        {
            auto vault = Vault::create(dir, secret("pw"), secret(kHardhatPhrase), kFloor);
            QVERIFY(vault.ok());
            QCOMPARE(userVersion(*(*vault)->database()), currentSchemaVersion());
            const std::string bump = "PRAGMA user_version = " + std::to_string(currentSchemaVersion() + 1);
            QVERIFY((*vault)->database()->exec(bump.c_str()).ok());
        }
        const QByteArray db = readAll(dbFile(dir));
        QCOMPARE_ERROR(Vault::open(dir, secret("pw")), VaultError::UnsupportedVersion);
        QCOMPARE(readAll(dbFile(dir)), db);
    }
};

QTEST_GUILESS_MAIN(TestVaultMigrations)
#include "tst_vault_migrations.moc"
