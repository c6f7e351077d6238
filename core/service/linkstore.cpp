// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/service/linkstore.h"
#include "core/service/store_p.h"

namespace carnet::core::service {
namespace {

using store::fromDb;
using store::nonNull;
using sync::StoreError;

constexpr char kColumns[] =
    "SELECT link_id, host, flag, label, kind, scope, expires_at, created_at, revoked_at, entry_count,"
    " file_bytes, uploaded, accesses_seen, link <> '' FROM shl_links";

StoredLink readLink(const Statement &s)
{
    StoredLink l;
    l.id = QString::fromStdString(s.columnText(0));
    l.host = QString::fromStdString(s.columnText(1));
    l.flag = QString::fromStdString(s.columnText(2));
    l.label = QString::fromStdString(s.columnText(3));
    l.kind = static_cast<LinkKind>(s.columnInt(4));
    if (auto scope = share::decodeScope(s.columnBlob(5)))
        l.scope = std::move(*scope);
    l.expiresAt = s.columnInt(6);
    l.createdAt = s.columnInt(7);
    l.revokedAt = s.columnInt(8);
    l.entryCount = static_cast<std::uint32_t>(s.columnInt(9));
    l.fileBytes = static_cast<std::uint32_t>(s.columnInt(10));
    l.uploaded = s.columnInt(11) != 0;
    l.accessesSeen = static_cast<std::uint32_t>(s.columnInt(12));
    l.hasKey = s.columnInt(13) != 0;
    return l;
}

sync::StoreResult<void> runUpdate(Database &db, const char *sql, const QString &id, std::int64_t value)
{
    auto s = db.prepare(sql);
    if (!s)
        return fail(fromDb(s.error()));
    const std::string key = id.toStdString();
    s->bind(1, std::string_view(key)).bind(2, value);
    if (auto done = s->run(); !done)
        return fail(fromDb(done.error()));
    return {};
}

} // namespace

sync::StoreResult<void> LinkStore::addLink(const StoredLink &l, const crypto::SecureBuffer &text)
{
    // A Summary or Emergency link has no scope; neither has a link found on its host.
    crypto::Bytes scopeBytes;
    if (l.kind == LinkKind::Bundle && l.hasKey) {
        auto scope = share::encodeScope(l.scope);
        if (!scope)
            return fail(StoreError::Database);
        scopeBytes = std::move(*scope);
    }
    auto s = m_db.prepare(
        "INSERT INTO shl_links (link_id, host, link, flag, label, kind, scope, expires_at, created_at, entry_count,"
        " file_bytes, uploaded, accesses_seen, revoked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!s)
        return fail(fromDb(s.error()));
    const std::string id = l.id.toStdString(), host = l.host.toStdString(), flag = l.flag.toStdString(),
                      label = l.label.toStdString();
    s->bind(1, std::string_view(id))
        .bind(2, std::string_view(host))
        .bind(3, nonNull(text.asStringView()))
        .bind(4, nonNull(std::string_view(flag)))
        .bind(5, nonNull(std::string_view(label)))
        .bind(6, std::int64_t(static_cast<std::uint8_t>(l.kind)))
        .bindBlob(7, nonNull(crypto::ByteView(scopeBytes)))
        .bind(8, l.expiresAt)
        .bind(9, l.createdAt)
        .bind(10, std::int64_t(l.entryCount))
        .bind(11, std::int64_t(l.fileBytes))
        .bind(12, std::int64_t(l.uploaded ? 1 : 0))
        .bind(13, std::int64_t(l.accessesSeen))
        .bind(14, l.revokedAt);
    if (auto done = s->run(); !done)
        return fail(done.error() == DbError::Constraint ? StoreError::DuplicateRecord : fromDb(done.error()));
    return {};
}

sync::StoreResult<std::vector<StoredLink>> LinkStore::links()
{
    auto s = m_db.prepare(std::string(kColumns) + " ORDER BY created_at DESC, link_id");
    if (!s)
        return fail(fromDb(s.error()));
    std::vector<StoredLink> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return fail(fromDb(row.error()));
        if (!*row)
            break;
        out.push_back(readLink(*s));
    }
    return out;
}

sync::StoreResult<std::optional<StoredLink>> LinkStore::link(const QString &id)
{
    auto s = m_db.prepare(std::string(kColumns) + " WHERE link_id = ?1");
    if (!s)
        return fail(fromDb(s.error()));
    const std::string key = id.toStdString();
    s->bind(1, std::string_view(key));
    auto row = s->step();
    if (!row)
        return fail(fromDb(row.error()));
    if (!*row)
        return std::optional<StoredLink>{};
    return std::optional<StoredLink>(readLink(*s));
}

sync::StoreResult<crypto::SecureBuffer> LinkStore::linkText(const QString &id)
{
    auto s = m_db.prepare("SELECT link FROM shl_links WHERE link_id = ?1");
    if (!s)
        return fail(fromDb(s.error()));
    const std::string key = id.toStdString();
    s->bind(1, std::string_view(key));
    auto row = s->step();
    if (!row)
        return fail(fromDb(row.error()));
    if (!*row)
        return crypto::SecureBuffer{};
    const crypto::ByteView text = s->columnBlob(0);
    return crypto::SecureBuffer::copyOf(text);
}

sync::StoreResult<void> LinkStore::setUploaded(const QString &id, std::uint32_t fileBytes)
{
    return runUpdate(m_db, "UPDATE shl_links SET uploaded = 1, file_bytes = ?2 WHERE link_id = ?1", id, fileBytes);
}

sync::StoreResult<void> LinkStore::setRevokedAt(const QString &id, std::int64_t revokedAt)
{
    return runUpdate(m_db, "UPDATE shl_links SET revoked_at = ?2 WHERE link_id = ?1", id, revokedAt);
}

sync::StoreResult<void> LinkStore::setAccessesSeen(const QString &id, std::uint32_t seen)
{
    return runUpdate(m_db, "UPDATE shl_links SET accesses_seen = max(accesses_seen, ?2) WHERE link_id = ?1", id, seen);
}

} // namespace carnet::core::service
