// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/connguard.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace carnet::sharehost {
namespace {

class Guard : public QObject
{
public:
    Guard(QTcpSocket *socket, GuardLimits limits) : QObject(socket), m_socket(socket), m_limits(limits)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(limits.timeoutMs);
        connect(&m_timer, &QTimer::timeout, socket, [this] { m_socket->abort(); });
        // Connected before QHttpServer's own slot: this one sees the bytes first (peek, not read).
        connect(socket, &QTcpSocket::readyRead, this, &Guard::arrived);
        connect(socket, &QTcpSocket::bytesWritten, this, &Guard::answered);
        m_timer.start();
    }

private:
    void arrived()
    {
        if (m_refused)
            return;
        const qint64 available = m_socket->bytesAvailable();
        if (m_inHead) {
            const QByteArray chunk = m_socket->peek(available);
            const qsizetype seen = m_head.size();
            m_head.append(chunk.left(m_limits.maxHeader + 4 - m_head.size()));
            const qsizetype end = m_head.indexOf("\r\n\r\n", seen > 3 ? seen - 3 : 0);
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeader)
                    refuse(431, "headers-too-large");
                return;
            }
            m_inHead = false;
            m_body = chunk.size() - (end + 4 - seen);
            if (contentLength() > m_limits.maxBody)
                refuse(413, "body-too-large");
            return;
        }
        m_body += available;
        if (m_body > m_limits.maxBody + m_limits.maxHeader)
            refuse(413, "body-too-large");
    }

    qint64 contentLength() const
    {
        for (const QByteArray &line : m_head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
                bool ok = false;
                const qint64 n = line.mid(colon + 1).trimmed().toLongLong(&ok);
                return ok ? n : 0;
            }
        }
        return 0;
    }

    void answered()
    {
        m_inHead = true;
        m_head.clear();
        m_body = 0;
        m_timer.start();
    }

    void refuse(int status, const char *code)
    {
        m_refused = true;
        const QByteArray body = QByteArrayLiteral("{\"error\":\"") + code + "\"}";
        const QByteArray reason = status == 431 ? "Request Header Fields Too Large" : "Payload Too Large";
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                        + "\r\nConnection: close\r\n\r\n" + body);
        m_socket->flush();
        m_socket->disconnectFromHost();
        QPointer<QTcpSocket> s(m_socket);
        QTimer::singleShot(1000, s, [s] { if (s) s->abort(); });
    }

    QTcpSocket *m_socket;
    GuardLimits m_limits;
    QTimer m_timer;
    QByteArray m_head;
    qint64 m_body = 0;
    bool m_inHead = true;
    bool m_refused = false;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(GuardLimits limits, QObject *parent) : QTcpServer(parent), m_limits(limits) {}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket)
        new Guard(socket, m_limits);
    return socket;
}

} // namespace carnet::sharehost
