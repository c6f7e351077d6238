// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: SMART Health Link files, compact JWE (docs/SHL.md, "Formats"). Any bytes go to decryptJwe
// under the spec's example key (so the published example seeds decrypt) with a 1 MiB content limit, and
// to jweIv. Properties: what decrypts has a 12-byte IV that jweIv finds, at most 1 MiB of content, and
// re-encrypts (same key, IV, cty and zip) to a JWE that decrypts to the same content; a text jweIv reads
// has exactly 5 parts; nothing over 32 MiB is read.
#include "core/shl/jwe.h"
#include "tests/fuzz/fuzz_check.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

using namespace carnet::core::shl;

namespace {
// "rxTgYlOaKJPFtcEd0qcceN8wEU4p94SqAwIWQe6uX7Q", the key of the spec's examples.
constexpr std::array<std::uint8_t, 32> kKey = {0xaf, 0x14, 0xe0, 0x62, 0x53, 0x9a, 0x28, 0x93, 0xc5, 0xb5, 0xc1,
                                               0x1d, 0xd2, 0xa7, 0x1c, 0x78, 0xdf, 0x30, 0x11, 0x4e, 0x29, 0xf7,
                                               0x84, 0xaa, 0x03, 0x02, 0x16, 0x41, 0xee, 0xae, 0x5f, 0xb4};
constexpr std::size_t kLimit = 1 << 20;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto iv = jweIv(text);
    if (iv)
        FUZZ_CHECK(iv->size() == kJweIvSize && text.count('.') == 4);
    const auto opened = decryptJwe(kKey, text, kLimit);
    if (!opened) {
        FUZZ_CHECK(opened.error() != JweError::TooLarge || size > std::size_t(kMaxJweChars) || size > kLimit);
        return 0;
    }
    FUZZ_CHECK(iv);
    FUZZ_CHECK(std::size_t(opened->content.size()) <= kLimit);
    const bool ctyOk = std::all_of(opened->contentType.begin(), opened->contentType.end(),
                                   [](char c) { return c > 0x20 && c < 0x7F && c != '"' && c != '\\'; });
    if (ctyOk) {
        const QByteArray again = encryptJweWithIv(kKey, opened->content, opened->contentType, opened->compressed, *iv);
        const auto back = decryptJwe(kKey, again, kLimit);
        FUZZ_CHECK(back && back->content == opened->content && back->compressed == opened->compressed
                   && back->contentType == opened->contentType);
    }
    return 0;
}
