// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The vault's home on WalletSession's worker thread: every Argon2id run and every SQLCipher call
// happens here, never on the UI thread. The worker owns the open wallet (core::service::Wallet); WalletSession posts
// tasks to it and receives a VaultOutcome back on the UI thread. The open vault is a core::service::Wallet:
// every action on it is one call of the service layer.
//
// A task may wait in a nested event loop on this thread (the JSON-RPC client waits for each answer
// that way during a sync or a publish), and that loop also runs whatever else was posted here,
// including a lock. So the worker counts the tasks running on the vault (TaskScope): a lock that
// comes while one runs sets the vault aside instead of destroying it under the task (wallet() is
// nullptr from then on, every operation answers Locked), and the set-aside vault is locked and
// dropped when the outermost task returns. Work that needs the vault's file lock (create, unlock)
// waits for that too (whenIdle), rather than failing with InUse.
#include "core/service/wallet.h"

#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

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

    /** Wallet::lock() (wipes the data key, closes the database, releases the file lock), then drops it;
     *  closed() says so. While a task runs on the vault (taskDepth() > 0, this call then comes from
     *  the task's nested event loop) the vault is set aside instead: from here on wallet() is nullptr,
     *  isOpen() false and every operation answers Locked, and the vault is locked and dropped when
     *  the outermost task returns (lockPending() until then). */
    void lock() noexcept;
    bool isOpen() const noexcept { return m_vault != nullptr; }
    /** True while a locked vault waits for the task still using it to return. */
    bool lockPending() const noexcept { return !m_closing.empty(); }
    /** The open wallet for record work posted by WalletSession::withWallet (nullptr when locked). */
    core::service::Wallet *wallet() noexcept { return m_vault.get(); }

    /** Marks a task running on the vault for its lifetime (WalletSession::withWallet and run). When the
     *  outermost one ends, a pending lock is finished, then the work whenIdle() held back runs. */
    class TaskScope
    {
    public:
        explicit TaskScope(VaultWorker &worker) noexcept : m_worker(worker) { ++m_worker.m_depth; }
        ~TaskScope() { m_worker.endTask(); }
        TaskScope(const TaskScope &) = delete;
        TaskScope &operator=(const TaskScope &) = delete;

    private:
        VaultWorker &m_worker;
    };
    /** Tasks running on the vault right now (nested ones included). */
    int taskDepth() const noexcept { return m_depth; }
    /** Runs `job` now, or, while a task runs on the vault, once the outermost one has returned and a
     *  pending lock is finished: for create and unlock, which need the file lock that a set-aside
     *  vault still holds. Jobs run in the order they came. */
    void whenIdle(std::function<void()> job);

Q_SIGNALS:
    /** A vault was locked and dropped: its file lock is released. Emitted on the worker thread. */
    void closed();

private:
    VaultOutcome failure(core::VaultError error) const;
    /** Locks and drops `vault`; closed() when `notify`. */
    void close(std::unique_ptr<core::service::Wallet> vault, bool notify) noexcept;
    /** Closes the open vault before another is created or opened (only outside tasks: whenIdle). */
    bool closeBeforeOpening();
    void endTask();

    QString m_dir;
    core::KeyStore *m_keyStore = nullptr;
    ParamsProvider m_newParams;
    std::unique_ptr<core::service::Wallet> m_vault;
    std::vector<std::unique_ptr<core::service::Wallet>> m_closing; ///< locked while a task still used them
    int m_depth = 0;
    std::deque<std::function<void()>> m_idleJobs;
    bool m_runningIdleJobs = false;
};

} // namespace carnet::qml
