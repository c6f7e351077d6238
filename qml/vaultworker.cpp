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
    // On the worker thread, after its event loop ended: no task is running any more.
    close(std::move(m_vault), false);
    for (auto &vault : m_closing)
        close(std::move(vault), false);
    m_idleJobs.clear(); // an unlock never run: its passphrase is wiped with it
}

VaultOutcome VaultWorker::failure(VaultError error) const
{
    VaultOutcome outcome;
    outcome.error = error;
    if (error == VaultError::WrongPassphrase || error == VaultError::Throttled)
        outcome.retryInSeconds = static_cast<int>(core::service::Wallet::throttleRemaining(m_dir).count());
    if (error == VaultError::Throttled)
        outcome.retryInSeconds = std::max(outcome.retryInSeconds, 1);
    return outcome;
}

VaultOutcome VaultWorker::create(crypto::SecureBuffer passphrase, crypto::SecureBuffer phrase)
{
    if (!closeBeforeOpening())
        return failure(VaultError::InUse);
    const crypto::Argon2Params params = m_newParams ? m_newParams() : core::kArgon2Floor;
    auto created = core::service::Wallet::create(m_dir, std::move(passphrase), std::move(phrase), params);
    if (!created)
        return failure(created.error());
    m_vault = std::move(created.value());
    VaultOutcome outcome;
    outcome.address = m_vault->address();
    return outcome;
}

VaultOutcome VaultWorker::open(const crypto::SecureBuffer &passphrase)
{
    if (!closeBeforeOpening())
        return failure(VaultError::InUse);
    auto opened = core::service::Wallet::open(m_dir, passphrase);
    if (!opened)
        return failure(opened.error());
    m_vault = std::move(opened.value());
    VaultOutcome outcome;
    outcome.address = m_vault->address();
    return outcome;
}

VaultOutcome VaultWorker::openWithKeyStore()
{
    if (!closeBeforeOpening())
        return failure(VaultError::InUse);
    if (m_keyStore == nullptr)
        return failure(VaultError::KeystoreUnavailable);
    auto opened = core::service::Wallet::openWithKeyStore(m_dir, *m_keyStore);
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
    auto enabled = m_vault->enableQuickUnlock(passphrase, *m_keyStore);
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
    outcome.retryInSeconds = static_cast<int>(core::service::Wallet::throttleRemaining(m_dir).count());
    return outcome;
}

void VaultWorker::lock() noexcept
{
    if (!m_vault)
        return;
    if (m_depth == 0) {
        close(std::move(m_vault), true);
        return;
    }
    // A task is running on the vault and this lock reached the worker through that task's nested event
    // loop (a JSON-RPC wait): the task holds pointers into the vault (its record store uses the
    // vault's Database), so destroying it now would free them under the task. Set it aside: nothing
    // new gets it, and the task sees the lock at its next cancellation check (the session's generation
    // has already changed). endTask() locks it when the outermost task returns.
    m_closing.push_back(std::move(m_vault));
}

void VaultWorker::close(std::unique_ptr<core::service::Wallet> vault, bool notify) noexcept
{
    if (!vault)
        return;
    vault->lock();
    vault.reset();
    if (notify)
        Q_EMIT closed();
}

bool VaultWorker::closeBeforeOpening()
{
    // Opening runs outside tasks (WalletSession posts it through whenIdle): a vault set aside for a
    // running task would still hold the file lock, and the open vault must not go under one either.
    if (m_depth > 0)
        return false;
    close(std::move(m_vault), true);
    return true;
}

void VaultWorker::endTask()
{
    if (--m_depth > 0)
        return;
    // The outermost task has returned: nothing points into a set-aside vault any more.
    std::vector<std::unique_ptr<core::service::Wallet>> closing;
    closing.swap(m_closing);
    for (auto &vault : closing)
        close(std::move(vault), true);
    if (m_runningIdleJobs)
        return;
    m_runningIdleJobs = true;
    while (m_depth == 0 && !m_idleJobs.empty()) {
        std::function<void()> job = std::move(m_idleJobs.front());
        m_idleJobs.pop_front();
        job();
    }
    m_runningIdleJobs = false;
}

void VaultWorker::whenIdle(std::function<void()> job)
{
    if (m_depth == 0 && !m_runningIdleJobs && m_idleJobs.empty()) {
        job();
        return;
    }
    m_idleJobs.push_back(std::move(job));
}

} // namespace carnet::qml
