// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// bench_host's load and its floor: N keep-alive HTTP/1.1 clients on loopback, each sending one
// request, reading the whole answer and sending the next until the time is up (one event loop; raw
// sockets, so no client-side connection cap), and the floor server: a QAbstractHttpServer that answers
// every request with one constant 200.
#include <QAbstractHttpServer>
#include <QByteArray>

#include <vector>

namespace carnet::bench {

struct LoadResult
{
    double seconds = 0;
    qint64 ok = 0;      ///< answers with status 200
    qint64 other = 0;   ///< any other status
    qint64 dropped = 0; ///< connections closed or failed mid-request
    std::vector<double> latencyMs; ///< of the 200 answers
    double perSecond() const { return seconds > 0 ? double(ok) / seconds : 0; }
    double percentile(double p) const;
};

/** `clients` connections to 127.0.0.1:port sending `request` (a whole HTTP/1.1 request) for `seconds`. */
LoadResult runLoad(quint16 port, const QByteArray &request, int clients, int seconds);

/** One exchange on a new connection: the answer's status and body (status 0 when it failed). */
struct Exchange
{
    int status = 0;
    QByteArray body;
};
Exchange exchangeOnce(quint16 port, const QByteArray &request, int timeoutMs = 10000);

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                       const QByteArray &extraHeaders = {});

class FloorServer : public QAbstractHttpServer
{
public:
    explicit FloorServer(QByteArray body) : m_body(std::move(body)) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QByteArray m_body;
};

} // namespace carnet::bench
