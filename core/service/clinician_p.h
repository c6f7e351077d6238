// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the service's clinician mode (walletclinician*.cpp): one round of §8.7 and its steps.
// Not a public API.
#include "core/service/grantledger.h"
#include "core/service/wallet_p.h"
#include "core/share/grantkeys.h"
#include "core/share/keybundle.h"
#include "core/share/sharecode.h"

#include <memory>

namespace carnet::core::service {

/** A share code being read: its grant's terms agreed at the round's target block. */
struct Wallet::ClinicianRound
{
    share::GrantKeys keys;               ///< C and K (secret)
    share::ShareCode code;               ///< secret in modes 1 and 2
    std::unique_ptr<GrantLedger> ledger; ///< the round (its target block, its node verdicts)
    ledger::GrantRecord record;          ///< the grant's terms by majority
};

namespace detail {

struct ShareCodeParts
{
    share::ShareCode code;
};

/** The share code, for this network: NoAccessGrants, NotAShareCode, WrongNetwork. */
ActionResult<ShareCodeParts> readShareCode(const QString &text, const ledger::NetworkConfig &network);
/** §7 steps 1–3 and §8.7 steps 1–2: Unreachable, CantVerify, UnknownGrant, GrantRevoked,
 *  GrantExpired, GrantIncomplete, NotForYou, NotLicensed. */
ActionResult<ledger::GrantRecord> checkGrantTerms(GrantLedger &ledger, const share::GrantId &grantId, const crypto::Address &reader);
/** §8.7 steps 3–4: the agreed parts opened and read: BundleForged, CantVerify, WrongPasscode,
 *  BundleDamaged (the bundle's grant id and scope hash checked against the code and the terms). */
ActionResult<share::KeyBundle> openBundle(GrantLedger &ledger, const share::ShareCode &code, const ledger::GrantRecord &record,
                                          const share::GrantKeys &keys, const crypto::SecureBuffer &passcode);
/** A recordAccess revert as a grant problem: GrantRevoked, GrantExpired, NotLicensed, NotForYou, else
 *  ReceiptRefused (with the decoded revert in rpc); Unreachable when not a revert. */
ActionFailure grantRevert(const ledger::RpcError &error);

} // namespace detail
} // namespace carnet::core::service
