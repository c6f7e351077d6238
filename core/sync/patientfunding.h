// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Gas for the patient's own entries (docs/PROTOCOL.md §5). P_n is a pseudonymous account with no
 * funds. On the devnet anvil's dev account pays; on any other network a sponsor must, since paying
 * from the patient's main account would link the record to them. Used by `carnet-cli wallet add`
 * and the app's "Add a measurement". */
#include "core/ledger/ethclient.h"
#include "core/ledger/networkconfig.h"

namespace carnet::core::sync {

struct FundingError
{
    enum Kind { NoFunds, Node } kind = Node;
    ledger::RpcError rpc; ///< Node
    /** One line for people; names the account (public) but nothing else. */
    QString toString(const crypto::Address &sender) const;
};

/** Makes sure `sender` (a record's P_n) can pay for a few entries: nothing to do when it holds at
 *  least 0.01 ether; on the devnet it is given 1 ether from the dev account; elsewhere NoFunds.
 *  `client` must have passed checkNodes(). */
Result<void, FundingError> ensurePatientKeyFunded(ledger::EthClient &client, const ledger::NetworkConfig &network,
                                                  const crypto::Address &sender);

} // namespace carnet::core::sync
