// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/linkstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace carnet::sharehost {
namespace {

/** The store's connection, opened again when it was lost (PostgreSQL restarted or the connection
 *  dropped: QPSQL then closes it, and every later statement would fail). One attempt per call; the
 *  call that finds the server away answers Failed (503) and a later one reconnects. */
QSqlDatabase connection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isValid() && !db.isOpen()) {
        if (db.open())
            qWarning("store: the database connection was lost and is open again");
    }
    return db;
}

QSqlQuery prepared(const QString &name, const char *sql, const QVariantList &values)
{
    QSqlQuery q(connection(name));
    q.prepare(QString::fromLatin1(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q;
}

constexpr const char *kLinkColumns = "id, owner, flag, passcode_hash, exp, label, created, revoked, max_failures, "
                                     "failures_remaining, last_updated";

StoredLink linkOf(const QSqlQuery &q)
{
    StoredLink l;
    l.id = q.value(0).toString();
    l.owner = q.value(1).toString().toLatin1();
    l.flag = q.value(2).toString();
    l.passcodeHash = q.value(3).toString().toLatin1();
    l.exp = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    l.label = q.value(5).toString();
    l.created = q.value(6).toLongLong();
    l.revoked = q.value(7).toInt() != 0;
    l.maxFailures = q.value(8).toInt();
    l.failuresRemaining = q.value(9).toInt();
    l.lastUpdated = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    return l;
}

} // namespace

LinkStore::LinkStore() : m_name(QStringLiteral("linkstore-") + QUuid::createUuid().toString(QUuid::Id128)) {}

LinkStore::~LinkStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

StoreStatus LinkStore::link(const QString &id, StoredLink *out)
{
    const QByteArray sql = QByteArray("SELECT ") + kLinkColumns + " FROM shl_links WHERE id = ?";
    QSqlQuery q = prepared(m_name, sql.constData(), {id});
    // The first statement of most requests: when it finds the connection lost, one more try on a
    // new connection, so the first request after a database restart is answered too.
    if (!q.exec() && (QSqlDatabase::database(m_name, false).isOpen() || !(q = prepared(m_name, sql.constData(), {id})).exec()))
        return StoreStatus::Failed;
    if (!q.next())
        return StoreStatus::NotFound;
    *out = linkOf(q);
    return StoreStatus::Ok;
}

StoreStatus LinkStore::createLink(const StoredLink &l)
{
    QSqlQuery q = prepared(m_name,
                           "INSERT INTO shl_links (id, owner, flag, passcode_hash, exp, label, created, revoked, "
                           "max_failures, failures_remaining, last_updated) VALUES (?, ?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), ?, 0, ?, ?, NULL)",
                           {l.id, QString::fromLatin1(l.owner), l.flag,
                            l.passcodeHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromLatin1(l.passcodeHash)),
                            l.exp > 0 ? QVariant(l.exp) : QVariant(QMetaType(QMetaType::LongLong)), l.label, l.created,
                            l.maxFailures, l.failuresRemaining});
    return q.exec() ? StoreStatus::Ok : StoreStatus::Failed;
}

StoreStatus LinkStore::takeFailure(const QString &id, int *remaining)
{
    // One statement: the row lock (PostgreSQL) or the write lock (SQLite) serialises parallel
    // guesses, from this process or another; no read-then-write.
    QSqlQuery q = prepared(m_name,
                           "UPDATE shl_links SET failures_remaining = failures_remaining - 1 "
                           "WHERE id = ? AND revoked = 0 AND failures_remaining > 0 RETURNING failures_remaining",
                           {id});
    if (!q.exec())
        return StoreStatus::Failed;
    if (!q.next())
        return StoreStatus::NotFound;
    *remaining = q.value(0).toInt();
    return StoreStatus::Ok;
}

StoreStatus LinkStore::files(const QString &id, QVector<StoredFile> *out)
{
    QSqlQuery q = prepared(m_name, "SELECT position, content_type, jwe FROM shl_files WHERE link_id = ? ORDER BY position", {id});
    if (!q.exec())
        return StoreStatus::Failed;
    out->clear();
    while (q.next())
        out->append(StoredFile{q.value(0).toInt(), q.value(1).toString().toLatin1(), q.value(2).toString().toLatin1(), {}});
    return StoreStatus::Ok;
}

StoreStatus LinkStore::file(const QString &id, int position, StoredFile *out)
{
    QSqlQuery q = prepared(m_name, "SELECT content_type, jwe FROM shl_files WHERE link_id = ? AND position = ?", {id, position});
    if (!q.exec())
        return StoreStatus::Failed;
    if (!q.next())
        return StoreStatus::NotFound;
    *out = StoredFile{position, q.value(0).toString().toLatin1(), q.value(1).toString().toLatin1(), {}};
    return StoreStatus::Ok;
}

