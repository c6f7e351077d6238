// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/vaulterror.h"

namespace carnet::core {

const char *vaultErrorName(VaultError error) noexcept
{
    switch (error) {
    case VaultError::WrongPassphrase: return "WrongPassphrase";
    case VaultError::Damaged: return "Damaged";
    case VaultError::NotFound: return "NotFound";
    case VaultError::MissingHeader: return "MissingHeader";
    case VaultError::MissingDatabase: return "MissingDatabase";
    case VaultError::AlreadyExists: return "AlreadyExists";
    case VaultError::InUse: return "InUse";
    case VaultError::PlaintextDatabase: return "PlaintextDatabase";
    case VaultError::WeakParameters: return "WeakParameters";
    case VaultError::UnsupportedVersion: return "UnsupportedVersion";
    case VaultError::Throttled: return "Throttled";
    case VaultError::DiskFull: return "DiskFull";
    case VaultError::IoError: return "IoError";
    case VaultError::InvalidPhrase: return "InvalidPhrase";
    case VaultError::EmptyPassphrase: return "EmptyPassphrase";
    case VaultError::KeystoreUnavailable: return "KeystoreUnavailable";
    case VaultError::Locked: return "Locked";
    case VaultError::NeedsPassphrase: return "NeedsPassphrase";
    }
    return "Unknown";
}

} // namespace carnet::core
