// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A grant's key bundle, in plaintext (docs/PROTOCOL.md §8.4): the content keys of every entry in the
// grant, per record, with the patient's signing address of each record and, for write back, the new
// record the clinician may publish into:
//   version 0x01 (1) ‖ grantId (32) ‖ scopeLength (2) ‖ scope ‖ flags (1) ‖ r (2)
//   ‖ r × (recordId (32) ‖ address(P_n) (20) ‖ uint32(m) ‖ m × (uint32(sequence) ‖ contentKey (32)))
//   ‖ [recordId_w (32) ‖ compressed(E_w.pub) (33), flag bit 0]
// The plaintext holds secrets: it is only ever in a SecureBuffer.
#include "core/result.h"
#include "core/share/sharekeys.h"
#include "crypto/securebuffer.h"

#include <optional>
#include <vector>

namespace carnet::core::share {

inline constexpr std::uint8_t kKeyBundleVersion = 0x01;
/** Bit 0 of the flags: a write-back record follows the records. */
inline constexpr std::uint8_t kWriteBackFlag = 0x01;
inline constexpr std::size_t kContentKeySize = 32;
/** version, grantId, scopeLength, flags, r. */
inline constexpr std::size_t kKeyBundleFixedSize = 1 + 32 + 2 + 1 + 2;
/** recordId, address(P_n), m. */
inline constexpr std::size_t kBundleRecordSize = 32 + 20 + 4;
/** sequence, content key. */
inline constexpr std::size_t kBundleEntrySize = 4 + kContentKeySize;
/** recordId_w, compressed(E_w.pub). */
inline constexpr std::size_t kWriteBackSize = 32 + 33;
inline constexpr std::size_t kMaxBundleRecords = 1000;

/** One entry of the grant: its position in its record and its content key (secret, 32 bytes). */
struct BundleEntry
{
    std::uint32_t sequence = 0;
    crypto::SecureBuffer contentKey;
};

/** One record of the grant. */
struct BundleRecord
{
    crypto::Hash32 recordId {};
    crypto::Address patientAuthor {}; ///< address(P_n): the only signer of its patient-reported entries
    std::vector<BundleEntry> entries; ///< at least one, sequences strictly increasing
};

/** The record the clinician may write back into (permission bit 1). */
struct WriteBack
{
    crypto::Hash32 recordId {};
    crypto::PublicKey recordKey; ///< E_w.pub; recordId is recordIdOf(recordKey)
};

struct KeyBundle
{
    GrantId grantId {};
    crypto::Bytes scope;              ///< the scope's canonical bytes (§8.3)
    std::vector<BundleRecord> records; ///< 1 to 1,000, sorted by recordId, no repeats
    std::optional<WriteBack> writeBack;
};

/** Why bytes, or a bundle, are not a key bundle, in the order the reader checks. */
enum class KeyBundleError {
    TooShort,             ///< shorter than its fixed fields or than its lengths say
    UnsupportedVersion,   ///< the first byte is not 0x01
    BadScope,             ///< the scope is not a canonical scope (§8.3)
    UnknownFlags,         ///< a flag other than bit 0
    BadRecordCount,       ///< no record, or more than 1,000
    EmptyRecord,          ///< a record with no entry
    RecordsNotSorted,     ///< records not in strictly increasing recordId order
    SequencesNotIncreasing, ///< a record's sequences not strictly increasing
    BadContentKey,        ///< (writing only) a content key that is not 32 bytes
    InvalidWriteBackKey,  ///< the write-back key is not a compressed point on secp256k1
    WriteBackMismatch,    ///< the write-back record id is not the one derived from its key
    TrailingBytes,        ///< bytes after the last field
};

/** An English description of the error. */
const char *describe(KeyBundleError error);

/** The plaintext's size: 38 + scopeLength + 56·records + 36·entries (+ 65 with write back). */
[[nodiscard]] constexpr std::size_t plaintextSize(std::size_t scopeLength, std::size_t records, std::size_t entries,
                                                  bool writeBack)
{
    return kKeyBundleFixedSize + scopeLength + kBundleRecordSize * records + kBundleEntrySize * entries
        + (writeBack ? kWriteBackSize : 0);
}
/** The size of `bundle`'s plaintext. */
[[nodiscard]] std::size_t plaintextSize(const KeyBundle &bundle);

/** The plaintext of `bundle`, after checking every rule the reader checks. */
[[nodiscard]] Result<crypto::SecureBuffer, KeyBundleError> encodeKeyBundle(const KeyBundle &bundle);
/** Reads a plaintext strictly: exact lengths, no trailing bytes, the scope canonical. */
[[nodiscard]] Result<KeyBundle, KeyBundleError> decodeKeyBundle(crypto::ByteView plaintext);

} // namespace carnet::core::share
