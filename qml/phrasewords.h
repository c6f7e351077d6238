// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splitting a phrase held in secure memory into views of its words (no copies).
#include "crypto/securebuffer.h"

#include <string_view>
#include <vector>

namespace carnet::qml {

inline std::vector<std::string_view> phraseWords(const crypto::SecureBuffer &phrase)
{
    std::vector<std::string_view> words;
    const std::string_view text = phrase.asStringView();
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start)
            words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

} // namespace carnet::qml
