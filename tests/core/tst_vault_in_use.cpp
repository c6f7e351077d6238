// SPDX-License-Identifier: GPL-3.0-or-later
// C10: a second process (vault_tool, started with QProcess) holds the vault open; this process is
// refused with InUse, and gets in once the holder quits or is killed.
#include "vaulttestutil.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;

class TestVaultInUse : public QObject
{
    Q_OBJECT

    static bool startHolder(QProcess &tool, const QString &dir)
    {
        tool.start(QStringLiteral(VAULT_TOOL), {QStringLiteral("open"), dir});
        if (!tool.waitForStarted())
            return false;
        tool.write("pw\n");
        while (!tool.canReadLine()) {
            if (!tool.waitForReadyRead(30000))
                return false;
        }
        return tool.readLine().startsWith("OPEN 0x");
    }

private Q_SLOTS:
    void secondProcessRefused()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(dir, "pw"));
        QProcess tool;
        QVERIFY(startHolder(tool, dir));
        const auto files = snapshot(dir);
        QCOMPARE_ERROR(Vault::open(dir, secret("pw")), VaultError::InUse);
        QCOMPARE_ERROR(Vault::open(dir, secret("wrong")), VaultError::InUse); // no guess spent while held
        QCOMPARE(snapshot(dir), files);
        tool.write("quit\n");
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitCode(), 0);
        QVERIFY(Vault::open(dir, secret("pw")).ok());
    }

    void killedHolderReleases()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(dir, "pw"));
        QProcess tool;
        QVERIFY(startHolder(tool, dir));
        QCOMPARE_ERROR(Vault::open(dir, secret("pw")), VaultError::InUse);
        tool.kill(); // SIGKILL: the kernel drops the lock with the process
        QVERIFY(tool.waitForFinished(30000));
        QVERIFY(Vault::open(dir, secret("pw")).ok());
    }

    void sameProcessSecondObjectRefused()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        auto first = Vault::create(dir, secret("pw"), secret(kHardhatPhrase), kFloor);
        QVERIFY(first.ok());
        QCOMPARE_ERROR(Vault::open(dir, secret("pw")), VaultError::InUse);
        // The other process sees the created vault as held, too.
        QProcess tool;
        tool.start(QStringLiteral(VAULT_TOOL), {QStringLiteral("open"), dir});
        QVERIFY(tool.waitForStarted());
        tool.write("pw\n");
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitCode(), 10 + int(VaultError::InUse));
        (*first)->lock();
        QVERIFY(Vault::open(dir, secret("pw")).ok());
    }
};

QTEST_GUILESS_MAIN(TestVaultInUse)
#include "tst_vault_in_use.moc"
