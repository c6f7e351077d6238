// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fake JSON-RPC node on QTcpServer for fault tests: it parses each HTTP POST and lets the test decide
// the raw answer (status, headers, body, stall, or a body far beyond the client's limit).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace carnet::test {

struct FakeReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool stall = false;          // never answer
    bool withLength = true;      // false: no Content-Length, the body ends when the connection closes
    qint64 claimedLength = -1;   // >= 0: send this Content-Length whatever the body is
};

class FakeRpcNode : public QObject
{
public:
    /** The handler gets the decoded request (object or array) and the request's index (0, 1, …). */
    using Handler = std::function<FakeReply(const QJsonDocument &request, int index)>;

    explicit FakeRpcNode(Handler handler) : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] { onData(socket, *buffer); });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort())); }
    int requests() const { return m_requests; }

    static QByteArray result(qint64 id, const QJsonValue &value)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                         {QStringLiteral("id"), id},
                                         {QStringLiteral("result"), value}}).toJson(QJsonDocument::Compact);
    }
    static QByteArray error(qint64 id, int code, const QString &message)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                         {QStringLiteral("id"), id},
                                         {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                               {QStringLiteral("message"), message}}}})
            .toJson(QJsonDocument::Compact);
    }
    static qint64 idOf(const QJsonDocument &request) { return request.object().value(QLatin1String("id")).toInteger(); }

private:
    void onData(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qint64 length = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        const FakeReply reply = m_handler(QJsonDocument::fromJson(body), m_requests++);
        if (reply.stall)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\nContent-Type: application/json\r\n";
        if (reply.claimedLength >= 0)
            head += "Content-Length: " + QByteArray::number(reply.claimedLength) + "\r\n";
        else if (reply.withLength)
            head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        for (const auto &h : reply.headers)
            head += h.first + ": " + h.second + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        socket->write(reply.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Handler m_handler;
    int m_requests = 0;
};

} // namespace carnet::test
