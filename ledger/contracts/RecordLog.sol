// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.37;

import {ILicenceRegistry, ROLE_CLINICIAN, ROLE_PROVIDER} from "./Roles.sol";

/// @title RecordLog
/// @notice The append-only log of sealed record entries. A record is addressed only by a
///         pseudonymous record id that the patient's wallet derives (one per provider relationship);
///         no patient address, name or other identifier is stored or emitted.
/// @dev The sealed entry itself travels in the EntryPublished event (logs); the contract keeps, per
///      (record id, sequence), the keccak256 of the entry, its author, its block and the record's
///      running hash after it, and per record the number of entries and the running hash of all of
///      them (`recordState`). Sequence numbers are dense (0, 1, 2, ...). A wallet that gets one
///      (count, head) pair agreed by a majority of nodes can check every position of a node's logs
///      against it with one call per node (docs/PROTOCOL.md §6):
///        head(-1) = 0x00..00
///        head(s)  = keccak256(head(s-1) ‖ recordId ‖ uint64 s ‖ keccak256(sealed) ‖ author ‖ uint64 block ‖ uint8 patientReported)
///      A record id can also be reserved before its first entry, so that a wallet that hands out a
///      record id (a connect code) can tell another device of the same patient that it is taken.
contract RecordLog {
    /// @notice Largest sealed entry accepted, in bytes.
    uint256 public constant MAX_ENTRY_BYTES = 64 * 1024;

    /// @dev What the contract remembers of one entry (two storage slots).
    struct Entry {
        bytes32 hash;
        address author;
        uint64 blockNumber;
        bool patientReported;
        bytes32 head;
    }

    ILicenceRegistry public immutable registry;
    mapping(bytes32 recordId => uint64) private _counts;
    mapping(bytes32 recordId => bytes32) private _heads;
    mapping(bytes32 recordId => bool) private _reserved;
    mapping(bytes32 recordId => mapping(uint64 sequence => Entry)) private _entries;

    /// @notice `author` appended `sealedEntry` to record `recordId` at position `sequence`.
    ///         `patientReported` is true for entries written through `publishOwn`, which no licence
    ///         vouches for.
    event EntryPublished(
        bytes32 indexed recordId,
        uint64 indexed sequence,
        address indexed author,
        bool patientReported,
        bytes sealedEntry
    );

    /// @notice Record `recordId` was reserved (by a wallet handing out its id).
    event RecordReserved(bytes32 indexed recordId);

    /// @notice `author` is not licensed as a provider or clinician now.
    error NotLicensedAuthor(address author);
    /// @notice The sequence number is not the record's next one (`expected` = its entry count).
    error BadSequence(bytes32 recordId, uint64 expected, uint64 given);
    /// @notice The sealed entry is empty.
    error EmptyEntry();
    /// @notice The sealed entry is larger than MAX_ENTRY_BYTES.
    error EntryTooLarge(uint256 size, uint256 max);
    /// @notice The record id is zero.
    error ZeroRecordId();
    /// @notice Record `recordId` has no entry `sequence`.
    error NoSuchEntry(bytes32 recordId, uint64 sequence);
    /// @notice Record `recordId` is already reserved or has entries.
    error RecordInUse(bytes32 recordId);
    /// @notice The registry address given at deployment is zero.
    error ZeroAddress();

    /// @param licenceRegistry The CarnetRegistry whose providers and clinicians may publish.
    constructor(ILicenceRegistry licenceRegistry) {
        if (address(licenceRegistry) == address(0)) revert ZeroAddress();
        registry = licenceRegistry;
    }

    /// @notice Appends a sealed entry written by a licensed provider or clinician.
    /// @dev The caller must be licensed as PROVIDER or CLINICIAN in the registry at this block.
    /// @param recordId The pseudonymous record id (not zero).
    /// @param sequence The record's current entry count (no gaps, no replays).
    /// @param sealedEntry The sealed entry (1 to MAX_ENTRY_BYTES bytes), opaque to the contract.
    function publish(bytes32 recordId, uint64 sequence, bytes calldata sealedEntry) external {
        if (!registry.isLicensed(msg.sender, ROLE_PROVIDER) && !registry.isLicensed(msg.sender, ROLE_CLINICIAN)) {
            revert NotLicensedAuthor(msg.sender);
        }
        _append(recordId, sequence, sealedEntry, false);
    }

    /// @notice Appends a patient-reported entry (a measurement, a wearable import): no licence is
    ///         checked, and the entry is marked patientReported for the wallet to show as such.
    /// @dev Anyone who knows a record id can write here; the wallet accepts such an entry only when
    ///      its sealed signature is the patient's own key for that record (docs/CONTRACTS.md).
    /// @param recordId The pseudonymous record id (not zero).
    /// @param sequence The record's current entry count (no gaps, no replays).
    /// @param sealedEntry The sealed entry (1 to MAX_ENTRY_BYTES bytes), opaque to the contract.
    function publishOwn(bytes32 recordId, uint64 sequence, bytes calldata sealedEntry) external {
        _append(recordId, sequence, sealedEntry, true);
    }

    /// @notice Marks record `recordId` as taken before its first entry. Anyone may call it (the id is a
    ///         hash nobody can link to a patient); it reverts when the record is reserved or has entries,
    ///         so of two devices of one patient handing out the same id, exactly one succeeds.
    function reserve(bytes32 recordId) external {
        if (recordId == bytes32(0)) revert ZeroRecordId();
        if (_reserved[recordId] || _counts[recordId] != 0) revert RecordInUse(recordId);
        _reserved[recordId] = true;
        emit RecordReserved(recordId);
    }

    /// @notice Everything a wallet compares between nodes for one record, in one call.
    /// @return count The number of entries (the next sequence number).
    /// @return head The running hash after the last entry (zero when there is none).
    /// @return reserved Whether the id was reserved through `reserve`.
    function recordState(bytes32 recordId) external view returns (uint64 count, bytes32 head, bool reserved) {
        return (_counts[recordId], _heads[recordId], _reserved[recordId]);
    }

    /// @notice The running hash of record `recordId` after entry `sequence`.
    function headAt(bytes32 recordId, uint64 sequence) external view returns (bytes32) {
        return _entry(recordId, sequence).head;
    }

    /// @notice The number of entries of record `recordId`, which is also its next sequence number.
    function entryCount(bytes32 recordId) external view returns (uint64) {
        return _counts[recordId];
    }

    /// @notice The keccak256 of entry `sequence` of record `recordId`.
    function entryHash(bytes32 recordId, uint64 sequence) external view returns (bytes32) {
        return _entry(recordId, sequence).hash;
    }

    /// @notice Everything the contract keeps of entry `sequence` of record `recordId`.
    /// @return hash The keccak256 of the sealed entry bytes.
    /// @return author The account that published it.
    /// @return blockNumber The block it was published in.
    /// @return patientReported Whether it came through `publishOwn`.
    function entry(bytes32 recordId, uint64 sequence)
        external
        view
        returns (bytes32 hash, address author, uint64 blockNumber, bool patientReported)
    {
        Entry storage e = _entry(recordId, sequence);
        return (e.hash, e.author, e.blockNumber, e.patientReported);
    }

    function _append(bytes32 recordId, uint64 sequence, bytes calldata sealedEntry, bool patientReported) private {
        if (recordId == bytes32(0)) revert ZeroRecordId();
        uint256 size = sealedEntry.length;
        if (size == 0) revert EmptyEntry();
        if (size > MAX_ENTRY_BYTES) revert EntryTooLarge(size, MAX_ENTRY_BYTES);
        uint64 expected = _counts[recordId];
        if (sequence != expected) revert BadSequence(recordId, expected, sequence);
        _counts[recordId] = expected + 1;
        bytes32 entryHash_ = keccak256(sealedEntry);
        bytes32 head = keccak256(
            abi.encodePacked(
                _heads[recordId], recordId, sequence, entryHash_, msg.sender, uint64(block.number), patientReported
            )
        );
        _heads[recordId] = head;
        _entries[recordId][sequence] = Entry({
            hash: entryHash_,
            author: msg.sender,
            blockNumber: uint64(block.number),
            patientReported: patientReported,
            head: head
        });
        emit EntryPublished(recordId, sequence, msg.sender, patientReported, sealedEntry);
    }

    function _entry(bytes32 recordId, uint64 sequence) private view returns (Entry storage) {
        if (sequence >= _counts[recordId]) revert NoSuchEntry(recordId, sequence);
        return _entries[recordId][sequence];
    }
}
