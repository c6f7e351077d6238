// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the readers of the share and clinician codes share with the connect code's (docs/PROTOCOL.md §2):
// white space around a code is ignored, and a 4-byte check is the head of a tagged keccak.
#include "crypto/bytes.h"
#include "crypto/hash.h"

#include <algorithm>
#include <string_view>

namespace carnet::core::share::detail {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/** `text` without the white space around it. */
inline std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

/** The first 4 bytes of keccak(tag ‖ body). */
inline std::array<std::uint8_t, 4> checkOf(std::string_view tag, crypto::ByteView body)
{
    crypto::Bytes preimage(tag.begin(), tag.end());
    preimage.insert(preimage.end(), body.begin(), body.end());
    const crypto::Hash32 hash = crypto::keccak256(preimage);
    crypto::secureWipe(preimage.data(), preimage.size());
    std::array<std::uint8_t, 4> check {};
    std::copy_n(hash.begin(), check.size(), check.begin());
    return check;
}

} // namespace carnet::core::share::detail
