// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/sharecode.h"
#include "core/record/connectcode.h"
#include "core/share/bytesio.h"
#include "core/share/codetext.h"

#include <algorithm>

namespace carnet::core::share {

namespace {
bool hasSecret(BundleMode mode)
{
    return mode != BundleMode::Named;
}

// Wipes a payload that held a share secret when it goes out of scope.
struct WipeOnExit
{
    crypto::Bytes &bytes;
    ~WipeOnExit() { crypto::secureWipe(bytes.data(), bytes.size()); }
};

Result<ShareCode, ShareCodeError> decodePayload(const crypto::Bytes &payload)
{
    if (payload.size() != kNamedSharePayloadSize && payload.size() != kSecretSharePayloadSize)
        return fail(ShareCodeError::WrongLength);
    const std::uint8_t modeByte = payload[kShareModeOffset];
    if (modeByte < 0x01 || modeByte > 0x03)
        return fail(ShareCodeError::UnknownMode);
    const auto mode = static_cast<BundleMode>(modeByte);
    if ((payload.size() == kSecretSharePayloadSize) != hasSecret(mode))
        return fail(ShareCodeError::LengthModeMismatch);
    const std::size_t bodySize = payload.size() - 4;
    const crypto::ByteView body(payload.data(), bodySize);
    if (!crypto::constantTimeEqual(crypto::ByteView(payload.data() + bodySize, 4), detail::checkOf(kShareCheckTag, body)))
        return fail(ShareCodeError::BadCheck);
    detail::Reader in(body);
    ShareCode code;
    code.chainId = in.u64();
    in.bytes(code.contract);
    in.bytes(code.grantId);
    code.mode = static_cast<BundleMode>(in.u8());
    if (hasSecret(mode))
        code.shareSecret = crypto::SecureBuffer::copyOf(in.view(kShareSecretSize));
    return code;
}
} // namespace

const char *describe(ShareCodeError error)
{
    switch (error) {
    case ShareCodeError::TooLong:
        return "not a Carnet share code (far too long)";
    case ShareCodeError::WrongPrefix:
        return "not a Carnet share code (it must start with carnet-share:)";
    case ShareCodeError::UnsupportedVersion:
        return "a share code of an unsupported version";
    case ShareCodeError::BadBase64url:
        return "the share code contains characters that do not belong in it";
    case ShareCodeError::WrongLength:
        return "the share code is too short or too long";
    case ShareCodeError::UnknownMode:
        return "the share code is of an unknown kind";
    case ShareCodeError::LengthModeMismatch:
        return "the share code's length does not fit its kind";
    case ShareCodeError::BadCheck:
        return "the share code is mistyped or damaged (its check does not match)";
    case ShareCodeError::WrongNetwork:
        return "the share code is for another network";
    }
    return "unknown";
}

crypto::SecureBuffer encodeShareCode(const ShareCode &code)
{
    assert(code.shareSecret.size() == (hasSecret(code.mode) ? kShareSecretSize : 0));
    crypto::Bytes payload(hasSecret(code.mode) ? kSecretSharePayloadSize : kNamedSharePayloadSize);
    const WipeOnExit wipePayload {payload};
    detail::Writer out(payload);
    out.u64(code.chainId);
    out.bytes(code.contract);
    out.bytes(code.grantId);
    out.u8(static_cast<std::uint8_t>(code.mode));
    out.bytes(code.shareSecret.view());
    out.bytes(detail::checkOf(kShareCheckTag, crypto::ByteView(payload.data(), payload.size() - 4)));
    assert(out.full());
    std::string text = record::encodeBase64Url(payload);
    crypto::SecureBuffer result(kSharePrefix.size() + text.size());
    std::copy(kSharePrefix.begin(), kSharePrefix.end(), result.data());
    std::copy(text.begin(), text.end(), result.data() + kSharePrefix.size());
    crypto::secureWipe(text.data(), text.size());
    return result;
}

Result<ShareCode, ShareCodeError> decodeShareCode(std::string_view text)
{
    if (text.size() > kMaxShareCodeChars)
        return fail(ShareCodeError::TooLong);
    text = detail::trimmed(text);
    if (!text.starts_with(kShareScheme))
        return fail(ShareCodeError::WrongPrefix);
    if (!text.starts_with(kSharePrefix))
        return fail(ShareCodeError::UnsupportedVersion);
    auto payload = record::decodeBase64Url(text.substr(kSharePrefix.size()));
    if (!payload)
        return fail(ShareCodeError::BadBase64url);
    const WipeOnExit wipePayload {*payload};
    return decodePayload(*payload);
}

Result<ShareCode, ShareCodeError> decodeShareCode(const QString &text)
{
    if (static_cast<std::size_t>(text.size()) > kMaxShareCodeChars)
        return fail(ShareCodeError::TooLong);
    QByteArray utf8 = text.toUtf8();
    auto code = decodeShareCode(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    crypto::secureWipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return code;
}

Result<void, ShareCodeError> checkShareNetwork(const ShareCode &code, std::uint64_t chainId,
                                               const crypto::Address &contract)
{
    if (code.chainId != chainId || code.contract != contract)
        return fail(ShareCodeError::WrongNetwork);
    return {};
}

} // namespace carnet::core::share
