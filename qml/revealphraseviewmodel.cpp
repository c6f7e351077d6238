// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/revealphraseviewmodel.h"

#include "qml/secretinput.h"
#include "qml/walletsession.h"

namespace carnet::qml {

RevealPhraseViewModel::RevealPhraseViewModel(QObject *parent) : QObject(parent)
{
    if (WalletSession *session = WalletSession::instance())
        connect(session, &WalletSession::locked, this, &RevealPhraseViewModel::hide);
}

RevealPhraseViewModel::~RevealPhraseViewModel() = default;

void RevealPhraseViewModel::reveal(const QString &passphrase)
{
    crypto::SecureBuffer secret = takeSecret(passphrase);
    WalletSession *session = WalletSession::instance();
    if (m_busy || session == nullptr)
        return;
    setErrorText({});
    if (secret.empty()) {
        setErrorText(tr("Type your passphrase."));
        return;
    }
    setBusy(true);
    session->revealPhrase(std::move(secret), this, [this](VaultOutcome &outcome) {
        setBusy(false);
        if (!outcome.ok()) {
            setErrorText(WalletSession::describe(*outcome.error, outcome.retryInSeconds));
            return;
        }
        m_phrase = std::move(outcome.phrase);
        Q_EMIT phraseChanged();
        Q_EMIT revealedChanged();
    });
}

void RevealPhraseViewModel::hide()
{
    if (m_phrase.empty())
        return;
    m_phrase.clear();
    Q_EMIT phraseChanged();
    Q_EMIT revealedChanged();
}

const crypto::SecureBuffer *RevealPhraseViewModel::phraseToShow() const
{
    return m_phrase.empty() ? nullptr : &m_phrase;
}

void RevealPhraseViewModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void RevealPhraseViewModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace carnet::qml
