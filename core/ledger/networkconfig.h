// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The network file: which chain, which nodes, which contracts (docs/LEDGER-NETWORK.md).
 *
 *   { "format": "carnet-network", "version": 1, "name": "devnet", "chainId": 31337,
 *     "devnet": true,                                        (optional, default false)
 *     "gas": "free",                                         (optional: "free" or "market", the default)
 *     "nodes": ["http://127.0.0.1:8545", …],
 *     "contracts": { "CarnetRegistry": "0x…", "RecordLog": "0x…", "AccessGrants": "0x…", "ResearchMarket": "0x…" },
 *     "authorityKeyFile": "/…/devnet/authority.key",         (devnets only; optional)
 *     "confirmations": 1 }                                   (optional, default 12)
 *
 * Read strictly: unknown format or version, a chain id of 0, no node, a URL that is not http(s),
 * an address that fails its EIP-55 checksum, a "devnet" that is not a boolean or a "gas" other than
 * "free"/"market" make the file Malformed. A well-formed file that is not a devnet must also pass the
 * network policy (refusal()): at least kMinNodes nodes, every one on https; otherwise it is Refused,
 * with a NetworkRefusal saying why. Default location: $CARNET_HOME/network.json, else
 * <GenericDataLocation>/Carnet/network.json (~/.local/share/Carnet/network.json on Linux). */
#include "core/result.h"
#include "crypto/ethaddress.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <cstdint>

namespace carnet::core::ledger {

enum class NetworkFileError {
    NotFound,
    Unreadable,
    Malformed,  ///< not a valid network file (`why` says what)
    Unwritable,
    Refused,    ///< a valid file that the network policy refuses (a NetworkRefusal says why)
};

/** How transactions pay for gas: "gas" in the network file. */
enum class GasPricing {
    Market, ///< "market", the default: fees as the node suggests (EIP-1559 base fee and tip, or eth_gasPrice)
    Free,   ///< "free": a zero-gas chain (Besu/QBFT with min-gas-price 0, the devnet): every transaction is
            ///< sent with zero fees, so keys that hold nothing (a record's P_n) can send
};

/** Why a well-formed network file that is not a devnet is refused (the UI turns it into words). */
struct NetworkRefusal
{
    enum Kind {
        TooFewNodes, ///< `have` nodes, `need` at least (NetworkConfig::kMinNodes)
        NotHttps,    ///< node number `node` (from 0) is not an https URL; `label` is its scheme://host:port
    };
    Kind kind = TooFewNodes;
    int have = 0;
    int need = 0;
    int node = 0;
    QString label;
    friend bool operator==(const NetworkRefusal &, const NetworkRefusal &) = default;
};

/** English, for logs and tests ("2 nodes; a network needs at least 3 outside a devnet"). */
QString describe(const NetworkRefusal &refusal);

struct NetworkConfig
{
    /** Nodes a network file must name outside a devnet (QUALITY.md 8.4: 3 is the floor, 5 recommended). */
    static constexpr int kMinNodes = 3;

    QString name;
    std::uint64_t chainId = 0;
    /** "devnet": true (written by `carnet-cli devnet start`): a local development chain, exempt from the
     *  network policy (one node, plain http). */
    bool devnet = false;
    GasPricing gas = GasPricing::Market;
    QList<QUrl> nodes;
    QMap<QString, crypto::Address> contracts; // by contract name ("CarnetRegistry", …)
    QString authorityKeyFile;                 // empty when the network has none (not a devnet)
    /** Blocks a sync waits for on top of an entry's block, counting that block (1 = mined).
     *  "confirmations" in the file; 12 when absent; the devnet writes 1. */
    int confirmations = 12;
    /** The network's SMART Health Links share host (docs/SHARE-HOST.md), "shareHost" in the file:
     *  its public base URL, https (http only in a devnet, for a loopback host); empty when none. */
    QUrl shareHost;

    std::optional<crypto::Address> contract(const QString &name) const;
    /** The network policy: nullopt for a devnet; otherwise why the nodes are not acceptable (fewer
     *  than kMinNodes, or one that is not https), or nullopt when they are. */
    std::optional<NetworkRefusal> refusal() const;

    /** $CARNET_HOME, else <GenericDataLocation>/Carnet. */
    static QString homeDirectory();
    static QString defaultPath();

    /** Reads and validates a network file; `why` gets the first problem for Malformed (and the English
     *  description for Refused); `refusal` gets the reason for Refused. */
    static Result<NetworkConfig, NetworkFileError> load(const QString &path, QString *why = nullptr,
                                                        NetworkRefusal *refusal = nullptr);
    static Result<NetworkConfig, NetworkFileError> fromJson(const QByteArray &json, QString *why = nullptr,
                                                            NetworkRefusal *refusal = nullptr);
    QByteArray toJson() const;
    /** Writes atomically (QSaveFile). */
    Result<void, NetworkFileError> save(const QString &path) const;
};

} // namespace carnet::core::ledger
