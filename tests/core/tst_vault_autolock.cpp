// SPDX-License-Identifier: GPL-3.0-or-later
// Idle auto-lock: lockRequested after the timeout, activity postpones it, suspend locks at once,
// an unarmed AutoLock stays quiet; the default is 5 minutes (QUALITY.md §8.6).
#include "core/vault/autolock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace carnet::core;
using namespace std::chrono_literals;

class TestVaultAutoLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsFiveMinutes()
    {
        AutoLock lock;
        QCOMPARE(lock.timeout(), std::chrono::milliseconds(5min));
        QVERIFY(!lock.isArmed());
    }

    void firesAfterIdle()
    {
        AutoLock lock;
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setTimeout(100ms);
        lock.start();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(spy.wait(5000));
        QVERIFY(timer.elapsed() >= 90);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!lock.isArmed()); // one request per idle period
        QTest::qWait(250);
        QCOMPARE(spy.count(), 1);
    }

    void activityPostpones()
    {
        AutoLock lock;
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setTimeout(300ms);
        lock.start();
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(100);
            lock.activity();
        }
        QCOMPARE(spy.count(), 0); // 600 ms of activity, never 300 ms idle
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
    }

    void suspendLocksAtOnce()
    {
        AutoLock lock;
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.start();
        lock.suspend();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!lock.isArmed());
    }

    void unarmedStaysQuiet()
    {
        AutoLock lock;
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setTimeout(50ms);
        lock.activity(); // activity does not arm it
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);
        lock.start();
        lock.stop();
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestVaultAutoLock)
#include "tst_vault_autolock.moc"
