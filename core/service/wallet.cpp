// SPDX-License-Identifier: GPL-3.0-or-later
// The vault side of the service: create, restore, unlock, lock, passphrase, recovery phrase, quick
// unlock. The record side is in walletrecordactions.cpp.
#include "core/service/wallet.h"

#include "crypto/bip39.h"

namespace carnet::core::service {

Wallet::Wallet(std::unique_ptr<Vault> vault) : m_vault(std::move(vault)) {}

Wallet::~Wallet()
{
    if (m_vault)
        m_vault->lock();
}

VaultResult<std::unique_ptr<Wallet>> Wallet::wrap(VaultResult<std::unique_ptr<Vault>> opened)
{
    if (!opened)
        return fail(opened.error());
    return std::unique_ptr<Wallet>(new Wallet(std::move(*opened)));
}

VaultResult<std::unique_ptr<Wallet>> Wallet::create(const QString &dir, crypto::SecureBuffer passphrase,
                                                    crypto::SecureBuffer phrase, const crypto::Argon2Params &params)
{
    // Never replace a wallet: Vault::create refuses a non-empty directory; this says so first.
    if (Vault::exists(dir))
        return fail(VaultError::AlreadyExists);
    return wrap(Vault::create(dir, std::move(passphrase), std::move(phrase), params));
}

VaultResult<std::unique_ptr<Wallet>> Wallet::open(const QString &dir, const crypto::SecureBuffer &passphrase)
{
    return wrap(Vault::open(dir, passphrase));
}

VaultResult<std::unique_ptr<Wallet>> Wallet::openWithKeyStore(const QString &dir, KeyStore &keyStore)
{
    return wrap(Vault::openWithKeyStore(dir, keyStore));
}

bool Wallet::exists(const QString &dir)
{
    return Vault::exists(dir);
}

std::chrono::seconds Wallet::throttleRemaining(const QString &dir)
{
    return Vault::throttleRemaining(dir);
}

crypto::SecureBuffer Wallet::newRecoveryPhrase()
{
    return crypto::generateMnemonic();
}

VaultResult<void> Wallet::changePassphrase(const crypto::SecureBuffer &oldPassphrase,
                                           const crypto::SecureBuffer &newPassphrase)
{
    // The new header keeps the vault's Argon2id parameters (calibrated when it was created).
    return m_vault->changePassphrase(oldPassphrase, newPassphrase);
}

VaultResult<crypto::SecureBuffer> Wallet::recoveryPhrase(const crypto::SecureBuffer &passphrase)
{
    return m_vault->recoveryPhrase(passphrase);
}

VaultResult<void> Wallet::enableQuickUnlock(const crypto::SecureBuffer &passphrase, KeyStore &keyStore)
{
    // Re-authentication: the same check (and throttle) as revealing the recovery phrase.
    if (auto check = m_vault->verifyPassphrase(passphrase); !check)
        return check;
    return m_vault->enableQuickUnlock(keyStore);
}

VaultResult<void> Wallet::disableQuickUnlock(KeyStore &keyStore)
{
    return m_vault->disableQuickUnlock(keyStore);
}

} // namespace carnet::core::service
