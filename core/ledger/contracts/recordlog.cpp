// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/contracts/recordlog.h"

#include "crypto/hash.h"

namespace carnet::core::ledger {

namespace generated = contracts::recordLog;

namespace {

const AbiEvent &entryPublishedEvent()
{
    static const AbiEvent event = eventOf(generated::contract(), generated::evEntryPublished, {true, true, true, false, false});
    return event;
}

void putUint64(crypto::Bytes &out, std::uint64_t v)
{
    for (int i = 7; i >= 0; --i)
        out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

} // namespace

crypto::Hash32 nextRecordHead(const crypto::Hash32 &previous, const crypto::Hash32 &recordId, std::uint64_t sequence,
                              const crypto::Hash32 &entryHash, const crypto::Address &author, std::uint64_t blockNumber,
                              bool patientReported)
{
    crypto::Bytes packed;
    packed.reserve(133);
    packed.insert(packed.end(), previous.begin(), previous.end());
    packed.insert(packed.end(), recordId.begin(), recordId.end());
    putUint64(packed, sequence);
    packed.insert(packed.end(), entryHash.begin(), entryHash.end());
    packed.insert(packed.end(), author.begin(), author.end());
    putUint64(packed, blockNumber);
    packed.push_back(patientReported ? 1 : 0);
    return crypto::keccak256(packed);
}

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

Result<Receipt, RpcError> RecordLog::reserve(const crypto::PrivateKey &sender, const crypto::Hash32 &recordId,
                                             int confirmations)
{
    return m_contract.transact(sender, generated::fnReserve, {bytes32Value(recordId)}, confirmations);
}

Result<RecordState, RpcError> RecordLog::state(const crypto::Hash32 &recordId, const BlockTag &block)
{
    auto v = m_contract.view(generated::fnRecordState, {bytes32Value(recordId)}, "(uint64,bytes32,bool)", block);
    if (!v)
        return fail(v.error());
    return RecordState{uint64Of(v->at(0)), bytes32Of(v->at(1)), *v->at(2).asBool()};
}

Result<crypto::Hash32, RpcError> RecordLog::headAt(const crypto::Hash32 &recordId, std::uint64_t sequence,
                                                   const BlockTag &block)
{
    auto v = m_contract.view(generated::fnHeadAt, {bytes32Value(recordId), U256(sequence)}, "(bytes32)", block);
    if (!v)
        return fail(v.error());
    return bytes32Of(v->at(0));
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
