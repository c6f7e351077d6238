// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The keys of paid research (docs/PROTOCOL.md §9.1), derived from the recovery phrase's master key:
//   research root R          m/4411982'/2'/0'   never used itself
//   study key k_s, secret x_s  I = HMAC-SHA512(R.priv, "carnet/study-key/v1" ‖ uint64(chainId) ‖ market ‖ studyId)
//   account_s = address(k_s), pseudonym_s = keccak("carnet/study-pseudonym/v1" ‖ studyId ‖ account_s)
// and the researcher's dataset key D = HMAC-SHA512(account key, "carnet/researcher-dataset-key/v1")[0..32).
#include "core/identity.h"
#include "core/ledger/contracts/researchmarket.h"
#include "core/result.h"
#include "crypto/bip32.h"
#include "crypto/ethaddress.h"
#include "crypto/secp256k1.h"

#include <cstdint>
#include <string_view>

namespace carnet::core::research {

using StudyId = crypto::Hash32;
using Pseudonym = crypto::Hash32;

inline constexpr char kResearchRootPath[] = "m/4411982'/2'/0'";

// studyId = keccak("carnet/study-id/v1" ‖ researcher ‖ salt) and pseudonym = keccak("carnet/study-pseudonym/v1"
// ‖ studyId ‖ account), computed as the contract computes them (core/ledger/contracts/researchmarket.h).
using ledger::pseudonymOf;
using ledger::studyIdOf;

/** Where a study lives: its chain, market contract and id. */
struct StudyLocation
{
    std::uint64_t chainId = 0;
    crypto::Address market{};
    StudyId studyId{};
};

/** One study's keys (secret): k_s, x_s, and the public account and pseudonym they give. Move-only. */
struct StudyKeys
{
    crypto::PrivateKey key;        ///< k_s: sends the study's transactions
    crypto::SecureBuffer idSecret; ///< x_s: 32 bytes, keys the dataset's ids (docs/DEID.md)
    crypto::Address account{};     ///< address(k_s)
    Pseudonym pseudonym{};         ///< pseudonymOf(studyId, account)
};

/** The research root R of one phrase (secret, in secure memory). Move-only. */
class ResearchKeys
{
public:
    [[nodiscard]] static Result<ResearchKeys, IdentityError> fromMaster(const crypto::ExtendedKey &master);
    /** From the stored root: DerivationFailed unless it is a depth-3 key with hardened child 0'. */
    [[nodiscard]] static Result<ResearchKeys, IdentityError> fromStored(crypto::ExtendedKey root);

    /** The root, for the vault to keep (secret). */
    const crypto::ExtendedKey &root() const noexcept { return m_root; }
    /** The keys of one study; DerivationFailed when I[0..32) is 0 or ≥ n (probability < 2^-127). */
    [[nodiscard]] Result<StudyKeys, IdentityError> study(const StudyLocation &where) const;

private:
    explicit ResearchKeys(crypto::ExtendedKey root) : m_root(std::move(root)) {}
    crypto::ExtendedKey m_root;
};

/** The researcher's dataset key D of an account key (ECDH only); nullopt with probability < 2^-127. */
[[nodiscard]] std::optional<crypto::PrivateKey> researcherDatasetKey(const crypto::PrivateKey &accountKey);

} // namespace carnet::core::research
