// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/vaultworker.h"

namespace carnet::qml {

using core::VaultError;

VaultWorker::VaultWorker(QString dir, core::KeyStore *keyStore, ParamsProvider newParams)
    : m_dir(std::move(dir)), m_keyStore(keyStore), m_newParams(std::move(newParams))
{
}

VaultWorker::~VaultWorker()
{
    close(false);
}

VaultOutcome VaultWorker::failure(VaultError error) const
{
    VaultOutcome outcome;
    outcome.error = error;
    if (error == VaultError::WrongPassphrase || error == VaultError::Throttled)
        outcome.retryInSeconds = static_cast<int>(core::Vault::throttleRemaining(m_dir).count());
    if (error == VaultError::Throttled)
        outcome.retryInSeconds = std::max(outcome.retryInSeconds, 1);
    return outcome;
}

VaultOutcome VaultWorker::create(crypto::SecureBuffer passphrase, crypto::SecureBuffer phrase)
{
    lock();
    // Never replace a wallet: the core refuses a non-empty directory, and this says so first.
    if (core::Vault::exists(m_dir))
        return failure(VaultError::AlreadyExists);
    const crypto::Argon2Params params = m_newParams ? m_newParams() : core::kArgon2Floor;
    auto created = core::Vault::create(m_dir, std::move(passphrase), std::move(phrase), params);
    if (!created)
        return failure(created.error());
    m_vault = std::move(created.value());
    VaultOutcome outcome;
    outcome.address = m_vault->address();
    return outcome;
}

VaultOutcome VaultWorker::open(const crypto::SecureBuffer &passphrase)
{
    lock();
    auto opened = core::Vault::open(m_dir, passphrase);
    if (!opened)
        return failure(opened.error());
    m_vault = std::move(opened.value());
    VaultOutcome outcome;
    outcome.address = m_vault->address();
    return outcome;
}

VaultOutcome VaultWorker::openWithKeyStore()
{
    lock();
    if (m_keyStore == nullptr)
        return failure(VaultError::KeystoreUnavailable);
    auto opened = core::Vault::openWithKeyStore(m_dir, *m_keyStore);
    if (!opened)
        return failure(opened.error());
    m_vault = std::move(opened.value());
    VaultOutcome outcome;
    outcome.address = m_vault->address();
    return outcome;
}

VaultOutcome VaultWorker::changePassphrase(const crypto::SecureBuffer &oldPassphrase,
                                           const crypto::SecureBuffer &newPassphrase)
{
    if (!m_vault)
        return failure(VaultError::Locked);
    // The new header keeps the vault's Argon2id parameters (calibrated when it was created).
    auto changed = m_vault->changePassphrase(oldPassphrase, newPassphrase);
    if (!changed)
        return failure(changed.error());
    return {};
}

VaultOutcome VaultWorker::recoveryPhrase(const crypto::SecureBuffer &passphrase)
{
    if (!m_vault)
        return failure(VaultError::Locked);
    auto phrase = m_vault->recoveryPhrase(passphrase);
    if (!phrase)
        return failure(phrase.error());
    VaultOutcome outcome;
    outcome.phrase = std::move(phrase.value());
    return outcome;
}

VaultOutcome VaultWorker::enableQuickUnlock(const crypto::SecureBuffer &passphrase)
{
    if (!m_vault)
        return failure(VaultError::Locked);
    if (m_keyStore == nullptr)
        return failure(VaultError::KeystoreUnavailable);
    // Re-authentication: the same check (and throttle) as revealing the recovery phrase.
    auto check = m_vault->verifyPassphrase(passphrase);
    if (!check)
        return failure(check.error());
    auto enabled = m_vault->enableQuickUnlock(*m_keyStore);
    if (!enabled)
        return failure(enabled.error());
    return {};
}

VaultOutcome VaultWorker::disableQuickUnlock()
{
    if (m_keyStore == nullptr)
        return {};
    if (!m_vault)
        return failure(VaultError::Locked);
    auto disabled = m_vault->disableQuickUnlock(*m_keyStore);
    if (!disabled)
        return failure(disabled.error());
    return {};
}

VaultOutcome VaultWorker::throttle() const
{
    VaultOutcome outcome;
    outcome.retryInSeconds = static_cast<int>(core::Vault::throttleRemaining(m_dir).count());
    return outcome;
}

void VaultWorker::lock() noexcept
{
    close(true);
}

void VaultWorker::close(bool notify) noexcept
{
    if (!m_vault)
        return;
    m_vault->lock();
    m_vault.reset();
    if (notify)
        Q_EMIT closed();
}

} // namespace carnet::qml
