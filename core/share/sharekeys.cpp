// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/sharekeys.h"
#include "crypto/hash.h"

namespace carnet::core::share {

namespace {
Result<crypto::PrivateKey, IdentityError> keyAt(const crypto::ExtendedKey &master, const char *path)
{
    const auto key = master.derivePath(path);
    if (!key)
        return fail(IdentityError::DerivationFailed);
    return key->privateKey().clone();
}
} // namespace

GrantId grantIdOf(const crypto::Address &signer, const ledger::U256 &nonce)
{
    const crypto::Hash32 word = nonce.toBytes32();
    crypto::Bytes preimage(kGrantIdTag.begin(), kGrantIdTag.end());
    preimage.insert(preimage.end(), signer.begin(), signer.end());
    preimage.insert(preimage.end(), word.begin(), word.end());
    return crypto::keccak256(preimage);
}

GrantId grantIdOf(const crypto::Address &signer, std::uint64_t nonce)
{
    return grantIdOf(signer, ledger::U256(nonce));
}

const char *describe(ShareKeyError error)
{
    switch (error) {
    case ShareKeyError::IndexOutOfRange:
        return "grant index out of range (at most 2^31 - 1)";
    case ShareKeyError::DerivationFailed:
        return "the sharing key could not be derived";
    }
    return "unknown";
}

SharingKeyring::SharingKeyring(crypto::ExtendedKey branch)
    : m_branch(std::move(branch))
{
}

Result<SharingKeyring, IdentityError> SharingKeyring::fromMaster(const crypto::ExtendedKey &master)
{
    auto branch = master.derivePath(kSharingBranch);
    if (!branch)
        return fail(IdentityError::DerivationFailed);
    return SharingKeyring(std::move(*branch));
}

Result<SharingKeyring, IdentityError> SharingKeyring::fromBranch(crypto::ExtendedKey branch)
{
    constexpr std::uint32_t kSharingChild = 4 | crypto::kHardened;
    if (branch.depth() != 2 || branch.childNumber() != kSharingChild)
        return fail(IdentityError::DerivationFailed);
    return SharingKeyring(std::move(branch));
}

Result<crypto::PrivateKey, ShareKeyError> SharingKeyring::sharingKey(std::uint32_t g) const
{
    if (g > kMaxGrantIndex)
        return fail(ShareKeyError::IndexOutOfRange);
    const auto key = m_branch.derive(g | crypto::kHardened);
    if (!key)
        return fail(ShareKeyError::DerivationFailed);
    return key->privateKey().clone();
}

Result<crypto::Address, ShareKeyError> SharingKeyring::sharingAddress(std::uint32_t g) const
{
    const auto key = sharingKey(g);
    if (!key)
        return fail(key.error());
    return crypto::addressOf(key->publicKey());
}

Result<GrantId, ShareKeyError> SharingKeyring::grantId(std::uint32_t g) const
{
    const auto address = sharingAddress(g);
    if (!address)
        return fail(address.error());
    return grantIdOf(*address, std::uint64_t {0});
}

Result<crypto::PrivateKey, IdentityError> clinicianAccountKey(const crypto::ExtendedKey &master)
{
    return keyAt(master, kClinicianAccountPath);
}

Result<crypto::PrivateKey, IdentityError> clinicianEncryptionKey(const crypto::ExtendedKey &master)
{
    return keyAt(master, kClinicianEncryptionPath);
}

} // namespace carnet::core::share
