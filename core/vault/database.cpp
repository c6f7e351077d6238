// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/database.h"

#include <QFile>

#define SQLITE_HAS_CODEC 1 // must precede the header, or sqlite3_key is not declared (PLATFORM.md #10)
#include <sqlcipher/sqlite3.h>

#include <utility>

namespace carnet::core {

DbError dbErrorFromCode(int code) noexcept
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DbError::Busy;
    case SQLITE_CORRUPT:
        return DbError::Corrupt;
    case SQLITE_NOTADB:
        return DbError::NotADatabase;
    case SQLITE_FULL:
        return DbError::Full;
    case SQLITE_IOERR:
        return DbError::IoError;
    case SQLITE_CANTOPEN:
        return DbError::CantOpen;
    case SQLITE_CONSTRAINT:
        return DbError::Constraint;
    default:
        return DbError::Other;
    }
}

Statement::Statement(Statement &&other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, crypto::ByteView blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

DbResult<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return fail(dbErrorFromCode(rc));
}

DbResult<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::columnText(int column) const
{
    const auto *text = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(reinterpret_cast<const char *>(text), static_cast<std::size_t>(size)) : std::string();
}

crypto::ByteView Statement::columnBlob(int column) const
{
    const auto *blob = static_cast<const std::uint8_t *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return blob ? crypto::ByteView(blob, static_cast<std::size_t>(size)) : crypto::ByteView();
}

DbResult<std::unique_ptr<Database>> Database::open(const QString &path, bool create)
{
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        return fail(dbErrorFromCode(rc));
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db));
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

DbResult<void> Database::exec(const char *sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(dbErrorFromCode(rc));
    return {};
}

DbResult<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return fail(dbErrorFromCode(rc));
    }
    return Statement(stmt);
}

DbResult<std::int64_t> Database::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return fail(stmt.error());
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(DbError::Other);
    return stmt->columnInt(0);
}

DbResult<std::vector<std::string>> Database::queryTexts(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return fail(stmt.error());
    std::vector<std::string> rows;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return rows;
        rows.push_back(stmt->columnText(0));
    }
}

DbResult<Transaction> Transaction::begin(Database &db)
{
    auto begun = db.exec("BEGIN IMMEDIATE");
    if (!begun)
        return fail(begun.error());
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction()
{
    if (m_db)
        (void)m_db->exec("ROLLBACK");
}

DbResult<void> Transaction::commit()
{
    Database *db = std::exchange(m_db, nullptr);
    auto done = db->exec("COMMIT");
    if (!done)
        (void)db->exec("ROLLBACK");
    return done;
}

} // namespace carnet::core
