// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sealed entry, version 1 (docs/PROTOCOL.md §3–4): one FHIR resource encrypted to a record key and
// signed by its author with EIP-712, as published in RecordLog.EntryPublished.sealedEntry.
//
//   offset  size    field
//   0       1       version 0x01
//   1       1       flags: bit 0 = patient-reported, other bits zero
//   2       8       authoredAt (Unix seconds, big-endian)
//   10      65      author signature r ‖ s ‖ v (v = 27 or 28, low s) over the EIP-712 digest
//   75      94      wrappedKey = eciesSeal(E_n.pub, contentKey, "carnet/entry-key/v1" ‖ recordId ‖ uint64(sequence))
//   169     12      AES-256-GCM nonce
//   181     N + 16  AES-256-GCM ciphertext ‖ tag, N ≥ 1; AAD = bytes 0–9 ‖ wrappedKey ‖ nonce ‖ recordId ‖ uint64(sequence)
//
// Everything here is pure (no ledger, no clock): the sync (core/sync) reads entries from nodes, checks
// entryHash and licences, and calls verifyEntry.
#include "core/record/recordkeys.h"
#include "core/result.h"
#include "crypto/ecies.h"
#include "crypto/ethaddress.h"

#include <cstdint>
#include <string_view>

namespace carnet::core::record {

inline constexpr std::uint8_t kEntryVersion = 0x01;
inline constexpr std::uint8_t kFlagPatientReported = 0x01;
inline constexpr std::size_t kMaxEntryBytes = 65536; // RecordLog.MAX_ENTRY_BYTES

inline constexpr std::size_t kOffsetVersion = 0;
inline constexpr std::size_t kOffsetFlags = 1;
inline constexpr std::size_t kOffsetAuthoredAt = 2;
inline constexpr std::size_t kOffsetSignature = 10;
inline constexpr std::size_t kOffsetWrappedKey = 75;
inline constexpr std::size_t kOffsetNonce = 169;
inline constexpr std::size_t kOffsetCiphertext = 181;
inline constexpr std::size_t kHeaderSize = kOffsetSignature; // version, flags, authoredAt
inline constexpr std::size_t kSignatureSize = 65;
inline constexpr std::size_t kContentKeySize = 32;
inline constexpr std::size_t kWrappedKeySize = kContentKeySize + crypto::kEciesOverhead; // 94
inline constexpr std::size_t kNonceSize = 12;
inline constexpr std::size_t kTagSize = 16;
/** Bytes of a sealed entry besides the content: 197. */
inline constexpr std::size_t kEntryOverhead = kOffsetCiphertext + kTagSize;
inline constexpr std::size_t kMinEntryBytes = kEntryOverhead + 1;
inline constexpr std::size_t kMaxContentBytes = kMaxEntryBytes - kEntryOverhead; // 65,339

inline constexpr std::string_view kEntryKeyTag = "carnet/entry-key/v1";
inline constexpr std::string_view kContentHashTag = "carnet/content/v1";
inline constexpr char kEip712Name[] = "Carnet Record";
inline constexpr char kEip712Version[] = "1";

static_assert(kOffsetWrappedKey == kOffsetSignature + kSignatureSize);
static_assert(kOffsetNonce == kOffsetWrappedKey + kWrappedKeySize);
static_assert(kOffsetCiphertext == kOffsetNonce + kNonceSize);
static_assert(kEntryOverhead == 197 && kMaxContentBytes == 65339);

/** Where an entry is published: the EIP-712 domain's chain id and RecordLog contract. */
struct EntryDomain
{
    std::uint64_t chainId = 0;
    crypto::Address recordLog {};
};

/** The EIP-712 message SealedEntry(bytes32 recordId,uint64 sequence,bytes32 contentHash,
 *  bytes32 wrappedKeyHash,uint64 authoredAt,bool patientReported). */
struct EntryMessage
{
    RecordId recordId {};
    std::uint64_t sequence = 0;
    crypto::Hash32 contentHash {};
    crypto::Hash32 wrappedKeyHash {};
    std::uint64_t authoredAt = 0;
    bool patientReported = false;
};

/** contentHash = keccak("carnet/content/v1" ‖ contentKey ‖ content): the signed commitment to the
 *  content. Keyed with the entry's secret content key so that the public signature cannot confirm a
 *  guessed content (a templated measurement); whoever holds the content key (the record's owner, or a
 *  third party the owner shows it to) can check that the author signed exactly these bytes. */
[[nodiscard]] crypto::Hash32 contentHashOf(crypto::ByteView contentKey, crypto::ByteView content);

/** The EIP-712 digest keccak(0x1901 ‖ domainSeparator ‖ hashStruct(message)) the author signs. */
[[nodiscard]] crypto::Hash32 entryDigest(const EntryMessage &message, const EntryDomain &domain);

/** What sealEntry needs. The references must outlive the call. */
struct EntryToSeal
{
    RecordId recordId {};
    std::uint64_t sequence = 0;
    const crypto::PublicKey &recordKey; ///< E_n.pub of the record (from the connect code)
    crypto::ByteView content;           ///< the FHIR resource, exactly as given (1 to kMaxContentBytes bytes)
    std::uint64_t authoredAt = 0;
    bool patientReported = false;
    const crypto::PrivateKey &author; ///< the provider's licensed key, or the patient's P_n
    EntryDomain domain;
};

enum class SealError {
    EmptyContent,    ///< N = 0
    ContentTooLarge, ///< N > kMaxContentBytes
};
const char *describe(SealError error);

/** Seals `entry`: a fresh content key and nonce, the key wrapped to the record key, the content
 *  encrypted, the whole signed by the author. Returns: the sealed entry (kEntryOverhead + N bytes). */
[[nodiscard]] Result<crypto::Bytes, SealError> sealEntry(const EntryToSeal &entry);

/** The fields of a sealed entry: views into the caller's bytes, valid while those bytes are. */
struct ParsedEntry
{
    crypto::ByteView bytes;      ///< the whole sealed entry
    std::uint8_t flags = 0;
    std::uint64_t authoredAt = 0;
    crypto::ByteView header;     ///< bytes 0–9 (version, flags, authoredAt)
    crypto::ByteView signature;  ///< 65 bytes r ‖ s ‖ v
    crypto::ByteView wrappedKey; ///< 94 bytes
    crypto::ByteView nonce;      ///< 12 bytes
    crypto::ByteView ciphertext; ///< N + 16 bytes (ciphertext ‖ tag)

