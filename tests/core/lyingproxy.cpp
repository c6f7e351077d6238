// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/lyingproxy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace carnet::test {

namespace {

QByteArray httpAnswer(int status, const char *reason, const QByteArray &contentType, const QByteArray &body)
{
    return QByteArray("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body;
}

/** Sends `body` to the upstream node and returns its HTTP body ("" on failure). Blocking. */
QByteArray forward(const QUrl &upstream, const QByteArray &body)
{
    QTcpSocket socket;
    socket.connectToHost(upstream.host(), static_cast<quint16>(upstream.port(80)));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(QByteArray("POST / HTTP/1.1\r\nHost: ") + upstream.host().toLatin1() + ':' + QByteArray::number(upstream.port(80))
                 + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: close\r\n\r\n" + body);
    QByteArray raw;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        raw += socket.readAll();
    raw += socket.readAll();
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return {};
    const QByteArray headers = raw.left(headerEnd).toLower();
    QByteArray payload = raw.mid(headerEnd + 4);
    if (headers.contains("transfer-encoding: chunked")) {
        QByteArray out;
        qsizetype at = 0;
        for (;;) {
            const qsizetype eol = payload.indexOf("\r\n", at);
            if (eol < 0)
                break;
            bool ok = false;
            const qsizetype size = payload.mid(at, eol - at).trimmed().toLongLong(&ok, 16);
            if (!ok || size == 0)
                break;
            out += payload.mid(eol + 2, size);
            at = eol + 2 + size + 2;
        }
        return out;
    }
    for (const QByteArray &line : headers.split('\n'))
        if (line.startsWith("content-length:"))
            return payload.left(line.mid(15).trimmed().toLongLong());
    return payload;
}

class ProxyServer : public QObject
{
public:
    explicit ProxyServer(LyingProxy &proxy) : m_proxy(proxy)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] { onData(socket, *buffer); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onData(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        for (;;) {
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
            answer(socket, body);
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &body)
    {
        const QJsonDocument request = QJsonDocument::fromJson(body);
        // A batch takes the rule of its first call.
        const QJsonObject first = request.isArray() ? request.array().first().toObject() : request.object();
        const LyingProxy::Decision d = m_proxy.decide(first.value(QLatin1String("method")).toString());
        const qint64 id = first.value(QLatin1String("id")).toInteger();
        switch (d.raw) {
        case LyingProxy::Raw::Stall:
            return; // the socket stays open, silent
        case LyingProxy::Raw::Malformed:
            socket->write(httpAnswer(200, "OK", "application/json", "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id) + ",\"result\":[0x"));
            return;
        case LyingProxy::Raw::Oversized: {
            QByteArray big = "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id) + ",\"result\":\"0x";
            big += QByteArray(17 * 1024 * 1024, '0');
            big += "\"}";
            socket->write(httpAnswer(200, "OK", "application/json", big));
            return;
        }
        case LyingProxy::Raw::HtmlPage:
            socket->write(httpAnswer(502, "Bad Gateway", "text/html",
                                     "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
                                     "<a href=\"http://login.example.invalid/\">sign in</a></body></html>"));
            return;
        case LyingProxy::Raw::HtmlRpcError: {
            const QJsonObject error{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                    {QStringLiteral("id"), id},
                                    {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), -32000},
                                                                          {QStringLiteral("message"), LyingProxy::htmlMessage()}}}};
            socket->write(httpAnswer(200, "OK", "application/json", QJsonDocument(error).toJson(QJsonDocument::Compact)));
            return;
        }
        case LyingProxy::Raw::Slowloris:
        case LyingProxy::Raw::TrickleBody:
        case LyingProxy::Raw::None:
            break;
        }
        QByteArray honest = forward(m_proxy.upstream(), body);
        if (d.rewrite && !honest.isEmpty()) {
            const QJsonDocument answerDoc = QJsonDocument::fromJson(honest);
            if (request.isObject() && answerDoc.isObject()) {
                honest = QJsonDocument(d.rewrite(request.object(), answerDoc.object())).toJson(QJsonDocument::Compact);
            } else if (request.isArray() && answerDoc.isArray()) {
                QJsonArray out;
                const QJsonArray calls = request.array();
                for (const QJsonValue &a : answerDoc.array()) {
                    QJsonObject call;
                    for (const QJsonValue &c : calls)
                        if (c.toObject().value(QLatin1String("id")) == a.toObject().value(QLatin1String("id")))
                            call = c.toObject();
                    out.append(d.rewrite(call, a.toObject()));
                }
                honest = QJsonDocument(out).toJson(QJsonDocument::Compact);
            }
        }
        if (honest.isEmpty()) {
            socket->write(httpAnswer(502, "Bad Gateway", "text/plain", "upstream failed"));
            return;
        }
        const QByteArray whole = httpAnswer(200, "OK", "application/json", honest);
        if (d.raw != LyingProxy::Raw::Slowloris && d.raw != LyingProxy::Raw::TrickleBody) {
            socket->write(whole);
            return;
        }
        // Slowloris: everything a byte at a time. TrickleBody: the headers at once (so the client sees
        // a live answer with its Content-Length), then the body a byte at a time.
        qsizetype start = 0;
        int interval = 300;
        if (d.raw == LyingProxy::Raw::TrickleBody) {
            start = whole.size() - honest.size();
            interval = 100;
            socket->write(whole.left(start));
        }
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(start);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, whole, sent] {
            if (*sent >= whole.size()) {
                timer->stop();
                return;
            }
            socket->write(whole.mid(*sent, 1));
            ++*sent;
        });
        timer->start(interval);
    }

    LyingProxy &m_proxy;
    QTcpServer m_server;
};

} // namespace

