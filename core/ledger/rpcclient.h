// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* RpcClient: JSON-RPC 2.0 over HTTP(S) to one node, on QNetworkAccessManager (docs/LEDGER-NETWORK.md).
 *
 * Design: asynchronous with callbacks. call() and batch() return at once; the callback runs later on
 * the client's thread, exactly once, with either the answer or an RpcError. callSync()/batchSync()
 * are the small synchronous helpers for the CLI and tests: they run a local QEventLoop until the
 * callback has run (never use them from a UI thread that must stay responsive).
 *
 * Every request: integer ids from a per-client counter; a deadline for each HTTP attempt as a whole
 * (connect, headers and body: RpcOptions::timeout, 30 s by default, enforced by a timer that aborts
 * the reply, so a node trickling its answer a byte at a time still times out); HTTP redirects are
 * never followed (a 3xx is a Transport failure); the body is refused past maxBodyBytes (16 MiB)
 * from the Content-Length header or from the bytes received so far, and the transfer is aborted at
 * that point; JSON nesting is checked before parsing (maxDepth 64); the answer is validated strictly
 * (jsonlimits.h). Retries with exponential backoff (backoff, ×2 each time, capped at maxBackoff)
 * happen for transport errors and HTTP 429/5xx only, never for a JSON-RPC error, an answer that
 * is malformed, too large or too deep, or (unless retryTimeouts) a timeout. */
#include "core/ledger/jsonlimits.h"

#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace carnet::core::ledger {

struct RpcOptions
{
    /** Deadline of each HTTP attempt, from sending to the last byte of the body (0: none). */
    std::chrono::milliseconds timeout{30000};
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    int maxDepth = kDefaultMaxDepth;
    int maxRetries = 3;
    std::chrono::milliseconds backoff{200};
    std::chrono::milliseconds maxBackoff{4000};
    bool retryTimeouts = false;
};

struct RpcCall
{
    QString method;
    QJsonArray params;
};

class RpcClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RpcAnswer &answer)>;
    /** `whole` is set when the batch failed as a whole (then `answers` is empty). */
    using BatchCallback = std::function<void(const RpcError &whole, const QList<RpcAnswer> &answers)>;

    explicit RpcClient(const QUrl &url, const RpcOptions &options = {}, QObject *parent = nullptr);
    ~RpcClient() override;

    const QUrl &url() const { return m_url; }
    /** scheme://host:port only: what errors and logs show (a path may hold an API key). */
    QString nodeLabel() const { return m_label; }
    const RpcOptions &options() const { return m_options; }

    void call(const QString &method, const QJsonArray &params, Callback callback);
    /** Several calls in one HTTP request; answers in the order of `calls`. */
    void batch(const QList<RpcCall> &calls, BatchCallback callback);

    RpcAnswer callSync(const QString &method, const QJsonArray &params = {});
    /** RpcParse::error is the whole batch's failure; otherwise one answer per call. */
    RpcParse batchSync(const QList<RpcCall> &calls);

    /** HTTP requests sent so far, retries included (for tests and statistics). */
    int requestsSent() const { return m_requestsSent; }

private:
    struct Pending;
    void send(std::shared_ptr<Pending> pending);
    void finish(std::shared_ptr<Pending> pending, QNetworkReply *reply);
    QJsonObject request(qint64 id, const RpcCall &call);

    QUrl m_url;
    QString m_label;
    RpcOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    qint64 m_nextId = 1;
    int m_requestsSent = 0;
};

} // namespace carnet::core::ledger
