// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// core::KeyStore over the operating system's keystore through QtKeychain 0.13 (Secret Service on
// Linux, Keychain on macOS/iOS, Credential Store on Windows, Keystore on Android).
//
// QtKeychain jobs are asynchronous and its job queue (QKeychain's JobExecutor) is a process-wide
// QObject bound to the thread of the first job: a job finished on another thread reaches that
// queue through that thread's event loop, and if that thread has ended the queue stalls for good.
// So every job of the process runs on one thread that lives as long as the QCoreApplication: the
// "keychain thread". A call posts its job there and blocks until the job finishes (or until the
// timeout), so the calls are synchronous and safe from any thread, including a worker thread that
// comes and goes; the GUI thread's event loop is never needed. The thread stops when the
// QCoreApplication is destroyed; no KeychainKeyStore may be used after that.
//
// Secrets: entries are stored as binary data (setBinaryData) under service "Carnet", with the
// insecure plain-text fallback off. The QByteArray this class shares with a job is wiped once the
// job is done; copies made inside QtKeychain and the backend (base64 encoding, D-Bus messages) are
// out of our reach.
#include "core/vault/keystore.h"

#include <QString>

#include <chrono>

namespace carnet::platform {

class KeychainKeyStore final : public core::KeyStore
{
public:
    /** The default service name entries are filed under. */
    static QString defaultService();
    /** The default time a call waits for the keystore (a keyring may ask the user to unlock it). */
    static constexpr std::chrono::milliseconds kDefaultTimeout{120 * 1000};

    /** A keystore filing entries under `service`. A QCoreApplication must exist. A call that is not
     *  answered within `timeout` fails with Unavailable (the job is left to finish on its own). */
    explicit KeychainKeyStore(QString service = defaultService(),
                              std::chrono::milliseconds timeout = kDefaultTimeout);

    core::Result<void, core::KeyStoreError> store(const QString &id, crypto::ByteView secret) override;
    core::Result<crypto::SecureBuffer, core::KeyStoreError> load(const QString &id) override;
    core::Result<void, core::KeyStoreError> remove(const QString &id) override;

    QString service() const { return m_service; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace carnet::platform
