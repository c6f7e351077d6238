// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Names of core/shl's error codes, as the corpus tables (tests/data/shl/*.tsv) and test messages write
// them, and small helpers shared by the tst_shl_* tests.
#include "core/shl/jwe.h"
#include "core/shl/manifest.h"
#include "core/shl/shlink.h"

#include <QFile>
#include <QString>

namespace carnet::test {

inline const char *linkErrorName(core::shl::LinkError e)
{
    using core::shl::LinkError;
    switch (e) {
    case LinkError::TooLong: return "TooLong";
    case LinkError::NotAShlink: return "NotAShlink";
    case LinkError::ViewerNotHttps: return "ViewerNotHttps";
    case LinkError::BadBase64url: return "BadBase64url";
    case LinkError::NotJson: return "NotJson";
    case LinkError::DuplicateKey: return "DuplicateKey";
    case LinkError::NotAnObject: return "NotAnObject";
    case LinkError::BadVersion: return "BadVersion";
    case LinkError::UnsupportedVersion: return "UnsupportedVersion";
    case LinkError::UrlMissing: return "UrlMissing";
    case LinkError::UrlTooLong: return "UrlTooLong";
    case LinkError::UrlInvalid: return "UrlInvalid";
    case LinkError::UrlIdnHost: return "UrlIdnHost";
    case LinkError::UrlNotHttps: return "UrlNotHttps";
    case LinkError::KeyMissing: return "KeyMissing";
    case LinkError::BadKey: return "BadKey";
    case LinkError::BadExp: return "BadExp";
    case LinkError::BadFlag: return "BadFlag";
    case LinkError::UAndP: return "UAndP";
    case LinkError::BadLabel: return "BadLabel";
    case LinkError::LabelTooLong: return "LabelTooLong";
    }
    return "?";
}
inline constexpr int kLinkErrorCount = 21;

inline const char *jweErrorName(core::shl::JweError e)
{
    using core::shl::JweError;
    switch (e) {
    case JweError::TooLarge: return "TooLarge";
    case JweError::WrongPartCount: return "WrongPartCount";
    case JweError::BadBase64url: return "BadBase64url";
    case JweError::BadHeader: return "BadHeader";
    case JweError::UnsupportedAlg: return "UnsupportedAlg";
    case JweError::UnsupportedEnc: return "UnsupportedEnc";
    case JweError::UnsupportedZip: return "UnsupportedZip";
    case JweError::UnsupportedCrit: return "UnsupportedCrit";
    case JweError::BadContentType: return "BadContentType";
    case JweError::EncryptedKeyNotEmpty: return "EncryptedKeyNotEmpty";
    case JweError::BadIv: return "BadIv";
    case JweError::BadTag: return "BadTag";
    case JweError::DoesNotDecrypt: return "DoesNotDecrypt";
    case JweError::BadDeflate: return "BadDeflate";
    case JweError::InflatedTooLarge: return "InflatedTooLarge";
    }
    return "?";
}
inline constexpr int kJweErrorCount = 15;

/** "ok", or the name of the error parseLink gives `text`. */
inline QString linkVerdict(std::string_view text, const core::shl::ParseOptions &options = {})
{
    const auto parsed = core::shl::parseLink(text, options);
    return parsed ? QStringLiteral("ok") : QLatin1String(linkErrorName(parsed.error()));
}

/** "ok", or the name of the error decryptJwe gives. */
inline QString jweVerdict(crypto::ByteView key, QByteArrayView compact,
                          std::size_t maxContent = core::shl::kDefaultMaxContent)
{
    const auto opened = core::shl::decryptJwe(key, compact, maxContent);
    return opened ? QStringLiteral("ok") : QLatin1String(jweErrorName(opened.error()));
}

inline QByteArray readTestFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace carnet::test
