// SPDX-License-Identifier: GPL-3.0-or-later
// LifecycleWatcher: the vault locks at once when the app is suspended or hidden, not when it merely
// loses the focus. Runs with a QGuiApplication on the offscreen platform.
#include "core/vault/autolock.h"
#include "platform/lifecycle.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using carnet::platform::LifecycleWatcher;

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applicationState_data();
    void applicationState();
    void everyEntryIntoTheBackgroundFires();
    void locksAnArmedAutoLock();
    void worksWithoutCallback();
};

void TestLifecycle::applicationState_data()
{
    QTest::addColumn<Qt::ApplicationState>("state");
    QTest::addColumn<bool>("locks");
    QTest::newRow("suspended") << Qt::ApplicationSuspended << true;
    QTest::newRow("hidden") << Qt::ApplicationHidden << true;
    QTest::newRow("inactive") << Qt::ApplicationInactive << false;
    QTest::newRow("active") << Qt::ApplicationActive << false;
}

void TestLifecycle::applicationState()
{
    QFETCH(Qt::ApplicationState, state);
    QFETCH(bool, locks);
    QCOMPARE(LifecycleWatcher::locksIn(state), locks);

    int calls = 0;
    LifecycleWatcher watcher([&calls] { ++calls; });
    QSignalSpy backgrounded(&watcher, &LifecycleWatcher::backgrounded);
    // Through the application's own signal: the watcher is connected to it.
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    QVERIFY(app);
    Q_EMIT app->applicationStateChanged(state);
    QCOMPARE(calls, locks ? 1 : 0);
    QCOMPARE(backgrounded.count(), locks ? 1 : 0);
    QCOMPARE(watcher.firedCount(), locks ? 1 : 0);
}

void TestLifecycle::everyEntryIntoTheBackgroundFires()
{
    int calls = 0;
    LifecycleWatcher watcher([&calls] { ++calls; });
    const Qt::ApplicationState sequence[] = {Qt::ApplicationActive, Qt::ApplicationInactive, Qt::ApplicationHidden,
                                             Qt::ApplicationSuspended, Qt::ApplicationActive, Qt::ApplicationInactive,
                                             Qt::ApplicationActive, Qt::ApplicationSuspended};
    for (Qt::ApplicationState state : sequence)
        watcher.handleApplicationState(state);
    QCOMPARE(calls, 3);
}

void TestLifecycle::locksAnArmedAutoLock()
{
    // The wiring the app uses: backgrounded() → AutoLock::suspend() → lockRequested() at once,
    // long before the idle timeout.
    carnet::core::AutoLock autoLock;
    autoLock.setTimeout(std::chrono::hours(1));
    LifecycleWatcher watcher;
    QObject::connect(&watcher, &LifecycleWatcher::backgrounded, &autoLock, &carnet::core::AutoLock::suspend);
    QSignalSpy lockRequested(&autoLock, &carnet::core::AutoLock::lockRequested);
    autoLock.start();
    QVERIFY(autoLock.isArmed());

    watcher.handleApplicationState(Qt::ApplicationInactive);
    QCOMPARE(lockRequested.count(), 0);
    QVERIFY(autoLock.isArmed());

    watcher.handleApplicationState(Qt::ApplicationHidden);
    QCOMPARE(lockRequested.count(), 1); // synchronously, no event loop turn needed
    QVERIFY(!autoLock.isArmed());
}

void TestLifecycle::worksWithoutCallback()
{
    LifecycleWatcher watcher;
    QSignalSpy backgrounded(&watcher, &LifecycleWatcher::backgrounded);
    watcher.handleApplicationState(Qt::ApplicationSuspended);
    QCOMPARE(backgrounded.count(), 1);
}

QTEST_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
