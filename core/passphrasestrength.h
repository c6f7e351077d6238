// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace carnet::core {

/** How hard a passphrase is to guess, from zxcvbn (Dropbox's estimator, C port libzxcvbn). */
struct PassphraseStrength
{
    enum class Verdict {
        TooShort,   ///< fewer than kMinimumLength characters
        TooWeak,    ///< long enough but guessable (score < 3)
        Acceptable, ///< score 3: accepted
        Strong,     ///< score 4
    };

    double entropyBits = 0; ///< zxcvbn's estimate of log2(guesses)
    int score = 0;          ///< 0..4, zxcvbn's scale (guesses < 10^3, 10^6, 10^8, 10^10, more)
    Verdict verdict = Verdict::TooShort;

    bool acceptable() const { return verdict == Verdict::Acceptable || verdict == Verdict::Strong; }
};

inline constexpr int kMinimumPassphraseLength = 10;

/** Rates a passphrase. The UTF-8 copy made for zxcvbn is wiped before returning; nothing is logged.
 *  Words tied to the app ("carnet", "santé", "health", …) count as known words. */
PassphraseStrength ratePassphrase(const QString &passphrase);

} // namespace carnet::core
