// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/httpexchange.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace carnet::core::net {

HttpAnswer exchange(const HttpRequest &request)
{
    QNetworkAccessManager network;
    QNetworkRequest r(request.url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    if (!request.body.isEmpty() || !request.contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(request.contentType));
    QNetworkReply *reply = network.sendCustomRequest(r, request.method, request.body);

    HttpAnswer answer;
    bool tooLarge = false, pastDeadline = false;
    const qint64 limit = request.maxBodyBytes;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.setTimerType(Qt::PreciseTimer);
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] {
        if (!reply->isFinished()) {
            pastDeadline = true;
            reply->abort();
        }
    });
    reply->setReadBufferSize(256 * 1024);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [&] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        if (tooLarge)
            return;
        answer.body += reply->read(limit - answer.body.size() + 1);
        if (answer.body.size() > limit) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (request.timeout.count() > 0)
        deadline.start(request.timeout);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();
    if (!tooLarge && reply->bytesAvailable() > 0) {
        answer.body += reply->read(limit - answer.body.size() + 1);
        tooLarge = answer.body.size() > limit;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (tooLarge) {
        answer.failure = HttpFailure::TooLarge;
    } else if (pastDeadline || reply->error() == QNetworkReply::TimeoutError) {
        answer.failure = HttpFailure::Timeout;
    } else if (!status.isValid()) {
        answer.failure = HttpFailure::Transport;
    } else {
        answer.status = status.toInt();
        QByteArray type = reply->rawHeader("Content-Type");
        if (const qsizetype semicolon = type.indexOf(';'); semicolon >= 0)
            type.truncate(semicolon);
        answer.contentType = type.trimmed().toLower();
        answer.retryAfter = reply->rawHeader("Retry-After");
    }
    if (!answer.ok())
        answer.body.clear();
    delete reply;
    return answer;
}

} // namespace carnet::core::net
