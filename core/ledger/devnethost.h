// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The devnet's SMART Health Links share host (docs/SHARE-HOST.md, docs/LEDGER-NETWORK.md): `devnet start`
 * also starts one carnet-share-host, detached like anvil, on a free port of 127.0.0.1 with an SQLite store
 * in <home>/devnet/share-host.sqlite and the source tree's viewer page, and the network file names it as
 * "shareHost". `devnet stop` stops it (SIGTERM, after checking the recorded PID still is that program).
 *
 * The program: $CARNET_SHARE_HOST, else carnet-share-host next to the running executable (an install),
 * else the build tree's. None found is not an error: the devnet runs without a share host, and says so. */
#include "core/result.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace carnet::core::ledger {

class DevnetShareHost
{
public:
    /** `dir`: the devnet's directory (Devnet::directory()). */
    explicit DevnetShareHost(const QString &dir);

    /** The program to run, or an empty string when there is none. */
    static QString findProgram();

    /** Starts the host and waits until it answers; returns its base URL. Error: an English line. */
    Result<QUrl, QString> start(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /** Stops a host this directory started; true when one was running. */
    bool stop(std::chrono::milliseconds termTimeout = std::chrono::seconds(5));
    bool running() const;

private:
    qint64 recordedPid() const;
    QString m_dir;
};

} // namespace carnet::core::ledger
