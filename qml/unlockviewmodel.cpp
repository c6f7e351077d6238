// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/unlockviewmodel.h"

#include "qml/secretinput.h"
#include "qml/walletsession.h"

namespace carnet::qml {

UnlockViewModel::UnlockViewModel(QObject *parent) : QObject(parent)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &UnlockViewModel::tick);
    if (WalletSession *session = WalletSession::instance()) {
        connect(session, &WalletSession::quickUnlockEnabledChanged, this,
                &UnlockViewModel::quickUnlockAvailableChanged);
        // A throttle left by earlier attempts (even in an earlier run) shows from the start.
        session->queryThrottle(this, [this](VaultOutcome &outcome) { setRetryIn(outcome.retryInSeconds); });
    }
}

bool UnlockViewModel::quickUnlockAvailable() const
{
    const WalletSession *session = WalletSession::instance();
    return session != nullptr && session->quickUnlockEnabled();
}

void UnlockViewModel::unlock(const QString &passphrase)
{
    crypto::SecureBuffer secret = takeSecret(passphrase);
    WalletSession *session = WalletSession::instance();
    if (m_busy || session == nullptr || m_retryInSeconds > 0)
        return;
    setErrorText({});
    if (secret.empty()) {
        setErrorText(tr("Type your passphrase."));
        return;
    }
    setBusy(true);
    session->unlock(std::move(secret), this, [this](VaultOutcome &outcome) { finished(outcome); });
}

void UnlockViewModel::quickUnlock()
{
    WalletSession *session = WalletSession::instance();
    if (m_busy || session == nullptr)
        return;
    setErrorText({});
    setBusy(true);
    session->quickUnlock(this, [this](VaultOutcome &outcome) { finished(outcome); });
}

void UnlockViewModel::finished(VaultOutcome &outcome)
{
    setBusy(false);
    if (outcome.ok()) {
        setRetryIn(0);
        Q_EMIT unlocked();
        return;
    }
    setRetryIn(outcome.retryInSeconds);
    if (*outcome.error == core::VaultError::Throttled)
        setErrorText(tr("Too many wrong passphrases. Wait until the countdown ends, then try again."));
    else
        setErrorText(WalletSession::describe(*outcome.error, outcome.retryInSeconds));
}

void UnlockViewModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void UnlockViewModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void UnlockViewModel::setRetryIn(int seconds)
{
    seconds = std::max(0, seconds);
    if (seconds > 0)
        m_countdown.start();
    else
        m_countdown.stop();
    if (seconds == m_retryInSeconds)
        return;
    m_retryInSeconds = seconds;
    Q_EMIT retryInSecondsChanged();
}

void UnlockViewModel::tick()
{
    setRetryIn(m_retryInSeconds - 1);
}

} // namespace carnet::qml
