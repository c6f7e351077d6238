// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pure checks of docs/PROTOCOL.md §6 on one entry read from a node's log: step 1 (it parses, its
// flag matches the log, its keccak matches RecordLog.entryHash), step 2 (it opens with E_n), step 3
// (its EIP-712 signer is the log's author) and step 5 (the content is a JSON object with a
// resourceType). Step 4 (licence at block B, or author = address(P_n)) and step 6 (dense sequences)
// need the ledger and the vault: the sync does them.
#include "core/record/sealedentry.h"

namespace carnet::core::record {

/** An entry as a node's log gives it. The sealed bytes must outlive the call. */
struct LoggedEntry
{
    RecordId recordId {};
    std::uint64_t sequence = 0;
    crypto::ByteView sealed;             ///< EntryPublished.sealedEntry
    crypto::Address author {};           ///< EntryPublished.author (the transaction's sender)
    bool patientReported = false;        ///< EntryPublished.patientReported
    crypto::Hash32 entryHash {};         ///< RecordLog.entryHash(recordId, sequence) at the sync's target block
};

/** Why an entry is refused: the first check of §6 that failed. describe() names it without any of
 *  the entry's content. */
enum class EntryRejection {
    TooLarge,           ///< 1: more than 65,536 bytes
    TooShort,           ///< 1: shorter than a version-1 entry
    UnsupportedVersion, ///< 1: version byte is not 1
    UnknownFlags,       ///< 1: a flag bit other than bit 0 is set
    FlagMismatch,       ///< 1: flag bit 0 differs from the log's patientReported
    EntryHashMismatch,  ///< 1: keccak(sealed) differs from RecordLog.entryHash
    KeyUnwrapFailed,    ///< 2: the wrapped key does not open with E_n at this record id and sequence
    ContentAuthFailed,  ///< 2: the ciphertext does not open with the content key
    BadSignature,       ///< 3: the signature is malformed (v, high s) or recovers no key
    WrongSigner,        ///< 3: the signer is not the log's author
    ContentNotJson,     ///< 5: the content is not a JSON object (or not valid UTF-8 JSON)
    NoResourceType,     ///< 5: the object has no resourceType string (absent, empty, not a string, or repeated)
};

/** An English description of the rejection (never any health data). */
const char *describe(EntryRejection rejection);

/** An entry that passed steps 1, 2, 3 and 5. */
struct VerifiedEntry
{
    crypto::Bytes content;       ///< the FHIR resource, exactly the author's bytes
    crypto::Hash32 contentHash {}; ///< the signed commitment, contentHashOf(content key, content)
    std::uint64_t authoredAt = 0;
    bool patientReported = false;
};

/** Runs §6 steps 1–3 and 5 on `entry` with record key E_n (the private key of the record the entry is
 *  logged under) in `domain` (the network's chain id and RecordLog address).
 *  Returns: the opened entry, or the first check that failed. */
[[nodiscard]] Result<VerifiedEntry, EntryRejection> verifyEntry(const LoggedEntry &entry, const EntryDomain &domain,
                                                                const crypto::PrivateKey &recordKey);

/** The same checks for a reader holding the entry's content key instead of E_n (a grant, PROTOCOL.md
 *  §8.7 step 5): step 2 opens the ciphertext with `contentKey` (openWithContentKey); a wrong key is
 *  ContentAuthFailed. */
[[nodiscard]] Result<VerifiedEntry, EntryRejection> verifyEntryWithContentKey(const LoggedEntry &entry, const EntryDomain &domain,
                                                                              crypto::ByteView contentKey);

/** §6 step 5 alone: true when `content` is one JSON value, an object, whose top level has exactly one
 *  "resourceType" member and that member is a non-empty string. */
[[nodiscard]] bool isFhirResourceShape(crypto::ByteView content, EntryRejection *why = nullptr);

} // namespace carnet::core::record
