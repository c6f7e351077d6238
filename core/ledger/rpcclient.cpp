// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/rpcclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace carnet::core::ledger {

struct RpcClient::Pending
{
    QByteArray body;
    QList<qint64> ids;
    bool batch = false;
    int attempt = 0;
    std::function<void(const RpcParse &)> done;
    // per attempt
    QByteArray received;
    bool tooLarge = false;
    bool pastDeadline = false;
};

RpcClient::RpcClient(const QUrl &url, const RpcOptions &options, QObject *parent)
    : QObject(parent), m_url(url), m_options(options), m_network(new QNetworkAccessManager(this))
{
    m_label = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    // A node answers at its own URL. Following a redirect would let whoever answers the first URL send
    // us to any other host (and the network file's node list would no longer say who we talk to).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RpcClient::~RpcClient() = default;

QJsonObject RpcClient::request(qint64 id, const RpcCall &call)
{
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("method"), call.method},
                       {QStringLiteral("params"), call.params}};
}

void RpcClient::call(const QString &method, const QJsonArray &params, Callback callback)
{
    auto pending = std::make_shared<Pending>();
    const qint64 id = m_nextId++;
    pending->ids = {id};
    pending->body = QJsonDocument(request(id, RpcCall{method, params})).toJson(QJsonDocument::Compact);
    pending->done = [callback = std::move(callback)](const RpcParse &parse) {
        if (!parse.error.ok()) {
            RpcAnswer failed;
            failed.error = parse.error;
            callback(failed);
        } else {
            callback(parse.answers.constFirst());
        }
    };
    send(pending);
}

void RpcClient::batch(const QList<RpcCall> &calls, BatchCallback callback)
{
    auto pending = std::make_shared<Pending>();
    pending->batch = true;
    QJsonArray array;
    for (const RpcCall &c : calls) {
        const qint64 id = m_nextId++;
        pending->ids.append(id);
        array.append(request(id, c));
    }
    pending->body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    pending->done = [callback = std::move(callback)](const RpcParse &parse) { callback(parse.error, parse.answers); };
    send(pending);
}

void RpcClient::send(std::shared_ptr<Pending> pending)
{
    pending->received.clear();
    pending->tooLarge = false;
    pending->pastDeadline = false;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ++m_requestsSent;
    QNetworkReply *reply = m_network->post(request, pending->body);
    // The deadline of the whole attempt: connect, headers and body. (setTransferTimeout would only be
    // an inactivity timer: a node that sends a byte every few seconds would never time out.) The
    // timer belongs to the reply, so it goes with it; finish() stops it first.
    if (m_options.timeout.count() > 0) {
        auto *deadline = new QTimer(reply);
        deadline->setObjectName(QStringLiteral("carnet-rpc-deadline"));
        deadline->setSingleShot(true);
        deadline->setTimerType(Qt::PreciseTimer);
        connect(deadline, &QTimer::timeout, reply, [reply, pending] {
            if (reply->isFinished())
                return;
            pending->pastDeadline = true;
            reply->abort();
        });
        deadline->start(m_options.timeout);
    }
    // Back-pressure: QNetworkReply holds at most this much unread; readyRead below drains it.
    reply->setReadBufferSize(256 * 1024);
    const qint64 limit = m_options.maxBodyBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, pending, limit] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit) {
            pending->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, pending, limit] {
        if (pending->tooLarge)
            return;
        const qint64 room = limit - pending->received.size();
        const QByteArray chunk = reply->read(room + 1);
        pending->received += chunk;
        if (pending->received.size() > limit) {
            pending->tooLarge = true;
            pending->received.clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] { finish(pending, reply); });
}

void RpcClient::finish(std::shared_ptr<Pending> pending, QNetworkReply *reply)
{
    if (auto *deadline = reply->findChild<QTimer *>(QStringLiteral("carnet-rpc-deadline"), Qt::FindDirectChildrenOnly))
        deadline->stop();
    reply->deleteLater();
    if (!pending->tooLarge && reply->bytesAvailable() > 0) {
        pending->received += reply->read(m_options.maxBodyBytes - pending->received.size() + 1);
        pending->tooLarge = pending->received.size() > m_options.maxBodyBytes;
    }
    RpcParse parse;
    bool retryable = false;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    if (pending->tooLarge) {
        parse.error = RpcError{RpcErrorKind::TooLarge, status, 0,
                               QStringLiteral("the answer is larger than %1 bytes").arg(m_options.maxBodyBytes), {}, {}};
    } else if (pending->pastDeadline || status == 0) {
        const QNetworkReply::NetworkError code = reply->error();
        const bool timedOut = pending->pastDeadline || code == QNetworkReply::OperationCanceledError
            || code == QNetworkReply::TimeoutError;
        parse.error.kind = timedOut ? RpcErrorKind::Timeout : RpcErrorKind::Transport;
        parse.error.message = timedOut ? QStringLiteral("no complete answer within %1 ms").arg(m_options.timeout.count())
                                       : sanitizeNodeText(reply->errorString());
        retryable = !timedOut || m_options.retryTimeouts;
    } else if (status >= 300 && status < 400) {
        // Redirects are never followed (see the constructor): a transport failure of this node.
        parse.error = RpcError{RpcErrorKind::Transport, status, 0,
                               QStringLiteral("the node answered with a redirect (HTTP %1); redirects are refused, the "
                                              "network file must name the node's own URL").arg(status),
                               {}, {}};
    } else {
        parse = parseRpcAnswer(pending->received, pending->ids, pending->batch, m_options.maxDepth);
        // A JSON-RPC answer sent with another status is still the answer (some nodes send errors with
        // 400 or 500); anything else is HTTP's. 429 is always "slow down", whatever its body says.
        if (status == 429 || (status != 200 && !parse.error.ok())) {
            parse.answers.clear();
            parse.error = RpcError{RpcErrorKind::HttpStatus, status, 0,
                                   sanitizeNodeText(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()),
                                   {}, {}};
            retryable = status == 429 || status >= 500;
        }
    }
    if (retryable && pending->attempt < m_options.maxRetries) {
        using std::chrono::milliseconds;
        qint64 delay = m_options.backoff.count() << std::min(pending->attempt, 20);
        if (status == 429) {
            bool ok = false;
            const qint64 after = QString::fromLatin1(reply->rawHeader("Retry-After")).toLongLong(&ok);
            if (ok && after > 0)
                delay = std::max(delay, after * 1000);
        }
        delay = std::min<qint64>(delay, m_options.maxBackoff.count());
        ++pending->attempt;
        QTimer::singleShot(milliseconds(delay), this, [this, pending] { send(pending); });
        return;
    }
    parse.error.node = m_label;
    for (RpcAnswer &answer : parse.answers) {
        answer.bodyBytes = pending->received.size();
        if (!answer.error.ok())
            answer.error.node = m_label;
    }
    pending->received.clear();
    pending->done(parse);
}

RpcAnswer RpcClient::callSync(const QString &method, const QJsonArray &params)
{
    QEventLoop loop;
    RpcAnswer result;
    bool done = false;
    call(method, params, [&](const RpcAnswer &answer) {
        result = answer;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

RpcParse RpcClient::batchSync(const QList<RpcCall> &calls)
{
    QEventLoop loop;
    RpcParse result;
    bool done = false;
    batch(calls, [&](const RpcError &whole, const QList<RpcAnswer> &answers) {
        result.error = whole;
        result.answers = answers;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace carnet::core::ledger
