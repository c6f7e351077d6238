// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shl/shlink.h"

#include "core/record/connectcode.h"
#include "core/shl/strictjson.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QUrl>

namespace carnet::core::shl {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

struct WipeOnExit
{
    crypto::Bytes &bytes;
    ~WipeOnExit() { crypto::secureWipe(bytes.data(), bytes.size()); }
};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Control characters (C0, DEL, C1) and the bidirectional overrides and isolates (spoofing).
bool isUnsafeChar(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E || c == 0x200F || c == 0x061C;
}

std::optional<LinkError> checkUrl(const QString &text, bool viewer, const ParseOptions &options)
{
    const LinkError invalid = viewer ? LinkError::ViewerNotHttps : LinkError::UrlInvalid;
    const LinkError notHttps = viewer ? LinkError::ViewerNotHttps : LinkError::UrlNotHttps;
    for (const QChar c : text)
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F)
            return invalid;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return invalid;
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return notHttps;
    // The host as written: an IDN (Unicode, or already in punycode) is refused before anything else.
    const QString ace = url.host(QUrl::EncodeUnicode);
    if (ace.isEmpty())
        return invalid;
    for (const QStringView label : QStringView(ace).split(QLatin1Char('.')))
        if (label.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive))
            return viewer ? LinkError::ViewerNotHttps : LinkError::UrlIdnHost;
    for (const QChar c : text)
        if (c.unicode() > 0x7E)
            return invalid;
    if (!url.userInfo().isEmpty() || text.contains(QLatin1Char('@')) || (!viewer && url.hasFragment()))
        return invalid;
    if (scheme == QLatin1String("http") && !(options.allowLoopbackHttp && isLoopbackHost(url.host())))
        return notHttps;
    return std::nullopt;
}

// A viewer prefix: an https URL ending in its only '#' (a second one would put part of the viewer's own
// fragment before the payload, and viewers would disagree on where the link starts).
bool viewerOk(const QString &viewer, const ParseOptions &options)
{
    return viewer.size() > 1 && viewer.endsWith(QLatin1Char('#')) && viewer.count(QLatin1Char('#')) == 1
        && !checkUrl(viewer.chopped(1), true, options);
}

std::optional<LinkError> checkFlag(const QString &flag)
{
    char16_t previous = 0;
    for (const QChar c : flag) {
        if (c.unicode() < u'A' || c.unicode() > u'Z' || c.unicode() <= previous)
            return LinkError::BadFlag;
        previous = c.unicode();
    }
    if (flag.contains(QLatin1Char('U')) && flag.contains(QLatin1Char('P')))
        return LinkError::UAndP;
    return std::nullopt;
}

std::optional<LinkError> checkLabel(const QString &label)
{
    for (qsizetype i = 0; i < label.size(); ++i) {
        const char16_t c = label[i].unicode();
        if (isUnsafeChar(c))
            return LinkError::BadLabel;
        // A surrogate only as the first half of a pair followed by its second (no lone half: not text).
        if (QChar::isHighSurrogate(c) && i + 1 < label.size() && QChar::isLowSurrogate(label[i + 1].unicode()))
            ++i;
        else if (QChar::isSurrogate(c))
            return LinkError::BadLabel;
    }
    if (label.size() > kMaxLabelChars)
        return LinkError::LabelTooLong;
    return std::nullopt;
}

// The fields after the version, in the order parseLink checks them.
std::optional<LinkError> checkFields(const ShLink &link, const ParseOptions &options)
{
    if (link.url.isEmpty())
        return LinkError::UrlMissing;
    if (link.url.size() > kMaxUrlChars)
        return LinkError::UrlTooLong;
    if (auto e = checkUrl(link.url, false, options))
        return e;
    if (link.key.size() != kLinkKeySize)
        return LinkError::BadKey;
    if (link.exp && (*link.exp <= 0 || *link.exp > kMaxExp))
        return LinkError::BadExp;
    if (auto e = checkFlag(link.flag))
        return e;
    return checkLabel(link.label);
}

void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
            out += QStringView(s).sliced(i, 2).toUtf8(); // one character outside the BMP: both halves at once
            ++i;
            continue;
        }
        switch (u) {
        case u'"': out += "\\\""; break;
        case u'\\': out += "\\\\"; break;
        case u'\b': out += "\\b"; break;
        case u'\f': out += "\\f"; break;
        case u'\n': out += "\\n"; break;
        case u'\r': out += "\\r"; break;
        case u'\t': out += "\\t"; break;
        default:
            if (u < 0x20)
                out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += QString(s[i]).toUtf8();
        }
    }
    out += '"';
}

