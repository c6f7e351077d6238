// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/clinicianid.h"
#include "core/record/connectcode.h"
#include "core/share/codetext.h"

#include <algorithm>

namespace carnet::core::share {

const char *describe(ClinicianCodeError error)
{
    switch (error) {
    case ClinicianCodeError::WrongPrefix:
        return "not a Carnet clinician code (it must start with carnet-clinician:)";
    case ClinicianCodeError::UnsupportedVersion:
        return "a clinician code of an unsupported version";
    case ClinicianCodeError::BadBase64url:
        return "the clinician code contains characters that do not belong in it";
    case ClinicianCodeError::WrongLength:
        return "the clinician code is too short or too long";
    case ClinicianCodeError::BadCheck:
        return "the clinician code is mistyped or damaged (its check does not match)";
    case ClinicianCodeError::InvalidKey:
        return "the clinician code's key is not a valid public key";
    }
    return "unknown";
}

std::string encodeClinicianCode(const crypto::Address &account, const crypto::PublicKey &encryptionKey)
{
    const auto key = encryptionKey.compressed();
    crypto::Bytes payload(account.begin(), account.end());
    payload.insert(payload.end(), key.begin(), key.end());
    const auto check = detail::checkOf(kClinicianCheckTag, payload);
    payload.insert(payload.end(), check.begin(), check.end());
    return std::string(kClinicianPrefix) + record::encodeBase64Url(payload);
}

Result<ClinicianId, ClinicianCodeError> decodeClinicianCode(std::string_view text)
{
    text = detail::trimmed(text);
    if (!text.starts_with(kClinicianScheme))
        return fail(ClinicianCodeError::WrongPrefix);
    if (!text.starts_with(kClinicianPrefix))
        return fail(ClinicianCodeError::UnsupportedVersion);
    const auto payload = record::decodeBase64Url(text.substr(kClinicianPrefix.size()));
    if (!payload)
        return fail(ClinicianCodeError::BadBase64url);
    if (payload->size() != kClinicianPayloadSize)
        return fail(ClinicianCodeError::WrongLength);
    const crypto::ByteView body(payload->data(), 20 + 33);
    const crypto::ByteView check(payload->data() + 20 + 33, 4);
    if (!crypto::constantTimeEqual(check, detail::checkOf(kClinicianCheckTag, body)))
        return fail(ClinicianCodeError::BadCheck);
    const crypto::ByteView key(payload->data() + 20, 33);
    // Compressed SEC1 only: PublicKey::parse would also take 65 bytes, never 33 with a 0x04 prefix.
    const auto parsed = (key[0] == 0x02 || key[0] == 0x03) ? crypto::PublicKey::parse(key) : std::nullopt;
    if (!parsed)
        return fail(ClinicianCodeError::InvalidKey);
    ClinicianId id {crypto::Address {}, *parsed};
    std::copy_n(payload->begin(), id.account.size(), id.account.begin());
    return id;
}

Result<ClinicianId, ClinicianCodeError> decodeClinicianCode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return decodeClinicianCode(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

} // namespace carnet::core::share
