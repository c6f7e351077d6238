// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/demoseed.h"

#include "core/ledger/contracts/registry.h"
#include "core/ledger/devnet.h"
#include "core/sync/publisher.h"
#include "core/sync/walletrecords.h"

#include <QDateTime>
#include <QDir>

namespace carnet::core::sync {

DemoSeedResult seedDemo(const ledger::NetworkConfig &network, const crypto::PrivateKey &authority, RecordStore &store,
                        const record::RecordKeyring &keyring, const DemoSeedOptions &options)
{
    DemoSeedResult result;
    const auto recordLog = network.contract(QStringLiteral("RecordLog"));
    const auto registryAddress = network.contract(QStringLiteral("CarnetRegistry"));
    if (!recordLog || !registryAddress) {
        result.problem = QStringLiteral("the network file names no RecordLog or CarnetRegistry contract");
        return result;
    }
    const demo::DemoRecord record = demo::generateDemoRecord(options.demo);
    ledger::EthClient client(network);
    if (auto checked = client.checkNodes(); !checked) {
        result.problem = checked.error().toString();
        return result;
    }
    ledger::Registry registry(client, *registryAddress);
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();

    // Each provider: a licensed key (holding nothing: gas is free on the devnet) and a record of the
    // wallet, reached through its connect code.
    struct Provider
    {
        crypto::PrivateKey key;
        std::optional<record::ConnectCode> code;
    };
    std::vector<Provider> providers;
    for (int i = 0; i < record.providers.size(); ++i) {
        Provider p{crypto::PrivateKey::generate(), std::nullopt};
        const crypto::Address address = crypto::addressOf(p.key.publicKey());
        const QString name = record.providers.at(i);
        if (auto registered = registry.registerAccount(authority, address, ledger::Role::Provider, name); !registered) {
            result.problem = QStringLiteral("licensing a demo provider failed: ") + registered.error().toString();
            return result;
        }
        auto connection = connectProvider(network, store, keyring, name, now);
        if (!connection) {
            result.problem = QStringLiteral("reserving a record for a demo provider failed: ")
                             + reserveErrorKey(connection.error().error);
            return result;
        }
        auto code = record::decodeConnectCode(connection->code);
        if (!code) {
            result.problem = QStringLiteral("the wallet made an unreadable connect code");
            return result;
        }
        p.code = *code;
        if (!options.keyDirectory.isEmpty() && QDir().mkpath(options.keyDirectory))
            (void)ledger::saveKeyFile(QDir(options.keyDirectory).filePath(QStringLiteral("provider-%1.key").arg(i + 1)), p.key);
        result.providers << QStringLiteral("%1 (%2)").arg(name, ledger::addressText(address));
        providers.push_back(std::move(p));
    }

    const int total = static_cast<int>(record.items.size());
    for (const demo::DemoItem &item : record.items) {
        const Provider &p = providers.at(static_cast<std::size_t>(item.provider));
        PublishRequest request{*p.code, p.key, item.json, false, static_cast<std::uint64_t>(item.effective.toSecsSinceEpoch()), 1};
        auto published = publishEntry(client, *recordLog, request);
        if (!published) {
            result.problem = QStringLiteral("publishing demo entry %1 failed: %2").arg(result.published + 1).arg(published.error().toString());
            return result;
        }
        ++result.published;
        if (options.progress)
            options.progress(result.published, total);
    }

    SyncOptions syncOptions;
    result.sync = syncRecords(network, keyring, store, syncOptions);
    result.ok = result.sync.ok;
    if (!result.ok)
        result.problem = QStringLiteral("the sync after seeding failed"); // the CLI adds result.sync.problem
    return result;
}

} // namespace carnet::core::sync