StoreStatus LinkStore::replaceFiles(const QString &id, const QByteArray &owner, const QVector<StoredFile> &files, qint64 nowMs)
{
    QSqlDatabase db = connection(m_name);
    if (!db.transaction())
        return StoreStatus::Failed;
    auto abandon = [&db](StoreStatus s) {
        db.rollback();
        return s;
    };
    // Locks the link's row (PostgreSQL) so two updates of one link run one after the other.
    QSqlQuery lock = prepared(m_name,
                              m_postgres ? "SELECT id FROM shl_links WHERE id = ? AND owner = ? AND revoked = 0 FOR UPDATE"
                                         : "SELECT id FROM shl_links WHERE id = ? AND owner = ? AND revoked = 0",
                              {id, QString::fromLatin1(owner)});
    if (!lock.exec())
        return abandon(StoreStatus::Failed);
    if (!lock.next())
        return abandon(StoreStatus::NotFound);
    for (const StoredFile &f : files) {
        QSqlQuery seen = prepared(m_name, "SELECT 1 FROM shl_ivs WHERE link_id = ? AND iv = ?", {id, QString::fromLatin1(f.iv)});
        if (!seen.exec())
            return abandon(StoreStatus::Failed);
        if (seen.next())
            return abandon(StoreStatus::IvReused);
    }
    if (!prepared(m_name, "DELETE FROM shl_files WHERE link_id = ?", {id}).exec())
        return abandon(StoreStatus::Failed);
    for (const StoredFile &f : files) {
        if (!prepared(m_name, "INSERT INTO shl_files (link_id, position, content_type, jwe) VALUES (?, ?, ?, ?)",
                      {id, f.position, QString::fromLatin1(f.contentType), QString::fromLatin1(f.jwe)})
                 .exec())
            return abandon(StoreStatus::Failed);
        if (!prepared(m_name, "INSERT INTO shl_ivs (link_id, iv) VALUES (?, ?)", {id, QString::fromLatin1(f.iv)}).exec())
            return abandon(StoreStatus::IvReused);
    }
    if (!prepared(m_name, "UPDATE shl_links SET last_updated = ? WHERE id = ?", {nowMs, id}).exec())
        return abandon(StoreStatus::Failed);
    return db.commit() ? StoreStatus::Ok : abandon(StoreStatus::Failed);
}

StoreStatus LinkStore::addTicket(const QByteArray &ticketHash, const StoredTicket &t)
{
    return prepared(m_name, "INSERT INTO shl_tickets (ticket, link_id, position, expires, recipient) VALUES (?, ?, ?, ?, ?)",
                    {QString::fromLatin1(ticketHash), t.linkId, t.position, t.expires, t.recipient})
                   .exec()
        ? StoreStatus::Ok
        : StoreStatus::Failed;
}

StoreStatus LinkStore::ticket(const QByteArray &ticketHash, StoredTicket *out)
{
    QSqlQuery q = prepared(m_name, "SELECT link_id, position, expires, recipient FROM shl_tickets WHERE ticket = ?",
                           {QString::fromLatin1(ticketHash)});
    if (!q.exec())
        return StoreStatus::Failed;
    if (!q.next())
        return StoreStatus::NotFound;
    *out = StoredTicket{q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString()};
    return StoreStatus::Ok;
}

StoreStatus LinkStore::logAccess(const QString &id, const StoredAccess &a)
{
    return prepared(m_name, "INSERT INTO shl_access (link_id, time, recipient, address, what) VALUES (?, ?, ?, ?, ?)",
                    {id, a.time, a.recipient, a.address, a.what})
                   .exec()
        ? StoreStatus::Ok
        : StoreStatus::Failed;
}

StoreStatus LinkStore::ownerLinks(const QByteArray &owner, QVector<StoredLink> *out)
{
    const QByteArray sql = QByteArray("SELECT ") + kLinkColumns
        + ", (SELECT COUNT(*) FROM shl_access a WHERE a.link_id = l.id AND a.what <> 'wrong-passcode'), "
          "(SELECT MAX(time) FROM shl_access a WHERE a.link_id = l.id AND a.what <> 'wrong-passcode') "
          "FROM shl_links l WHERE owner = ? ORDER BY created, id";
    QSqlQuery q = prepared(m_name, sql.constData(), {QString::fromLatin1(owner)});
    if (!q.exec())
        return StoreStatus::Failed;
    out->clear();
    while (q.next()) {
        StoredLink l = linkOf(q);
        l.accesses = q.value(11).toInt();
        l.lastAccess = q.value(12).isNull() ? 0 : q.value(12).toLongLong();
        out->append(l);
    }
    return StoreStatus::Ok;
}

StoreStatus LinkStore::accesses(const QString &id, qint64 sinceMs, QVector<StoredAccess> *out)
{
    QSqlQuery q = prepared(m_name, "SELECT time, recipient, address, what FROM shl_access WHERE link_id = ? AND time >= ? "
                                   "ORDER BY time, seq", {id, sinceMs});
    if (!q.exec())
        return StoreStatus::Failed;
    out->clear();
    while (q.next())
        out->append(StoredAccess{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return StoreStatus::Ok;
}

StoreStatus LinkStore::revoke(const QString &id, const QByteArray &owner)
{
    QSqlDatabase db = connection(m_name);
    if (!db.transaction())
        return StoreStatus::Failed;
    QSqlQuery q = prepared(m_name, "UPDATE shl_links SET revoked = 1 WHERE id = ? AND owner = ?", {id, QString::fromLatin1(owner)});
    if (!q.exec()) {
        db.rollback();
        return StoreStatus::Failed;
    }
    if (q.numRowsAffected() < 1) {
        db.rollback();
        return StoreStatus::NotFound;
    }
    if (!prepared(m_name, "DELETE FROM shl_files WHERE link_id = ?", {id}).exec()
        || !prepared(m_name, "DELETE FROM shl_tickets WHERE link_id = ?", {id}).exec()) {
        db.rollback();
        return StoreStatus::Failed;
    }
    return db.commit() ? StoreStatus::Ok : StoreStatus::Failed;
}

void LinkStore::purgeTickets(qint64 nowMs)
{
    (void)prepared(m_name, "DELETE FROM shl_tickets WHERE expires < ?", {nowMs}).exec();
}

} // namespace carnet::sharehost
