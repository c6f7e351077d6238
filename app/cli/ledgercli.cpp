// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgercli.h"

#include "command.h"

#include <cstdio>

namespace carnet::cli {

using namespace core::ledger;

int ledgerError(const QString &what, int status, const QString &message)
{
    std::fprintf(stderr, "carnet-cli %s: %s\n", qPrintable(what), qPrintable(message));
    return status;
}

int statusFor(const RpcError &error)
{
    switch (error.kind) {
    case RpcErrorKind::Reverted: return ExitRefused;
    case RpcErrorKind::ChainMismatch: return ExitWrongChain;
    case RpcErrorKind::Timeout: case RpcErrorKind::Transport: case RpcErrorKind::HttpStatus:
    case RpcErrorKind::TooLarge: case RpcErrorKind::TooDeep: case RpcErrorKind::Malformed:
    case RpcErrorKind::NoNode:
        return ExitNodeUnreachable;
    default:
        return ExitNodeError;
    }
}

QString refusalText(const NetworkRefusal &refusal)
{
    switch (refusal.kind) {
    case NetworkRefusal::TooFewNodes:
        return QStringLiteral("it names %1 node(s); outside a devnet at least %2 nodes run by different operators are "
                              "needed, so that a lying node is outvoted").arg(refusal.have).arg(refusal.need);
    case NetworkRefusal::NotHttps:
        return QStringLiteral("node %1 (%2) is not an https:// URL; outside a devnet every node must use https")
            .arg(refusal.node + 1).arg(refusal.label);
    }
    return QStringLiteral("refused by the network policy");
}

QString networkFileText(const core::service::NetworkFileFailure &f)
{
    switch (f.error) {
    case NetworkFileError::Refused:
        return QStringLiteral("the network file %1 is refused: %2").arg(f.path, refusalText(f.refusal));
    case NetworkFileError::NotFound:
        return QStringLiteral("no network file at %1 (start a devnet with `carnet-cli devnet start`, or pass "
                              "--network FILE)").arg(f.path);
    case NetworkFileError::Unreadable:
        return QStringLiteral("cannot read the network file %1").arg(f.path);
    default:
        return QStringLiteral("the network file %1 is not valid: %2").arg(f.path, f.why);
    }
}

std::optional<NetworkConfig> loadNetwork(const QString &what, const QString &path, int &status)
{
    auto config = core::service::loadNetwork(path);
    if (config)
        return std::move(*config);
    status = ledgerError(what, ExitNoNetwork, networkFileText(config.error()));
    return std::nullopt;
}

std::optional<crypto::Address> parseAccount(const QString &what, const QString &text)
{
    const auto address = crypto::parseAddress(text.toStdString());
    if (address)
        return address;
    const bool shaped = text.size() == 42 && text.startsWith(QLatin1String("0x"))
        && crypto::fromHex(text.toStdString()).has_value();
    ledgerError(what, ExitUsage,
                shaped ? QStringLiteral("bad address checksum: %1 is mixed case but not a valid EIP-55 address "
                                        "(check it, or write it all in lower case)").arg(text)
                       : QStringLiteral("not an address: '%1' (0x followed by 40 hex digits)").arg(text));
    return std::nullopt;
}

} // namespace carnet::cli