    bool patientReported() const noexcept { return (flags & kFlagPatientReported) != 0; }
    /** The content's length N. */
    std::size_t contentSize() const noexcept { return ciphertext.size() - kTagSize; }
};

/** Why bytes are not a version-1 sealed entry (checked in this order). */
enum class ParseError {
    TooLarge,           ///< more than kMaxEntryBytes
    TooShort,           ///< empty, or fewer than kMinEntryBytes for version 1
    UnsupportedVersion, ///< byte 0 is not 0x01
    UnknownFlags,       ///< a flag bit other than bit 0 is set
};
const char *describe(ParseError error);

/** Splits `sealed` into its fields; checks sizes, version and flags only (no cryptography). */
[[nodiscard]] Result<ParsedEntry, ParseError> parseSealedEntry(crypto::ByteView sealed);

enum class OpenError {
    KeyUnwrapFailed,   ///< wrappedKey does not open with this record key at this record id and sequence
    ContentAuthFailed, ///< the ciphertext, nonce, header or position fails AES-GCM authentication
};
const char *describe(OpenError error);

/** An opened entry. */
struct OpenedEntry
{
    crypto::Bytes content;          ///< byte for byte as its author gave it
    crypto::Hash32 contentHash {};  ///< contentHashOf(content key, content), for entrySigner
};

/** Decrypts a parsed entry with record key E_n, for its position (recordId, sequence).
 *  Returns: the content and its contentHash (the content key itself is wiped). */
[[nodiscard]] Result<OpenedEntry, OpenError> openSealedEntry(const ParsedEntry &entry, const RecordId &recordId,
                                                               std::uint64_t sequence, const crypto::PrivateKey &recordKey);

/** The content key of a parsed entry at (recordId, sequence), unwrapped with record key E_n (what a
 *  grant's key bundle carries, docs/PROTOCOL.md §8.4); nullopt when it does not unwrap. Secret. */
[[nodiscard]] std::optional<crypto::SecureBuffer> unwrapContentKey(const ParsedEntry &entry, const RecordId &recordId,
                                                                   std::uint64_t sequence, const crypto::PrivateKey &recordKey);

/** Decrypts a parsed entry with its 32-byte content key (a grant's reader holds the content key, not
 *  E_n), for its position (recordId, sequence): the same AAD as openSealedEntry, and the contentHash of
 *  that key and the content. The wrapped key is not opened (it stays bound by the AAD and the signed
 *  wrappedKeyHash). A key of another size is ContentAuthFailed.
 *  Returns: the content and its contentHash. */
[[nodiscard]] Result<OpenedEntry, OpenError> openWithContentKey(const ParsedEntry &entry, const RecordId &recordId,
                                                                  std::uint64_t sequence, crypto::ByteView contentKey);

enum class SignerError {
    BadSignature, ///< v is not 27 or 28, s is high, or no key made the signature
};
const char *describe(SignerError error);

/** The address that signed a parsed entry at (recordId, sequence), given the contentHash its opening
 *  gave (OpenedEntry::contentHash). The caller compares it with the log's author. */
[[nodiscard]] Result<crypto::Address, SignerError> entrySigner(const ParsedEntry &entry, const RecordId &recordId,
                                                               std::uint64_t sequence, const crypto::Hash32 &contentHash,
                                                               const EntryDomain &domain);

/** keccak(sealed): what RecordLog stores as entryHash(recordId, sequence). */
[[nodiscard]] crypto::Hash32 entryHashOf(crypto::ByteView sealed);

} // namespace carnet::core::record
