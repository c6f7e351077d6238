// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: share codes (docs/PROTOCOL.md §8.6) and clinician identity codes (§8.1). Any bytes go to
// decodeShareCode, checkShareNetwork and decodeClinicianCode. Properties: a decoded code re-encodes to
// exactly the input without its surrounding white space, and has the secret its mode says; the input of
// an accepted share code is at most 512 characters; a decoded clinician key is a compressed point.
#include "core/share/clinicianid.h"
#include "core/share/sharecode.h"
#include "tests/fuzz/fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace carnet::core::share;

namespace {
bool onlySpaceAround(std::string_view text, std::string_view code)
{
    const std::size_t at = text.find(code);
    if (at == std::string_view::npos)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool inCode = i >= at && i < at + code.size();
        if (!inCode && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto share = decodeShareCode(text);
    if (share) {
        FUZZ_CHECK(size <= kMaxShareCodeChars);
        FUZZ_CHECK(share->shareSecret.size() == (share->mode == BundleMode::Named ? 0 : kShareSecretSize));
        const carnet::crypto::SecureBuffer encoded = encodeShareCode(*share);
        FUZZ_CHECK(encoded.size() == kSharePrefix.size()
                   + (share->mode == BundleMode::Named ? kNamedShareTextSize : kSecretShareTextSize));
        FUZZ_CHECK(onlySpaceAround(text, encoded.asStringView()));
        FUZZ_CHECK(checkShareNetwork(*share, share->chainId, share->contract));
        FUZZ_CHECK(!checkShareNetwork(*share, share->chainId ^ 1, share->contract));
    } else {
        FUZZ_CHECK(share.error() != ShareCodeError::WrongNetwork);
        FUZZ_CHECK(share.error() != ShareCodeError::TooLong || size > kMaxShareCodeChars);
    }
    const auto clinician = decodeClinicianCode(text);
    if (clinician) {
        const std::string encoded = encodeClinicianCode(clinician->account, clinician->encryptionKey);
        FUZZ_CHECK(encoded.size() == kClinicianPrefix.size() + kClinicianTextSize);
        FUZZ_CHECK(onlySpaceAround(text, encoded));
    }
    return 0;
}
