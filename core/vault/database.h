// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small RAII wrapper over the SQLCipher C API: connection, prepared statements, transactions.
// Qt's QSQLITE driver cannot open SQLCipher files (PLATFORM.md pitfall 10), hence the C API.
// Keying and PRAGMAs live in one place, vaultdb.cpp; this file knows nothing about keys.
#include "core/result.h"
#include "crypto/bytes.h"

#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace carnet::core {

/** SQLite primary result codes folded into what callers act on. */
enum class DbError { Busy, Corrupt, NotADatabase, Full, IoError, CantOpen, Constraint, Other };

template <typename T>
using DbResult = Result<T, DbError>;

class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Parameters are numbered from 1, as in SQLite.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, std::string_view text);
    Statement &bindBlob(int index, crypto::ByteView blob);

    /** Advances: true when a row is available, false when done. */
    DbResult<bool> step();
    /** Runs a statement that returns no rows (or ignores them). */
    DbResult<void> run();
    void reset();

    std::int64_t columnInt(int column) const;
    std::string columnText(int column) const;
    /** A view into SQLite's memory, valid until the next step/reset. */
    crypto::ByteView columnBlob(int column) const;

private:
    friend class Database;
    explicit Statement(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    sqlite3_stmt *m_stmt = nullptr;
};

class Database
{
public:
    /** Opens a database file; `create` allows a new file, otherwise a missing file is CantOpen. */
    static DbResult<std::unique_ptr<Database>> open(const QString &path, bool create);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Runs one or more statements that return no rows. */
    DbResult<void> exec(const char *sql);
    DbResult<Statement> prepare(std::string_view sql);
    /** The first column of the first row as an integer (PRAGMA user_version, count(*)…). */
    DbResult<std::int64_t> queryInt(std::string_view sql);
    /** The first column of every row as text (PRAGMA quick_check). */
    DbResult<std::vector<std::string>> queryTexts(std::string_view sql);

    /** The raw handle, for sqlite3_key in vaultdb.cpp and for later features. */
    sqlite3 *handle() const noexcept { return m_db; }

private:
    explicit Database(sqlite3 *db) : m_db(db) {}
    sqlite3 *m_db = nullptr;
};

/** BEGIN IMMEDIATE … COMMIT; rolls back when destroyed without commit(). */
class Transaction
{
public:
    static DbResult<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();
    DbResult<void> commit();

private:
    explicit Transaction(Database *db) : m_db(db) {}
    Database *m_db = nullptr;
};

DbError dbErrorFromCode(int code) noexcept;

} // namespace carnet::core
