// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The listening socket of the host, guarding each connection before QHttpServer reads it
 * (QHttpServer 6.4 has no limits of its own): a request head larger than maxHeader answers 431, a
 * Content-Length or a body beyond maxBody answers 413, and a connection that has not finished a
 * request within the timeout of its opening or of its previous answer is closed (a stalled client
 * holds one socket, never the event loop). */
#include <QTcpServer>

namespace carnet::sharehost {

struct GuardLimits
{
    qint64 maxBody = 0;
    int maxHeader = 0;
    int timeoutMs = 0;
};

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(GuardLimits limits, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

private:
    GuardLimits m_limits;
};

} // namespace carnet::sharehost
