// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/hostload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace carnet::bench {
namespace {

/** The length of the first whole answer in `buffer` and its status, or 0 while it is incomplete. */
qsizetype answerLength(const QByteArray &buffer, int *status)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    qint64 length = 0;
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return 0;
    *status = buffer.mid(9, 3).toInt();
    return end + 4 + qsizetype(length);
}

struct Client
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray buffer;
    QElapsedTimer sent;
    bool busy = false;
};

} // namespace

double LoadResult::percentile(double p) const
{
    if (latencyMs.empty())
        return 0;
    std::vector<double> sorted = latencyMs;
    std::sort(sorted.begin(), sorted.end());
    const auto index = std::min(sorted.size() - 1, std::size_t(p / 100.0 * double(sorted.size())));
    return sorted[index];
}

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

LoadResult runLoad(quint16 port, const QByteArray &request, int clients, int seconds)
{
    LoadResult result;
    result.latencyMs.reserve(std::size_t(clients) * 4096);
    std::vector<Client> pool(static_cast<std::size_t>(clients));
    QEventLoop loop;
    QElapsedTimer clock;
    bool timeUp = false;
    int inFlight = 0;
    auto send = [&](Client &c) {
        if (timeUp || c.socket->state() != QAbstractSocket::ConnectedState)
            return;
        c.busy = true;
        ++inFlight;
        c.sent.start();
        c.socket->write(request);
    };
    auto finished = [&](Client &c) {
        c.busy = false;
        if (--inFlight == 0 && timeUp)
            loop.quit();
    };
    for (Client &c : pool) {
        QObject::connect(c.socket.get(), &QTcpSocket::connected, &loop, [&send, &c] { send(c); });
        QObject::connect(c.socket.get(), &QTcpSocket::readyRead, &loop, [&, cp = &c] {
            cp->buffer += cp->socket->readAll();
            int status = 0;
            while (const qsizetype n = answerLength(cp->buffer, &status)) {
                cp->buffer.remove(0, n);
                if (!cp->busy)
                    continue;
                if (status == 200) {
                    ++result.ok;
                    result.latencyMs.push_back(double(cp->sent.nsecsElapsed()) / 1e6);
                } else {
                    ++result.other;
                }
                finished(*cp);
                send(*cp);
            }
        });
        QObject::connect(c.socket.get(), &QTcpSocket::disconnected, &loop, [&, cp = &c] {
            if (cp->busy) {
                ++result.dropped;
                finished(*cp);
            }
        });
    }
    clock.start();
    for (Client &c : pool)
        c.socket->connectToHost(QStringLiteral("127.0.0.1"), port);
    QTimer::singleShot(seconds * 1000, &loop, [&] {
        timeUp = true;
        result.seconds = double(clock.nsecsElapsed()) / 1e9;
        if (inFlight == 0)
            loop.quit();
    });
    QTimer::singleShot(seconds * 1000 + 30000, &loop, [&loop] { loop.quit(); }); // a stuck answer
    loop.exec();
    for (Client &c : pool)
        c.socket->abort();
    return result;
}

Exchange exchangeOnce(quint16 port, const QByteArray &request, int timeoutMs)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(timeoutMs))
        return {};
    s.write(request);
    QByteArray buffer;
    QElapsedTimer t;
    t.start();
    int status = 0;
    qsizetype n = 0;
    while ((n = answerLength(buffer, &status)) == 0 && t.elapsed() < timeoutMs)
        if (s.waitForReadyRead(int(timeoutMs - t.elapsed())))
            buffer += s.readAll();
        else if (s.state() != QAbstractSocket::ConnectedState)
            break;
    if (n == 0)
        return {};
    return Exchange{status, buffer.mid(buffer.indexOf("\r\n\r\n") + 4, n - buffer.indexOf("\r\n\r\n") - 4)};
}

bool FloorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(m_body.size()));
    responder.writeBody(m_body);
    return true;
}

void FloorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

} // namespace carnet::bench
