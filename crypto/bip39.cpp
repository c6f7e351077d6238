// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/bip39.h"

#include "crypto/hash.h"
#include "crypto/kdf.h"
#include "crypto/misuse.h"
#include "crypto/random.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <unordered_map>

namespace carnet::crypto {
namespace detail {
// Generated from crypto/wordlists/*.txt by crypto/wordlists/embed.cmake.
extern const std::string_view kBip39English[2048];
extern const std::string_view kBip39French[2048];
} // namespace detail

namespace {

constexpr std::size_t kListSize = 2048;
constexpr std::size_t kMaxWords = 24;
constexpr std::uint32_t kSeedIterations = 2048;

// Decodes one code point of strict UTF-8 (RFC 3629: no overlong forms, no surrogates, at most
// U+10FFFF) at `pos` and advances it. Returns -1 on an ill-formed sequence.
std::int32_t nextCodePoint(std::string_view s, std::size_t &pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(s[i]); };
    const std::uint8_t b0 = byte(pos);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    std::size_t length = 0;
    std::uint32_t cp = 0;
    std::uint8_t low = 0x80, high = 0xBF; // allowed range of the second byte (Unicode table 3-7)
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        cp = b0 & 0x0Fu;
        low = b0 == 0xE0 ? 0xA0 : 0x80;
        high = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        cp = b0 & 0x07u;
        low = b0 == 0xF0 ? 0x90 : 0x80;
        high = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
        return -1;
    }
    if (s.size() - pos < length)
        return -1;
    for (std::size_t i = 1; i < length; ++i) {
        const std::uint8_t b = byte(pos + i);
        if (b < (i == 1 ? low : 0x80) || b > (i == 1 ? high : 0xBF))
            return -1;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    pos += length;
    return static_cast<std::int32_t>(cp);
}

bool isValidUtf8(std::string_view s)
{
    for (std::size_t pos = 0; pos < s.size();) {
        if (nextCodePoint(s, pos) < 0)
            return false;
    }
    return true;
}

// Collects ICU's UTF-8 output in secure memory: grows by doubling, and every superseded buffer is
// wiped when it is released (SecureBuffer).
class SecureSink : public icu::ByteSink
{
public:
    explicit SecureSink(std::size_t capacity) : m_buffer(std::max<std::size_t>(capacity, 16)) {}

    void Append(const char *bytes, int32_t n) override
    {
        if (n <= 0)
            return;
        const auto count = static_cast<std::size_t>(n);
        if (m_buffer.size() - m_length < count) {
            SecureBuffer bigger(std::max(m_buffer.size() * 2, m_length + count));
            std::memcpy(bigger.data(), m_buffer.data(), m_length);
            m_buffer = std::move(bigger);
        }
        std::memcpy(m_buffer.data() + m_length, bytes, count);
        m_length += count;
    }

    SecureBuffer take() const { return SecureBuffer::copyOf(m_buffer.view().first(m_length)); }

private:
    SecureBuffer m_buffer;
    std::size_t m_length = 0;
};

// NFKD of valid UTF-8. ICU 72 decomposes UTF-8 natively into the sink (no UTF-16 copy of the text).
// Returns: nullopt when ICU fails (out of memory, data missing) or the input is too long for ICU.
std::optional<SecureBuffer> nfkd(std::string_view utf8)
{
    if (utf8.size() > static_cast<std::size_t>(INT32_MAX / 2))
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *normalizer = icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status) || !normalizer)
        return std::nullopt;
    SecureSink sink(utf8.size() + utf8.size() / 2 + 16);
    normalizer->normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink, nullptr,
                              status);
    if (U_FAILURE(status))
        return std::nullopt;
    return sink.take();
}

// Splits normalised text on runs of Unicode White_Space; calls `onWord(view)` for each word.
template <typename F>
void forEachWord(std::string_view text, F &&onWord)
{
    std::size_t start = 0;
    bool inWord = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t here = pos;
        const std::int32_t cp = nextCodePoint(text, pos);
        const bool space = cp >= 0 && u_isUWhiteSpace(cp);
        if (space && inWord)
            onWord(text.substr(start, here - start));
        else if (!space && !inWord)
            start = here;
        inWord = !space;
    }
    if (inWord)
        onWord(text.substr(start));
}

// The two wordlists after NFKD, with a word → index map each. Built once, on first use; C++ makes
// the initialisation of a function-local static thread-safe.
struct Wordlist
{
    std::vector<std::string> storage;
    std::vector<std::string_view> words;
    std::unordered_map<std::string_view, std::uint16_t> index;

