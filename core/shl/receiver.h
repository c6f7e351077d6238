// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Opening a SMART Health Link as a receiving app does (HL7 SHL STU1, "Receiving"; docs/SHL.md,
 * "Receiving"): the link's expiry hint first (an expired link sends nothing), then
 *   flag U: GET <url>?recipient=<name> → the single JWE file;
 *   else:   POST <url> {"recipient","passcode"?,"embeddedLengthMax"?} → the manifest (401 wrong passcode
 *           with remainingAttempts, 404 inactive, 429 Retry-After), then each file: embedded, or GET its
 *           location (no auth, no recipient, within an hour of the manifest);
 * each file decrypted with the link's key (shl::decryptJwe), its `cty` checked against the manifest's
 * contentType, and read as a JSON object of that type (a FHIR resource; a SMART Health Card file returned
 * as it is, not verified). Every exchange over core/net/httpexchange: a deadline, a body cap, no redirect
 * (a 3xx is a failure). https only; http only for a loopback host, by option (tests, devnets).
 * Nothing is logged; no failure carries the link, its key, the passcode, a URL or any content. */
#include "core/net/httpexchange.h"
#include "core/result.h"
#include "core/shl/jwe.h"
#include "core/shl/manifest.h"
#include "core/shl/shlink.h"
#include "crypto/securebuffer.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace carnet::core::shl {

inline constexpr std::size_t kDefaultMaxReceiveFiles = 20;
inline constexpr qint64 kDefaultMaxReceiveBytes = 32 * 1024 * 1024;
inline constexpr int kMaxRetryWaitSeconds = 10;    ///< the longest Retry-After a receiver waits for
inline constexpr qint64 kLocationLifetimeMs = 3600 * 1000; ///< locations are not used later than this

struct ReceiveOptions
{
    bool allowLoopbackHttp = false;                 ///< http URLs to localhost/127.0.0.0/8/::1 (tests, devnets)
    std::optional<qint64> embeddedLengthMax;        ///< sent in the manifest request when set (≥ 0)
    std::chrono::milliseconds timeout{15000};       ///< per HTTP exchange (connect, headers and body)
    int retryWaitSeconds = 0;                       ///< on 429, wait once when Retry-After ≤ this (≤ 10)
    std::size_t maxFiles = kDefaultMaxReceiveFiles; ///< more files in a manifest: refused
    qint64 maxBytes = kDefaultMaxReceiveBytes;      ///< bytes received in all, and decrypted content in all
    std::int64_t now = 0;                           ///< Unix seconds for the expiry check; 0: the clock
};

enum class ReceiveError {
    BadOptions,          ///< the recipient is empty, over 200 characters or has a control character; a bad option
    UrlRefused,          ///< the link's url is not one a receiver fetches (https; http loopback by option)
    UnsupportedVersion,  ///< the link's `v` is newer than 1: not fetched
    Expired,             ///< the link's `exp` has passed: no request was sent
    PasscodeRequired,    ///< flag P and no passcode (no request sent), or 401 to a request without one
    WrongPasscode,       ///< 401 to a request with a passcode (remainingAttempts when the host said)
    NotFound,            ///< 404: unknown, revoked, expired or disabled link, or a location no longer served
    RateLimited,         ///< 429 (retryAfter when the host said, in seconds)
    Unreachable,         ///< refused, reset, DNS, TLS, or no complete answer before the deadline (http says which)
    AnswerTooLarge,      ///< an answer over the byte budget
    HttpStatus,          ///< any other HTTP status (a 3xx redirect included: never followed)
    BadManifest,         ///< the manifest is not one (manifest says why), or has no file
    TooManyFiles,        ///< more files than maxFiles
    ManifestTooOld,      ///< a location would be used more than an hour after its manifest
    DoesNotDecrypt,      ///< a file is not a JWE the link's key opens (jwe says why)
    ContentTypeMismatch, ///< the JWE's cty is not the manifest's contentType (for U: not a known type)
    ContentTooLarge,     ///< decrypted content over the byte budget
    NotJson,             ///< decrypted content is not a JSON object (strict: UTF-8, no duplicate member)
    NotFhirResource,     ///< application/fhir+json without a resourceType name (A-Z, then ASCII letters, ≤ 64)
    NotHealthCard,       ///< application/smart-health-card without a non-empty verifiableCredential array of strings
    NotApiAccess,        ///< application/smart-api-access without a string aud
};

struct ReceiveFailure
{
    ReceiveError error = ReceiveError::BadOptions;
    int status = 0;                          ///< the HTTP status when there was one
    int file = -1;                           ///< the file's index (0-based) when the failure is about a file
    int remainingAttempts = -1;              ///< with a 401 whose body said it
    int retryAfter = -1;                     ///< seconds, with a 429 whose Retry-After is a number
    net::HttpFailure http = net::HttpFailure::None;
    std::optional<ManifestError> manifest;   ///< with BadManifest
    std::optional<JweError> jwe;             ///< with DoesNotDecrypt, ContentTooLarge
    std::optional<LinkError> link;           ///< with UrlRefused
};

struct ReceivedFile
{
    ContentType contentType = ContentType::FhirJson;
    QByteArray content;        ///< the decrypted (inflated) JSON, byte for byte as the sender encrypted it
    bool embedded = false;     ///< came in the manifest (else from its location, or the U link itself)
    bool compressed = false;   ///< the JWE had zip DEF
    std::optional<qint64> lastUpdated; ///< Unix ms, from the manifest
    FileStatus status = FileStatus::Unspecified;
    QString fhirVersion;       ///< the manifest's; empty: absent (4.0.1 assumed)
    QString resourceType;      ///< FHIR: the resource's type
    /** FHIR Bundle: its entries' resource types and counts, in first-seen order. */
    std::vector<std::pair<QString, int>> entryTypes;
    int credentials = 0;       ///< SMART Health Card: the number of verifiable credentials (not verified)
};

struct Received
{
    std::vector<ReceivedFile> files;
    bool waited = false;       ///< a 429 was answered and waited out once
};

/** Opens `link` for `recipient`, with `passcode` (UTF-8) when the link has flag P. Synchronous: one HTTP
 *  exchange after the other on the calling thread. */
[[nodiscard]] Result<Received, ReceiveFailure> receiveLink(const ShLink &link, const QString &recipient,
                                                           const std::optional<crypto::SecureBuffer> &passcode,
                                                           const ReceiveOptions &options = {});

/** Checks decrypted `content` as a file of `type` and fills resourceType, entryTypes and credentials;
 *  nullopt when it is; else NotJson, NotFhirResource, NotHealthCard or NotApiAccess. */
[[nodiscard]] std::optional<ReceiveError> readContent(ContentType type, ReceivedFile &file);

} // namespace carnet::core::shl
