// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* A SMART Health Link (HL7 SMART Health Cards and Links IG STU1, "SMART Health Link Payload"; the rules
 * Carnet keeps are docs/SHL.md, "The link"):
 *   [<viewer URL ending in #>]shlink:/<base64url, no padding, of the minified JSON payload>
 *   payload = {"url":…, "flag":…, "key":…, "exp":…, "label":…, "v":…}   (Carnet writes them in this order)
 * The link holds the key of its files: the text of a link is a secret (SecureBuffer), never logged, and
 * no error names a part of it. Parsing sends nothing. */
#include "core/result.h"
#include "crypto/securebuffer.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace carnet::core::shl {

inline constexpr std::string_view kShlinkPrefix = "shlink:/";
inline constexpr std::size_t kMaxLinkBytes = 4096;   ///< a longer text is refused unread (TooLong)
inline constexpr qsizetype kMaxUrlChars = 128;       ///< the spec's limit on `url`
inline constexpr qsizetype kMaxLabelChars = 80;      ///< UTF-16 code units, as JavaScript counts
inline constexpr std::size_t kLinkKeySize = 32;
inline constexpr int kSupportedVersion = 1;
/** The latest `exp` read: 9999-12-31T23:59:59Z. Later is no date a person reads (a millisecond count, most
 *  likely), and numbers beyond 2^53 would not survive JSON's doubles exactly. */
inline constexpr std::int64_t kMaxExp = 253402300799;

struct ShLink
{
    QString url;                     ///< the manifest URL (the file's URL with flag U)
    crypto::SecureBuffer key;        ///< 32 bytes
    std::optional<std::int64_t> exp; ///< Unix seconds, a hint (the host enforces)
    QString flag;                    ///< as written: upper-case letters in alphabetical order; unknown ones kept
    QString label;                   ///< empty: none
    int v = 1;                       ///< the protocol version (1 when absent)

    bool hasFlag(char letter) const { return flag.contains(QLatin1Char(letter)); }
    bool longTerm() const { return hasFlag('L'); }
    bool needsPasscode() const { return hasFlag('P'); }
    bool directFile() const { return hasFlag('U'); }
};

/** Why a text is not a link Carnet opens, in the order the reader checks. */
enum class LinkError {
    TooLong,            ///< more than 4096 bytes (white space included): not read
    NotAShlink,         ///< neither "shlink:/…" nor "<viewer>#shlink:/…"
    ViewerNotHttps,     ///< the viewer prefix is not an https URL whose only '#' is its last character
                        ///< (http only for a loopback host, by option)
    BadBase64url,       ///< the payload is empty or not strict base64url without padding
    NotJson,            ///< the payload is not JSON in valid UTF-8 (a NUL, a syntax error, too deep)
    DuplicateKey,       ///< a member named twice (readers would disagree on its value)
    NotAnObject,        ///< JSON, but not an object
    BadVersion,         ///< `v` is not a positive integer
    UnsupportedVersion, ///< `v` is newer than 1: shown, never fetched
    UrlMissing,         ///< no `url`, or not a non-empty string
    UrlTooLong,         ///< `url` over 128 characters
    UrlInvalid,         ///< not an absolute URL with a host; user info, a fragment, a space, a control or non-ASCII character
    UrlIdnHost,         ///< an internationalised host name (Unicode or an xn-- label): homoglyphs
    UrlNotHttps,        ///< not https (http only for a loopback host, by option)
    KeyMissing,         ///< no `key`
    BadKey,             ///< `key` is not 43 base64url characters encoding 32 bytes
    BadExp,             ///< `exp` is not a positive integer of seconds up to kMaxExp (9999-12-31)
    BadFlag,            ///< `flag` is not a string of upper-case letters in strictly alphabetical order
    UAndP,              ///< flag U with P (the spec forbids it)
    BadLabel,           ///< `label` is not a string, or holds a control or bidirectional-override character
    LabelTooLong,       ///< `label` over 80 characters
};

/** An English description of the error (no part of the link in it). */
const char *describe(LinkError error);

struct ParseOptions
{
    /** Takes http URLs (url and viewer) whose host is loopback (localhost, 127.0.0.0/8, ::1): tests, devnet. */
    bool allowLoopbackHttp = false;
};

/** A link read from a scanned or pasted text, with its viewer prefix if it had one. */
struct ParsedLink
{
    ShLink link;
    QString viewer; ///< the prefix before "shlink:/", ending in '#'; empty: none
};

/** Reads a link. White space around it is ignored; nothing else is forgiven; unknown members and unknown
 *  flag letters are ignored, as the spec says. */
[[nodiscard]] Result<ParsedLink, LinkError> parseLink(std::string_view text, const ParseOptions &options = {});
[[nodiscard]] Result<ParsedLink, LinkError> parseLink(const QString &text, const ParseOptions &options = {});

/** "shlink:/…" for `link`, after `viewer` when given (it must end in '#'). Refuses (with the parse
 *  errors) what parseLink would refuse. Secret. */
[[nodiscard]] Result<crypto::SecureBuffer, LinkError> encodeLink(const ShLink &link, const QString &viewer = {},
                                                                 const ParseOptions &options = {});

/** Whether `url` is one a receiver may fetch: https, or http to a loopback host with allowLoopbackHttp,
 *  an ASCII host without xn-- labels, no user info. Returns the error parseLink would give `url`. */
[[nodiscard]] std::optional<LinkError> checkFetchUrl(const QString &url, const ParseOptions &options);

} // namespace carnet::core::shl
