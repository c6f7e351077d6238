// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which network a record action talks to: the network file (docs/LEDGER-NETWORK.md) at a path, the
// default one, or a configuration the caller has already loaded (carnet-cli checks the file before it
// asks for a passphrase). The one place outside core/ledger where a network file is read.
#include "core/ledger/networkconfig.h"
#include "core/result.h"

#include <optional>

namespace carnet::core::service {

/** Why a network file cannot be used: codes (and the policy's refusal) for the UI to put in words. */
struct NetworkFileFailure
{
    ledger::NetworkFileError error = ledger::NetworkFileError::NotFound;
    ledger::NetworkRefusal refusal; ///< Refused: what the network policy refuses
    QString path;                   ///< the file that was read
    QString why;                    ///< Malformed: the parser's technical detail (file structure, never health data)
};

class NetworkSource
{
public:
    /** The default network file (ledger::NetworkConfig::defaultPath()). */
    NetworkSource() = default;
    /** The file at `path`; an empty path is the default file. */
    static NetworkSource file(const QString &path);
    /** A configuration already loaded (and so already checked against the network policy). */
    static NetworkSource loaded(ledger::NetworkConfig config);

    /** The path this source reads (the default path when none was given); empty for loaded(). */
    QString path() const;
    Result<ledger::NetworkConfig, NetworkFileFailure> resolve() const;

private:
    QString m_path;
    std::optional<ledger::NetworkConfig> m_config;
};

/** Loads and checks a network file (empty `path`: the default one). */
Result<ledger::NetworkConfig, NetworkFileFailure> loadNetwork(const QString &path = {});

} // namespace carnet::core::service
