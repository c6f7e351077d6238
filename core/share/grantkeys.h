// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The keys of a phrase that grants need, as the vault keeps them (docs/PROTOCOL.md §8.1): the sharing
// branch m/4411982'/4' (one key per grant) and the clinician's two keys m/4411982'/5'/0' (account) and
// m/4411982'/6'/0' (encryption). Stored like the record branch keys, under the data key, so a wallet
// opened by quick unlock can still share and read; never the master key.
#include "core/share/sharekeys.h"

namespace carnet::core::share {

class GrantKeys
{
public:
    [[nodiscard]] static Result<GrantKeys, IdentityError> fromMaster(const crypto::ExtendedKey &master);
    /** From the three stored keys: DerivationFailed when one is not the key of its path (depth and
     *  hardened child number, the check a stored key can get without the master key). */
    [[nodiscard]] static Result<GrantKeys, IdentityError> fromStored(crypto::ExtendedKey sharingBranch,
                                                                     crypto::ExtendedKey clinicianAccount,
                                                                     crypto::ExtendedKey clinicianEncryption);

    const SharingKeyring &sharing() const noexcept { return m_sharing; }
    /** The stored forms (secret). */
    const crypto::ExtendedKey &clinicianAccountKey() const noexcept { return m_account; }
    const crypto::ExtendedKey &clinicianEncryptionKey() const noexcept { return m_encryption; }
    /** C and K as private keys (secret). */
    const crypto::PrivateKey &clinicianAccount() const { return m_account.privateKey(); }
    const crypto::PrivateKey &clinicianEncryption() const { return m_encryption.privateKey(); }
    crypto::Address clinicianAddress() const;

private:
    GrantKeys(SharingKeyring sharing, crypto::ExtendedKey account, crypto::ExtendedKey encryption);
    SharingKeyring m_sharing;
    crypto::ExtendedKey m_account;    // m/4411982'/5'/0'
    crypto::ExtendedKey m_encryption; // m/4411982'/6'/0'
};

} // namespace carnet::core::share
