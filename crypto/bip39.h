// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* BIP-39 mnemonic phrases.
 *
 * Carnet generates 24-word English phrases (256 bits of entropy) and accepts English and French
 * phrases of 12, 15, 18, 21 or 24 words on restore. Input is normalised to NFKD (ICU) and split on
 * any run of Unicode white space; words compare after NFKD, so "élève" typed precomposed or
 * decomposed is the same word. Error reports name the position of a bad word, never the word itself
 * (it is part of a secret). */
#include "crypto/securebuffer.h"

namespace carnet::crypto {

enum class Bip39Language { English, French };

enum class Bip39Error {
    None,
    WrongWordCount, ///< not 12, 15, 18, 21 or 24 words
    UnknownWord,    ///< a word is in neither list; `wordIndex` says which (0-based)
    MixedLanguages, ///< words from both lists and no single list holds them all
    BadChecksum,    ///< every word is known but the checksum bits do not match
    InvalidUtf8,    ///< the input is not valid UTF-8
};

/** The outcome of parsing a phrase. */
struct Bip39Parse
{
    Bip39Error error = Bip39Error::None;
    std::size_t wordIndex = 0;          ///< with UnknownWord: 0-based position of the first unknown word
    std::size_t wordCount = 0;          ///< words found in the input
    Bip39Language language = Bip39Language::English;
    SecureBuffer entropy;               ///< with None: 16 to 32 bytes
};

/** An English description of the error (no part of the phrase in it), for the CLI and logs. */
[[nodiscard]] std::string describe(const Bip39Parse &parse);

/** The 2048 words of a list, in order (NFKD-normalised UTF-8). */
[[nodiscard]] std::span<const std::string_view> bip39Wordlist(Bip39Language language);

/** Encodes entropy as a phrase.
 *  Returns: the phrase, words separated by one ASCII space;
 *           empty when entropy is not 16, 20, 24, 28 or 32 bytes (illegal argument). */
[[nodiscard]] SecureBuffer mnemonicFromEntropy(ByteView entropy, Bip39Language language = Bip39Language::English);

/** A new 24-word English phrase from 32 bytes of CSPRNG entropy. */
[[nodiscard]] SecureBuffer generateMnemonic();

/** Parses and validates a phrase (UTF-8): word count, words, language, checksum. */
[[nodiscard]] Bip39Parse parseMnemonic(std::string_view phrase);

/** The 64-byte BIP-39 seed: PBKDF2-HMAC-SHA512(NFKD(phrase), "mnemonic" ‖ NFKD(passphrase), 2048).
 *  The phrase is used as given after NFKD and white-space folding; validate it with parseMnemonic first.
 *  Returns: an empty buffer when phrase or passphrase is not valid UTF-8. */
[[nodiscard]] SecureBuffer mnemonicToSeed(std::string_view phrase, std::string_view passphrase = {});

} // namespace carnet::crypto
