#include "storage/writetransaction.h"

namespace aftercare::storage {

namespace {

// Runs one of the transaction's own statements through the connection's cache.
QSqlError runStatement(Database& database, const char* sql)
{
    QSqlError error;
    QSqlQuery* query = database.cachedStatement(sql, &error);
    if (!query)
        return error;
    if (!query->exec())
        error = query->lastError();
    query->finish();
    return error;
}

} // namespace

StoreResult sqlFailure(const Database& database, const QSqlError& error)
{
    return StoreResult::failure(database.describe(error));
}

namespace detail {

StoreResult beginWrite(Database& database)
{
    const QSqlError error = runStatement(database, "BEGIN IMMEDIATE");
    return error.isValid() ? sqlFailure(database, error) : StoreResult::success();
}

StoreResult finishWrite(Database& database, StoreResult result, bool discard)
{
    if (!result.ok() || discard) {
        runStatement(database, "ROLLBACK");
        return result;
    }
    const QSqlError commitError = runStatement(database, "COMMIT");
    if (commitError.isValid()) {
        // A failed COMMIT can leave the transaction open (SQLITE_BUSY, a full disk).
        runStatement(database, "ROLLBACK");
        return sqlFailure(database, commitError);
    }
    database.noteOwnCommit();
    return result;
}

} // namespace detail

ReadSnapshot::ReadSnapshot(const QSqlDatabase& db)
    : m_query(db)
{
    m_begun = m_query.exec(QStringLiteral("BEGIN"));
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_begun)
        m_query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace aftercare::storage
