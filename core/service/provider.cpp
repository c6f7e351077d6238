// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/service/provider.h"

#include "core/ledger/ethclient.h"
#include "core/service/publishing_p.h"

#include <QDateTime>

namespace carnet::core::service {

namespace detail {

ActionResult<PublishReport> publishEach(const ledger::NetworkConfig &network, const record::ConnectCode &target,
                                        const crypto::PrivateKey &author, bool patientReported,
                                        const QList<QByteArray> &resources)
{
    const auto recordLog = network.contract(QStringLiteral("RecordLog"));
    if (!recordLog)
        return fail(actionFailure(ActionError::NoRecordLog));
    ledger::EthClient client(network);
    if (auto checked = client.checkNodes(); !checked) {
        ActionFailure f = actionFailure(ActionError::Unreachable);
        f.rpc = checked.error();
        return fail(f);
    }
    PublishReport report;
    for (const QByteArray &content : resources) {
        sync::PublishRequest request{target, author, content, patientReported,
                                     static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()), network.confirmations};
        auto published = sync::publishEntry(client, *recordLog, request);
        if (!published) {
            ActionFailure f = actionFailure(published.error().kind == sync::PublishErrorKind::Node ? ActionError::PublishFailed
                                                                                                  : ActionError::PublishRefused);
            f.publish = published.error();
            f.published = static_cast<int>(report.entries.size());
            return fail(f);
        }
        report.entries.push_back(*published);
    }
    return report;
}

} // namespace detail

ActionResult<PublishReport> publishForPatient(const record::ConnectCode &code, const crypto::PrivateKey &providerKey,
                                              const QList<QByteArray> &resources, const NetworkSource &network)
{
    if (resources.isEmpty())
        return fail(actionFailure(ActionError::NoEntries));
    auto config = network.resolve();
    if (!config)
        return fail(networkFileFailure(config.error()));
    return detail::publishEach(*config, code, providerKey, false, resources);
}

} // namespace carnet::core::service
