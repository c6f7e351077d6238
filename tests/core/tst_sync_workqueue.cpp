// SPDX-License-Identifier: GPL-3.0-or-later
// The sync's WorkQueue (core/sync/workqueue.h): every submitted job runs exactly once whatever the
// order of submit() and wait(), with or without helper threads, and once the destructor returns no
// job is running or starts.
#include "core/sync/workqueue.h"

#include <QtTest>

#include <atomic>

using carnet::core::sync::detail::WorkQueue;

class TestSyncWorkQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyJobOnce_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("no helper") << 0;
        QTest::newRow("one helper") << 1;
        QTest::newRow("four helpers") << 4;
    }

    void everyJobOnce()
    {
        QFETCH(int, threads);
        constexpr std::size_t kJobs = 2000;
        std::vector<std::atomic<int>> runs(kJobs);
        std::vector<std::uint64_t> results(kJobs, 0);
        WorkQueue queue(kJobs, static_cast<std::size_t>(threads), [&](std::size_t i) {
            ++runs[i];
            std::uint64_t x = i + 1; // a little work, so that helpers and the owner overlap
            for (int k = 0; k < 200; ++k)
                x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            results[i] = x;
        });
        // Submitted in two interleaved halves (odd positions first, as logs of a node could come),
        // waited for in order while later ones are still being submitted.
        for (std::size_t i = 1; i < kJobs; i += 2)
            queue.submit(i);
        for (std::size_t i = 0; i < kJobs; i += 2) {
            queue.submit(i);
            queue.wait(i);
            QCOMPARE(runs[i].load(), 1);
        }
        for (std::size_t i = 0; i < kJobs; ++i) {
            queue.wait(i);
            QCOMPARE(runs[i].load(), 1);
            std::uint64_t x = i + 1;
            for (int k = 0; k < 200; ++k)
                x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            QCOMPARE(results[i], x);
        }
    }

    void destructorWaitsForRunningJobs()
    {
        std::atomic<int> started{0}, finished{0};
        {
            WorkQueue queue(100, 2, [&](std::size_t) {
                ++started;
                QThread::msleep(2);
                ++finished;
            });
            for (std::size_t i = 0; i < 100; ++i)
                queue.submit(i);
            queue.wait(0);
        } // jobs not started are dropped; the helpers are joined
        const int after = started.load();
        QVERIFY(after >= 1 && after <= 100);
        QCOMPARE(finished.load(), after);
        QThread::msleep(10);
        QCOMPARE(started.load(), after);
    }

    void helpersForThisMachine()
    {
        const std::size_t n = WorkQueue::helpersForThisMachine();
        QVERIFY(n >= 1 && n <= 8);
    }
};

QTEST_GUILESS_MAIN(TestSyncWorkQueue)
#include "tst_sync_workqueue.moc"
