// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* One HTTP request and its answer, synchronously (a local QEventLoop: for the service's calls, which
 * run off the UI thread, and the CLI), with the limits every Carnet client keeps: a deadline for the
 * whole exchange (connect, headers and body; a server trickling bytes still times out), a cap on the
 * body (from Content-Length or from the bytes received, the transfer aborted there), and no redirects
 * (a 3xx is an answer, never followed). Nothing is logged; errors carry no body, no header value. */
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>

namespace carnet::core::net {

struct HttpRequest
{
    QByteArray method = "GET";   ///< GET, POST, PUT, DELETE
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; ///< e.g. {"Authorization", "Bearer …"}
    QByteArray body;
    QByteArray contentType;      ///< sent when the body is not empty
    std::chrono::milliseconds timeout{15000};
    qint64 maxBodyBytes = 16 * 1024 * 1024;
};

enum class HttpFailure {
    None,
    Transport, ///< refused, reset, DNS, TLS
    Timeout,   ///< no complete answer before the deadline
    TooLarge,  ///< the body is over maxBodyBytes
};

struct HttpAnswer
{
    HttpFailure failure = HttpFailure::None;
    int status = 0;               ///< the HTTP status (0 with a failure)
    QByteArray contentType;       ///< without parameters, lower case
    QByteArray retryAfter;        ///< the Retry-After header as sent
    QByteArray body;
    bool ok() const { return failure == HttpFailure::None; }
};

/** Sends `request` and waits for its answer (or its failure). */
HttpAnswer exchange(const HttpRequest &request);

} // namespace carnet::core::net
