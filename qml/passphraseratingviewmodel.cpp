// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/passphraseratingviewmodel.h"

#include "core/passphrasestrength.h"
#include "qml/secretinput.h"

#include <algorithm>

namespace carnet::qml {

PassphraseRatingViewModel::PassphraseRatingViewModel(QObject *parent) : QObject(parent) {}

void PassphraseRatingViewModel::ratePassphrase(const QString &passphrase)
{
    Rating rating = Rating::None;
    int score = 0;
    if (!passphrase.isEmpty()) {
        const core::PassphraseStrength strength = core::ratePassphrase(passphrase);
        score = strength.score;
        switch (strength.verdict) {
        case core::PassphraseStrength::Verdict::TooShort: rating = Rating::TooShort; break;
        case core::PassphraseStrength::Verdict::TooWeak: rating = Rating::TooWeak; break;
        case core::PassphraseStrength::Verdict::Acceptable: rating = Rating::Acceptable; break;
        case core::PassphraseStrength::Verdict::Strong: rating = Rating::Strong; break;
        }
    }
    const bool acceptable = rating == Rating::Acceptable || rating == Rating::Strong;
    if (rating == m_rating && score == m_score && acceptable == m_acceptable)
        return;
    m_rating = rating;
    m_score = score;
    m_acceptable = acceptable;
    Q_EMIT strengthChanged();
}

QString PassphraseRatingViewModel::strengthLabel() const
{
    switch (m_rating) {
    case Rating::None: return {};
    case Rating::TooShort: return tr("Too short");
    case Rating::TooWeak: return tr("Too easy to guess");
    case Rating::Acceptable: return tr("Good");
    case Rating::Strong: return tr("Strong");
    }
    return {};
}

QString PassphraseRatingViewModel::strengthHint() const
{
    switch (m_rating) {
    case Rating::None:
        return tr("At least %1 characters. A few unrelated words are strong and easy to remember.")
            .arg(core::kMinimumPassphraseLength);
    case Rating::TooShort:
        return tr("Use at least %1 characters.").arg(core::kMinimumPassphraseLength);
    case Rating::TooWeak:
        return tr("Avoid names, dates and common words. Add another unrelated word.");
    case Rating::Acceptable:
        return tr("Good enough. One more word makes it stronger.");
    case Rating::Strong:
        return tr("Hard to guess. Make sure you will remember it.");
    }
    return {};
}

void PassphraseRatingViewModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void PassphraseRatingViewModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

bool PassphraseRatingViewModel::checkNewPassphrase(const crypto::SecureBuffer &passphrase,
                                                   const crypto::SecureBuffer &confirmation)
{
    if (passphrase.empty()) {
        setErrorText(tr("Choose a passphrase."));
        return false;
    }
    const bool same = passphrase.size() == confirmation.size()
        && std::equal(passphrase.data(), passphrase.data() + passphrase.size(), confirmation.data());
    if (!same) {
        setErrorText(tr("The two passphrases are not the same."));
        return false;
    }
    const QString text = QString::fromUtf8(passphrase.asStringView().data(), static_cast<qsizetype>(passphrase.size()));
    const bool acceptable = core::ratePassphrase(text).acceptable();
    wipeString(text);
    if (!acceptable) {
        setErrorText(tr("This passphrase is too easy to guess. Add another unrelated word."));
        return false;
    }
    return true;
}

} // namespace carnet::qml
