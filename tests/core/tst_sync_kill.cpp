// SPDX-License-Identifier: GPL-3.0-or-later
// `carnet-cli wallet sync` killed with SIGKILL at random moments (0–500 ms into its records phase), several
// times, on a wallet with 300 published entries in ten records (one store transaction per record);
// then a sync that runs to the end. The vault still opens (SQLCipher integrity is checked by
// Vault::open), and it holds exactly the published entries: every sequence once, the same bytes.
#include "tests/core/synctestutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace carnet;
using namespace carnet::test;

namespace {

constexpr char kPassphrase[] = "correct horse battery";

QProcess *startSync(const QString &vaultDir)
{
    auto *p = new QProcess;
    p->setProgram(QStringLiteral(CARNET_CLI));
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->setArguments({QStringLiteral("wallet"), QStringLiteral("sync"), QStringLiteral("--progress"), QStringLiteral("--vault"), vaultDir});
    p->start();
    if (p->waitForStarted(5000)) {
        p->write(QByteArray(kPassphrase) + '\n');
        p->closeWriteChannel();
    }
    return p;
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSyncsThenOneThatEnds()
    {
        SyncScenario s;
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        auto provider = s.licensedProvider();
        QVERIFY(provider);
        for (int r = 0; r < 10; ++r) {
            auto code = s.connect(QStringLiteral("Clinic %1").arg(r));
            QVERIFY(code);
            QVERIFY(s.publishMany(*code, *provider, 30));
        }
        const QString vaultDir = s.dir.path() + QStringLiteral("/wallet");
        s.store.reset();
        s.vault->lock();
        s.vault.reset();

        int killed = 0;
        QStringList progress;
        for (int i = 0; i < 6; ++i) {
            std::unique_ptr<QProcess> p(startSync(vaultDir));
            QVERIFY(p->state() != QProcess::NotRunning || p->exitStatus() == QProcess::NormalExit);
            // Once the records phase has begun (its progress line), a random moment within 0–500 ms.
            QByteArray err;
            while (!err.contains("syncing record") && p->state() == QProcess::Running && p->waitForReadyRead(20000))
                err += p->readAll();
            const int delay = QRandomGenerator::global()->bounded(0, 501);
            if (!p->waitForFinished(delay)) {
                p->kill(); // SIGKILL
                ++killed;
            }
            p->waitForFinished(10000);
            // After each kill the vault opens and holds a dense prefix of each record, the published bytes.
            auto vault = core::Vault::open(vaultDir, core::test::secret(kPassphrase));
            QVERIFY2(vault, vault ? "" : core::vaultErrorName(vault.error()));
            core::sync::RecordStore store(*(*vault)->database());
            auto entries = store.entries();
            QVERIFY(entries);
            progress << QString::number(entries->size());
            for (const auto &e : *entries) {
                const auto match = std::find_if(s.published.begin(), s.published.end(), [&](const PublishedEntry &pub) {
                    return pub.recordId == e.recordId && pub.sequence == e.sequence;
                });
                QVERIFY(match != s.published.end());
                QCOMPARE(e.content, match->content);
                QVERIFY(store.entryCount(e.recordId).value() > e.sequence);
            }
            (*vault)->lock();
        }
        qInfo("killed %d of 6 syncs mid-way; entries stored after each: %s", killed, qPrintable(progress.join(QLatin1Char(' '))));

        std::unique_ptr<QProcess> last(startSync(vaultDir));
        QVERIFY(last->waitForFinished(240000));
        QVERIFY2(last->exitStatus() == QProcess::NormalExit && last->exitCode() == 0,
                 last->readAll().constData());

        auto vault = core::Vault::open(vaultDir, core::test::secret(kPassphrase));
        QVERIFY2(vault, vault ? "" : core::vaultErrorName(vault.error()));
        s.vault = std::move(*vault);
        s.store = std::make_unique<core::sync::RecordStore>(*s.vault->database());
        QVERIFY2(s.storedEqualsPublished(&why), qPrintable(why));
        const auto all = s.stored();
        for (std::size_t i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].recordId != all[i].recordId || all[i - 1].sequence + 1 == all[i].sequence);
        QCOMPARE(all.size(), std::size_t(300));
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
