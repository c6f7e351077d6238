// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/walletsession.h"

#include "core/vault/calibrate.h"
#include "crypto/bip39.h"
#include "platform/lifecycle.h"
#include "qml/secretinput.h"

#include <QCoreApplication>
#include <QEvent>
#include <QQmlEngine>
#include <QSettings>

#include <memory>

namespace carnet::qml {
namespace {

QPointer<WalletSession> s_published;

const QLatin1String kAutoLockKey("session/autoLockMinutes");
const QLatin1String kQuickUnlockKey("session/quickUnlock");

VaultWorker::ParamsProvider defaultParams()
{
    return [] {
        // CARNET_KDF=floor: the floor parameters instead of a one-second calibration, so tests and
        // screenshot runs do not spend a second per vault. Never set it for a real wallet.
        if (qEnvironmentVariable("CARNET_KDF") == QLatin1String("floor"))
            return core::kArgon2Floor;
        return core::calibrateArgon2();
    };
}

bool isUserActivity(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        return true;
    default:
        return false;
    }
}

} // namespace

WalletSession::WalletSession(QString vaultDir, core::KeyStore *keyStore, Options options, QObject *parent)
    : QObject(parent), m_dir(std::move(vaultDir)), m_options(std::move(options)), m_hasKeyStore(keyStore != nullptr)
{
    if (!m_options.newVaultParams)
        m_options.newVaultParams = defaultParams();
    if (!m_options.phraseGenerator)
        m_options.phraseGenerator = [] { return crypto::generateMnemonic(); };

    m_thread.setObjectName(QStringLiteral("carnet-vault"));
    m_worker = new VaultWorker(m_dir, keyStore, m_options.newVaultParams);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &VaultWorker::closed, this, &WalletSession::vaultClosed);
    m_thread.start();

    const QSettings settings;
    const int minutes = settings.value(kAutoLockKey, 5).toInt();
    if (allowedAutoLockMinutes().contains(minutes))
        m_autoLockMinutes = minutes;
    m_quickUnlockEnabled = m_hasKeyStore && settings.value(kQuickUnlockKey, false).toBool();
    m_autoLock.setTimeout(std::chrono::minutes(m_autoLockMinutes));
    connect(&m_autoLock, &core::AutoLock::lockRequested, this, &WalletSession::lockNow);

    // Suspended or hidden: lock at once, before the OS takes an app-switcher snapshot.
    m_lifecycle = new platform::LifecycleWatcher(
        [this] {
            if (m_state == Unlocked)
                lockNow();
        },
        this);
    if (QCoreApplication::instance() != nullptr)
        QCoreApplication::instance()->installEventFilter(this);

    m_state = core::service::Wallet::exists(m_dir) ? Locked : NoWallet;
}

WalletSession::~WalletSession()
{
    if (QCoreApplication::instance() != nullptr)
        QCoreApplication::instance()->removeEventFilter(this);
    // A running sync stops at its next check; the worker locks the vault, and its thread ends once
    // no task runs on the vault: QThread::quit() at once would also end a task's nested event loop,
    // so a request it waits for would return unanswered. So this can wait for a request's deadline.
    ++m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
        worker->lock();
        worker->whenIdle([] { QThread::currentThread()->quit(); });
    });
    m_thread.wait();
}

void WalletSession::publish(WalletSession *instance)
{
    s_published = instance;
}

WalletSession *WalletSession::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    Q_UNUSED(engine)
    Q_UNUSED(scriptEngine)
    WalletSession *session = s_published.data();
    Q_ASSERT_X(session != nullptr, "WalletSession::create", "main() must publish the session before loading QML");
    QJSEngine::setObjectOwnership(session, QJSEngine::CppOwnership);
    return session;
}

WalletSession *WalletSession::instance()
{
    return s_published.data();
}

QList<int> WalletSession::allowedAutoLockMinutes()
{
    return {1, 2, 5, 10, 15, 30, 60};
}

void WalletSession::setAutoLockMinutes(int minutes)
{
    if (!allowedAutoLockMinutes().contains(minutes) || minutes == m_autoLockMinutes)
        return;
    m_autoLockMinutes = minutes;
    QSettings().setValue(kAutoLockKey, minutes);
    m_autoLock.setTimeout(std::chrono::minutes(minutes));
    Q_EMIT autoLockMinutesChanged();
}

void WalletSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
    if (state == Unlocked)
        Q_EMIT unlocked();
    else if (state == Locked)
        Q_EMIT locked();
}

void WalletSession::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void WalletSession::setQuickUnlockEnabled(bool enabled)
{
    if (enabled == m_quickUnlockEnabled)
        return;
    m_quickUnlockEnabled = enabled;
    QSettings().setValue(kQuickUnlockKey, enabled);
    Q_EMIT quickUnlockEnabledChanged();
}

void WalletSession::refresh()
{
    if (m_state != Unlocked)
        setState(core::service::Wallet::exists(m_dir) ? Locked : NoWallet);
}

void WalletSession::lockNow()
{
    ++m_generation;
    m_autoLock.stop();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->lock(); });
    m_address.clear();
    setErrorText({});
    setState(core::service::Wallet::exists(m_dir) ? Locked : NoWallet);
}

void WalletSession::run(Kind kind, Task task, QObject *receiver, Done done)
{
    ++m_pending;
    if (m_pending == 1)
        Q_EMIT busyChanged();
    const quint64 generation = m_generation;
    QPointer<QObject> target(receiver);
    auto job = [this, worker = m_worker, kind, generation, target, task = std::move(task), done = std::move(done)] {
        auto outcome = std::make_shared<VaultOutcome>();
        if (kind == Kind::Opens) {
            // Run outside any task (whenIdle). A lock asked for since wins: nothing is opened.
            if (lockRequested(generation))
                outcome->error = core::VaultError::Locked;
            else
                *outcome = task(*worker);
        } else {
            // The lock lockNow() posted is queued behind this task: take it first, so nothing asked
            // for before a lock uses the vault after it.
            if (lockRequested(generation))
                worker->lock();
            const VaultWorker::TaskScope running(*worker);
            *outcome = task(*worker);
        }
        QMetaObject::invokeMethod(this, [this, kind, generation, target, done, outcome] {
            finish(kind, generation, *outcome, target, done);
        });
    };
    if (kind == Kind::Opens) {
        // Creating or opening needs the vault's file lock, which a vault set aside for a running task
        // (a sync waiting for a node when the wallet was locked) still holds: wait for it to close.
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job)]() mutable {
            worker->whenIdle(std::move(job));
        });
    } else {
        QMetaObject::invokeMethod(m_worker, std::move(job));
    }
}

void WalletSession::finish(Kind kind, quint64 generation, VaultOutcome &outcome, const QPointer<QObject> &receiver,
                           const Done &done)
{
    if (kind == Kind::Opens && outcome.ok()) {
        if (generation != m_generation) {
            outcome.error = core::VaultError::Locked; // a lock came meanwhile; the worker has locked it
            outcome.address.clear();
        } else {
            m_address = outcome.address;
            setErrorText({});
            m_autoLock.start();
            setState(Unlocked);
        }
    }
    if (receiver && done)
        done(outcome);
    outcome.phrase.clear();
    --m_pending;
    if (m_pending == 0)
        Q_EMIT busyChanged();
}

void WalletSession::createVault(crypto::SecureBuffer passphrase, crypto::SecureBuffer phrase, QObject *receiver,
                                Done done)
{
    auto secrets = std::make_shared<std::pair<crypto::SecureBuffer, crypto::SecureBuffer>>(std::move(passphrase),
                                                                                         std::move(phrase));
    run(Kind::Opens,
        [secrets](VaultWorker &worker) {
            return worker.create(std::move(secrets->first), std::move(secrets->second));
        },
        receiver,
        [this, done = std::move(done)](VaultOutcome &outcome) {
            if (outcome.ok())
                setQuickUnlockEnabled(false); // a new vault has no keystore entry
            if (done)
                done(outcome);
        });
}

void WalletSession::unlock(crypto::SecureBuffer passphrase, QObject *receiver, Done done)
{
    auto secret = std::make_shared<crypto::SecureBuffer>(std::move(passphrase));
    run(Kind::Opens, [secret](VaultWorker &worker) { return worker.open(*secret); }, receiver, std::move(done));
}

void WalletSession::quickUnlock(QObject *receiver, Done done)
{
    run(Kind::Opens, [](VaultWorker &worker) { return worker.openWithKeyStore(); }, receiver, std::move(done));
}

