// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/service/grantstore.h"
#include "core/service/store_p.h"

#include <algorithm>

namespace carnet::core::service {
namespace {

using sync::StoreError;

using store::fromDb;
using store::nonNull;

template <std::size_t N>
std::array<std::uint8_t, N> fixed(crypto::ByteView blob)
{
    std::array<std::uint8_t, N> out{};
    if (blob.size() == N)
        std::copy(blob.begin(), blob.end(), out.begin());
    return out;
}

constexpr char kColumns[] =
    "SELECT grant_index, grant_id, mode, grantee, grantee_name, scope, permissions, expiry, created_at,"
    " entry_count, record_count, bundle_bytes, parts, write_record_index, parts_sent, issued, revoked_at,"
    " share_code, bundle FROM grants";

StoredGrant readGrant(const Statement &s)
{
    StoredGrant g;
    g.index = static_cast<std::uint32_t>(s.columnInt(0));
    g.grantId = fixed<32>(s.columnBlob(1));
    g.mode = static_cast<share::BundleMode>(s.columnInt(2));
    g.grantee = fixed<20>(s.columnBlob(3));
    g.granteeName = QString::fromStdString(s.columnText(4));
    if (auto scope = share::decodeScope(s.columnBlob(5)))
        g.scope = std::move(*scope);
    g.permissions = static_cast<std::uint8_t>(s.columnInt(6));
    g.expiry = static_cast<std::uint64_t>(s.columnInt(7));
    g.createdAt = s.columnInt(8);
    g.entryCount = static_cast<std::uint32_t>(s.columnInt(9));
    g.recordCount = static_cast<std::uint32_t>(s.columnInt(10));
    g.bundleBytes = static_cast<std::uint32_t>(s.columnInt(11));
    g.parts = static_cast<std::uint16_t>(s.columnInt(12));
    if (const std::int64_t w = s.columnInt(13); w >= 0)
        g.writeRecordIndex = static_cast<std::uint32_t>(w);
    g.issued = s.columnInt(15) != 0;
    g.revokedAt = static_cast<std::uint64_t>(s.columnInt(16));
    g.discovered = s.columnText(17).empty();
    return g;
}

} // namespace

sync::StoreResult<std::uint32_t> GrantStore::nextGrantIndex()
{
    auto stored = m_db.queryInt("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'grant_next_index'), 0)");
    if (!stored)
        return fail(fromDb(stored.error()));
    auto highest = m_db.queryInt("SELECT coalesce(max(grant_index) + 1, 0) FROM grants");
    if (!highest)
        return fail(fromDb(highest.error()));
    return static_cast<std::uint32_t>(std::max(*stored, *highest));
}

sync::StoreResult<void> GrantStore::reserveGrantIndex(std::uint32_t next)
{
    auto current = nextGrantIndex();
    if (!current)
        return fail(current.error());
    if (next <= *current)
        return {};
    auto s = m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('grant_next_index', ?1)");
    if (!s)
        return fail(fromDb(s.error()));
    const std::string text = std::to_string(next);
    s->bindBlob(1, crypto::asBytes(text));
    if (auto done = s->run(); !done)
        return fail(fromDb(done.error()));
    return {};
}

sync::StoreResult<void> GrantStore::addGrant(const GrantRow &row)
{
    const StoredGrant &g = row.grant;
    // A grant found after a restore has no known scope: its row holds none.
    auto scope = share::encodeScope(g.scope);
    if (!scope && !g.discovered)
        return fail(StoreError::Database);
    const crypto::Bytes scopeBytes = scope ? *scope : crypto::Bytes{};
    auto s = m_db.prepare(
        "INSERT INTO grants (grant_index, grant_id, mode, grantee, grantee_name, scope, permissions, expiry, created_at,"
        " entry_count, record_count, bundle_bytes, parts, share_code, bundle, write_record_index)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!s)
        return fail(fromDb(s.error()));
    s->bind(1, std::int64_t(g.index))
        .bindBlob(2, g.grantId)
        .bind(3, std::int64_t(static_cast<std::uint8_t>(g.mode)))
        .bindBlob(4, g.grantee)
        .bind(5, g.granteeName.toStdString())
        .bindBlob(6, nonNull(crypto::ByteView(scopeBytes)))
        .bind(7, std::int64_t(g.permissions))
        .bind(8, static_cast<std::int64_t>(g.expiry))
        .bind(9, g.createdAt)
        .bind(10, std::int64_t(g.entryCount))
        .bind(11, std::int64_t(g.recordCount))
        .bind(12, std::int64_t(g.bundleBytes))
        .bind(13, std::int64_t(g.parts))
        .bind(14, nonNull(row.shareCode.asStringView()))
        .bindBlob(15, nonNull(crypto::ByteView(row.bundle)))
        .bind(16, g.writeRecordIndex ? std::int64_t(*g.writeRecordIndex) : std::int64_t(-1));
    if (auto done = s->run(); !done)
        return fail(done.error() == DbError::Constraint ? StoreError::DuplicateRecord : fromDb(done.error()));
    return {};
}

sync::StoreResult<std::vector<StoredGrant>> GrantStore::grants()
{
    auto s = m_db.prepare(std::string(kColumns) + " ORDER BY grant_index DESC");
    if (!s)
        return fail(fromDb(s.error()));
    std::vector<StoredGrant> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return fail(fromDb(row.error()));
        if (!*row)
            break;
        out.push_back(readGrant(*s));
    }
    return out;
}

sync::StoreResult<std::optional<GrantRow>> GrantStore::grant(std::uint32_t index)
{
    auto s = m_db.prepare(std::string(kColumns) + " WHERE grant_index = ?1");
    if (!s)
        return fail(fromDb(s.error()));
    s->bind(1, std::int64_t(index));
    auto row = s->step();
    if (!row)
        return fail(fromDb(row.error()));
    if (!*row)
        return std::optional<GrantRow>{};
    GrantRow r;
    r.grant = readGrant(*s);
    r.partsSent = static_cast<std::uint16_t>(s->columnInt(14));
    const std::string code = s->columnText(17);
    r.shareCode = crypto::SecureBuffer::copyOf(crypto::asBytes(code));
    const crypto::ByteView bundle = s->columnBlob(18);
    r.bundle.assign(bundle.begin(), bundle.end());
    return std::optional<GrantRow>(std::move(r));
}

sync::StoreResult<void> GrantStore::setPartsSent(std::uint32_t index, std::uint16_t parts)
{
    auto s = m_db.prepare("UPDATE grants SET parts_sent = ?2, issued = (?2 = parts) WHERE grant_index = ?1");
    if (!s)
        return fail(fromDb(s.error()));
    s->bind(1, std::int64_t(index)).bind(2, std::int64_t(parts));
    if (auto done = s->run(); !done)
        return fail(fromDb(done.error()));
    return {};
}

sync::StoreResult<void> GrantStore::setRevokedAt(std::uint32_t index, std::uint64_t revokedAt)
{
    auto s = m_db.prepare("UPDATE grants SET revoked_at = ?2 WHERE grant_index = ?1");
    if (!s)
        return fail(fromDb(s.error()));
    s->bind(1, std::int64_t(index)).bind(2, static_cast<std::int64_t>(revokedAt));
    if (auto done = s->run(); !done)
        return fail(fromDb(done.error()));
    return {};
}

} // namespace carnet::core::service
