// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the service's Wallet: what its actions share (the open record store and keyring, and
// the failure constructors). Not a public API.
#include "core/service/wallet.h"

#include <QDateTime>

namespace carnet::core::service {

struct Wallet::Open
{
    sync::RecordStore store;
    record::RecordKeyring keyring;
    ledger::NetworkConfig network; ///< when opened with a NetworkSource
};

namespace detail {

inline std::int64_t now()
{
    return QDateTime::currentSecsSinceEpoch();
}

/** The client options of the service's own transactions (grants, research): 15 s per request, one
 *  retry after 200 ms. */
inline ledger::RpcOptions transactionOptions()
{
    ledger::RpcOptions o;
    o.timeout = std::chrono::seconds(15);
    o.maxRetries = 1;
    o.backoff = std::chrono::milliseconds(200);
    return o;
}

inline ActionFailure storeFailure(sync::StoreError error)
{
    ActionFailure f = actionFailure(ActionError::Store);
    f.store = error;
    return f;
}

inline ActionFailure reserveFailure(const sync::ReserveFailure &reserve)
{
    ActionFailure f = actionFailure(ActionError::NotReserved);
    f.reserve = reserve;
    return f;
}

inline ActionFailure vaultFailure(VaultError error)
{
    ActionFailure f = actionFailure(error == VaultError::Locked ? ActionError::Locked : ActionError::Vault);
    f.vault = error;
    return f;
}

/** The contract and RPC failure of a grant transaction: IssueRefused (a revert) or Unreachable. */
inline ActionFailure rpcFailure(GrantProblem problemOnRevert, const ledger::RpcError &error)
{
    ActionFailure f = error.kind == ledger::RpcErrorKind::Reverted ? grantFailure(problemOnRevert)
                                                                   : actionFailure(ActionError::Unreachable);
    f.rpc = error;
    return f;
}

} // namespace detail
} // namespace carnet::core::service
