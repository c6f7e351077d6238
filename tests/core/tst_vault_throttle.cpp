// SPDX-License-Identifier: GPL-3.0-or-later
// The online throttle: 5 free failures, then 1, 2, 4 … 60 s after each failure, with an injected
// clock; success resets; it never wipes; a throttled attempt runs no KDF and changes nothing.
#include "vaulttestutil.h"
#include "core/vault/throttle.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;
using std::chrono::seconds;

class TestVaultThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delaySchedule_data()
    {
        QTest::addColumn<quint32>("failures");
        QTest::addColumn<int>("delay");
        const int expected[] = {0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (int i = 0; i < int(std::size(expected)); ++i)
            QTest::addRow("%d failures", i) << quint32(i) << expected[i];
        QTest::newRow("many") << 1000000u << 60;
        QTest::newRow("max") << 0xffffffffu << 60;
    }

    void delaySchedule()
    {
        QFETCH(quint32, failures);
        QFETCH(int, delay);
        QCOMPARE(Throttle::delayAfter(failures).count(), delay);
    }

    void recordPersistsAndCountsDown()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("vault.attempts"));
        FakeClock clock;
        {
            Throttle throttle(path, clock.clock());
            for (int i = 0; i < 7; ++i)
                QVERIFY(throttle.recordFailure().ok());
        }
        Throttle reloaded(path, clock.clock());
        QCOMPARE(reloaded.failures(), 7u);
        QCOMPARE(reloaded.remaining(), seconds(4));
        clock.advance(seconds(3));
        QCOMPARE(reloaded.remaining(), seconds(1));
        clock.advance(seconds(1));
        QCOMPARE(reloaded.remaining(), seconds(0));
        // A clock set back before the last failure does not lift the delay.
        clock.advance(seconds(-3600));
        QCOMPARE(reloaded.remaining(), seconds(4));
        QVERIFY(reloaded.recordSuccess().ok());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(Throttle(path, clock.clock()).failures(), 0u);
    }

    void unreadableRecordIsConservative()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("vault.attempts"));
        QVERIFY(writeAll(path, "garbage"));
        FakeClock clock;
        Throttle throttle(path, clock.clock());
        QCOMPARE(throttle.failures(), Throttle::kFreeAttempts);
        QVERIFY(throttle.recordFailure().ok());
        QCOMPARE(throttle.remaining(), seconds(2));
    }

    void vaultOpenIsThrottled()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(dir, "right"));
        FakeClock clock;
        for (int i = 0; i < 5; ++i)
            QCOMPARE_ERROR(Vault::open(dir, secret("wrong"), clock.clock()), VaultError::WrongPassphrase);
        QCOMPARE(Vault::throttleRemaining(dir, clock.clock()), seconds(1));
        const auto files = snapshot(dir);

        // Throttled: refused without running the KDF, even with the right passphrase; nothing changes.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE_ERROR(Vault::open(dir, secret("right"), clock.clock()), VaultError::Throttled);
        QCOMPARE_ERROR(Vault::open(dir, secret("wrong"), clock.clock()), VaultError::Throttled);
        QVERIFY2(timer.elapsed() < 150, "a throttled attempt must not run Argon2id");
        QCOMPARE(snapshot(dir), files);

        clock.advance(seconds(1));
        QCOMPARE_ERROR(Vault::open(dir, secret("wrong"), clock.clock()), VaultError::WrongPassphrase);
        QCOMPARE(Vault::throttleRemaining(dir, clock.clock()), seconds(2));
        clock.advance(seconds(1));
        QCOMPARE_ERROR(Vault::open(dir, secret("right"), clock.clock()), VaultError::Throttled);
        clock.advance(seconds(1));
        auto vault = Vault::open(dir, secret("right"), clock.clock());
        QVERIFY(vault.ok()); // never wiped, and success resets
        QCOMPARE(Vault::throttleRemaining(dir, clock.clock()), seconds(0));

        // Re-authentication (recovery phrase) shares the same record.
        for (int i = 0; i < 5; ++i)
            QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("wrong")), VaultError::WrongPassphrase);
        QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("right")), VaultError::Throttled);
        clock.advance(seconds(1));
        QVERIFY((*vault)->recoveryPhrase(secret("right")).ok());
    }
};

QTEST_GUILESS_MAIN(TestVaultThrottle)
#include "tst_vault_throttle.moc"
