// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: BIP-39 phrase parsing. Any bytes must parse without crashing into a consistent
// result; a phrase that parses must re-encode (mnemonicFromEntropy) to a phrase that parses to the
// same entropy and language, and both must give the same seed.
#include "crypto/bip39.h"
#include "tests/fuzz/fuzz_check.h"

#include <cstddef>
#include <cstdint>

using namespace carnet::crypto;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const Bip39Parse parse = parseMnemonic(input);
    FUZZ_CHECK(!describe(parse).empty());

    switch (parse.error) {
    case Bip39Error::None:
        break;
    case Bip39Error::WrongWordCount:
        FUZZ_CHECK(parse.wordCount < 12 || parse.wordCount > 24 || parse.wordCount % 3 != 0);
        FUZZ_CHECK(parse.entropy.empty());
        return 0;
    case Bip39Error::UnknownWord:
        FUZZ_CHECK(parse.wordIndex < parse.wordCount);
        [[fallthrough]];
    case Bip39Error::MixedLanguages:
    case Bip39Error::BadChecksum:
        FUZZ_CHECK(parse.wordCount >= 12 && parse.wordCount <= 24 && parse.wordCount % 3 == 0);
        FUZZ_CHECK(parse.entropy.empty());
        return 0;
    case Bip39Error::InvalidUtf8:
        FUZZ_CHECK(parse.entropy.empty());
        FUZZ_CHECK(mnemonicToSeed(input).empty());
        return 0;
    }

    // A valid phrase: 12..24 words carry 16..32 bytes of entropy.
    FUZZ_CHECK(parse.entropy.size() == parse.wordCount * 4 / 3);
    const SecureBuffer canonical = mnemonicFromEntropy(parse.entropy.view(), parse.language);
    FUZZ_CHECK(!canonical.empty());
    const Bip39Parse again = parseMnemonic(canonical.asStringView());
    FUZZ_CHECK(again.error == Bip39Error::None);
    FUZZ_CHECK(again.language == parse.language);
    FUZZ_CHECK(again.wordCount == parse.wordCount);
    FUZZ_CHECK(again.entropy.size() == parse.entropy.size());
    FUZZ_CHECK(constantTimeEqual(again.entropy.view(), parse.entropy.view()));

    // The seed depends on the words only, not on their spelling (NFC/NFKD, compatibility forms) or
    // on the white space between them.
    const SecureBuffer seed = mnemonicToSeed(input);
    const SecureBuffer canonicalSeed = mnemonicToSeed(canonical.asStringView());
    FUZZ_CHECK(seed.size() == 64);
    FUZZ_CHECK(constantTimeEqual(seed.view(), canonicalSeed.view()));
    return 0;
}
