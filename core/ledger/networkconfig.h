// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The network file: which chain, which nodes, which contracts (docs/LEDGER-NETWORK.md).
 *
 *   { "format": "carnet-network", "version": 1, "name": "devnet", "chainId": 31337,
 *     "nodes": ["http://127.0.0.1:8545", …],
 *     "contracts": { "CarnetRegistry": "0x…", "RecordLog": "0x…", "AccessGrants": "0x…", "ResearchMarket": "0x…" },
 *     "authorityKeyFile": "/…/devnet/authority.key" }        (devnets only; optional)
 *
 * Read strictly: unknown format or version, a chain id of 0, no node, a URL that is not http(s),
 * an address that fails its EIP-55 checksum are errors. Default location: $CARNET_HOME/network.json,
 * else <GenericDataLocation>/Carnet/network.json (~/.local/share/Carnet/network.json on Linux). */
#include "core/result.h"
#include "crypto/ethaddress.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <cstdint>

namespace carnet::core::ledger {

enum class NetworkFileError { NotFound, Unreadable, Malformed, Unwritable };

struct NetworkConfig
{
    QString name;
    std::uint64_t chainId = 0;
    QList<QUrl> nodes;
    QMap<QString, crypto::Address> contracts; // by contract name ("CarnetRegistry", …)
    QString authorityKeyFile;                 // empty when the network has none (not a devnet)
    /** Blocks a sync waits for on top of an entry's block, counting that block (1 = mined).
     *  "confirmations" in the file; 12 when absent; the devnet writes 1. */
    int confirmations = 12;

    std::optional<crypto::Address> contract(const QString &name) const;

    /** $CARNET_HOME, else <GenericDataLocation>/Carnet. */
    static QString homeDirectory();
    static QString defaultPath();

    /** Reads and validates a network file; `why` gets the first problem for Malformed. */
    static Result<NetworkConfig, NetworkFileError> load(const QString &path, QString *why = nullptr);
    static Result<NetworkConfig, NetworkFileError> fromJson(const QByteArray &json, QString *why = nullptr);
    QByteArray toJson() const;
    /** Writes atomically (QSaveFile). */
    Result<void, NetworkFileError> save(const QString &path) const;
};

} // namespace carnet::core::ledger
