// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A grant's scope (docs/PROTOCOL.md §8.3): the categories and day range the patient chose and single
// entries picked by hand, byte for byte (its hash is signed in the grant's terms):
//   version 0x01 (1) ‖ categories (2) ‖ from (4) ‖ to (4) ‖ k (2) ‖ k × (recordId (32) ‖ uint32(sequence))
//   scopeHash = keccak("carnet/grant-scope/v1" ‖ scope)
#include "core/fhir/entry.h"
#include "core/result.h"
#include "crypto/bytes.h"

#include <QDate>

#include <cstdint>
#include <string_view>
#include <vector>

namespace carnet::core::share {

inline constexpr std::uint8_t kScopeVersion = 0x01;
inline constexpr std::string_view kScopeHashTag = "carnet/grant-scope/v1";
/** version, categories, from, to, k. */
inline constexpr std::size_t kScopeHeaderSize = 1 + 2 + 4 + 4 + 2;
inline constexpr std::size_t kScopeEntrySize = 32 + 4;
inline constexpr std::size_t kMaxScopeEntries = 1000;
/** Bits 0–10, one per fhir::EntryCategory in enum order; bits 11–15 are zero. */
inline constexpr std::uint16_t kCategoryMask = 0x07FF;

/** One entry picked by hand: its position in RecordLog. */
struct ScopeEntry
{
    crypto::Hash32 recordId {};
    std::uint32_t sequence = 0;
    friend auto operator<=>(const ScopeEntry &, const ScopeEntry &) = default;
};

/** What a grant covers. Days are YYYYMMDD as a number (20260314), 0 for no bound. */
struct GrantScope
{
    std::uint16_t categories = 0; ///< bit i = fhir::EntryCategory(i)
    std::uint32_t from = 0;       ///< first day of the data, 0: no lower bound
    std::uint32_t to = 0;         ///< last day, 0: no upper bound
    std::vector<ScopeEntry> entries;
    friend bool operator==(const GrantScope &, const GrantScope &) = default;
};

/** Why bytes, or a scope, are not a canonical scope, in the order the reader checks. */
enum class ScopeError {
    TooShort,               ///< fewer than the 13 bytes of the header
    UnsupportedVersion,     ///< the first byte is not 0x01
    UnknownCategories,      ///< a bit of 11–15 is set
    BadDay,                 ///< from or to is neither 0 nor a calendar day YYYYMMDD
    DaysReversed,           ///< from is after to
    DaysWithoutCategories,  ///< a day bound with no category set (it would bound nothing)
    TooManyEntries,         ///< k > 1000
    WrongLength,            ///< not exactly 13 + 36·k bytes
    NotCanonical,           ///< single entries not sorted by (recordId, sequence), or repeated
    Empty,                  ///< no category and no single entry: the scope matches nothing
};

/** An English description of the error. */
const char *describe(ScopeError error);

/** The bit of a category. */
constexpr std::uint16_t categoryBit(fhir::EntryCategory category)
{
    return static_cast<std::uint16_t>(1u << static_cast<unsigned>(category));
}

/** A day as the scope writes it, YYYYMMDD (0 for an invalid date). */
[[nodiscard]] std::uint32_t dayNumber(const QDate &date);

/** The canonical bytes of `scope`: its single entries sorted by (recordId, sequence) with repeats
 *  dropped. Returns the first rule it breaks otherwise (TooManyEntries counts after dropping repeats). */
[[nodiscard]] Result<crypto::Bytes, ScopeError> encodeScope(const GrantScope &scope);
/** Reads scope bytes strictly: only the canonical bytes of a scope are accepted. */
[[nodiscard]] Result<GrantScope, ScopeError> decodeScope(crypto::ByteView bytes);
/** keccak("carnet/grant-scope/v1" ‖ bytes): the grant's signed scopeHash. */
[[nodiscard]] crypto::Hash32 scopeHash(crypto::ByteView bytes);

/** Whether an entry is in scope: one of the single entries, or its category's bit is set and its
 *  effective day (its authoring day when it has none), YYYYMMDD, lies in [from, to]. The single entries
 *  must be sorted, as decodeScope gives them (they are binary-searched). */
[[nodiscard]] bool inScope(const GrantScope &scope, fhir::EntryCategory category, std::uint32_t day,
                           const crypto::Hash32 &recordId, std::uint32_t sequence);

} // namespace carnet::core::share
