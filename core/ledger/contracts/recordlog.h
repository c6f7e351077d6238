// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* RecordLog through typed calls (ledger/contracts/RecordLog.sol, docs/CONTRACTS.md): publishing a
 * sealed entry, the per-record views at any block (the sync reads state at its target block), and
 * strict decoding of EntryPublished logs. */
#include "core/ledger/contracts/contractcall.h"

namespace carnet::core::ledger {

/** What the contract keeps of one entry (RecordLog.entry). */
struct RecordLogEntry
{
    crypto::Hash32 hash{}; // keccak256 of the sealed entry bytes
    crypto::Address author{};
    std::uint64_t blockNumber = 0;
    bool patientReported = false;
    friend bool operator==(const RecordLogEntry &, const RecordLogEntry &) = default;
};

/** RecordLog.recordState: what the sync compares between nodes for one record. */
struct RecordState
{
    std::uint64_t count = 0;
    crypto::Hash32 head{}; // running hash after the last entry; zero without entries
    bool reserved = false;
    friend bool operator==(const RecordState &, const RecordState &) = default;
};

/** The record's running hash after one more entry (RecordLog._append, docs/PROTOCOL.md §6):
 *  keccak(previous ‖ recordId ‖ uint64 sequence ‖ entryHash ‖ author ‖ uint64 blockNumber ‖ uint8 patientReported). */
crypto::Hash32 nextRecordHead(const crypto::Hash32 &previous, const crypto::Hash32 &recordId, std::uint64_t sequence,
                              const crypto::Hash32 &entryHash, const crypto::Address &author, std::uint64_t blockNumber,
                              bool patientReported);

/** One decoded EntryPublished log. */
struct EntryPublished
{
    crypto::Hash32 recordId{};
    std::uint64_t sequence = 0;
    crypto::Address author{};
    bool patientReported = false;
    crypto::Bytes sealedEntry;
    std::uint64_t blockNumber = 0;
    crypto::Hash32 blockHash{}; // zero when the node gave none
    crypto::Hash32 txHash{};
    std::uint64_t logIndex = 0;
};

/** EntryPublished(bytes32 indexed recordId, uint64 indexed sequence, address indexed author, bool, bytes)
 *  from `log`, or nullopt when the log is not exactly that event: wrong topic0 or topic count, a
 *  topic or data that does not decode strictly (see abi.h). The log's address is not checked (the
 *  caller filters on the contract address). */
std::optional<EntryPublished> decodeEntryPublished(const LogEntry &log);

class RecordLog
{
public:
    RecordLog(EthClient &client, const crypto::Address &address)
        : m_contract(client, contracts::recordLog::contract(), address)
    { }
    const crypto::Address &address() const { return m_contract.address(); }

    /** publish(recordId, sequence, sealedEntry) as a licensed provider or clinician `author`. */
    Result<Receipt, RpcError> publish(const crypto::PrivateKey &author, const crypto::Hash32 &recordId,
                                      std::uint64_t sequence, crypto::ByteView sealedEntry, int confirmations = 1);
    /** publishOwn(recordId, sequence, sealedEntry): a patient-reported entry, no licence needed. */
    Result<Receipt, RpcError> publishOwn(const crypto::PrivateKey &author, const crypto::Hash32 &recordId,
                                         std::uint64_t sequence, crypto::ByteView sealedEntry, int confirmations = 1);

    /** reserve(recordId): marks the id as handed out (Reverted RecordInUse when reserved or used). */
    Result<Receipt, RpcError> reserve(const crypto::PrivateKey &sender, const crypto::Hash32 &recordId, int confirmations = 1);
    /** Count, running head and reservation of the record at `block`, in one call. */
    Result<RecordState, RpcError> state(const crypto::Hash32 &recordId, const BlockTag &block = {});
    /** The running hash after entry `sequence` at `block` (Reverted NoSuchEntry beyond the count). */
    Result<crypto::Hash32, RpcError> headAt(const crypto::Hash32 &recordId, std::uint64_t sequence, const BlockTag &block = {});

    /** The record's number of entries (= its next sequence number) at `block`. */
    Result<std::uint64_t, RpcError> entryCount(const crypto::Hash32 &recordId, const BlockTag &block = {});
    /** keccak256 of entry `sequence` at `block` (Reverted NoSuchEntry beyond the count). */
    Result<crypto::Hash32, RpcError> entryHash(const crypto::Hash32 &recordId, std::uint64_t sequence,
                                               const BlockTag &block = {});
    /** Everything the contract keeps of entry `sequence` at `block` (Reverted NoSuchEntry beyond the count). */
    Result<RecordLogEntry, RpcError> entry(const crypto::Hash32 &recordId, std::uint64_t sequence,
                                           const BlockTag &block = {});
    /** MAX_ENTRY_BYTES. */
    Result<std::uint64_t, RpcError> maxEntryBytes(const BlockTag &block = {});
    /** The registry the contract checks licences in. */
    Result<crypto::Address, RpcError> registry(const BlockTag &block = {});

    /** eth_getLogs filter for this contract's EntryPublished logs of one record (any sequence, any author). */
    LogFilter entryFilter(const crypto::Hash32 &recordId) const;

private:
    Result<Receipt, RpcError> append(const crypto::PrivateKey &author, const contracts::Selector &selector,
                                     const crypto::Hash32 &recordId, std::uint64_t sequence, crypto::ByteView sealedEntry,
                                     int confirmations);
    ContractClient m_contract;
};

} // namespace carnet::core::ledger
