// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/grantkeys.h"

namespace carnet::core::share {

namespace {
// A depth-3 key m/4411982'/branch'/0' (its parent's fingerprint cannot be checked without the parent).
bool isClinicianKey(const crypto::ExtendedKey &key)
{
    return key.depth() == 3 && key.childNumber() == (0 | crypto::kHardened);
}
} // namespace

GrantKeys::GrantKeys(SharingKeyring sharing, crypto::ExtendedKey account, crypto::ExtendedKey encryption)
    : m_sharing(std::move(sharing))
    , m_account(std::move(account))
    , m_encryption(std::move(encryption))
{
}

Result<GrantKeys, IdentityError> GrantKeys::fromMaster(const crypto::ExtendedKey &master)
{
    auto sharing = SharingKeyring::fromMaster(master);
    if (!sharing)
        return fail(sharing.error());
    auto account = master.derivePath(kClinicianAccountPath);
    auto encryption = master.derivePath(kClinicianEncryptionPath);
    if (!account || !encryption)
        return fail(IdentityError::DerivationFailed);
    return GrantKeys(std::move(*sharing), std::move(*account), std::move(*encryption));
}

Result<GrantKeys, IdentityError> GrantKeys::fromStored(crypto::ExtendedKey sharingBranch, crypto::ExtendedKey clinicianAccount,
                                                       crypto::ExtendedKey clinicianEncryption)
{
    auto sharing = SharingKeyring::fromBranch(std::move(sharingBranch));
    if (!sharing || !isClinicianKey(clinicianAccount) || !isClinicianKey(clinicianEncryption))
        return fail(IdentityError::DerivationFailed);
    return GrantKeys(std::move(*sharing), std::move(clinicianAccount), std::move(clinicianEncryption));
}

crypto::Address GrantKeys::clinicianAddress() const
{
    return crypto::addressOf(clinicianAccount().publicKey());
}

} // namespace carnet::core::share