void WalletSession::changePassphrase(crypto::SecureBuffer oldPassphrase, crypto::SecureBuffer newPassphrase,
                                     QObject *receiver, Done done)
{
    auto secrets = std::make_shared<std::pair<crypto::SecureBuffer, crypto::SecureBuffer>>(std::move(oldPassphrase),
                                                                                         std::move(newPassphrase));
    run(Kind::Other,
        [secrets](VaultWorker &worker) { return worker.changePassphrase(secrets->first, secrets->second); },
        receiver, std::move(done));
}

void WalletSession::revealPhrase(crypto::SecureBuffer passphrase, QObject *receiver, Done done)
{
    auto secret = std::make_shared<crypto::SecureBuffer>(std::move(passphrase));
    run(Kind::Other, [secret](VaultWorker &worker) { return worker.recoveryPhrase(*secret); }, receiver,
        std::move(done));
}

void WalletSession::queryThrottle(QObject *receiver, Done done)
{
    run(Kind::Other, [](VaultWorker &worker) { return worker.throttle(); }, receiver, std::move(done));
}

crypto::SecureBuffer WalletSession::newPhrase() const
{
    return m_options.phraseGenerator();
}

void WalletSession::enableQuickUnlock(const QString &passphrase)
{
    auto secret = std::make_shared<crypto::SecureBuffer>(takeSecret(passphrase));
    setErrorText({});
    run(Kind::Other, [secret](VaultWorker &worker) { return worker.enableQuickUnlock(*secret); }, this,
        [this](VaultOutcome &outcome) {
            if (outcome.ok())
                setQuickUnlockEnabled(true);
            else
                setErrorText(describe(*outcome.error, outcome.retryInSeconds));
        });
}

void WalletSession::disableQuickUnlock()
{
    setErrorText({});
    run(Kind::Other, [](VaultWorker &worker) { return worker.disableQuickUnlock(); }, this,
        [this](VaultOutcome &outcome) {
            // Off in any case: a keystore that cannot remove the entry must not keep quick unlock on.
            setQuickUnlockEnabled(false);
            if (!outcome.ok())
                setErrorText(describe(*outcome.error, outcome.retryInSeconds));
        });
}

bool WalletSession::eventFilter(QObject *watched, QEvent *event)
{
    if (m_state == Unlocked && isUserActivity(event->type()))
        m_autoLock.activity();
    return QObject::eventFilter(watched, event);
}

QString WalletSession::describe(core::VaultError error, int retryInSeconds)
{
    using core::VaultError;
    switch (error) {
    case VaultError::WrongPassphrase:
        return tr("Wrong passphrase. Check it and try again.");
    case VaultError::Damaged:
    case VaultError::MissingHeader:
    case VaultError::MissingDatabase:
    case VaultError::PlaintextDatabase:
    case VaultError::WeakParameters:
        return tr("This wallet is damaged and cannot be opened. Nothing was changed. Your recovery phrase can "
                  "bring it back.");
    case VaultError::NotFound:
        return tr("There is no wallet on this device.");
    case VaultError::AlreadyExists:
        return tr("A wallet already exists on this device. Carnet never replaces it.");
    case VaultError::InUse:
        return tr("Carnet is already open in another window.");
    case VaultError::UnsupportedVersion:
        return tr("This wallet was made by a newer version of Carnet. Update Carnet to open it.");
    case VaultError::Throttled:
        return tr("Too many attempts. Try again in %1 s.").arg(std::max(1, retryInSeconds));
    case VaultError::DiskFull:
        return tr("This device is full. Free some space and try again. Nothing was changed.");
    case VaultError::IoError:
        return tr("Carnet could not read or write its files. Nothing was changed.");
    case VaultError::InvalidPhrase:
        return tr("This recovery phrase is not valid.");
    case VaultError::EmptyPassphrase:
        return tr("Choose a passphrase.");
    case VaultError::KeystoreUnavailable:
        return tr("Quick unlock is not available right now. Use your passphrase.");
    case VaultError::NeedsPassphrase: // a vault of an old layout opened by quick unlock, before its first passphrase
        return tr("This wallet needs your passphrase once to finish an update. Lock it and unlock it with your passphrase.");
    case VaultError::Locked:
        return tr("The wallet was locked. Unlock it and try again.");
    }
    return tr("Something went wrong. Nothing was changed.");
}

} // namespace carnet::qml
