// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Bounds and strict validation for JSON-RPC 2.0 answers from untrusted nodes (docs/LEDGER-NETWORK.md).
 *
 * An answer is checked in two steps before anything else looks at it:
 *  1. scanJsonDepth(): a single pass over the raw bytes that counts nesting of [ and { outside
 *     strings and stops at maxDepth + 1, so a 10,000-deep document never reaches QJsonDocument
 *     (whose recursive parser would otherwise do the work and hold the memory);
 *  2. parseRpcAnswer(): QJsonDocument, then the JSON-RPC 2.0 shape: "jsonrpc" is exactly "2.0", the
 *     id is one of the ids asked for (each answered once, all answered), exactly one of "result" and
 *     "error", an error has an integer code and a string message.
 * A node's error message is kept as plain text: control characters are dropped and it is cut at
 * kMaxNodeMessageChars; nothing in core interprets it, and the UI must show it as plain text. */
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <cstdint>

namespace carnet::core::ledger {

/** Why a call failed. Transport-level kinds first, then what the answer said. */
enum class RpcErrorKind {
    None,
    Timeout,       // no complete answer within the per-request timeout
    Transport,     // connection refused, reset, TLS failure, DNS
    HttpStatus,    // an HTTP status other than 200 (httpStatus says which)
    TooLarge,      // the body passed the size limit (Content-Length or bytes received)
    TooDeep,       // JSON nested deeper than the depth limit
    Malformed,     // not JSON, or not a valid JSON-RPC 2.0 answer to what was asked
    RpcError,      // the node answered with a JSON-RPC error object (code, message, data)
    ChainMismatch, // the node's eth_chainId is not the configured chain
    NoNode,        // no node is usable (all refused or unreachable)
    Reverted,      // a call or transaction reverted (revert data in `data`)
    BadAnswer,     // a well-formed answer whose result has the wrong shape (not a quantity, …)
};

const char *describe(RpcErrorKind kind);

struct RpcError
{
    RpcErrorKind kind = RpcErrorKind::None;
    int httpStatus = 0;   // HttpStatus
    qint64 code = 0;      // RpcError: the JSON-RPC error code
    QString message;      // plain text: ours, or the node's (sanitised, capped)
    QByteArray data;      // RpcError/Reverted: the error's "data" when it is hex (revert data), decoded
    QString node;         // the URL of the node, when known

    bool ok() const { return kind == RpcErrorKind::None; }
    /** One line for people: "<kind>: <message> (<node>)". Never contains rich text markup on purpose. */
    QString toString() const;
};

inline constexpr int kMaxNodeMessageChars = 300;
inline constexpr int kDefaultMaxDepth = 64;

/** Drops control characters (keeps plain spaces) and cuts at kMaxNodeMessageChars (with "…"). */
QString sanitizeNodeText(const QString &text);

enum class JsonScan { Ok, TooDeep, Unbalanced };

/** Counts [ and { nesting outside strings (escapes handled). Stops at the first level past maxDepth.
 *  Unbalanced: more closers than openers or a string or container left open at the end. */
JsonScan scanJsonDepth(QByteArrayView bytes, int maxDepth);

/** One answer of a call or batch, in the order the ids were asked. */
struct RpcAnswer
{
    qint64 id = 0;
    QJsonValue result; // when error.ok()
    RpcError error;
    /** Bytes of the HTTP body this answer came in (a batch: the whole body), for budgets over many
     *  calls (EthClient::getLogs); 0 when the transfer failed. */
    qint64 bodyBytes = 0;
};

struct RpcParse
{
    RpcError error;              // the whole body is unusable (TooDeep, Malformed)
    QList<RpcAnswer> answers;    // one per asked id, in asked order, when error.ok()
};

/** Validates a body answering `ids` (a single call when `batch` is false: the body must be one
 *  object; a batch: an array with exactly one answer per id, in any order). */
RpcParse parseRpcAnswer(QByteArrayView body, const QList<qint64> &ids, bool batch, int maxDepth = kDefaultMaxDepth);

} // namespace carnet::core::ledger