    explicit Wordlist(const std::string_view (&source)[kListSize])
    {
        storage.reserve(kListSize);
        for (const std::string_view word : source) {
            const auto normalised = nfkd(word);
            if (!normalised) {
                // The wordlists are fixed ASCII/UTF-8 text: only a broken ICU installation gets here.
                reportIllegalArgument("bip39: ICU cannot normalise the embedded wordlist");
                storage.emplace_back(word);
            } else {
                storage.emplace_back(normalised->asStringView());
            }
        }
        words.assign(storage.begin(), storage.end());
        for (std::size_t i = 0; i < kListSize; ++i)
            index.emplace(words[i], static_cast<std::uint16_t>(i));
    }

    std::optional<std::uint16_t> find(std::string_view word) const
    {
        const auto it = index.find(word);
        return it == index.end() ? std::nullopt : std::optional<std::uint16_t>(it->second);
    }
};

const Wordlist &wordlist(Bip39Language language)
{
    static const Wordlist english(detail::kBip39English);
    static const Wordlist french(detail::kBip39French);
    return language == Bip39Language::French ? french : english;
}

bool isValidWordCount(std::size_t count)
{
    return count >= 12 && count <= kMaxWords && count % 3 == 0;
}

// Rebuilds the entropy from word indexes and checks the SHA-256 checksum bits.
std::optional<SecureBuffer> decodeIndexes(std::span<const std::uint16_t> indexes)
{
    const std::size_t totalBits = indexes.size() * 11;
    const std::size_t checksumBits = totalBits / 33;
    const std::size_t entropyBytes = (totalBits - checksumBits) / 8;
    SecureBuffer bits((totalBits + 7) / 8); // entropy followed by the checksum bits
    for (std::size_t w = 0; w < indexes.size(); ++w) {
        for (std::size_t b = 0; b < 11; ++b) {
            if ((indexes[w] >> (10 - b)) & 1u) {
                const std::size_t bit = w * 11 + b;
                bits.data()[bit / 8] = static_cast<std::uint8_t>(bits.data()[bit / 8] | (0x80u >> (bit % 8)));
            }
        }
    }
    SecureBuffer entropy = SecureBuffer::copyOf(bits.view().first(entropyBytes));
    const Hash32 digest = sha256(entropy.view());
    const auto mask = static_cast<std::uint8_t>(0xFFu << (8 - checksumBits));
    if ((bits.data()[entropyBytes] & mask) != (digest[0] & mask))
        return std::nullopt;
    return entropy;
}

const char *languageName(Bip39Language language)
{
    return language == Bip39Language::French ? "French" : "English";
}

} // namespace

std::string describe(const Bip39Parse &parse)
{
    switch (parse.error) {
    case Bip39Error::None:
        return std::string("a valid ") + languageName(parse.language) + " phrase of " +
               std::to_string(parse.wordCount) + " words";
    case Bip39Error::WrongWordCount:
        return "expected 12, 15, 18, 21 or 24 words, got " + std::to_string(parse.wordCount);
    case Bip39Error::UnknownWord:
        return "word " + std::to_string(parse.wordIndex + 1) + " is not in the English or French BIP-39 list";
    case Bip39Error::MixedLanguages:
        return "the words mix the English and French BIP-39 lists: a phrase uses one list only";
    case Bip39Error::BadChecksum:
        return "the checksum does not match: a word is wrong or the words are out of order";
    case Bip39Error::InvalidUtf8:
        return "the phrase is not valid UTF-8 text";
    }
    return "unknown error";
}

std::span<const std::string_view> bip39Wordlist(Bip39Language language)
{
    return wordlist(language).words;
}

SecureBuffer mnemonicFromEntropy(ByteView entropy, Bip39Language language)
{
    const std::size_t size = entropy.size();
    if (size < 16 || size > 32 || size % 4 != 0) {
        reportIllegalArgument("mnemonicFromEntropy: entropy must be 16, 20, 24, 28 or 32 bytes");
        return {};
    }
    const std::size_t wordCount = size * 8 * 33 / 32 / 11;
    const Hash32 digest = sha256(entropy);
    SecureBuffer bits(size + 1);
    std::memcpy(bits.data(), entropy.data(), size);
    bits.data()[size] = digest[0];

    const Wordlist &list = wordlist(language);
    std::uint16_t indexes[kMaxWords] = {};
    std::size_t length = wordCount - 1; // separators
    for (std::size_t w = 0; w < wordCount; ++w) {
        std::uint32_t index = 0;
        for (std::size_t b = 0; b < 11; ++b) {
            const std::size_t bit = w * 11 + b;
            index = (index << 1) | ((bits.data()[bit / 8] >> (7 - bit % 8)) & 1u);
        }
        indexes[w] = static_cast<std::uint16_t>(index);
        length += list.words[index].size();
    }
    SecureBuffer phrase(length);
    std::size_t out = 0;
    for (std::size_t w = 0; w < wordCount; ++w) {
        if (w > 0)
            phrase.data()[out++] = ' ';
        const std::string_view word = list.words[indexes[w]];
        std::memcpy(phrase.data() + out, word.data(), word.size());
        out += word.size();
    }
    secureWipe(indexes, sizeof indexes);
    return phrase;
}

