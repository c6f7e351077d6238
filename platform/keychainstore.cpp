// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/keychainstore.h"

#include <QCoreApplication>
#include <QThread>

#include <qt6keychain/keychain.h>

#if CARNET_KEYCHAIN_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

#include <condition_variable>
#include <memory>
#include <mutex>

namespace carnet::platform {

namespace {

using core::KeyStoreError;

// ---- The keychain thread (see the header) -------------------------------------------------------

std::mutex g_threadMutex;
QThread *g_thread = nullptr;
QObject *g_context = nullptr; // lives on g_thread; jobs are created in its thread
bool g_stopped = false;       // the QCoreApplication went away: never restart (QtKeychain's queue
                              // stays bound to the ended thread)

void stopKeychainThread()
{
    const std::lock_guard lock(g_threadMutex);
    g_stopped = true;
    if (!g_thread)
        return;
    g_thread->quit();
    g_thread->wait();
    delete g_context;
    g_context = nullptr;
    delete g_thread;
    g_thread = nullptr;
}

/** The object whose thread runs every job, started on first use; nullptr without a QCoreApplication. */
QObject *keychainContext()
{
    const std::lock_guard lock(g_threadMutex);
    if (g_context)
        return g_context;
    if (g_stopped || !QCoreApplication::instance())
        return nullptr;
    g_thread = new QThread;
    g_thread->setObjectName(QStringLiteral("carnet-keychain"));
    g_context = new QObject;
    g_context->moveToThread(g_thread);
    g_thread->start();
    qAddPostRoutine(&stopKeychainThread);
    return g_context;
}

// ---- One job ----------------------------------------------------------------------------------------

enum class JobKind { Write, Read, Delete };

/** Wipes the bytes of `bytes` in place, without detaching: every QByteArray sharing the buffer
 *  (the job's own copy included) sees zeros. */
void wipeShared(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        crypto::secureWipe(const_cast<char *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    bytes = QByteArray();
}

/** Shared between the calling thread and the keychain thread (the caller may time out first). */
struct Pending
{
    std::mutex mutex;
    std::condition_variable condition;
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;         // QtKeychain's description; never holds secret material
    QByteArray secret;         // Write: the secret, shared with the job; wiped once it is done
    crypto::SecureBuffer data; // Read: the secret read back
};

#if CARNET_KEYCHAIN_SECRET_SERVICE
/** True when the session bus is up and has, or can start, a Secret Service. */
bool secretServiceReachable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QString name = QStringLiteral("org.freedesktop.secrets");
    if (bus.interface()->isServiceRegistered(name))
        return true;
    const QDBusReply<QStringList> activatable = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(name);
}
#endif

/** The failure the keystore reports; on Linux, OtherError is refined for a missing Secret Service.
 *  (QDBusConnection is thread-safe: this may run on the caller's thread.) */
KeyStoreError mapError(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return KeyStoreError::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeyStoreError::Unavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeyStoreError::Denied;
    case QKeychain::OtherError:
#if CARNET_KEYCHAIN_SECRET_SERVICE
        // QtKeychain's libsecret backend reports "no session bus", "no Secret Service" and "the
        // Secret Service failed to start" as plain GLib/D-Bus errors (OtherError) with localised
        // messages. Ask the bus instead of parsing them; D-Bus error names are not localised.
        if (text.contains(QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"))
            || text.contains(QLatin1String("org.freedesktop.DBus.Error.Spawn")) || !secretServiceReachable())
            return KeyStoreError::Unavailable;
#else
        Q_UNUSED(text)
#endif
        return KeyStoreError::Failed;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return KeyStoreError::Failed;
}

/** Runs one job on the keychain thread and waits for it. Returns NoError or the job's error;
 *  a job that does not finish within `timeout` counts as NoBackendAvailable. */
std::pair<QKeychain::Error, QString> runJob(JobKind kind, const QString &service, const QString &key,
                                            const std::shared_ptr<Pending> &pending,
                                            std::chrono::milliseconds timeout)
{
    QObject *context = keychainContext();
    if (!context) {
        wipeShared(pending->secret);
        return {QKeychain::NoBackendAvailable, QStringLiteral("no QCoreApplication")};
    }
    QMetaObject::invokeMethod(
        context,
        [kind, service, key, pending] {
            QKeychain::Job *job = nullptr;
            switch (kind) {
            case JobKind::Write: {
                auto *write = new QKeychain::WritePasswordJob(service);
                write->setBinaryData(pending->secret); // shared, not copied
                job = write;
                break;
            }
            case JobKind::Read:
                job = new QKeychain::ReadPasswordJob(service);
                break;
            case JobKind::Delete:
                job = new QKeychain::DeletePasswordJob(service);
                break;
            }
            job->setAutoDelete(true);
            job->setInsecureFallback(false);
            job->setKey(key);
            QObject::connect(job, &QKeychain::Job::finished, job, [kind, pending](QKeychain::Job *done) {
                const std::lock_guard lock(pending->mutex);
                pending->error = done->error();
                pending->errorText = done->errorString();
                if (kind == JobKind::Read && done->error() == QKeychain::NoError) {
                    QByteArray bytes = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
                    pending->data = crypto::SecureBuffer::copyOf(
                        {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())});
                    wipeShared(bytes); // the job's decoded copy too (it shares this buffer)
                }
                wipeShared(pending->secret);
                pending->finished = true;
                pending->condition.notify_all();
            });
            job->start();
        },
        Qt::QueuedConnection);

    std::unique_lock lock(pending->mutex);
    if (!pending->condition.wait_for(lock, timeout, [&pending] { return pending->finished; }))
        return {QKeychain::NoBackendAvailable, QStringLiteral("the keystore did not answer in time")};
    return {pending->error, pending->errorText};
}

} // namespace

QString KeychainKeyStore::defaultService()
{
    return QStringLiteral("Carnet");
}

KeychainKeyStore::KeychainKeyStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{
}

core::Result<void, KeyStoreError> KeychainKeyStore::store(const QString &id, crypto::ByteView secret)
{
    auto pending = std::make_shared<Pending>();
    pending->secret = QByteArray(reinterpret_cast<const char *>(secret.data()), static_cast<qsizetype>(secret.size()));
    const auto [error, text] = runJob(JobKind::Write, m_service, id, pending, m_timeout);
    if (error != QKeychain::NoError)
        return core::fail(mapError(error, text));
    return {};
}

core::Result<crypto::SecureBuffer, KeyStoreError> KeychainKeyStore::load(const QString &id)
{
    auto pending = std::make_shared<Pending>();
    const auto [error, text] = runJob(JobKind::Read, m_service, id, pending, m_timeout);
    if (error != QKeychain::NoError)
        return core::fail(mapError(error, text));
    const std::lock_guard lock(pending->mutex);
    return std::move(pending->data);
}

core::Result<void, KeyStoreError> KeychainKeyStore::remove(const QString &id)
{
    auto pending = std::make_shared<Pending>();
    const auto [error, text] = runJob(JobKind::Delete, m_service, id, pending, m_timeout);
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return core::fail(mapError(error, text));
    return {};
}

} // namespace carnet::platform
