// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The host's store (docs/SHARE-HOST.md, "Data model"): links, their files (compact JWEs the host
 * cannot read), the IVs each link has used, location tickets (stored as SHA-256), and the access log.
 * SQLite or PostgreSQL through QtSql; every call is one statement or one transaction, so several host
 * processes can share one PostgreSQL database. A failed statement makes the call answer Failed and
 * the HTTP layer 503; no SQL text or value reaches a log. */
#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace carnet::sharehost {

enum class StoreStatus { Ok, NotFound, IvReused, Failed };

struct StoredLink
{
    QString id;
    QByteArray owner; ///< hex SHA-256 of the owner token
    QString flag;
    QByteArray passcodeHash;
    qint64 exp = 0;   ///< epoch s, 0 = none
    QString label;
    qint64 created = 0; ///< epoch ms
    bool revoked = false;
    int maxFailures = 0;
    int failuresRemaining = 0;
    qint64 lastUpdated = 0; ///< epoch ms, 0 = no files yet
    // Owner listing only.
    int accesses = 0;
    qint64 lastAccess = 0;
};

struct StoredFile
{
    int position = 0;
    QByteArray contentType;
    QByteArray jwe;
    QByteArray iv;
};

struct StoredTicket
{
    QString linkId;
    int position = 0;
    qint64 expires = 0; ///< epoch ms
    QString recipient;
};

struct StoredAccess
{
    qint64 time = 0; ///< epoch ms
    QString recipient;
    QString address;
    QString what;
};

class LinkStore
{
public:
    LinkStore();
    ~LinkStore();
    LinkStore(const LinkStore &) = delete;
    LinkStore &operator=(const LinkStore &) = delete;

    /** Opens "sqlite:PATH" or "postgresql://user[:pw]@host[:port]/db[?host=/socket/dir]" and creates
     *  the schema if it is missing. `error` says what failed, without the URL's password. */
    bool open(const QString &url, QString *error);
    bool isPostgres() const { return m_postgres; }

    StoreStatus link(const QString &id, StoredLink *out);
    StoreStatus createLink(const StoredLink &link);
    /** One wrong passcode: decrements the lifetime counter atomically if the link is active and has
     *  attempts left. Ok with the remaining count; NotFound when there was nothing left to take. */
    StoreStatus takeFailure(const QString &id, int *remaining);
    StoreStatus files(const QString &id, QVector<StoredFile> *out);
    StoreStatus file(const QString &id, int position, StoredFile *out);
    /** Replaces an active link's files; IvReused when an IV was stored before for this link. */
    StoreStatus replaceFiles(const QString &id, const QByteArray &owner, const QVector<StoredFile> &files, qint64 nowMs);
    StoreStatus addTicket(const QByteArray &ticketHash, const StoredTicket &ticket);
    StoreStatus ticket(const QByteArray &ticketHash, StoredTicket *out);
    StoreStatus logAccess(const QString &id, const StoredAccess &access);
    StoreStatus ownerLinks(const QByteArray &owner, QVector<StoredLink> *out);
    StoreStatus accesses(const QString &id, qint64 sinceMs, QVector<StoredAccess> *out);
    /** Marks the owner's link revoked and drops its files and tickets. */
    StoreStatus revoke(const QString &id, const QByteArray &owner);
    void purgeTickets(qint64 nowMs);

private:
    bool createSchema(QString *error);
    QString m_name;
    bool m_postgres = false;
};

} // namespace carnet::sharehost
