// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fault-injecting JSON-RPC proxy for the sync tests: an HTTP server on 127.0.0.1 (on a thread of its
// own, so a synchronous client on the test thread can use it) that forwards each call to a real node
// and lets the test rewrite the answer per method, or answer with a raw fault instead (malformed
// JSON, a body past the client's limit, a stall, a slowloris trickle, a body trickled after prompt
// headers, an HTML page, a JSON-RPC error full of HTML). docs/SYNC.md lists the lies the tests tell
// with it.
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QUrl>

#include <functional>
#include <map>

namespace carnet::test {

class LyingProxy
{
public:
    /** A raw fault answered instead of forwarding. */
    enum class Raw {
        None,
        Malformed,    ///< 200 with a body that is not JSON
        Oversized,    ///< 200 with a 17 MiB JSON body (past RpcClient's 16 MiB limit)
        Stall,        ///< accepts the request and never answers
        Slowloris,    ///< sends the honest answer one byte every 300 ms
        HtmlPage,     ///< HTTP 502 with an HTML error page
        HtmlRpcError, ///< 200 with a JSON-RPC error whose message is HTML with a URL and control characters
        TrickleBody,  ///< the honest answer's status line and headers at once, then its body one byte every 100 ms
    };
    /** Gets the request object and the honest answer object ({jsonrpc, id, result|error}); returns the
     *  answer to send. Runs on the proxy's thread. */
    using Rewrite = std::function<QJsonObject(const QJsonObject &request, QJsonObject answer)>;

    explicit LyingProxy(const QUrl &upstream);
    ~LyingProxy();
    LyingProxy(const LyingProxy &) = delete;
    LyingProxy &operator=(const LyingProxy &) = delete;

    QUrl url() const;
    /** Rewrites every answer to `method` ("*": every method without a rule of its own). */
    void setRewrite(const QString &method, Rewrite rewrite);
    void setRaw(const QString &method, Raw raw);
    /** Back to an honest proxy. */
    void clear();
    /** Calls of `method` seen so far ("*": all). */
    int calls(const QString &method) const;

    /** The message of Raw::HtmlRpcError, for tests that check what reaches the user. */
    static QString htmlMessage();

    // Used by the server on its thread.
    struct Decision
    {
        Raw raw = Raw::None;
        Rewrite rewrite;
    };
    Decision decide(const QString &method);
    QUrl upstream() const { return m_upstream; }

private:
    QUrl m_upstream;
    mutable QMutex m_mutex;
    std::map<QString, Rewrite> m_rewrites;
    std::map<QString, Raw> m_raws;
    std::map<QString, int> m_calls;
    QThread m_thread;
    quint16 m_port = 0;
};

// Helpers for rewrites of eth_call answers and logs.

/** The 4-byte selector (hex, lower case, "0x…") of an eth_call request, or "" when not an eth_call. */
QString callSelector(const QJsonObject &request);
/** A uint256 result word ("0x" + 64 hex) plus `delta` (never below 0). */
QString addToWord(const QString &word, qint64 delta);
/** Flips one byte of the sealed entry in an EntryPublished log's data (abi: bool, bytes). */
QJsonObject forgeLogData(QJsonObject log, int byteInSealed = 10);

} // namespace carnet::test
