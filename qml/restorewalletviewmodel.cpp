// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/restorewalletviewmodel.h"

#include "crypto/bip39.h"
#include "qml/secretinput.h"
#include "qml/walletsession.h"

namespace carnet::qml {

RestoreWalletViewModel::RestoreWalletViewModel(QObject *parent) : PassphraseRatingViewModel(parent) {}

void RestoreWalletViewModel::setPhraseError(const QString &error, bool valid)
{
    if (error == m_phraseError && valid == m_phraseValid)
        return;
    m_phraseError = error;
    m_phraseValid = valid;
    Q_EMIT phraseErrorChanged();
}

bool RestoreWalletViewModel::check(const crypto::SecureBuffer &phrase)
{
    const crypto::Bip39Parse parse = crypto::parseMnemonic(phrase.asStringView());
    switch (parse.error) {
    case crypto::Bip39Error::None:
        setPhraseError({}, true);
        return true;
    case crypto::Bip39Error::WrongWordCount:
        setPhraseError(parse.wordCount == 0
                           ? QString()
                           : tr("A recovery phrase has 12, 15, 18, 21 or 24 words. This one has %1.")
                                 .arg(parse.wordCount),
                       false);
        return false;
    case crypto::Bip39Error::UnknownWord:
        setPhraseError(tr("Word %1 is not in the English or French word list.").arg(parse.wordIndex + 1), false);
        return false;
    case crypto::Bip39Error::MixedLanguages:
        setPhraseError(tr("The words mix the English and French lists. Use the words of one language."), false);
        return false;
    case crypto::Bip39Error::BadChecksum:
        setPhraseError(tr("Every word is known, but together they are not a valid phrase. Check their order and "
                          "spelling."),
                       false);
        return false;
    case crypto::Bip39Error::InvalidUtf8:
        break;
    }
    setPhraseError(tr("This text cannot be read as a recovery phrase."), false);
    return false;
}

bool RestoreWalletViewModel::checkPhrase(const QString &phrase)
{
    return check(secureCopy(phrase));
}

void RestoreWalletViewModel::restore(const QString &phrase, const QString &passphrase, const QString &confirmation)
{
    crypto::SecureBuffer words = secureCopy(phrase);
    crypto::SecureBuffer first = secureCopy(passphrase);
    crypto::SecureBuffer second = secureCopy(confirmation);
    wipeString(phrase);
    wipeString(passphrase);
    wipeString(confirmation);
    if (busy())
        return;
    setErrorText({});
    if (!check(words)) {
        setErrorText(m_phraseError.isEmpty() ? tr("Type your recovery phrase.") : m_phraseError);
        return;
    }
    if (!checkNewPassphrase(first, second))
        return;
    WalletSession *session = WalletSession::instance();
    if (session == nullptr)
        return;
    setBusy(true);
    session->createVault(std::move(first), std::move(words), this, [this](VaultOutcome &outcome) {
        setBusy(false);
        if (!outcome.ok()) {
            setErrorText(WalletSession::describe(*outcome.error, outcome.retryInSeconds));
            return;
        }
        setPhraseError({}, false);
        Q_EMIT restored();
    });
}

} // namespace carnet::qml