Result<ShLink, LinkError> readPayload(const QJsonObject &o, const ParseOptions &options)
{
    ShLink link;
    if (o.contains(QLatin1String("v"))) {
        const QJsonValue v = o.value(QLatin1String("v"));
        const qint64 version = v.isDouble() ? v.toInteger(0) : 0;
        if (version <= 0)
            return fail(LinkError::BadVersion);
        if (version > kSupportedVersion)
            return fail(LinkError::UnsupportedVersion);
        link.v = int(version);
    }
    const QJsonValue url = o.value(QLatin1String("url"));
    if (!url.isString() || url.toString().isEmpty())
        return fail(LinkError::UrlMissing);
    link.url = url.toString();
    if (link.url.size() > kMaxUrlChars)
        return fail(LinkError::UrlTooLong);
    if (auto e = checkUrl(link.url, false, options))
        return fail(*e);
    if (!o.contains(QLatin1String("key")))
        return fail(LinkError::KeyMissing);
    const QJsonValue key = o.value(QLatin1String("key"));
    if (!key.isString() || key.toString().size() != 43)
        return fail(LinkError::BadKey);
    const QByteArray keyText = key.toString().toLatin1();
    auto keyBytes = record::decodeBase64Url(std::string_view(keyText.constData(), std::size_t(keyText.size())));
    if (!keyBytes || keyBytes->size() != kLinkKeySize)
        return fail(LinkError::BadKey);
    const WipeOnExit wipeKey {*keyBytes};
    link.key = crypto::SecureBuffer::copyOf(*keyBytes);
    if (o.contains(QLatin1String("exp"))) {
        const QJsonValue exp = o.value(QLatin1String("exp"));
        const qint64 at = exp.isDouble() ? exp.toInteger(0) : 0;
        if (at <= 0 || at > kMaxExp)
            return fail(LinkError::BadExp);
        link.exp = at;
    }
    if (o.contains(QLatin1String("flag"))) {
        const QJsonValue flag = o.value(QLatin1String("flag"));
        if (!flag.isString())
            return fail(LinkError::BadFlag);
        link.flag = flag.toString();
        if (auto e = checkFlag(link.flag))
            return fail(*e);
    }
    if (o.contains(QLatin1String("label"))) {
        const QJsonValue label = o.value(QLatin1String("label"));
        if (!label.isString())
            return fail(LinkError::BadLabel);
        link.label = label.toString();
        if (auto e = checkLabel(link.label))
            return fail(*e);
    }
    return link;
}

} // namespace

const char *describe(LinkError error)
{
    switch (error) {
    case LinkError::TooLong: return "not a SMART Health Link (far too long)";
    case LinkError::NotAShlink: return "not a SMART Health Link (it must contain shlink:/)";
    case LinkError::ViewerNotHttps: return "the link's viewer address is not an https address";
    case LinkError::BadBase64url: return "the link is damaged (its payload is not base64url)";
    case LinkError::NotJson: return "the link is damaged (its payload is not JSON)";
    case LinkError::DuplicateKey: return "the link's payload names a field twice";
    case LinkError::NotAnObject: return "the link's payload is not a JSON object";
    case LinkError::BadVersion: return "the link's version is not a positive whole number";
    case LinkError::UnsupportedVersion: return "the link is of a newer version than this Carnet reads: it was not opened";
    case LinkError::UrlMissing: return "the link has no address";
    case LinkError::UrlTooLong: return "the link's address is over 128 characters";
    case LinkError::UrlInvalid: return "the link's address is not a valid web address";
    case LinkError::UrlIdnHost: return "the link's address uses an internationalised host name (it could imitate another)";
    case LinkError::UrlNotHttps: return "the link's address is not an https address";
    case LinkError::KeyMissing: return "the link has no key";
    case LinkError::BadKey: return "the link's key is not 43 base64url characters (32 bytes)";
    case LinkError::BadExp: return "the link's expiry is not a positive whole number of seconds";
    case LinkError::BadFlag: return "the link's flags are not upper-case letters in alphabetical order";
    case LinkError::UAndP: return "the link combines the flags U and P, which the specification forbids";
    case LinkError::BadLabel: return "the link's label is not text, or holds control characters";
    case LinkError::LabelTooLong: return "the link's label is over 80 characters";
    }
    return "unknown";
}

