// SPDX-License-Identifier: GPL-3.0-or-later
// The record side of the service (docs/PROTOCOL.md, docs/SYNC.md): connect a provider, sync, read
// the record, publish the patient's own entries. Each call opens what it needs from the vault (its
// record store, its keyring) and the network file, and says in codes why it could not go on.
#include "core/fhir/bundle.h"
#include "core/service/publishing_p.h"
#include "core/service/wallet_p.h"

#include <QDateTime>
#include <QFile>

namespace carnet::core::service {

using sync::RecordStore;

namespace {

using detail::now;
using detail::reserveFailure;
using detail::storeFailure;

} // namespace

QString RecordView::labelOf(const crypto::Hash32 &id) const
{
    for (const sync::StoredRecord &r : records)
        if (r.recordId == id)
            return r.label;
    return {};
}

ActionResult<Wallet::Open> Wallet::openRecords(const NetworkSource *network)
{
    if (m_vault->isLocked() || m_vault->database() == nullptr)
        return fail(actionFailure(ActionError::Locked));
    auto keyring = sync::keyringOf(*m_vault);
    if (!keyring) {
        ActionFailure f = actionFailure(keyring.error() == VaultError::Locked ? ActionError::Locked : ActionError::Vault);
        f.vault = keyring.error();
        return fail(f);
    }
    Open open{RecordStore(*m_vault->database()), std::move(*keyring), {}};
    if (network) {
        auto config = network->resolve();
        if (!config)
            return fail(networkFileFailure(config.error()));
        open.network = std::move(*config);
    }
    return open;
}

ActionResult<ProviderConnection> Wallet::connectProvider(const QString &label, const NetworkSource &network,
                                                         const sync::ReserveOptions &options)
{
    auto open = openRecords(&network);
    if (!open)
        return fail(open.error());
    const ledger::NetworkConfig *config = &open->network;
    auto reserved = sync::reserveRecord(*config, open->store, open->keyring, sync::RecordKind::Provider, label, now(), options);
    if (!reserved)
        return fail(reserveFailure(reserved.error()));
    ProviderConnection c;
    c.code = sync::connectCodeOf(open->keyring, reserved->record);
    c.record = std::move(reserved->record);
    c.transaction = reserved->transaction;
    c.skipped = std::move(reserved->skipped);
    return c;
}

ActionResult<ProviderConnection> Wallet::providerCode(std::uint32_t index)
{
    auto open = openRecords();
    if (!open)
        return fail(open.error());
    auto records = open->store.records();
    if (!records)
        return fail(storeFailure(records.error()));
    for (sync::StoredRecord &r : *records) {
        if (r.index != index || r.kind != sync::RecordKind::Provider)
            continue;
        ProviderConnection c;
        c.code = sync::connectCodeOf(open->keyring, r);
        c.record = std::move(r);
        return c;
    }
    return fail(actionFailure(ActionError::NoSuchRecord));
}

ActionResult<std::vector<sync::StoredRecord>> Wallet::records()
{
    if (m_vault->database() == nullptr)
        return fail(actionFailure(ActionError::Locked));
    auto records = RecordStore(*m_vault->database()).records();
    if (!records)
        return fail(storeFailure(records.error()));
    return std::move(*records);
}

ActionResult<RecordView> Wallet::read(const sync::EntryQuery &query)
{
    if (m_vault->database() == nullptr)
        return fail(actionFailure(ActionError::Locked));
    RecordStore store(*m_vault->database());
    auto records = store.records();
    if (!records)
        return fail(storeFailure(records.error()));
    auto entries = store.entries(query);
    if (!entries)
        return fail(storeFailure(entries.error()));
    return RecordView{std::move(*records), std::move(*entries)};
}

ActionResult<SyncReport> Wallet::syncStatus()
{
    if (m_vault->database() == nullptr)
        return fail(actionFailure(ActionError::Locked));
    RecordStore store(*m_vault->database());
    SyncReport report;
    auto nodes = store.nodes();
    if (!nodes)
        return fail(storeFailure(nodes.error()));
    report.nodes = std::move(*nodes);
    if (auto when = store.lastVerifiedAt())
        report.lastVerified = *when;
    return report;
}

ActionResult<SyncReport> Wallet::sync(const sync::SyncOptions &options, const NetworkSource &network)
{
    auto open = openRecords(&network);
    if (!open)
        return fail(open.error());
    const ledger::NetworkConfig *config = &open->network;
    SyncReport report;
    report.round = sync::syncRecords(*config, open->keyring, open->store, options);
    if (auto nodes = open->store.nodes())
        report.nodes = std::move(*nodes);
    if (auto when = open->store.lastVerifiedAt())
        report.lastVerified = *when;
    return report;
}

ActionResult<PublishReport> Wallet::addOwnEntries(const QList<QByteArray> &resources, const NetworkSource &network)
{
    if (resources.isEmpty())
        return fail(actionFailure(ActionError::NoEntries));
    auto open = openRecords(&network);
    if (!open)
        return fail(open.error());
    const ledger::NetworkConfig *config = &open->network;
    const auto recordLog = config->contract(QStringLiteral("RecordLog"));
    if (!recordLog)
        return fail(actionFailure(ActionError::NoRecordLog));
    // P_n holds nothing and is never funded: a funding transaction would link the record to whoever
    // paid (docs/LEDGER-NETWORK.md, "Gas"). It can only send, or reserve, on a chain where gas is free.
    if (config->gas != ledger::GasPricing::Free)
        return fail(actionFailure(ActionError::GasNotFree));
    // The first own entry creates the self record: its index is reserved on the chain first (PROTOCOL.md §1).
    auto self = sync::selfRecord(*config, open->store, open->keyring, now());
    if (!self)
        return fail(reserveFailure(self.error()));
    auto key = open->keyring.patientKey(self->index);
    auto recordKey = open->keyring.recordPublicKey(self->index);
    if (!key || !recordKey) {
        ActionFailure f = actionFailure(ActionError::Vault);
        f.vault = VaultError::Damaged;
        return fail(f);
    }
    auto report = detail::publishEach(*config, record::ConnectCode{self->recordId, *recordKey}, *key, true, resources);
    if (report)
        report->selfIndex = self->index;
    return report;
}

ActionResult<QList<QByteArray>> readFhirFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(actionFailure(ActionError::FileUnreadable));
    if (file.size() > kMaxImportBytes)
        return fail(actionFailure(ActionError::FileTooLarge));
    const QByteArray bytes = file.readAll();
    auto spans = fhir::splitBundle(bytes);
    if (!spans) {
        ActionFailure f = actionFailure(ActionError::NotFhir);
        f.fhir = spans.error();
        return fail(f);
    }
    QList<QByteArray> resources;
    for (const fhir::ByteSpan &span : *spans)
        resources.append(bytes.mid(span.offset, span.length));
    return resources;
}

ActionResult<PublishReport> Wallet::importFile(const QString &path, const NetworkSource &network)
{
    auto resources = readFhirFile(path);
    if (!resources)
        return fail(resources.error());
    return addOwnEntries(*resources, network);
}

sync::DemoSeedResult Wallet::seedDemo(const ledger::NetworkConfig &network, const crypto::PrivateKey &authority,
                                      const sync::DemoSeedOptions &options)
{
    auto open = openRecords();
    if (!open) {
        sync::DemoSeedResult result;
        result.problem = QStringLiteral("the wallet is locked or its keys cannot be read");
        return result;
    }
    return sync::seedDemo(network, authority, open->store, open->keyring, options);
}

} // namespace carnet::core::service
