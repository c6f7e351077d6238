// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/walletrecords.h"

namespace carnet::core::sync {

namespace {

StoreResult<StoredRecord> addNext(RecordStore &store, const record::RecordKeyring &keyring, RecordKind kind,
                                  const QString &label, std::int64_t now)
{
    auto next = store.nextRecordIndex();
    if (!next)
        return fail(next.error());
    auto id = keyring.recordId(*next);
    if (!id)
        return fail(StoreError::Database);
    StoredRecord r;
    r.index = *next;
    r.recordId = *id;
    r.kind = kind;
    r.label = label;
    r.createdAt = now;
    if (auto added = store.addRecord(r); !added)
        return fail(added.error());
    return r;
}

} // namespace

QString connectCodeOf(const record::RecordKeyring &keyring, const StoredRecord &record)
{
    auto key = keyring.recordPublicKey(record.index);
    return key ? QString::fromStdString(record::encodeConnectCode(*key)) : QString();
}

StoreResult<Connection> connectProvider(RecordStore &store, const record::RecordKeyring &keyring, const QString &label,
                                        std::int64_t now)
{
    auto r = addNext(store, keyring, RecordKind::Provider, label, now);
    if (!r)
        return fail(r.error());
    return Connection{*r, connectCodeOf(keyring, *r)};
}

StoreResult<StoredRecord> selfRecord(RecordStore &store, const record::RecordKeyring &keyring, std::int64_t now)
{
    auto records = store.records();
    if (!records)
        return fail(records.error());
    for (const StoredRecord &r : *records)
        if (r.kind == RecordKind::Self)
            return r;
    return addNext(store, keyring, RecordKind::Self, QStringLiteral("self"), now);
}

VaultResult<record::RecordKeyring> keyringOf(Vault &vault)
{
    auto phrase = vault.phraseForDerivation();
    if (!phrase)
        return fail(phrase.error());
    auto keyring = record::RecordKeyring::fromPhrase(phrase->asStringView());
    if (!keyring)
        return fail(VaultError::Damaged);
    return std::move(*keyring);
}

} // namespace carnet::core::sync
