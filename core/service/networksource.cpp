// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/service/networksource.h"

namespace carnet::core::service {

NetworkSource NetworkSource::file(const QString &path)
{
    NetworkSource source;
    source.m_path = path;
    return source;
}

NetworkSource NetworkSource::loaded(ledger::NetworkConfig config)
{
    NetworkSource source;
    source.m_config = std::move(config);
    return source;
}

QString NetworkSource::path() const
{
    if (m_config)
        return {};
    return m_path.isEmpty() ? ledger::NetworkConfig::defaultPath() : m_path;
}

Result<ledger::NetworkConfig, NetworkFileFailure> NetworkSource::resolve() const
{
    if (m_config)
        return *m_config;
    return loadNetwork(m_path);
}

Result<ledger::NetworkConfig, NetworkFileFailure> loadNetwork(const QString &path)
{
    NetworkFileFailure failure;
    failure.path = path.isEmpty() ? ledger::NetworkConfig::defaultPath() : path;
    auto config = ledger::NetworkConfig::load(failure.path, &failure.why, &failure.refusal);
    if (config)
        return std::move(*config);
    failure.error = config.error();
    return fail(std::move(failure));
}

} // namespace carnet::core::service
