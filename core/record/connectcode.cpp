// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/connectcode.h"
#include "crypto/hash.h"

#include <algorithm>

namespace carnet::core::record {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::array<std::uint8_t, kConnectCheckSize> checkOf(const RecordId &recordId, crypto::ByteView key)
{
    crypto::Bytes preimage(kConnectCheckTag.begin(), kConnectCheckTag.end());
    preimage.insert(preimage.end(), recordId.begin(), recordId.end());
    preimage.insert(preimage.end(), key.begin(), key.end());
    const crypto::Hash32 hash = crypto::keccak256(preimage);
    std::array<std::uint8_t, kConnectCheckSize> check {};
    std::copy_n(hash.begin(), kConnectCheckSize, check.begin());
    return check;
}
} // namespace

const char *describe(ConnectCodeError error)
{
    switch (error) {
    case ConnectCodeError::WrongPrefix:
        return "not a Carnet connect code (it must start with carnet-connect:)";
    case ConnectCodeError::UnsupportedVersion:
        return "a connect code of an unsupported version";
    case ConnectCodeError::BadBase64url:
        return "the connect code contains characters that do not belong in it";
    case ConnectCodeError::WrongLength:
        return "the connect code is too short or too long";
    case ConnectCodeError::BadCheck:
        return "the connect code is mistyped or damaged (its check does not match)";
    case ConnectCodeError::InvalidKey:
        return "the connect code's key is not a valid public key";
    case ConnectCodeError::RecordIdMismatch:
        return "the connect code's record id does not belong to its key";
    }
    return "unknown";
}

std::string encodeBase64Url(crypto::ByteView bytes)
{
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = (std::uint32_t {bytes[i]} << 16) | (std::uint32_t {bytes[i + 1]} << 8) | bytes[i + 2];
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const std::uint32_t v = std::uint32_t {bytes[i]} << 16;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
    } else if (rest == 2) {
        const std::uint32_t v = (std::uint32_t {bytes[i]} << 16) | (std::uint32_t {bytes[i + 1]} << 8);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
    }
    return out;
}

std::optional<crypto::Bytes> decodeBase64Url(std::string_view text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    crypto::Bytes out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t acc = 0;
    int bits = 0;
    for (const char c : text) {
        const int v = sextet(c);
        if (v < 0)
            return std::nullopt;
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>((acc >> bits) & 0xFF));
        }
    }
    // The unused low bits of the last character must be zero: one spelling per byte string.
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

std::string encodeConnectCode(const crypto::PublicKey &recordKey)
{
    const RecordId id = recordIdOf(recordKey);
    const auto key = recordKey.compressed();
    const auto check = checkOf(id, key);
    crypto::Bytes payload(id.begin(), id.end());
    payload.insert(payload.end(), key.begin(), key.end());
    payload.insert(payload.end(), check.begin(), check.end());
    return std::string(kConnectPrefix) + encodeBase64Url(payload);
}

Result<ConnectCode, ConnectCodeError> decodeConnectCode(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    if (!text.starts_with(kConnectScheme))
        return fail(ConnectCodeError::WrongPrefix);
    if (!text.starts_with(kConnectPrefix))
        return fail(ConnectCodeError::UnsupportedVersion);
    const auto payload = decodeBase64Url(text.substr(kConnectPrefix.size()));
    if (!payload)
        return fail(ConnectCodeError::BadBase64url);
    if (payload->size() != kConnectPayloadSize)
        return fail(ConnectCodeError::WrongLength);
    RecordId id {};
    std::copy_n(payload->begin(), id.size(), id.begin());
    const crypto::ByteView key(payload->data() + 32, 33);
    const crypto::ByteView check(payload->data() + 65, kConnectCheckSize);
    if (!crypto::constantTimeEqual(check, checkOf(id, key)))
        return fail(ConnectCodeError::BadCheck);
    // Compressed SEC1 only: PublicKey::parse would also take 65 bytes, never 33 with a 0x04 prefix.
    const auto parsed = (key[0] == 0x02 || key[0] == 0x03) ? crypto::PublicKey::parse(key) : std::nullopt;
    if (!parsed)
        return fail(ConnectCodeError::InvalidKey);
    if (recordIdOf(*parsed) != id)
        return fail(ConnectCodeError::RecordIdMismatch);
    return ConnectCode {id, *parsed};
}

Result<ConnectCode, ConnectCodeError> decodeConnectCode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return decodeConnectCode(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

} // namespace carnet::core::record
