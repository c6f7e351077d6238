// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/createwalletviewmodel.h"

#include "crypto/bip39.h"
#include "qml/phrasewords.h"
#include "qml/secretinput.h"
#include "qml/walletsession.h"

#include <QRandomGenerator>

#include <algorithm>

namespace carnet::qml {

CreateWalletViewModel::CreateWalletViewModel(QObject *parent) : PassphraseRatingViewModel(parent) {}

CreateWalletViewModel::~CreateWalletViewModel() = default;

void CreateWalletViewModel::generatePhrase()
{
    WalletSession *session = WalletSession::instance();
    m_phrase = session != nullptr ? session->newPhrase() : crypto::generateMnemonic();
    m_wordCount = static_cast<int>(phraseWords(m_phrase).size());
    m_quizPositions.clear();
    while (m_quizPositions.size() < std::min(kQuizWords, m_wordCount)) {
        const int position = static_cast<int>(QRandomGenerator::system()->bounded(m_wordCount)) + 1;
        if (!m_quizPositions.contains(position))
            m_quizPositions.append(position);
    }
    std::sort(m_quizPositions.begin(), m_quizPositions.end());
    m_answered.clear();
    m_quizPassed = false;
    Q_EMIT phraseChanged();
    Q_EMIT quizChanged();
}

bool CreateWalletViewModel::checkQuizWord(int position, const QString &word)
{
    // The typed word is part of the secret: compare a secure copy; the temporary is wiped. The
    // field keeps its text so a typo can be corrected; QML clears it when the quiz is done.
    const crypto::SecureBuffer typed = takeSecret(word.trimmed().toLower());
    if (m_phrase.empty() || !m_quizPositions.contains(position))
        return false;
    const std::vector<std::string_view> words = phraseWords(m_phrase);
    if (position < 1 || position > static_cast<int>(words.size()))
        return false;
    if (typed.asStringView() != words[static_cast<std::size_t>(position - 1)])
        return false;
    if (!m_answered.contains(position))
        m_answered.append(position);
    if (!m_quizPassed && m_answered.size() == m_quizPositions.size()) {
        // Written down and checked: from now on the phrase is kept only for create, never shown.
        m_quizPassed = true;
        Q_EMIT quizChanged();
        Q_EMIT phraseChanged();
    }
    return true;
}

void CreateWalletViewModel::create(const QString &passphrase, const QString &confirmation)
{
    // Copy both before wiping either: QML may pass the same string twice.
    crypto::SecureBuffer first = secureCopy(passphrase);
    crypto::SecureBuffer second = secureCopy(confirmation);
    wipeString(passphrase);
    wipeString(confirmation);
    if (busy())
        return;
    setErrorText({});
    if (!checkNewPassphrase(first, second))
        return;
    startCreate(std::move(first));
}

bool CreateWalletViewModel::choosePassphrase(const QString &passphrase, const QString &confirmation)
{
    crypto::SecureBuffer first = secureCopy(passphrase);
    crypto::SecureBuffer second = secureCopy(confirmation);
    wipeString(passphrase);
    wipeString(confirmation);
    setErrorText({});
    if (!checkNewPassphrase(first, second))
        return false;
    m_chosen = std::move(first);
    Q_EMIT passphraseChosenChanged();
    return true;
}

void CreateWalletViewModel::createWithChosenPassphrase()
{
    if (busy())
        return;
    setErrorText({});
    if (m_chosen.empty()) {
        setErrorText(tr("Choose a passphrase."));
        return;
    }
    startCreate(m_chosen.clone());
}

void CreateWalletViewModel::startCreate(crypto::SecureBuffer passphrase)
{
    WalletSession *session = WalletSession::instance();
    if (m_phrase.empty() || !m_quizPassed || session == nullptr) {
        setErrorText(tr("Write down your recovery phrase and check it first."));
        return;
    }
    setBusy(true);
    session->createVault(std::move(passphrase), m_phrase.clone(), this, [this](VaultOutcome &outcome) {
        setBusy(false);
        if (!outcome.ok()) {
            setErrorText(WalletSession::describe(*outcome.error, outcome.retryInSeconds));
            return;
        }
        forgetSecrets();
        Q_EMIT created();
    });
}

void CreateWalletViewModel::forgetSecrets()
{
    m_phrase.clear();
    const bool hadChosen = !m_chosen.empty();
    m_chosen.clear();
    Q_EMIT phraseChanged();
    if (hadChosen)
        Q_EMIT passphraseChosenChanged();
}

const crypto::SecureBuffer *CreateWalletViewModel::phraseToShow() const
{
    return hasPhrase() ? &m_phrase : nullptr;
}

} // namespace carnet::qml
