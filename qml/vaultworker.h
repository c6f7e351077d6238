// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The vault's home on WalletSession's worker thread: every Argon2id run and every SQLCipher call
// happens here, never on the UI thread. The worker owns the open core::Vault; WalletSession posts
// tasks to it and receives a VaultOutcome back on the UI thread.
#include "core/vault/vault.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace carnet::qml {

/** What a vault task reports back. It never holds a passphrase; `phrase` is filled only by
 *  recoveryPhrase() (the reveal screen) and lives in secure memory. */
struct VaultOutcome
{
    std::optional<core::VaultError> error;
    QString address;        ///< after a successful create or open
    int retryInSeconds = 0; ///< the throttle's wait after a failed passphrase
    crypto::SecureBuffer phrase;

    bool ok() const noexcept { return !error.has_value(); }
};

class VaultWorker : public QObject
{
    Q_OBJECT
public:
    using ParamsProvider = std::function<crypto::Argon2Params()>;

    /** `keyStore` may be null (no quick unlock); `newParams` chooses the KDF parameters of a new vault. */
    VaultWorker(QString dir, core::KeyStore *keyStore, ParamsProvider newParams);
    ~VaultWorker() override;

    VaultOutcome create(crypto::SecureBuffer passphrase, crypto::SecureBuffer phrase);
    VaultOutcome open(const crypto::SecureBuffer &passphrase);
    VaultOutcome openWithKeyStore();
    VaultOutcome changePassphrase(const crypto::SecureBuffer &oldPassphrase, const crypto::SecureBuffer &newPassphrase);
    VaultOutcome recoveryPhrase(const crypto::SecureBuffer &passphrase);
    /** Re-authenticates with the passphrase (throttled like unlock), then stores the data key. */
    VaultOutcome enableQuickUnlock(const crypto::SecureBuffer &passphrase);
    VaultOutcome disableQuickUnlock();
    VaultOutcome throttle() const;

    /** Vault::lock() (wipes the data key, closes the database, releases the file lock), then drops it;
     *  closed() says so. */
    void lock() noexcept;
    bool isOpen() const noexcept { return m_vault != nullptr; }
    /** The open vault for record work posted by WalletSession::withVault (nullptr when locked). */
    core::Vault *vault() noexcept { return m_vault.get(); }

Q_SIGNALS:
    /** A vault was locked and dropped: its file lock is released. Emitted on the worker thread. */
    void closed();

private:
    VaultOutcome failure(core::VaultError error) const;
    void close(bool notify) noexcept;

    QString m_dir;
    core::KeyStore *m_keyStore = nullptr;
    ParamsProvider m_newParams;
    std::unique_ptr<core::Vault> m_vault;
};

} // namespace carnet::qml
