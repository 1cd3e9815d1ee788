#pragma once

#include "storage/database.h"
#include "storage/storeresult.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace aftercare::storage {

// A failure whose message is the database's own words for `error` (naming the file).
StoreResult sqlFailure(const Database& database, const QSqlError& error);

// Runs `work` as one write transaction: all of it or none of it. BEGIN IMMEDIATE takes the
// write lock up front, so a reader never has to upgrade later (which could fail half-way in
// WAL mode). Commits when `work` returns ok and rolls back when it fails, or when `discard`
// points to true after it (nothing to write: no commit, no change counted). The result is
// the work's failure, or the database's when BEGIN or COMMIT fails.
StoreResult writeTransaction(Database& database, const std::function<StoreResult()>& work,
                             const bool* discard = nullptr);

// A consistent view across the several queries of one load.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlQuery m_query;
    bool m_begun = false;
};

} // namespace aftercare::storage
