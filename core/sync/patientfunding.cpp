// SPDX-License-Identifier: GPL-3.0-or-later
#include "patientfunding.h"

#include "core/ledger/devnet.h"

namespace carnet::core::sync {

QString FundingError::toString(const crypto::Address &sender) const
{
    if (kind == NoFunds)
        return QStringLiteral("the record's patient key %1 has no funds for gas; on this network a sponsor must fund it")
            .arg(ledger::addressText(sender));
    return rpc.toString();
}

Result<void, FundingError> ensurePatientKeyFunded(ledger::EthClient &client, const ledger::NetworkConfig &network,
                                                  const crypto::Address &sender)
{
    auto balance = client.balance(sender);
    if (!balance)
        return fail(FundingError{FundingError::Node, balance.error()});
    const ledger::U256 enough = ledger::U256(10'000'000'000'000'000ULL); // 0.01 ether
    if (*balance >= enough)
        return {};
    if (network.name != QLatin1String("devnet"))
        return fail(FundingError{FundingError::NoFunds, {}});
    if (auto funded = ledger::fundFromDevAccount(client, sender, ledger::U256(1'000'000'000'000'000'000ULL)); !funded)
        return fail(FundingError{FundingError::Node, funded.error()});
    return {};
}

} // namespace carnet::core::sync
