// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The OS keystore behind an interface (platform/ implements it over QtKeychain; tests use a fake).
// Quick unlock keeps the vault's data key here, so the keystore's own protection (hardware key,
// user session, biometric gate) is what guards it. Calls are synchronous; callers run them on a
// worker thread, like every vault operation.
#include "core/result.h"
#include "crypto/securebuffer.h"

#include <QString>

namespace carnet::core {

enum class KeyStoreError {
    NotFound,    ///< no entry under that id
    Unavailable, ///< no keystore backend (no Secret Service, locked keyring…)
    Denied,      ///< the user or the OS refused (cancelled prompt, biometric change)
    Failed,      ///< any other backend failure
};

class KeyStore
{
public:
    virtual ~KeyStore() = default;
    /** Stores (or replaces) the secret under `id`. */
    virtual Result<void, KeyStoreError> store(const QString &id, crypto::ByteView secret) = 0;
    /** Loads the secret stored under `id`. */
    virtual Result<crypto::SecureBuffer, KeyStoreError> load(const QString &id) = 0;
    /** Removes the entry; removing a missing entry succeeds. */
    virtual Result<void, KeyStoreError> remove(const QString &id) = 0;
};

} // namespace carnet::core
