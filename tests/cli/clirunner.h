// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the built carnet-cli (CARNET_CLI_PATH) with arguments and standard input, for the CLI tests.
#include <QProcess>
#include <QStringList>

namespace carnet::test {

struct CliRun
{
    bool finished = false; ///< exited normally within the time limit
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(CARNET_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace carnet::test
