// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shl/jwe.h"

#include "core/record/connectcode.h"
#include "core/codec/deflate.h"
#include "core/shl/strictjson.h"
#include "crypto/aead.h"
#include "crypto/random.h"

#include <QJsonObject>

namespace carnet::core::shl {
namespace {

std::string_view viewOf(QByteArrayView v)
{
    return std::string_view(v.data(), std::size_t(v.size()));
}

QByteArray b64(crypto::ByteView bytes)
{
    const std::string s = record::encodeBase64Url(bytes);
    return QByteArray(s.data(), qsizetype(s.size()));
}

QByteArray headerJson(QByteArrayView contentType, bool compress)
{
    QByteArray h = "{\"alg\":\"dir\",\"enc\":\"A256GCM\"";
    // No content type: no `cty` (an empty one is refused by decryptJwe, so it is never written).
    if (!contentType.isEmpty()) {
        h += ",\"cty\":\"";
        for (const char c : contentType) {
            // Content types are ASCII tokens; anything else would need escaping and is a programmer error.
            assert(c > 0x20 && c < 0x7F && c != '"' && c != '\\');
            h += c;
        }
        h += '"';
    }
    if (compress)
        h += ",\"zip\":\"DEF\"";
    h += '}';
    return h;
}

// The 5 parts of a compact serialization, or nullopt.
std::optional<std::array<QByteArrayView, 5>> split(QByteArrayView compact)
{
    std::array<QByteArrayView, 5> parts;
    qsizetype from = 0;
    for (int i = 0; i < 5; ++i) {
        const qsizetype dot = i < 4 ? compact.indexOf('.', from) : compact.size();
        if (dot < 0)
            return std::nullopt;
        parts[std::size_t(i)] = compact.sliced(from, dot - from);
        from = dot + 1;
    }
    if (compact.sliced(parts[4].data() - compact.data()).contains('.'))
        return std::nullopt;
    return parts;
}

} // namespace

const char *describe(JweError error)
{
    switch (error) {
    case JweError::TooLarge: return "the file is too large";
    case JweError::WrongPartCount: return "the file is not a compact JWE (5 parts)";
    case JweError::BadBase64url: return "a part of the file is not base64url";
    case JweError::BadHeader: return "the file's header is not a JSON object";
    case JweError::UnsupportedAlg: return "the file's key management is not dir";
    case JweError::UnsupportedEnc: return "the file's encryption is not A256GCM";
    case JweError::UnsupportedZip: return "the file's compression is not DEF";
    case JweError::UnsupportedCrit: return "the file's header asks for extensions (crit)";
    case JweError::BadContentType: return "the file's content type (cty) is not text";
    case JweError::EncryptedKeyNotEmpty: return "the file carries an encrypted key (dir has none)";
    case JweError::BadIv: return "the file's IV is not 12 bytes";
    case JweError::BadTag: return "the file's tag is not 16 bytes";
    case JweError::DoesNotDecrypt: return "the file does not decrypt with the link's key (wrong key or damaged)";
    case JweError::BadDeflate: return "the file's compressed content is damaged";
    case JweError::InflatedTooLarge: return "the file's content inflates past the size limit";
    }
    return "unknown";
}

QByteArray encryptJweWithIv(crypto::ByteView key, QByteArrayView content, QByteArrayView contentType, bool compress,
                            crypto::ByteView iv)
{
    assert(key.size() == crypto::kAeadKeySize && iv.size() == kJweIvSize);
    const QByteArray header = headerJson(contentType, compress);
    const QByteArray protectedHeader = b64(crypto::asBytes(viewOf(header)));
    QByteArray plain = compress ? codec::deflateRaw(content) : content.toByteArray();
    crypto::Bytes sealed = crypto::aeadSeal(key, iv, crypto::asBytes(viewOf(plain)), crypto::asBytes(viewOf(protectedHeader)));
    plain.fill('\0');
    assert(sealed.size() == std::size_t(plain.size()) + kJweTagSize);
    const crypto::ByteView all(sealed);
    QByteArray out = protectedHeader;
    out += "..";
    out += b64(iv);
    out += '.';
    out += b64(all.first(all.size() - kJweTagSize));
    out += '.';
    out += b64(all.last(kJweTagSize));
    return out;
}

QByteArray encryptJwe(crypto::ByteView key, QByteArrayView content, QByteArrayView contentType, bool compress)
{
    const crypto::Bytes iv = crypto::randomBytes(kJweIvSize);
    return encryptJweWithIv(key, content, contentType, compress, iv);
}

Result<JweContent, JweError> decryptJwe(crypto::ByteView key, QByteArrayView compact, std::size_t maxContent)
{
    if (compact.size() > kMaxJweChars)
        return fail(JweError::TooLarge);
    const auto parts = split(compact);
    if (!parts)
        return fail(JweError::WrongPartCount);
    const auto &[headerPart, keyPart, ivPart, cipherPart, tagPart] = *parts;
    const auto header = record::decodeBase64Url(viewOf(headerPart));
    if (!header || header->empty())
        return fail(JweError::BadBase64url);
    JsonProblem problem = JsonProblem::None;
    const auto object = strictJsonObject(
        QByteArrayView(reinterpret_cast<const char *>(header->data()), qsizetype(header->size())), &problem);
    if (!object)
        return fail(JweError::BadHeader);
    if (object->value(QLatin1String("alg")) != QJsonValue(QLatin1String("dir")))
        return fail(JweError::UnsupportedAlg);
    if (object->value(QLatin1String("enc")) != QJsonValue(QLatin1String("A256GCM")))
        return fail(JweError::UnsupportedEnc);
    const bool compressed = object->contains(QLatin1String("zip"));
    if (compressed && object->value(QLatin1String("zip")) != QJsonValue(QLatin1String("DEF")))
        return fail(JweError::UnsupportedZip);
    if (object->contains(QLatin1String("crit")))
        return fail(JweError::UnsupportedCrit);
    JweContent out;
    out.compressed = compressed;
    if (object->contains(QLatin1String("cty"))) {
        const QJsonValue cty = object->value(QLatin1String("cty"));
        if (!cty.isString() || cty.toString().isEmpty())
            return fail(JweError::BadContentType);
        out.contentType = cty.toString().toUtf8();
    }
    if (!keyPart.isEmpty())
        return fail(JweError::EncryptedKeyNotEmpty);
    const auto iv = record::decodeBase64Url(viewOf(ivPart));
    const auto tag = record::decodeBase64Url(viewOf(tagPart));
    auto ciphertext = record::decodeBase64Url(viewOf(cipherPart));
    if (!iv || !tag || !ciphertext)
        return fail(JweError::BadBase64url);
    if (iv->size() != kJweIvSize)
        return fail(JweError::BadIv);
    if (tag->size() != kJweTagSize)
        return fail(JweError::BadTag);
    if (!compressed && ciphertext->size() > maxContent)
        return fail(JweError::TooLarge);
    ciphertext->insert(ciphertext->end(), tag->begin(), tag->end());
    const auto opened = crypto::aeadOpen(key, *iv, *ciphertext, crypto::asBytes(viewOf(headerPart)));
    if (!opened)
        return fail(JweError::DoesNotDecrypt);
    const QByteArrayView plain(reinterpret_cast<const char *>(opened->data()), qsizetype(opened->size()));
    if (compressed) {
        switch (codec::inflateRaw(plain, maxContent, out.content)) {
        case codec::InflateStatus::Ok: break;
        case codec::InflateStatus::Damaged: return fail(JweError::BadDeflate);
        case codec::InflateStatus::TooLarge: return fail(JweError::InflatedTooLarge);
        }
    } else {
        out.content = plain.toByteArray();
    }
    return out;
}

std::optional<crypto::Bytes> jweIv(QByteArrayView compact)
{
    if (compact.size() > kMaxJweChars)
        return std::nullopt;
    const auto parts = split(compact);
    if (!parts)
        return std::nullopt;
    auto iv = record::decodeBase64Url(viewOf((*parts)[2]));
    if (!iv || iv->size() != kJweIvSize)
        return std::nullopt;
    return iv;
}

} // namespace carnet::core::shl
