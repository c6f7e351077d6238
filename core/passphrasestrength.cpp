// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/passphrasestrength.h"

#include "crypto/securebuffer.h"

#include <zxcvbn.h>

#include <cmath>
#include <cstring>

namespace carnet::core {

PassphraseStrength ratePassphrase(const QString &passphrase)
{
    PassphraseStrength result;
    // QString::toUtf8 makes a heap copy we cannot lock; move it into a SecureBuffer (NUL-terminated
    // for the C API) and wipe the QByteArray at once.
    QByteArray utf8 = passphrase.toUtf8();
    crypto::SecureBuffer text(static_cast<std::size_t>(utf8.size()) + 1);
    std::memcpy(text.data(), utf8.constData(), static_cast<std::size_t>(utf8.size()));
    crypto::secureWipe(utf8.data(), static_cast<std::size_t>(utf8.size()));

    static const char *appWords[] = {"carnet", "sante", "santé", "health", "wallet", "patient",
                                     "medical", "doctor", "docteur", "passphrase", "password", nullptr};
    result.entropyBits = ZxcvbnMatch(reinterpret_cast<const char *>(text.data()), appWords, nullptr);

    // zxcvbn's score thresholds on the number of guesses.
    const double log10Guesses = result.entropyBits * std::log10(2.0);
    result.score = log10Guesses < 3 ? 0 : log10Guesses < 6 ? 1 : log10Guesses < 8 ? 2 : log10Guesses < 10 ? 3 : 4;

    if (passphrase.size() < kMinimumPassphraseLength)
        result.verdict = PassphraseStrength::Verdict::TooShort;
    else if (result.score < 3)
        result.verdict = PassphraseStrength::Verdict::TooWeak;
    else
        result.verdict = result.score == 3 ? PassphraseStrength::Verdict::Acceptable
                                           : PassphraseStrength::Verdict::Strong;
    return result;
}

} // namespace carnet::core
