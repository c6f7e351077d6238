// SPDX-License-Identifier: GPL-3.0-or-later
// Argon2id calibration against a fake timer (cost proportional to m·t): never below the floor,
// memory first up to the cap, then passes; plus one real run that must meet the floor.
#include "core/vault/calibrate.h"
#include "core/vault/header.h"

#include <QTest>

using namespace carnet::core;
using namespace std::chrono_literals;
using carnet::crypto::Argon2Params;

namespace {

// A device on which the floor (64 MiB, t 3) takes `floorMs`.
Argon2Timer linearDevice(double floorMs, int *calls)
{
    return [floorMs, calls](const Argon2Params &p) {
        ++*calls;
        const double units = double(p.memoryKiB) * p.iterations / (65536.0 * 3.0);
        return std::chrono::nanoseconds(static_cast<std::int64_t>(floorMs * units * 1e6));
    };
}

} // namespace

class TestVaultCalibrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scales_data()
    {
        QTest::addColumn<double>("floorMs");
        QTest::addColumn<quint32>("capKiB");
        QTest::addColumn<quint32>("memoryKiB");
        QTest::addColumn<quint32>("iterations");
        QTest::newRow("slow device: floor") << 1500.0 << 1048576u << 65536u << 3u;
        QTest::newRow("exactly the target") << 1000.0 << 1048576u << 65536u << 3u;
        QTest::newRow("4x faster: memory x4") << 250.0 << 1048576u << 262144u << 3u;
        QTest::newRow("fast, capped at 1 GiB: passes grow") << 20.0 << 1048576u << 1048576u << 9u;
        QTest::newRow("small cap 128 MiB") << 100.0 << 131072u << 131072u << 15u;
        QTest::newRow("cap below floor ignored") << 100.0 << 1024u << 65536u << 30u;
    }

    void scales()
    {
        QFETCH(double, floorMs);
        QFETCH(quint32, capKiB);
        QFETCH(quint32, memoryKiB);
        QFETCH(quint32, iterations);
        int calls = 0;
        const Argon2Params p = calibrateArgon2(1000ms, capKiB, linearDevice(floorMs, &calls));
        QVERIFY(meetsFloor(p));
        QCOMPARE(p.memoryKiB, memoryKiB);
        QCOMPARE(p.iterations, iterations);
        QCOMPARE(p.parallelism, 1u);
        QVERIFY(calls <= 2);
        // Within the 0.5 – 5 s band around the target (QUALITY.md §8.5).
        const double ms = floorMs * double(p.memoryKiB) * p.iterations / (65536.0 * 3.0);
        QVERIFY2(ms >= 500.0 || p == kArgon2Floor, qPrintable(QString::number(ms)));
        QVERIFY(ms <= 5000.0 || p == kArgon2Floor);
    }

    void realRunMeetsFloor()
    {
        const Argon2Params p = calibrateArgon2(50ms); // below the floor's own cost: the floor
        QVERIFY(meetsFloor(p));
        QCOMPARE(p, kArgon2Floor);
    }
};

QTEST_GUILESS_MAIN(TestVaultCalibrate)
#include "tst_vault_calibrate.moc"
