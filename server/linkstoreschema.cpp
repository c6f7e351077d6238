// SPDX-License-Identifier: GPL-3.0-or-later
// The schema (docs/SHARE-HOST.md, "PostgreSQL schema"); the same tables on SQLite and PostgreSQL.
#include "server/linkstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace carnet::sharehost {

bool LinkStore::open(const QString &url, QString *error)
{
    if (url.startsWith(QLatin1String("sqlite:"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(url.mid(7));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            *error = QStringLiteral("cannot open the SQLite database");
            return false;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    } else {
        m_postgres = true;
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        const QUrlQuery query(u);
        db.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"))
                                                                  : u.host());
        if (u.port() > 0)
            db.setPort(u.port());
        db.setDatabaseName(u.path().mid(1));
        db.setUserName(u.userName());
        // A server that is away must not hold a request (the event loop) for long; the connection is
        // opened again after it was lost (linkstore.cpp, connection()).
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!u.password().isEmpty())
            db.setPassword(u.password());
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to PostgreSQL (database %1)").arg(u.path().mid(1));
            return false;
        }
    }
    return createSchema(error);
}

bool LinkStore::createSchema(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    const QString seq = m_postgres ? QStringLiteral("seq BIGSERIAL PRIMARY KEY")
                                   : QStringLiteral("seq INTEGER PRIMARY KEY AUTOINCREMENT");
    const QStringList ddl{
        QStringLiteral("CREATE TABLE IF NOT EXISTS shl_links (id TEXT PRIMARY KEY, owner TEXT NOT NULL, "
                       "flag TEXT NOT NULL, passcode_hash TEXT, exp BIGINT, label TEXT NOT NULL, "
                       "created BIGINT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, max_failures INTEGER NOT NULL, "
                       "failures_remaining INTEGER NOT NULL, last_updated BIGINT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS shl_links_owner ON shl_links (owner)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS shl_files (link_id TEXT NOT NULL, position INTEGER NOT NULL, "
                       "content_type TEXT NOT NULL, jwe TEXT NOT NULL, PRIMARY KEY (link_id, position))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS shl_ivs (link_id TEXT NOT NULL, iv TEXT NOT NULL, "
                       "PRIMARY KEY (link_id, iv))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS shl_tickets (ticket TEXT PRIMARY KEY, link_id TEXT NOT NULL, "
                       "position INTEGER NOT NULL, expires BIGINT NOT NULL, recipient TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS shl_access (") + seq
            + QStringLiteral(", link_id TEXT NOT NULL, time BIGINT NOT NULL, recipient TEXT NOT NULL, "
                             "address TEXT NOT NULL, what TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS shl_access_link ON shl_access (link_id, seq)"),
    };
    if (!db.transaction()) {
        *error = QStringLiteral("cannot start the schema transaction");
        return false;
    }
    QSqlQuery q(db);
    // Two processes starting at once on one PostgreSQL database: one creates, the other waits.
    if (m_postgres && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7349205110)"))) {
        db.rollback();
        *error = QStringLiteral("cannot lock the schema");
        return false;
    }
    // No NOTICE per existing table on stderr at each start.
    if (m_postgres)
        q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    for (const QString &statement : ddl) {
        if (!q.exec(statement)) {
            db.rollback();
            *error = QStringLiteral("cannot create the schema");
            return false;
        }
    }
    if (!db.commit()) {
        *error = QStringLiteral("cannot commit the schema");
        return false;
    }
    return true;
}

} // namespace carnet::sharehost