SecureBuffer generateMnemonic()
{
    const SecureBuffer entropy = randomSecret(32);
    return mnemonicFromEntropy(entropy.view(), Bip39Language::English);
}

Bip39Parse parseMnemonic(std::string_view phrase)
{
    Bip39Parse result;
    if (!isValidUtf8(phrase)) {
        result.error = Bip39Error::InvalidUtf8;
        return result;
    }
    const auto normalised = nfkd(phrase);
    if (!normalised) {
        // Only an input beyond ICU's 2^30-byte limit (or a broken ICU) gets here: no phrase is that long.
        result.error = Bip39Error::WrongWordCount;
        return result;
    }
    std::string_view words[kMaxWords];
    forEachWord(normalised->asStringView(), [&](std::string_view word) {
        if (result.wordCount < kMaxWords)
            words[result.wordCount] = word;
        ++result.wordCount;
    });
    if (!isValidWordCount(result.wordCount)) {
        result.error = Bip39Error::WrongWordCount;
        return result;
    }

    const Wordlist &english = wordlist(Bip39Language::English);
    const Wordlist &french = wordlist(Bip39Language::French);
    std::uint16_t englishIndexes[kMaxWords] = {};
    std::uint16_t frenchIndexes[kMaxWords] = {};
    bool allEnglish = true;
    bool allFrench = true;
    for (std::size_t i = 0; i < result.wordCount; ++i) {
        const auto en = english.find(words[i]);
        const auto fr = french.find(words[i]);
        if (!en && !fr) {
            result.error = Bip39Error::UnknownWord;
            result.wordIndex = i;
            return result;
        }
        allEnglish = allEnglish && en;
        allFrench = allFrench && fr;
        englishIndexes[i] = en.value_or(0);
        frenchIndexes[i] = fr.value_or(0);
    }
    if (!allEnglish && !allFrench) {
        result.error = Bip39Error::MixedLanguages;
        return result;
    }

    // 100 words are in both lists, so a phrase can be in both; English is tried first.
    result.error = Bip39Error::BadChecksum;
    result.language = allEnglish ? Bip39Language::English : Bip39Language::French;
    const std::span<const std::uint16_t> en(englishIndexes, result.wordCount);
    const std::span<const std::uint16_t> fr(frenchIndexes, result.wordCount);
    std::optional<SecureBuffer> entropy;
    if (allEnglish && (entropy = decodeIndexes(en))) {
        result.language = Bip39Language::English;
    } else if (allFrench && (entropy = decodeIndexes(fr))) {
        result.language = Bip39Language::French;
    }
    if (entropy) {
        result.error = Bip39Error::None;
        result.entropy = std::move(*entropy);
    }
    secureWipe(englishIndexes, sizeof englishIndexes);
    secureWipe(frenchIndexes, sizeof frenchIndexes);
    return result;
}

SecureBuffer mnemonicToSeed(std::string_view phrase, std::string_view passphrase)
{
    if (!isValidUtf8(phrase) || !isValidUtf8(passphrase))
        return {};
    const auto normalisedPhrase = nfkd(phrase);
    const auto normalisedPassphrase = nfkd(passphrase);
    if (!normalisedPhrase || !normalisedPassphrase)
        return {};

    // The password is the words joined by single spaces (white-space folding).
    SecureBuffer password(normalisedPhrase->size());
    std::size_t length = 0;
    forEachWord(normalisedPhrase->asStringView(), [&](std::string_view word) {
        if (length > 0)
            password.data()[length++] = ' ';
        std::memcpy(password.data() + length, word.data(), word.size());
        length += word.size();
    });

    static constexpr std::string_view kSaltPrefix = "mnemonic";
    SecureBuffer salt(kSaltPrefix.size() + normalisedPassphrase->size());
    std::memcpy(salt.data(), kSaltPrefix.data(), kSaltPrefix.size());
    if (!normalisedPassphrase->empty())
        std::memcpy(salt.data() + kSaltPrefix.size(), normalisedPassphrase->data(), normalisedPassphrase->size());
    return pbkdf2Sha512(password.view().first(length), salt.view(), kSeedIterations, 64);
}

} // namespace carnet::crypto
