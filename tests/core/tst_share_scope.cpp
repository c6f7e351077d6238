// SPDX-License-Identifier: GPL-3.0-or-later
// Grant scopes (docs/PROTOCOL.md §8.3): canonical encoding (sorted single entries, repeats dropped),
// round trips, every non-canonical form refused with its error, scopeHash, inScope, and the category
// bits pinned to fhir::EntryCategory.
#include "core/share/grantscope.h"
#include "crypto/hash.h"
#include "crypto/random.h"

#include <QTest>

using namespace carnet::core::share;
using namespace carnet::crypto;
using carnet::core::fhir::EntryCategory;

namespace {
Hash32 idOf(std::uint8_t first)
{
    Hash32 id {};
    id[0] = first;
    id[31] = 0x77;
    return id;
}

// Scope bytes written field by field, whatever they say.
Bytes rawScope(std::uint8_t version, std::uint16_t categories, std::uint32_t from, std::uint32_t to,
               const std::vector<ScopeEntry> &entries, std::optional<std::uint16_t> count = std::nullopt)
{
    Bytes out {version};
    auto put = [&out](std::uint64_t v, int size) {
        for (int i = size - 1; i >= 0; --i)
            out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    };
    put(categories, 2);
    put(from, 4);
    put(to, 4);
    put(count.value_or(static_cast<std::uint16_t>(entries.size())), 2);
    for (const ScopeEntry &e : entries) {
        out.insert(out.end(), e.recordId.begin(), e.recordId.end());
        put(e.sequence, 4);
    }
    return out;
}

ScopeError errorOf(const Bytes &bytes)
{
    const auto decoded = decodeScope(bytes);
    return decoded ? ScopeError(-1) : decoded.error();
}
} // namespace

class ShareScopeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoryBitsFollowTheEntryCategories()
    {
        QCOMPARE(categoryBit(EntryCategory::Lab), std::uint16_t {1});
        QCOMPARE(categoryBit(EntryCategory::Report), std::uint16_t {1 << 9});
        QCOMPARE(categoryBit(EntryCategory::Other), std::uint16_t {1 << 10});
        QCOMPARE(QByteArray(carnet::core::fhir::categoryKey(EntryCategory::Immunization)), QByteArray("immunization"));
    }

    void roundTripAndCanonicalOrder()
    {
        GrantScope scope {categoryBit(EntryCategory::Lab) | categoryBit(EntryCategory::Vital), 20240101, 20261231, {}};
        scope.entries = {{idOf(3), 7}, {idOf(1), 9}, {idOf(3), 2}, {idOf(1), 9}, {idOf(1), 0}};
        const auto bytes = encodeScope(scope);
        QVERIFY(bytes);
        QCOMPARE(bytes->size(), kScopeHeaderSize + 4 * kScopeEntrySize); // the repeat is dropped
        const auto decoded = decodeScope(*bytes);
        QVERIFY(decoded);
        const std::vector<ScopeEntry> sorted {{idOf(1), 0}, {idOf(1), 9}, {idOf(3), 2}, {idOf(3), 7}};
        QCOMPARE(decoded->entries, sorted);
        QCOMPARE(decoded->categories, scope.categories);
        QCOMPARE(decoded->from, 20240101u);
        QCOMPARE(decoded->to, 20261231u);
        QCOMPARE(*encodeScope(*decoded), *bytes);
        QCOMPARE(*bytes, rawScope(1, scope.categories, 20240101, 20261231, sorted));

        // Only single entries; only categories; open-ended days; 1,000 entries (the most).
        QVERIFY(decodeScope(*encodeScope(GrantScope {0, 0, 0, {{idOf(9), 1}}})));
        QVERIFY(decodeScope(*encodeScope(GrantScope {kCategoryMask, 0, 0, {}})));
        QVERIFY(decodeScope(*encodeScope(GrantScope {1, 20240229, 0, {}})));
        QVERIFY(decodeScope(*encodeScope(GrantScope {1, 0, 20240229, {}})));
        GrantScope many {1, 0, 0, {}};
        for (std::uint32_t i = 0; i < kMaxScopeEntries; ++i)
            many.entries.push_back({idOf(static_cast<std::uint8_t>(i % 7)), i});
        const auto manyBytes = encodeScope(many);
        QVERIFY(manyBytes);
        QCOMPARE(manyBytes->size(), std::size_t {13 + 36000});
        QVERIFY(decodeScope(*manyBytes));
        many.entries.push_back({idOf(200), 0});
        QCOMPARE(encodeScope(many).error(), ScopeError::TooManyEntries);
    }

    void nonCanonicalRefused()
    {
        const std::vector<ScopeEntry> two {{idOf(1), 5}, {idOf(2), 0}};
        QVERIFY(decodeScope(rawScope(1, 1, 0, 0, two)));
        QCOMPARE(errorOf({}), ScopeError::TooShort);
        QCOMPARE(errorOf({1, 0, 1}), ScopeError::TooShort);
        QCOMPARE(errorOf(rawScope(2, 1, 0, 0, two)), ScopeError::UnsupportedVersion);
        QCOMPARE(errorOf(rawScope(0, 1, 0, 0, two)), ScopeError::UnsupportedVersion);
        for (int bit = 11; bit < 16; ++bit)
            QCOMPARE(errorOf(rawScope(1, static_cast<std::uint16_t>(1 | (1 << bit)), 0, 0, two)), ScopeError::UnknownCategories);
        QCOMPARE(errorOf(rawScope(1, 1, 20230229, 0, two)), ScopeError::BadDay); // not a leap year
        QCOMPARE(errorOf(rawScope(1, 1, 0, 20241301, two)), ScopeError::BadDay);
        QCOMPARE(errorOf(rawScope(1, 1, 0, 20240100, two)), ScopeError::BadDay);
        QCOMPARE(errorOf(rawScope(1, 1, 1231, 0, two)), ScopeError::BadDay); // year 0
        QCOMPARE(errorOf(rawScope(1, 1, 4294967295u, 0, two)), ScopeError::BadDay);
        QCOMPARE(errorOf(rawScope(1, 1, 20250102, 20250101, two)), ScopeError::DaysReversed);
        QVERIFY(decodeScope(rawScope(1, 1, 20250101, 20250101, two)));
        QCOMPARE(errorOf(rawScope(0x01, 0, 20250101, 0, two)), ScopeError::DaysWithoutCategories);
        QCOMPARE(errorOf(rawScope(0x01, 0, 0, 20250101, two)), ScopeError::DaysWithoutCategories);
        QCOMPARE(errorOf(rawScope(1, 1, 0, 0, {}, 1001)), ScopeError::TooManyEntries);
        Bytes truncated = rawScope(1, 1, 0, 0, two);
        truncated.pop_back();
        QCOMPARE(errorOf(truncated), ScopeError::WrongLength);
        Bytes trailing = rawScope(1, 1, 0, 0, two);
        trailing.push_back(0);
        QCOMPARE(errorOf(trailing), ScopeError::WrongLength);
        QCOMPARE(errorOf(rawScope(1, 1, 0, 0, two, 3)), ScopeError::WrongLength);
        QCOMPARE(errorOf(rawScope(1, 1, 0, 0, {two[1], two[0]})), ScopeError::NotCanonical);
        QCOMPARE(errorOf(rawScope(1, 1, 0, 0, {two[0], two[0]})), ScopeError::NotCanonical);
        QCOMPARE(errorOf(rawScope(1, 1, 0, 0, {{idOf(1), 6}, {idOf(1), 5}})), ScopeError::NotCanonical);
        QCOMPARE(errorOf(rawScope(1, 0, 0, 0, {})), ScopeError::Empty);
        // The writer refuses what the reader would.
        QCOMPARE(encodeScope(GrantScope {0, 0, 0, {}}).error(), ScopeError::Empty);
        QCOMPARE(encodeScope(GrantScope {0x0800, 0, 0, {}}).error(), ScopeError::UnknownCategories);
        QCOMPARE(encodeScope(GrantScope {1, 20250231, 0, {}}).error(), ScopeError::BadDay);
        QCOMPARE(encodeScope(GrantScope {1, 20250201, 20250131, {}}).error(), ScopeError::DaysReversed);
        QCOMPARE(encodeScope(GrantScope {0, 20250201, 0, {{idOf(1), 1}}}).error(), ScopeError::DaysWithoutCategories);
    }

    void hashIsTaggedKeccak()
    {
        const Bytes bytes = *encodeScope(GrantScope {3, 0, 0, {}});
        Bytes preimage(kScopeHashTag.begin(), kScopeHashTag.end());
        preimage.insert(preimage.end(), bytes.begin(), bytes.end());
        QCOMPARE(scopeHash(bytes), keccak256(preimage));
        QVERIFY(scopeHash(bytes) != scopeHash(*encodeScope(GrantScope {7, 0, 0, {}})));
    }

    void inScopeRules()
    {
        const auto scope = decodeScope(*encodeScope(GrantScope {
            categoryBit(EntryCategory::Lab) | categoryBit(EntryCategory::Medication), 20240301, 20240331,
            {{idOf(5), 12}, {idOf(5), 40}}}));
        QVERIFY(scope);
        const Hash32 other = idOf(6);
        QVERIFY(inScope(*scope, EntryCategory::Lab, 20240301, other, 0));
        QVERIFY(inScope(*scope, EntryCategory::Lab, 20240331, other, 0));
        QVERIFY(inScope(*scope, EntryCategory::Medication, 20240315, other, 0));
        QVERIFY(!inScope(*scope, EntryCategory::Lab, 20240229, other, 0));
        QVERIFY(!inScope(*scope, EntryCategory::Lab, 20240401, other, 0));
        QVERIFY(!inScope(*scope, EntryCategory::Vital, 20240315, other, 0));
        // Single entries are in whatever their category and day.
        QVERIFY(inScope(*scope, EntryCategory::Note, 19990101, idOf(5), 12));
        QVERIFY(inScope(*scope, EntryCategory::Other, 0, idOf(5), 40));
        QVERIFY(!inScope(*scope, EntryCategory::Note, 19990101, idOf(5), 13));
        QVERIFY(!inScope(*scope, EntryCategory::Note, 19990101, other, 12));
        // Open bounds.
        const GrantScope open {categoryBit(EntryCategory::Other), 0, 0, {}};
        QVERIFY(inScope(open, EntryCategory::Other, 10101, other, 0));
        QVERIFY(inScope(open, EntryCategory::Other, 99991231, other, 0));
        const GrantScope since {categoryBit(EntryCategory::Other), 20200101, 0, {}};
        QVERIFY(inScope(since, EntryCategory::Other, 20991231, other, 0));
        QVERIFY(!inScope(since, EntryCategory::Other, 20191231, other, 0));
        QCOMPARE(dayNumber(QDate(2024, 2, 29)), 20240229u);
        QCOMPARE(dayNumber(QDate()), 0u);
    }

    void descriptionsNameEachError()
    {
        std::vector<std::string_view> seen;
        for (int e = 0; e <= static_cast<int>(ScopeError::Empty); ++e)
            seen.push_back(describe(static_cast<ScopeError>(e)));
        for (const auto text : seen) {
            QVERIFY(!text.empty() && text != "unknown");
            QCOMPARE(std::count(seen.begin(), seen.end(), text), std::ptrdiff_t {1});
        }
    }
};

QTEST_GUILESS_MAIN(ShareScopeTest)
#include "tst_share_scope.moc"
