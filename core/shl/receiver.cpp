// SPDX-License-Identifier: GPL-3.0-or-later
// A SMART Health Link receiver (docs/SHL.md, "Receiving"): the manifest or the U file, then each file.
#include "core/shl/receiver.h"

#include "core/shl/strictjson.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <thread>

namespace carnet::core::shl {
namespace {

ReceiveFailure failure(ReceiveError error, int file = -1)
{
    ReceiveFailure f;
    f.error = error;
    f.file = file;
    return f;
}

bool validRecipient(const QString &recipient)
{
    if (recipient.isEmpty() || recipient.size() > kMaxRecipientChars)
        return false;
    return std::none_of(recipient.begin(), recipient.end(), [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F);
    });
}

/** The exchanges of one receive, with the byte budget they share. */
class Fetcher
{
public:
    explicit Fetcher(const ReceiveOptions &options) : m_options(options) {}

    /** One exchange; nullopt and `failed` set when it has no HTTP answer. */
    std::optional<net::HttpAnswer> send(const QByteArray &method, const QUrl &url, QByteArrayView body, int file,
                                        ReceiveFailure &failed)
    {
        net::HttpRequest request;
        request.method = method;
        request.url = url;
        request.timeout = m_options.timeout;
        request.maxBodyBytes = std::max<qint64>(0, m_options.maxBytes - m_received);
        if (method == "POST") {
            request.body = body.toByteArray();
            request.contentType = "application/json";
        }
        net::HttpAnswer answer = net::exchange(request);
        request.body.fill('\0');
        if (!answer.ok()) {
            failed = failure(answer.failure == net::HttpFailure::TooLarge ? ReceiveError::AnswerTooLarge
                                                                          : ReceiveError::Unreachable, file);
            failed.http = answer.failure;
            return std::nullopt;
        }
        m_received += answer.body.size();
        return answer;
    }

    qint64 decryptBudget() const { return std::max<qint64>(0, m_options.maxBytes - m_decrypted); }
    void decrypted(qint64 bytes) { m_decrypted += bytes; }

private:
    const ReceiveOptions &m_options;
    qint64 m_received = 0;
    qint64 m_decrypted = 0;
};

int retryAfterSeconds(const QByteArray &header)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty() || text.size() > 9 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    return text.toInt();
}

int remainingAttempts(const QByteArray &body)
{
    JsonProblem problem = JsonProblem::None;
    const auto o = strictJsonObject(body, &problem);
    if (!o)
        return -1;
    const QJsonValue v = o->value(QLatin1String("remainingAttempts"));
    const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
    return n >= 0 && n <= 1000000000 ? int(n) : -1;
}

ReceiveFailure statusFailure(const net::HttpAnswer &answer, int file)
{
    ReceiveFailure f = failure(answer.status == 404 ? ReceiveError::NotFound
                               : answer.status == 429 ? ReceiveError::RateLimited
                                                      : ReceiveError::HttpStatus, file);
    f.status = answer.status;
    if (answer.status == 429)
        f.retryAfter = retryAfterSeconds(answer.retryAfter);
    return f;
}

/** Decrypts `jwe` and checks it is a file of `expected` (any known type when nullopt: a U link). */
Result<ReceivedFile, ReceiveFailure> openFile(const ShLink &link, QByteArrayView jwe, std::optional<ContentType> expected,
                                              int index, Fetcher &fetcher)
{
    auto content = decryptJwe(link.key.view(), jwe, std::size_t(fetcher.decryptBudget()));
    if (!content) {
        const JweError e = content.error();
        ReceiveFailure f = failure(e == JweError::TooLarge || e == JweError::InflatedTooLarge ? ReceiveError::ContentTooLarge
                                                                                              : ReceiveError::DoesNotDecrypt, index);
        f.jwe = e;
        return fail(f);
    }
    const std::optional<ContentType> type = contentTypeOf(content->contentType);
    if (!type || (expected && *type != *expected)) {
        content->content.fill('\0');
        return fail(failure(ReceiveError::ContentTypeMismatch, index));
    }
    fetcher.decrypted(content->content.size());
    ReceivedFile file;
    file.contentType = *type;
    file.compressed = content->compressed;
    file.content = std::move(content->content);
    if (auto problem = readContent(*type, file))
        return fail(failure(*problem, index));
    return file;
}