Result<ParsedLink, LinkError> parseLink(std::string_view text, const ParseOptions &options)
{
    if (text.size() > kMaxLinkBytes)
        return fail(LinkError::TooLong);
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    ParsedLink parsed;
    std::string_view payload;
    if (text.starts_with(kShlinkPrefix)) {
        payload = text.substr(kShlinkPrefix.size());
    } else {
        const std::size_t at = text.find("#shlink:/");
        if (at == std::string_view::npos)
            return fail(LinkError::NotAShlink);
        const std::string_view viewer = text.substr(0, at + 1);
        parsed.viewer = QString::fromUtf8(viewer.data(), qsizetype(viewer.size()));
        if (!viewerOk(parsed.viewer, options))
            return fail(LinkError::ViewerNotHttps);
        payload = text.substr(at + 1 + kShlinkPrefix.size());
    }
    if (payload.empty())
        return fail(LinkError::BadBase64url);
    auto bytes = record::decodeBase64Url(payload);
    if (!bytes)
        return fail(LinkError::BadBase64url);
    const WipeOnExit wipe {*bytes};
    JsonProblem problem = JsonProblem::None;
    const auto object = strictJsonObject(
        QByteArrayView(reinterpret_cast<const char *>(bytes->data()), qsizetype(bytes->size())), &problem);
    if (!object) {
        switch (problem) {
        case JsonProblem::DuplicateKey: return fail(LinkError::DuplicateKey);
        case JsonProblem::NotAnObject: return fail(LinkError::NotAnObject);
        default: return fail(LinkError::NotJson);
        }
    }
    auto link = readPayload(*object, options);
    if (!link)
        return fail(link.error());
    parsed.link = std::move(*link);
    return parsed;
}

Result<ParsedLink, LinkError> parseLink(const QString &text, const ParseOptions &options)
{
    QByteArray utf8 = text.toUtf8();
    auto parsed = parseLink(std::string_view(utf8.constData(), std::size_t(utf8.size())), options);
    crypto::secureWipe(utf8.data(), std::size_t(utf8.size()));
    return parsed;
}

Result<crypto::SecureBuffer, LinkError> encodeLink(const ShLink &link, const QString &viewer, const ParseOptions &options)
{
    if (link.v != kSupportedVersion)
        return fail(link.v > kSupportedVersion ? LinkError::UnsupportedVersion : LinkError::BadVersion);
    if (auto e = checkFields(link, options))
        return fail(*e);
    if (!viewer.isEmpty() && !viewerOk(viewer, options))
        return fail(LinkError::ViewerNotHttps);
    QByteArray json = "{\"url\":";
    appendJsonString(json, link.url);
    if (!link.flag.isEmpty()) {
        json += ",\"flag\":";
        appendJsonString(json, link.flag);
    }
    const std::string key = record::encodeBase64Url(link.key.view());
    json += ",\"key\":\"" + QByteArray(key.data(), qsizetype(key.size())) + '"';
    if (link.exp)
        json += ",\"exp\":" + QByteArray::number(qint64(*link.exp));
    if (!link.label.isEmpty()) {
        json += ",\"label\":";
        appendJsonString(json, link.label);
    }
    json += '}';
    std::string payload = record::encodeBase64Url(crypto::asBytes(std::string_view(json.constData(), std::size_t(json.size()))));
    crypto::secureWipe(json.data(), std::size_t(json.size()));
    const QByteArray prefix = viewer.toUtf8();
    crypto::SecureBuffer out(std::size_t(prefix.size()) + kShlinkPrefix.size() + payload.size());
    auto *at = out.data();
    at = std::copy(prefix.begin(), prefix.end(), at);
    at = std::copy(kShlinkPrefix.begin(), kShlinkPrefix.end(), at);
    std::copy(payload.begin(), payload.end(), at);
    crypto::secureWipe(payload.data(), payload.size());
    if (out.size() > kMaxLinkBytes)
        return fail(LinkError::TooLong);
    return out;
}

std::optional<LinkError> checkFetchUrl(const QString &url, const ParseOptions &options)
{
    return checkUrl(url, false, options);
}

} // namespace carnet::core::shl
