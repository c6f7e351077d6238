// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/contracts/recordlog.h"

namespace carnet::core::ledger {

namespace generated = contracts::recordLog;

namespace {

const AbiEvent &entryPublishedEvent()
{
    static const AbiEvent event = eventOf(generated::contract(), generated::evEntryPublished, {true, true, true, false, false});
    return event;
}

} // namespace

std::optional<EntryPublished> decodeEntryPublished(const LogEntry &log)
{
    const auto values = decodeEventLog(entryPublishedEvent(), log);
    if (!values)
        return std::nullopt;
    EntryPublished out;
    out.recordId = bytes32Of(values->at(0));
    out.sequence = uint64Of(values->at(1));
    out.author = *values->at(2).asAddress();
    out.patientReported = *values->at(3).asBool();
    out.sealedEntry = *values->at(4).asBytes();
    out.blockNumber = log.blockNumber;
    out.blockHash = log.blockHash;
    out.txHash = log.transactionHash;
    out.logIndex = log.logIndex;
    return out;
}

Result<Receipt, RpcError> RecordLog::append(const crypto::PrivateKey &author, const contracts::Selector &selector,
                                            const crypto::Hash32 &recordId, std::uint64_t sequence,
                                            crypto::ByteView sealedEntry, int confirmations)
{
    return m_contract.transact(author, selector,
                               {bytes32Value(recordId), U256(sequence), crypto::Bytes(sealedEntry.begin(), sealedEntry.end())},
                               confirmations);
}

Result<Receipt, RpcError> RecordLog::publish(const crypto::PrivateKey &author, const crypto::Hash32 &recordId,
                                             std::uint64_t sequence, crypto::ByteView sealedEntry, int confirmations)
{
    return append(author, generated::fnPublish, recordId, sequence, sealedEntry, confirmations);
}

Result<Receipt, RpcError> RecordLog::publishOwn(const crypto::PrivateKey &author, const crypto::Hash32 &recordId,
                                                std::uint64_t sequence, crypto::ByteView sealedEntry, int confirmations)
{
    return append(author, generated::fnPublishOwn, recordId, sequence, sealedEntry, confirmations);
}

Result<std::uint64_t, RpcError> RecordLog::entryCount(const crypto::Hash32 &recordId, const BlockTag &block)
{
    auto v = m_contract.view(generated::fnEntryCount, {bytes32Value(recordId)}, "(uint64)", block);
    if (!v)
        return fail(v.error());
    return uint64Of(v->at(0));
}

Result<crypto::Hash32, RpcError> RecordLog::entryHash(const crypto::Hash32 &recordId, std::uint64_t sequence,
                                                      const BlockTag &block)
{
    auto v = m_contract.view(generated::fnEntryHash, {bytes32Value(recordId), U256(sequence)}, "(bytes32)", block);
    if (!v)
        return fail(v.error());
    return bytes32Of(v->at(0));
}

Result<RecordLogEntry, RpcError> RecordLog::entry(const crypto::Hash32 &recordId, std::uint64_t sequence,
                                                  const BlockTag &block)
{
    auto v = m_contract.view(generated::fnEntry, {bytes32Value(recordId), U256(sequence)}, "(bytes32,address,uint64,bool)",
                             block);
    if (!v)
        return fail(v.error());
    return RecordLogEntry{bytes32Of(v->at(0)), *v->at(1).asAddress(), uint64Of(v->at(2)), *v->at(3).asBool()};
}

Result<std::uint64_t, RpcError> RecordLog::maxEntryBytes(const BlockTag &block)
{
    return m_contract.uint64View(generated::fnMaxEntryBytes, block);
}

Result<crypto::Address, RpcError> RecordLog::registry(const BlockTag &block)
{
    return m_contract.addressView(generated::fnRegistry, block);
}

LogFilter RecordLog::entryFilter(const crypto::Hash32 &recordId) const
{
    LogFilter filter;
    filter.address = address();
    filter.topics = {eventTopic(generated::evEntryPublished), recordId};
    return filter;
}

} // namespace carnet::core::ledger
