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

StoreResult writeTransaction(Database& database, const std::function<StoreResult()>& work,
                             const bool* discard)
{
    const QSqlError beginError = runStatement(database, "BEGIN IMMEDIATE");
    if (beginError.isValid())
        return sqlFailure(database, beginError);
    const StoreResult result = work();
    if (!result.ok() || (discard && *discard)) {
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
