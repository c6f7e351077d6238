// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: connect codes (docs/PROTOCOL.md §2). Any bytes go to decodeConnectCode and to the strict
// base64url decoder. Properties: a decoded code re-encodes to exactly the input without its
// surrounding white space, and its record id is the key's; what the base64url decoder accepts
// re-encodes to exactly the input (one spelling per byte string).
#include "core/record/connectcode.h"
#include "tests/fuzz/fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace carnet::core::record;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto code = decodeConnectCode(text);
    if (code) {
        const std::string encoded = encodeConnectCode(code->recordKey);
        FUZZ_CHECK(encoded.size() == kConnectPrefix.size() + kConnectTextSize);
        FUZZ_CHECK(recordIdOf(code->recordKey) == code->recordId);
        const std::size_t at = text.find(encoded);
        FUZZ_CHECK(at != std::string_view::npos);
        for (std::size_t i = 0; i < size; ++i) {
            const char c = text[i];
            const bool inCode = i >= at && i < at + encoded.size();
            FUZZ_CHECK(inCode || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v');
        }
    }
    const auto bytes = decodeBase64Url(text);
    if (bytes) {
        FUZZ_CHECK(encodeBase64Url(*bytes) == text);
        FUZZ_CHECK(bytes->size() == size * 3 / 4);
    }
    return 0;
}