LyingProxy::LyingProxy(const QUrl &upstream) : m_upstream(upstream)
{
    m_thread.start();
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [this, context] {
            auto *server = new ProxyServer(*this);
            server->setParent(context);
            m_port = server->port();
        },
        Qt::BlockingQueuedConnection);
    QObject::connect(&m_thread, &QThread::finished, context, &QObject::deleteLater);
}

LyingProxy::~LyingProxy()
{
    m_thread.quit();
    m_thread.wait();
}

QUrl LyingProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void LyingProxy::setRewrite(const QString &method, Rewrite rewrite)
{
    QMutexLocker lock(&m_mutex);
    m_rewrites[method] = std::move(rewrite);
}

void LyingProxy::setRaw(const QString &method, Raw raw)
{
    QMutexLocker lock(&m_mutex);
    m_raws[method] = raw;
}

void LyingProxy::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rewrites.clear();
    m_raws.clear();
}

int LyingProxy::calls(const QString &method) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_calls.find(method);
    return it == m_calls.end() ? 0 : it->second;
}

LyingProxy::Decision LyingProxy::decide(const QString &method)
{
    QMutexLocker lock(&m_mutex);
    ++m_calls[method];
    ++m_calls[QStringLiteral("*")];
    Decision d;
    for (const QString &key : {method, QStringLiteral("*")}) {
        if (d.raw == Raw::None)
            if (auto it = m_raws.find(key); it != m_raws.end())
                d.raw = it->second;
        if (!d.rewrite)
            if (auto it = m_rewrites.find(key); it != m_rewrites.end())
                d.rewrite = it->second;
    }
    return d;
}

QString LyingProxy::htmlMessage()
{
    QString m = QStringLiteral("<html><body>\n<h1>Error</h1>\x1b[31m<script>alert(1)</script>"
                               "<a href=\"https://phish.example.invalid/login?next=wallet\">Click here to fix your wallet</a>\r\n");
    while (m.size() < 1000)
        m += QStringLiteral("<p>padding\t</p>");
    return m + QStringLiteral("</body></html>");
}

QString callSelector(const QJsonObject &request)
{
    if (request.value(QLatin1String("method")).toString() != QLatin1String("eth_call"))
        return {};
    const QJsonObject tx = request.value(QLatin1String("params")).toArray().first().toObject();
    QString data = tx.value(QLatin1String("data")).toString();
    if (data.isEmpty())
        data = tx.value(QLatin1String("input")).toString();
    return data.left(10).toLower();
}

QString addToWord(const QString &word, qint64 delta)
{
    bool ok = false;
    const qint64 value = word.right(16).toLongLong(&ok, 16);
    const qint64 changed = std::max<qint64>(0, value + delta);
    return QStringLiteral("0x") + QString::number(changed, 16).rightJustified(64, QLatin1Char('0'));
}

QJsonObject forgeLogData(QJsonObject log, int byteInSealed)
{
    QString data = log.value(QLatin1String("data")).toString();
    // data: 0x | bool word | offset word | length word | sealed bytes…
    const qsizetype at = 2 + 2 * (3 * 32 + byteInSealed);
    if (at + 2 <= data.size()) {
        bool ok = false;
        const int byte = data.mid(at, 2).toInt(&ok, 16) ^ 0x01;
        data.replace(at, 2, QString::number(byte, 16).rightJustified(2, QLatin1Char('0')));
    }
    log.insert(QStringLiteral("data"), data);
    return log;
}

} // namespace carnet::test
