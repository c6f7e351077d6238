// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* carnet-share-host's command line (docs/SHARE-HOST.md, "Command line"): every limit with its default. */
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace carnet::sharehost {

struct HostConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8090;
    QString publicUrl;          ///< origin (and path prefix) the links name, no trailing '/'
    QString db;                 ///< "sqlite:PATH" or "postgresql://…"
    QString viewerDir;
    int locationSeconds = 3600; ///< lifetime of a location URL, 1..3600
    int pollSeconds = 5;        ///< minimum interval between two manifests of one link to one address
    qint64 maxBodyBytes = 10 * 1024 * 1024;
    qint64 maxFileBytes = 5 * 1024 * 1024;
    qint64 maxLinkBytes = 8 * 1024 * 1024;
    int maxFiles = 10;
    int maxHeaderBytes = 16 * 1024;
    int ratePerMinute = 600;    ///< requests per client address per minute, 0 = no limit
    int defaultMaxFailures = 10;
    int requestTimeoutSeconds = 10;
    bool trustProxy = false;    ///< take the client address from X-Forwarded-For when the peer is loopback
};

/** Parses the arguments (without argv[0]). On failure, `error` names the option, never a value. */
std::optional<HostConfig> parseArguments(const QStringList &args, const QString &defaultViewerDir, QString *error);

QString usageText();

} // namespace carnet::sharehost
