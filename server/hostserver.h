// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The share host's HTTP server (docs/SHARE-HOST.md): QAbstractHttpServer with one dispatcher over the
 * public SHL routes (publicroutes.cpp), the owner API (ownerroutes.cpp) and the viewer's files
 * (viewerroutes.cpp). One thread, one event loop; the store is called synchronously. */
#include "server/hostconfig.h"
#include "server/hostreply.h"
#include "server/linkstore.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QTimer>

class QHttpServerRequest;

namespace carnet::sharehost {

class HostServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HostServer(HostConfig config, LinkStore *store, QObject *parent = nullptr);
    /** Listens; the port, or 0 on failure. */
    quint16 start();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Reply dispatch(const QHttpServerRequest &request, const QString &address);
    // publicroutes.cpp
    Reply manifest(const QString &id, const QHttpServerRequest &request, const QString &address);
    Reply fileByTicket(const QString &id, const QString &ticket, const QString &address);
    Reply direct(const QString &id, const QHttpServerRequest &request, const QString &address);
    // ownerroutes.cpp
    Reply owner(const QStringList &path, const QHttpServerRequest &request);
    Reply createLink(const QByteArray &ownerId, const QHttpServerRequest &request);
    Reply putFiles(const QByteArray &ownerId, const QString &id, const QHttpServerRequest &request);
    Reply listLinks(const QByteArray &ownerId);
    Reply accessLog(const QByteArray &ownerId, const QString &id, const QHttpServerRequest &request);
    Reply revokeLink(const QByteArray &ownerId, const QString &id);
    // viewerroutes.cpp
    Reply viewer(const QString &path) const;

    bool linkActive(const StoredLink &link, qint64 nowMs) const;
    static bool passcodeMatchesLink(const StoredLink &link, const QByteArray &passcode);
    QString linkUrl(const QString &id) const;
    QString clientAddress(const QHttpServerRequest &request) const;
    std::optional<int> rateLimited(const QString &address, qint64 nowMs);
    void record(const QString &id, const QString &recipient, const QString &address, const char *what);

    HostConfig m_config;
    LinkStore *m_store;
    struct Window
    {
        qint64 start = 0;
        int count = 0;
    };
    QHash<QString, Window> m_rates;       ///< per client address, this minute
    QHash<QString, qint64> m_lastManifest; ///< link id + address → last manifest answer (ms)
    QTimer m_housekeeping;
};

/** A short, non-secret prefix of an id or ticket for stderr (6 characters). */
QString shortId(const QString &id);

bool isLinkId(const QString &id);

} // namespace carnet::sharehost
