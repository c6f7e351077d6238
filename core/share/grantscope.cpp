// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/grantscope.h"
#include "core/share/bytesio.h"
#include "crypto/hash.h"

#include <algorithm>

namespace carnet::core::share {

// The scope's bit i is fhir::EntryCategory(i): the protocol fixes the order (§8.3).
static_assert(static_cast<int>(fhir::EntryCategory::Lab) == 0);
static_assert(static_cast<int>(fhir::EntryCategory::Vital) == 1);
static_assert(static_cast<int>(fhir::EntryCategory::Condition) == 2);
static_assert(static_cast<int>(fhir::EntryCategory::Medication) == 3);
static_assert(static_cast<int>(fhir::EntryCategory::Immunization) == 4);
static_assert(static_cast<int>(fhir::EntryCategory::Allergy) == 5);
static_assert(static_cast<int>(fhir::EntryCategory::Encounter) == 6);
static_assert(static_cast<int>(fhir::EntryCategory::Note) == 7);
static_assert(static_cast<int>(fhir::EntryCategory::Procedure) == 8);
static_assert(static_cast<int>(fhir::EntryCategory::Report) == 9);
static_assert(static_cast<int>(fhir::EntryCategory::Other) == 10);
static_assert(categoryBit(fhir::EntryCategory::Other) << 1 == kCategoryMask + 1);

namespace {
bool validDay(std::uint32_t day)
{
    if (day == 0)
        return true;
    const int year = static_cast<int>(day / 10000);
    const int month = static_cast<int>(day / 100 % 100);
    const int dayOfMonth = static_cast<int>(day % 100);
    return year >= 1 && year <= 9999 && QDate(year, month, dayOfMonth).isValid();
}

// The rules on the header fields and the count, shared by the writer and the reader.
Result<void, ScopeError> checkFields(const GrantScope &scope)
{
    if ((scope.categories & ~kCategoryMask) != 0)
        return fail(ScopeError::UnknownCategories);
    if (!validDay(scope.from) || !validDay(scope.to))
        return fail(ScopeError::BadDay);
    if (scope.from != 0 && scope.to != 0 && scope.from > scope.to)
        return fail(ScopeError::DaysReversed);
    if (scope.categories == 0 && (scope.from != 0 || scope.to != 0))
        return fail(ScopeError::DaysWithoutCategories);
    if (scope.entries.size() > kMaxScopeEntries)
        return fail(ScopeError::TooManyEntries);
    return {};
}
} // namespace

const char *describe(ScopeError error)
{
    switch (error) {
    case ScopeError::TooShort:
        return "the grant's scope is too short";
    case ScopeError::UnsupportedVersion:
        return "the grant's scope is of an unsupported version";
    case ScopeError::UnknownCategories:
        return "the grant's scope names an unknown category";
    case ScopeError::BadDay:
        return "the grant's scope has a date that is not a calendar day";
    case ScopeError::DaysReversed:
        return "the grant's scope starts after it ends";
    case ScopeError::DaysWithoutCategories:
        return "the grant's scope has dates but no category";
    case ScopeError::TooManyEntries:
        return "the grant's scope picks more than 1,000 single entries";
    case ScopeError::WrongLength:
        return "the grant's scope has the wrong length";
    case ScopeError::NotCanonical:
        return "the grant's single entries are not in order or repeat";
    case ScopeError::Empty:
        return "the grant's scope covers nothing";
    }
    return "unknown";
}

std::uint32_t dayNumber(const QDate &date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return 0;
    return static_cast<std::uint32_t>(date.year() * 10000 + date.month() * 100 + date.day());
}

Result<crypto::Bytes, ScopeError> encodeScope(const GrantScope &scope)
{
    GrantScope canonical = scope;
    std::sort(canonical.entries.begin(), canonical.entries.end());
    canonical.entries.erase(std::unique(canonical.entries.begin(), canonical.entries.end()), canonical.entries.end());
    if (const auto checked = checkFields(canonical); !checked)
        return fail(checked.error());
    if (canonical.categories == 0 && canonical.entries.empty())
        return fail(ScopeError::Empty);
    crypto::Bytes bytes(kScopeHeaderSize + kScopeEntrySize * canonical.entries.size());
    detail::Writer out(bytes);
    out.u8(kScopeVersion);
    out.u16(canonical.categories);
    out.u32(canonical.from);
    out.u32(canonical.to);
    out.u16(static_cast<std::uint16_t>(canonical.entries.size()));
    for (const ScopeEntry &entry : canonical.entries) {
        out.bytes(entry.recordId);
        out.u32(entry.sequence);
    }
    return bytes;
}

Result<GrantScope, ScopeError> decodeScope(crypto::ByteView bytes)
{
    if (bytes.empty())
        return fail(ScopeError::TooShort);
    if (bytes[0] != kScopeVersion)
        return fail(ScopeError::UnsupportedVersion);
    if (bytes.size() < kScopeHeaderSize)
        return fail(ScopeError::TooShort);
    detail::Reader in(bytes.subspan(1));
    GrantScope scope;
    scope.categories = in.u16();
    scope.from = in.u32();
    scope.to = in.u32();
    const std::size_t k = in.u16();
    if (k > kMaxScopeEntries) // before the fields' check so that it cannot see a short list
        return fail(ScopeError::TooManyEntries);
    if (const auto checked = checkFields(scope); !checked)
        return fail(checked.error());
    if (bytes.size() != kScopeHeaderSize + kScopeEntrySize * k)
        return fail(ScopeError::WrongLength);
    scope.entries.reserve(k);
    for (std::size_t i = 0; i < k; ++i) {
        ScopeEntry entry;
        in.bytes(entry.recordId);
        entry.sequence = in.u32();
        if (!scope.entries.empty() && !(scope.entries.back() < entry))
            return fail(ScopeError::NotCanonical);
        scope.entries.push_back(entry);
    }
    if (scope.categories == 0 && scope.entries.empty())
        return fail(ScopeError::Empty);
    return scope;
}

crypto::Hash32 scopeHash(crypto::ByteView bytes)
{
    crypto::Bytes preimage(kScopeHashTag.begin(), kScopeHashTag.end());
    preimage.insert(preimage.end(), bytes.begin(), bytes.end());
    return crypto::keccak256(preimage);
}

bool inScope(const GrantScope &scope, fhir::EntryCategory category, std::uint32_t day, const crypto::Hash32 &recordId,
             std::uint32_t sequence)
{
    if (std::binary_search(scope.entries.begin(), scope.entries.end(), ScopeEntry {recordId, sequence}))
        return true;
    if ((scope.categories & categoryBit(category)) == 0)
        return false;
    return (scope.from == 0 || day >= scope.from) && (scope.to == 0 || day <= scope.to);
}

} // namespace carnet::core::share
