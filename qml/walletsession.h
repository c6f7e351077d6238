// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The wallet session: whether a wallet exists, is locked or unlocked, and the one place the vault
// is opened, used and locked. The vault lives on a worker thread (VaultWorker); this object lives on
// the UI thread, posts tasks there and turns their outcomes into state and translated text.
//
// Locking (lockNow, the idle timer, the app going to the background) switches the state at once and
// asks the worker to lock: Wallet::lock() wipes the data key and closes the database, then the Wallet
// object is dropped (vaultClosed()). An unlock still running when the lock comes finishes on the
// worker, is locked right after it, and its success is reported as Locked. Record work running on the
// vault (a sync or a publish waiting for a node: the lock reaches the worker through the request's
// nested event loop) keeps the vault it began with until it returns (VaultWorker::TaskScope): it stops
// at its next lockRequested() check, or when its request ends (the RPC deadline); nothing else gets
// the vault meanwhile, and an unlock asked for meanwhile waits for that vault to close.
#include "core/vault/autolock.h"
#include "qml/vaultworker.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>

class QJSEngine;
class QQmlEngine;

namespace carnet::platform {
class LifecycleWatcher;
}

namespace carnet::qml {

class WalletSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString address READ address NOTIFY stateChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)
    Q_PROPERTY(bool quickUnlockEnabled READ quickUnlockEnabled NOTIFY quickUnlockEnabledChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString vaultDirectory READ vaultDirectory CONSTANT)

public:
    enum State { NoWallet, Locked, Unlocked };
    Q_ENUM(State)

    /** Dependencies a test replaces; the defaults are the real ones. */
    struct Options
    {
        /** Argon2id parameters for a new vault. Default: calibrated to about 1 s on this device, or
         *  the floor (m 64 MiB, t 3, p 1) when CARNET_KDF=floor (tests and screenshots only). */
        VaultWorker::ParamsProvider newVaultParams;
        /** A new recovery phrase. Default: crypto::generateMnemonic() (24 English words). */
        std::function<crypto::SecureBuffer()> phraseGenerator;
    };

    /** `vaultDir` is platform::defaultVaultDirectory() in the app; `keyStore` (may be null: no quick
     *  unlock) must outlive the session. Not default-constructible on purpose (see AppSettings). */
    WalletSession(QString vaultDir, core::KeyStore *keyStore, Options options = {}, QObject *parent = nullptr);
    ~WalletSession() override;

    /** Makes `instance` the object QML sees as the WalletSession singleton (before loading QML). */
    static void publish(WalletSession *instance);
    static WalletSession *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    /** The published instance, for the page view models (nullptr when none). */
    static WalletSession *instance();

    State state() const { return m_state; }
    QString address() const { return m_address; }
    int autoLockMinutes() const { return m_autoLockMinutes; }
    void setAutoLockMinutes(int minutes);
    bool quickUnlockEnabled() const { return m_quickUnlockEnabled; }
    bool busy() const { return m_pending > 0; }
    QString errorText() const { return m_errorText; }
    QString vaultDirectory() const { return m_dir; }

    Q_INVOKABLE void enableQuickUnlock(const QString &passphrase);
    Q_INVOKABLE void disableQuickUnlock();
    Q_INVOKABLE void lockNow();

    // For the view models (C++ only). `done` runs on the UI thread, and only while `receiver` lives.
    using Done = std::function<void(VaultOutcome &)>;
    void createVault(crypto::SecureBuffer passphrase, crypto::SecureBuffer phrase, QObject *receiver, Done done);
    void unlock(crypto::SecureBuffer passphrase, QObject *receiver, Done done);
    void quickUnlock(QObject *receiver, Done done);
    void changePassphrase(crypto::SecureBuffer oldPassphrase, crypto::SecureBuffer newPassphrase, QObject *receiver,
                          Done done);
    void revealPhrase(crypto::SecureBuffer passphrase, QObject *receiver, Done done);
    /** The throttle's current wait, read on the worker (outcome.retryInSeconds). */
    void queryThrottle(QObject *receiver, Done done);
    /** Runs `work` on the worker thread with the open wallet (nullptr when locked, also when a lock was
     *  asked for after this call) and hands its result to `done` on the UI thread while `receiver`
     *  lives. A result of work that started before a lock is dropped. Long work (a sync) should poll
     *  lockRequested(generation) and stop: a lock that comes while it runs leaves it the vault until
     *  it returns, and only then closes it. */
    template <typename R>
    void withWallet(QObject *receiver, std::function<R(core::service::Wallet *, quint64 generation)> work, std::function<void(R &)> done)
    {
        const quint64 generation = m_generation.load();
        QPointer<QObject> target(receiver);
        QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, generation, target, work = std::move(work),
                                             done = std::move(done)] {
            const VaultWorker::TaskScope running(*worker);
            core::service::Wallet *wallet = lockRequested(generation) ? nullptr : worker->wallet();
            auto result = std::make_shared<R>(work(wallet, generation));
            QMetaObject::invokeMethod(this, [this, generation, target, done, result] {
                if (target && done && generation == m_generation.load())
                    done(*result);
            });
        });
    }
    /** True once a lock has been asked for after `generation` began: any thread may ask. */
    bool lockRequested(quint64 generation) const { return m_generation.load() != generation; }
    /** A new recovery phrase for the create flow. */
    crypto::SecureBuffer newPhrase() const;

    /** Translated words for a vault error; never a raw error name, never a secret. */
    static QString describe(core::VaultError error, int retryInSeconds = 0);

    /** The idle timer (tests shorten it). */
    core::AutoLock &autoLock() { return m_autoLock; }
    /** Re-reads whether a vault exists (NoWallet / Locked); no effect while unlocked. */
    void refresh();

    static QList<int> allowedAutoLockMinutes();

Q_SIGNALS:
    void stateChanged();
    void locked();
    void unlocked();
    /** The worker has locked and dropped the vault (its file lock is released). */
    void vaultClosed();
    void quickUnlockEnabledChanged();
    void autoLockMinutesChanged();
    void busyChanged();
    void errorTextChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { Opens, Other };
    using Task = std::function<VaultOutcome(VaultWorker &)>;
    void run(Kind kind, Task task, QObject *receiver, Done done);
    void finish(Kind kind, quint64 generation, VaultOutcome &outcome, const QPointer<QObject> &receiver,
                const Done &done);
    void setState(State state);
    void setErrorText(const QString &text);
    void setQuickUnlockEnabled(bool enabled);

    QString m_dir;
    Options m_options;
    QThread m_thread;
    VaultWorker *m_worker = nullptr; // lives on m_thread, deleted there
    core::AutoLock m_autoLock;
    platform::LifecycleWatcher *m_lifecycle = nullptr;
    bool m_hasKeyStore = false;
    State m_state = NoWallet;
    QString m_address;
    int m_autoLockMinutes = 5;
    bool m_quickUnlockEnabled = false;
    int m_pending = 0;
    std::atomic<quint64> m_generation{0}; // bumped by every lock; outcomes of older unlocks are dropped
    QString m_errorText;
};

} // namespace carnet::qml
