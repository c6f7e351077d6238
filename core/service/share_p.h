// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the patient's side of sharing (walletshare*.cpp): the steps of making a grant. Not a
// public API.
#include "core/ledger/contracts/accessgrants.h"
#include "core/service/grantstore.h"
#include "core/service/wallet_p.h"
#include "core/share/keybundle.h"

namespace carnet::core::service::detail {

/** The clinician a grant names (zero account and no key for the code forms). */
struct Grantee
{
    crypto::Address account{};
    QString name;
    std::optional<crypto::PublicKey> key; ///< K.pub as the registry holds it
};

/** The named clinician of `request`: licensed as clinician now, with an encryption key in the
 *  registry equal to the code's (when a code is given), both by a strict majority of the round's nodes. */
ActionResult<Grantee> namedGrantee(const ledger::NetworkConfig &network, const ShareRequest &request);

/** The bundle's records: for every selected entry (verified, in record and sequence order) its content
 *  key, unwrapped with E_n from the sealed entry a node gives whose keccak is the vault's sealed hash;
 *  nodes are tried in the network file's order until every key is found (KeysUnavailable otherwise). */
ActionResult<std::vector<share::BundleRecord>> fetchContentKeys(const ledger::NetworkConfig &network,
                                                                 const crypto::Address &recordLog,
                                                                 const record::RecordKeyring &keyring,
                                                                 const std::vector<sync::StoredRecord> &records,
                                                                 const std::vector<sync::StoredEntry> &selected);

/** The next grant index whose sharing account has not used nonce 0 on the ledger, by a strict
 *  majority of the configured nodes at their heads (PROTOCOL.md §8.1); taken ones are remembered as used. */
ActionResult<std::uint32_t> freeGrantIndex(const ledger::NetworkConfig &network, const crypto::Address &accessGrants,
                                           GrantStore &grants, const share::SharingKeyring &sharing);

struct SealedGrantBundle
{
    crypto::Bytes bundle;
    crypto::SecureBuffer shareSecret; ///< 32 bytes in modes 1 and 2, empty in mode 3
};
/** The encrypted bundle of `bundle` (PROTOCOL.md §8.5) with a fresh share secret (modes 1, 2). */
ActionResult<SealedGrantBundle> sealBundle(const share::KeyBundle &bundle, share::BundleMode mode,
                                           const share::BundleContext &context, const crypto::SecureBuffer &passcode,
                                           const Grantee &grantee);

struct SentGrant
{
    std::vector<crypto::Hash32> transactions;
    std::uint64_t gasUsed = 0;
};
/** Sends issue (when `partsSent` is 0) and the remaining parts from the sharing key with zero fees,
 *  each confirmed, recording progress in `grants`; then waits until a strict majority of the nodes
 *  shows the grant Active (CantVerify when they do not within 10 s: the grant stays stored). */
ActionResult<SentGrant> sendGrant(const ledger::NetworkConfig &network, const crypto::Address &accessGrants,
                                  const crypto::PrivateKey &sharingKey, const ledger::GrantTerms &terms,
                                  const crypto::Bytes &signature, const std::vector<crypto::Bytes> &parts,
                                  std::uint16_t partsSent, GrantStore &grants, std::uint32_t index);

/** `QString` of a UTF-8 secret (for the share library's passcode parameter). */
QString utf8Text(const crypto::SecureBuffer &text);

} // namespace carnet::core::service::detail
