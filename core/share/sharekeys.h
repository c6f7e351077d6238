// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The keys of grants (docs/PROTOCOL.md §8.1–8.2), derived from the recovery phrase's master key:
//   sharing key S_g                 m/4411982'/4'/g'   signs grant g's terms and sends its transactions only
//   clinician account key C         m/4411982'/5'/0'   the clinician's licensed account
//   clinician encryption key K      m/4411982'/6'/0'   ECDH only: named grants' bundles are sealed to K.pub
//   grantId = keccak("carnet/grant-id/v1" ‖ address(S_g) (20) ‖ uint256(nonce) (32))
#include "core/identity.h"
#include "core/ledger/u256.h"
#include "core/result.h"
#include "crypto/bip32.h"
#include "crypto/ethaddress.h"

#include <cstdint>
#include <string_view>

namespace carnet::core::share {

/** A grant id: 32 public bytes, the key of a grant in AccessGrants. */
using GrantId = crypto::Hash32;

/** The domain tag hashed before the signer and nonce of a grant id. */
inline constexpr std::string_view kGrantIdTag = "carnet/grant-id/v1";
/** The largest grant index: g is a hardened BIP-32 index, so g < 2^31. */
inline constexpr std::uint32_t kMaxGrantIndex = 0x7FFFFFFFu;

/** grantId = keccak("carnet/grant-id/v1" ‖ signer (20) ‖ uint256(nonce) (32)): what the contract
 *  recomputes (`grantIdOf`). The wallet's grants use nonce 0. */
[[nodiscard]] GrantId grantIdOf(const crypto::Address &signer, const ledger::U256 &nonce);
[[nodiscard]] GrantId grantIdOf(const crypto::Address &signer, std::uint64_t nonce);

/** Why a sharing key cannot be derived. */
enum class ShareKeyError {
    IndexOutOfRange,  ///< g > kMaxGrantIndex
    DerivationFailed, ///< a BIP-32 step gave an invalid key (probability < 2^-127 per step)
};

/** An English description of the error, for logs and the CLI. */
const char *describe(ShareKeyError error);

/** The sharing branch m/4411982'/4' of one phrase (secret, in secure memory), never the master key;
 *  each grant's key is derived when asked for and not kept. Move-only. */
class SharingKeyring
{
public:
    /** The keyring of a BIP-32 master key (see masterKeyFromParse in core/identity.h). */
    [[nodiscard]] static Result<SharingKeyring, IdentityError> fromMaster(const crypto::ExtendedKey &master);
    /** The keyring of its branch key as derived earlier: DerivationFailed when it is not the depth-2
     *  key of hardened branch 4'. */
    [[nodiscard]] static Result<SharingKeyring, IdentityError> fromBranch(crypto::ExtendedKey branch);

    /** The branch key m/4411982'/4', for the vault to keep (secret). */
    const crypto::ExtendedKey &branch() const noexcept { return m_branch; }

    /** Sharing key S_g (m/4411982'/4'/g'). Secret: signs grant g and sends its transactions. */
    [[nodiscard]] Result<crypto::PrivateKey, ShareKeyError> sharingKey(std::uint32_t g) const;
    /** address(S_g): the grant's `patient`, unlinked to the patient's records and other grants. */
    [[nodiscard]] Result<crypto::Address, ShareKeyError> sharingAddress(std::uint32_t g) const;
    /** The id of grant g: grantIdOf(address(S_g), 0). */
    [[nodiscard]] Result<GrantId, ShareKeyError> grantId(std::uint32_t g) const;

private:
    explicit SharingKeyring(crypto::ExtendedKey branch);
    crypto::ExtendedKey m_branch; // m/4411982'/4'
};

/** The clinician account key C (m/4411982'/5'/0') of a master key. Secret. */
[[nodiscard]] Result<crypto::PrivateKey, IdentityError> clinicianAccountKey(const crypto::ExtendedKey &master);
/** The clinician encryption key K (m/4411982'/6'/0') of a master key. Secret; ECDH only. */
[[nodiscard]] Result<crypto::PrivateKey, IdentityError> clinicianEncryptionKey(const crypto::ExtendedKey &master);

} // namespace carnet::core::share
