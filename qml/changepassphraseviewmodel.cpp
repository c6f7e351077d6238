// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/changepassphraseviewmodel.h"

#include "qml/secretinput.h"
#include "qml/walletsession.h"

namespace carnet::qml {

ChangePassphraseViewModel::ChangePassphraseViewModel(QObject *parent) : PassphraseRatingViewModel(parent) {}

void ChangePassphraseViewModel::change(const QString &oldPassphrase, const QString &newPassphrase,
                                       const QString &confirmation)
{
    crypto::SecureBuffer current = secureCopy(oldPassphrase);
    crypto::SecureBuffer first = secureCopy(newPassphrase);
    crypto::SecureBuffer second = secureCopy(confirmation);
    wipeString(oldPassphrase);
    wipeString(newPassphrase);
    wipeString(confirmation);
    WalletSession *session = WalletSession::instance();
    if (busy() || session == nullptr)
        return;
    setErrorText({});
    if (current.empty()) {
        setErrorText(tr("Type your current passphrase."));
        return;
    }
    if (!checkNewPassphrase(first, second))
        return;
    setBusy(true);
    session->changePassphrase(std::move(current), std::move(first), this, [this](VaultOutcome &outcome) {
        setBusy(false);
        if (!outcome.ok()) {
            setErrorText(WalletSession::describe(*outcome.error, outcome.retryInSeconds));
            return;
        }
        Q_EMIT changed();
    });
}

} // namespace carnet::qml
