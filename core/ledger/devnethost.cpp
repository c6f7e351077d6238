// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/devnethost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

namespace carnet::core::ledger {

namespace {

constexpr auto kProgramName = "carnet-share-host";

/** A live process (not a zombie) whose argv[0] names the share host. */
bool isShareHost(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0 || close + 2 >= line.size() || line.at(close + 2) == 'Z')
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().split('\0').value(0).endsWith(kProgramName);
}

bool executable(const QString &path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && info.isExecutable();
}

} // namespace

DevnetShareHost::DevnetShareHost(const QString &dir) : m_dir(dir) {}

QString DevnetShareHost::findProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("CARNET_SHARE_HOST");
    if (!fromEnvironment.isEmpty())
        return executable(fromEnvironment) ? QFileInfo(fromEnvironment).absoluteFilePath() : QString();
    if (QCoreApplication::instance()) {
        const QString sibling = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QLatin1String(kProgramName));
        if (executable(sibling))
            return sibling;
    }
    const QString built = QStringLiteral(CARNET_SHARE_HOST_BUILT);
    return executable(built) ? built : QString();
}

qint64 DevnetShareHost::recordedPid() const
{
    QFile file(QDir(m_dir).absoluteFilePath(QStringLiteral("share-host.pid")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

bool DevnetShareHost::running() const
{
    return isShareHost(recordedPid());
}

Result<QUrl, QString> DevnetShareHost::start(std::chrono::milliseconds timeout)
{
    const QString program = findProgram();
    if (program.isEmpty())
        return fail(QStringLiteral("carnet-share-host not found (build it, or set CARNET_SHARE_HOST)"));
    stop();
    quint16 port = 0;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(QStringLiteral("no free TCP port on 127.0.0.1"));
        port = probe.serverPort();
    }
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                          QStringLiteral("--public-url"), base.toString(),
                          QStringLiteral("--db"), QStringLiteral("sqlite:") + QDir(m_dir).absoluteFilePath(QStringLiteral("share-host.sqlite"))};
    const QString viewer = QStringLiteral(CARNET_SHARE_HOST_SOURCE_VIEWER);
    if (program == QStringLiteral(CARNET_SHARE_HOST_BUILT) && QFileInfo(viewer).isDir())
        arguments << QStringLiteral("--viewer-dir") << viewer; // a build tree: the page from the sources
    const QString log = QDir(m_dir).absoluteFilePath(QStringLiteral("share-host.log"));
    QFile::remove(log);
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(m_dir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(log);
    process.setStandardErrorFile(log, QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid) || pid <= 0)
        return fail(QStringLiteral("cannot start %1").arg(program));
    QSaveFile pidFile(QDir(m_dir).absoluteFilePath(QStringLiteral("share-host.pid")));
    if (!pidFile.open(QIODevice::WriteOnly) || pidFile.write(QByteArray::number(pid) + '\n') < 0 || !pidFile.commit()) {
        ::kill(static_cast<pid_t>(pid), SIGTERM);
        return fail(QStringLiteral("cannot write the share host's pid file in %1").arg(m_dir));
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return base;
        if (!isShareHost(pid) || std::chrono::steady_clock::now() > deadline) {
            stop();
            return fail(QStringLiteral("carnet-share-host did not start (see %1)").arg(log));
        }
        QThread::msleep(20);
    }
}

bool DevnetShareHost::stop(std::chrono::milliseconds termTimeout)
{
    const qint64 pid = recordedPid();
    QFile::remove(QDir(m_dir).absoluteFilePath(QStringLiteral("share-host.pid")));
    if (!isShareHost(pid))
        return false;
    ::kill(static_cast<pid_t>(pid), SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + termTimeout;
    while (isShareHost(pid) && std::chrono::steady_clock::now() < deadline)
        QThread::msleep(20);
    if (isShareHost(pid))
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    return true;
}

} // namespace carnet::core::ledger