Result<Received, ReceiveFailure> receiveDirect(const ShLink &link, const QString &recipient, Fetcher &fetcher)
{
    QUrl url(link.url, QUrl::StrictMode);
    QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        query += QLatin1Char('&');
    query += QStringLiteral("recipient=") + QString::fromLatin1(QUrl::toPercentEncoding(recipient));
    url.setQuery(query, QUrl::StrictMode);
    ReceiveFailure failed;
    const auto answer = fetcher.send("GET", url, {}, 0, failed);
    if (!answer)
        return fail(failed);
    if (answer->status != 200)
        return fail(statusFailure(*answer, 0));
    auto file = openFile(link, answer->body, std::nullopt, 0, fetcher);
    if (!file)
        return fail(file.error());
    Received received;
    received.files.push_back(std::move(*file));
    return received;
}

} // namespace

Result<Received, ReceiveFailure> receiveLink(const ShLink &link, const QString &recipient,
                                             const std::optional<crypto::SecureBuffer> &passcode,
                                             const ReceiveOptions &options)
{
    if (!validRecipient(recipient) || options.retryWaitSeconds < 0 || options.retryWaitSeconds > kMaxRetryWaitSeconds
        || options.maxBytes <= 0 || options.maxFiles == 0 || (options.embeddedLengthMax && *options.embeddedLengthMax < 0)
        || (passcode && passcode->size() > std::size_t(kMaxPasscodeChars) * 4))
        return fail(failure(ReceiveError::BadOptions));
    if (link.v > kSupportedVersion)
        return fail(failure(ReceiveError::UnsupportedVersion));
    if (auto e = checkFetchUrl(link.url, ParseOptions{options.allowLoopbackHttp})) {
        ReceiveFailure f = failure(ReceiveError::UrlRefused);
        f.link = *e;
        return fail(f);
    }
    const std::int64_t now = options.now > 0 ? options.now : QDateTime::currentSecsSinceEpoch();
    if (link.exp && *link.exp <= now)
        return fail(failure(ReceiveError::Expired));
    const bool withPasscode = link.needsPasscode() && passcode && !passcode->empty();
    if (link.needsPasscode() && !withPasscode)
        return fail(failure(ReceiveError::PasscodeRequired));

    Fetcher fetcher(options);
    if (link.directFile())
        return receiveDirect(link, recipient, fetcher);

    ManifestRequest request;
    request.recipient = recipient;
    if (withPasscode)
        request.passcode = crypto::SecureBuffer::copyOf(passcode->view());
    request.embeddedLengthMax = options.embeddedLengthMax;
    const crypto::SecureBuffer body = manifestRequestBody(request);
    const QUrl url(link.url, QUrl::StrictMode);

    Received received;
    QElapsedTimer sinceManifest;
    std::optional<net::HttpAnswer> answer;
    for (;;) {
        sinceManifest.start();
        ReceiveFailure failed;
        answer = fetcher.send("POST", url, QByteArrayView(body.data(), qsizetype(body.size())), -1, failed);
        if (!answer)
            return fail(failed);
        const int wait = answer->status == 429 ? retryAfterSeconds(answer->retryAfter) : -1;
        if (wait < 0 || received.waited || wait > options.retryWaitSeconds)
            break;
        received.waited = true;
        std::this_thread::sleep_for(std::chrono::seconds(wait));
    }
    if (answer->status == 401) {
        ReceiveFailure f = failure(withPasscode ? ReceiveError::WrongPasscode : ReceiveError::PasscodeRequired);
        f.status = 401;
        f.remainingAttempts = remainingAttempts(answer->body);
        return fail(f);
    }
    if (answer->status != 200)
        return fail(statusFailure(*answer, -1));
    auto manifest = parseManifest(answer->body, ParseOptions{options.allowLoopbackHttp});
    if (!manifest) {
        ReceiveFailure f = failure(ReceiveError::BadManifest);
        f.manifest = manifest.error();
        return fail(f);
    }
    if (manifest->files.size() > options.maxFiles)
        return fail(failure(ReceiveError::TooManyFiles));

    for (std::size_t i = 0; i < manifest->files.size(); ++i) {
        const ManifestFile &entry = manifest->files[i];
        const int index = int(i);
        QByteArray jwe = entry.embedded;
        if (entry.location.isEmpty() == false) {
            if (sinceManifest.elapsed() >= kLocationLifetimeMs)
                return fail(failure(ReceiveError::ManifestTooOld, index));
            ReceiveFailure failed;
            const auto got = fetcher.send("GET", QUrl(entry.location, QUrl::StrictMode), {}, index, failed);
            if (!got)
                return fail(failed);
            if (got->status != 200)
                return fail(statusFailure(*got, index));
            jwe = got->body;
        }
        auto file = openFile(link, jwe, entry.contentType, index, fetcher);
        if (!file)
            return fail(file.error());
        file->embedded = entry.location.isEmpty();
        file->lastUpdated = entry.lastUpdated;
        file->status = entry.status;
        file->fhirVersion = entry.fhirVersion;
        received.files.push_back(std::move(*file));
    }
    return received;
}

} // namespace carnet::core::shl
