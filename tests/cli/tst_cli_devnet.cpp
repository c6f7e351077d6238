// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli devnet start|status|stop, authority register|revoke and registry show, end to end on a
// devnet of the test's own (CARNET_HOME in a temporary directory, run from another directory): start
// writes the network file and a 0600 authority key and refuses to start twice; status sees every node;
// the authority commands succeed and fail with the documented statuses and messages; stop leaves no
// process behind (checked in /proc) and then status and registry say so.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliDevnet : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_workDir;
    qint64 m_pid = 0;

    Run cli(const QStringList &arguments, const QString &anvil = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CARNET_HOME"), m_home.path());
        if (!anvil.isEmpty())
            env.insert(QStringLiteral("CARNET_ANVIL"), anvil);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_workDir.path());
        process.start(QStringLiteral(CARNET_CLI_PATH), arguments);
        Run run;
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static bool processExists(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = stat.readAll();
        return line.at(line.lastIndexOf(')') + 2) != 'Z';
    }

private Q_SLOTS:
    void lifecycle()
    {
        QVERIFY(m_home.isValid() && m_workDir.isValid());
        Run run = cli({QStringLiteral("devnet"), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 18);

        run = cli({QStringLiteral("devnet"), QStringLiteral("start"), QStringLiteral("--nodes"), QStringLiteral("3")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QRegularExpressionMatch pid = QRegularExpression(QStringLiteral("^pid: (\\d+)$"), QRegularExpression::MultilineOption).match(run.out);
        QVERIFY(pid.hasMatch());
        m_pid = pid.captured(1).toLongLong();
        QVERIFY(processExists(m_pid));
        QCOMPARE(run.out.count(QRegularExpression(QStringLiteral("^node: http://127\\.0\\.0\\.[123]:\\d+$"), QRegularExpression::MultilineOption)), 3);
        QCOMPARE(run.out.count(QRegularExpression(QStringLiteral("^contract: \\w+ 0x[0-9a-fA-F]{40}$"), QRegularExpression::MultilineOption)), 4);
        QVERIFY(QFile::exists(QDir(m_home.path()).filePath(QStringLiteral("network.json"))));
        const QString keyFile = QDir(m_home.path()).filePath(QStringLiteral("devnet/authority.key"));
        QCOMPARE(QFile::permissions(keyFile) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
                 QFileDevice::Permissions());
        QVERIFY(!QFile::exists(QDir(m_workDir.path()).filePath(QStringLiteral("network.json"))));

        run = cli({QStringLiteral("devnet"), QStringLiteral("start")});
        QCOMPARE(run.exitCode, 18);
        QVERIFY(run.err.contains(QStringLiteral("already running")));

        run = cli({QStringLiteral("devnet"), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QStringLiteral("answers chain-id 31337")), 3);
    }

    void authorityAndRegistry()
    {
        QVERIFY(m_pid != 0);
        const QString account = QStringLiteral("0x70997970C51812Dc3A010c7D01B50E20D17Dc79C"); // EIP-55 (ethers getAddress)
        const QStringList reg{QStringLiteral("authority"), QStringLiteral("register"), QStringLiteral("--role"),
                              QStringLiteral("provider"), QStringLiteral("--address"), account, QStringLiteral("--name"),
                              QStringLiteral("Clinique du Parc")};
        Run run = cli(reg);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("registered: ") + account + QStringLiteral(" as provider")));

        run = cli(reg);
        QCOMPARE(run.exitCode, 16);
        QVERIFY2(run.err.contains(QStringLiteral("AlreadyLicensed(") + account + QStringLiteral(", 1)")), qPrintable(run.err));

        QStringList badChecksum = reg;
        badChecksum[5] = QStringLiteral("0x70997970c51812Dc3A010c7D01B50E20D17Dc79C");
        run = cli(badChecksum);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("bad address checksum")));

        // A key that is not the authority: anvil's dev key 1 in a 0600 file.
        const QString stranger = QDir(m_workDir.path()).filePath(QStringLiteral("stranger.key"));
        {
            QFile file(stranger);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            file.write("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d\n");
        }
        QStringList asStranger = reg;
        asStranger[3] = QStringLiteral("clinician");
        run = cli(asStranger + QStringList{QStringLiteral("--key-file"), stranger});
        QCOMPARE(run.exitCode, 16);
        QVERIFY2(run.err.contains(QStringLiteral("NotAuthority(")) && run.err.contains(QStringLiteral("is not the registry's authority")),
                 qPrintable(run.err));
        QFile::setPermissions(stranger, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        run = cli(asStranger + QStringList{QStringLiteral("--key-file"), stranger});
        QCOMPARE(run.exitCode, 17);

        run = cli(reg + QStringList{QStringLiteral("--network"), QDir(m_workDir.path()).filePath(QStringLiteral("none.json"))});
        QCOMPARE(run.exitCode, 13);
        QVERIFY(run.err.contains(QStringLiteral("no network file")));

        run = cli({QStringLiteral("registry"), QStringLiteral("show"), account});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("name: Clinique du Parc")));
        QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("provider: licensed-now yes; intervals \\d+-now"))));
        QVERIFY(run.out.contains(QStringLiteral("clinician: licensed-now no; intervals none")));

        run = cli({QStringLiteral("authority"), QStringLiteral("revoke"), QStringLiteral("--role"), QStringLiteral("provider"),
                   QStringLiteral("--address"), account.toLower()});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("registry"), QStringLiteral("show"), account});
        QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("provider: licensed-now no; intervals (\\d+)-(\\d+)\n"))));
    }

    void stopLeavesNothing()
    {
        QVERIFY(m_pid != 0);
        Run run = cli({QStringLiteral("devnet"), QStringLiteral("stop")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("stopped: pid %1").arg(m_pid));
        QVERIFY(!processExists(m_pid));
        QVERIFY(!QFile::exists(QDir(m_home.path()).filePath(QStringLiteral("devnet/anvil.pid"))));
        run = cli({QStringLiteral("devnet"), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 18);
        QCOMPARE(run.out.count(QStringLiteral("does not answer")), 3);
        run = cli({QStringLiteral("registry"), QStringLiteral("show"), QStringLiteral("0x70997970C51812Dc3A010c7D01B50E20D17Dc79C")});
        QCOMPARE(run.exitCode, 14);
        run = cli({QStringLiteral("devnet"), QStringLiteral("stop")});
        QCOMPARE(run.exitCode, 18);
        m_pid = 0;
    }

    void stopEscalatesToSigkill()
    {
        // An anvil that never sees SIGTERM: a wrapper blocks the signal, then execs the real binary
        // (the signal mask survives exec; anvil's own handler never runs). stop must SIGKILL it.
        const QString wrapper = QDir(m_workDir.path()).filePath(QStringLiteral("stubborn-anvil"));
        {
            QFile file(wrapper);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("#!/usr/bin/python3\nimport os, signal, sys\n"
                       "signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})\n"
                       "os.execv('" CARNET_SOURCE_DIR "/ledger/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil', "
                       "['anvil'] + sys.argv[1:])\n");
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        Run run = cli({QStringLiteral("devnet"), QStringLiteral("start")}, wrapper);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_pid = QRegularExpression(QStringLiteral("^pid: (\\d+)$"), QRegularExpression::MultilineOption).match(run.out).captured(1).toLongLong();
        QVERIFY(processExists(m_pid));
        QElapsedTimer timer;
        timer.start();
        run = cli({QStringLiteral("devnet"), QStringLiteral("stop")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(timer.elapsed() >= 5000, qPrintable(QString::number(timer.elapsed()))); // SIGTERM was waited for
        QVERIFY(!processExists(m_pid));
        m_pid = 0;
    }

    void cleanupTestCase()
    {
        // A failure half-way must not leave anvil running.
        if (m_pid != 0 && processExists(m_pid))
            cli({QStringLiteral("devnet"), QStringLiteral("stop")});
    }
};

QTEST_GUILESS_MAIN(TestCliDevnet)
#include "tst_cli_devnet.moc"
