// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The manifest request and the manifest of a SMART Health Link (SHL spec, "SMART Health Link Manifest
 * Request" and "Manifest File"; docs/SHL.md, "The manifest"):
 *   request  = {"recipient":"…", "passcode":"…"?, "embeddedLengthMax":n?}
 *   manifest = {"files":[{"contentType":"…", "location":"…" | "embedded":"<compact JWE>",
 *               "lastUpdated":"<ISO 8601>"?, "status":"…"?, "fhirVersion":"…"?}, …], "list":{…}?}
 * Both read strictly (valid UTF-8, no duplicate member) with limits; unknown members are ignored. */
#include "core/result.h"
#include "core/shl/shlink.h"
#include "crypto/securebuffer.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace carnet::core::shl {

inline constexpr qsizetype kMaxRecipientChars = 200;
inline constexpr qsizetype kMaxPasscodeChars = 256;       ///< in a request (the host's own rule may be tighter)
inline constexpr qsizetype kMaxRequestBytes = 16 * 1024;
inline constexpr qsizetype kMaxManifestBytes = 64 * 1024 * 1024; ///< embedded files make it large
inline constexpr std::size_t kMaxManifestFiles = 100;
inline constexpr qsizetype kMaxLocationChars = 2048;

enum class ContentType { FhirJson, SmartHealthCard, SmartApiAccess };

/** "application/fhir+json", "application/smart-health-card", "application/smart-api-access". */
QByteArray contentTypeName(ContentType type);
std::optional<ContentType> contentTypeOf(QByteArrayView name);

enum class FileStatus { Unspecified, Finalized, CanChange, NoLongerValid, Other };

struct ManifestRequest
{
    QString recipient;                          ///< 1..200 characters, no control character
    std::optional<crypto::SecureBuffer> passcode; ///< UTF-8
    std::optional<qint64> embeddedLengthMax;    ///< ≥ 0
};

struct ManifestFile
{
    ContentType contentType = ContentType::FhirJson;
    QString location;      ///< set, or embedded is
    QByteArray embedded;   ///< a compact JWE (not decrypted here)
    std::optional<qint64> lastUpdated; ///< Unix ms
    FileStatus status = FileStatus::Unspecified;
    QString fhirVersion;   ///< empty: absent (receivers may assume 4.0.1)
};

struct Manifest
{
    std::vector<ManifestFile> files;
    bool hasList = false; ///< a `list` member (a FHIR List; Carnet does not read it)
};

enum class ManifestError {
    TooLarge,               ///< over the byte limit (16 KiB for a request, 64 MiB for a manifest)
    NotJson,                ///< not JSON in valid UTF-8
    DuplicateKey,           ///< a member named twice
    NotAnObject,            ///< the top level is not an object
    // the request
    RecipientMissing,       ///< no `recipient`, not a string, or empty
    BadRecipient,           ///< over 200 characters, or a control character
    BadPasscode,            ///< `passcode` not a string, empty or over 256 characters
    BadEmbeddedLengthMax,   ///< `embeddedLengthMax` not an integer ≥ 0
    // the manifest
    FilesNotArray,          ///< `files` present and not an array
    TooManyFiles,           ///< more than 100 files
    FileNotObject,          ///< an element of `files` is not an object
    UnknownContentType,     ///< `contentType` missing or not one of the three the spec names
    NeitherLocationNorEmbedded,
    BothLocationAndEmbedded,
    BadLocation,            ///< not a string, over 2048 characters, or not a URL a receiver fetches (https)
    BadEmbedded,            ///< not a non-empty string of the compact JWE alphabet (base64url and '.')
    BadLastUpdated,         ///< not an ISO 8601 date-time string
    BadStatus,              ///< `status` not a string
    BadFhirVersion,         ///< `fhirVersion` not a string
    BadList,                ///< `list` not an object
};

const char *describe(ManifestError error);

/** The request body (minified JSON, members sorted by name: embeddedLengthMax, passcode, recipient; absent
 *  ones left out). Secret when it has a passcode. */
[[nodiscard]] crypto::SecureBuffer manifestRequestBody(const ManifestRequest &request);
/** Reads a request body (the host's side). */
[[nodiscard]] Result<ManifestRequest, ManifestError> parseManifestRequest(QByteArrayView body);

/** The manifest as JSON (the host's side); lastUpdated in UTC with milliseconds. */
[[nodiscard]] QByteArray manifestJson(const Manifest &manifest);
/** Reads a manifest (the receiver's side); `options` say whether http loopback locations are taken. */
[[nodiscard]] Result<Manifest, ManifestError> parseManifest(QByteArrayView body, const ParseOptions &options = {});

} // namespace carnet::core::shl
