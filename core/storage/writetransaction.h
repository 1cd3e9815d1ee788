#pragma once

#include "storage/database.h"
#include "storage/storeresult.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace aftercare::storage {

// A failure whose message is the database's own words for `error` (naming the file).
StoreResult sqlFailure(const Database& database, const QSqlError& error);

namespace detail {
// BEGIN IMMEDIATE: ok, or the database's failure.
StoreResult beginWrite(Database& database);
// COMMIT after work that succeeded, else (or when `discard`) ROLLBACK: the result to answer.
StoreResult finishWrite(Database& database, StoreResult result, bool discard);
} // namespace detail

// Runs `work` (returning a StoreResult) as one write transaction: all of it or none of it.
// BEGIN IMMEDIATE takes the write lock up front, so a reader never has to upgrade later
// (which could fail half-way in WAL mode). Commits when `work` returns ok and rolls back
// when it fails, or when `discard` points to true after it (nothing to write: no commit, no
// change counted). The result is the work's failure, or the database's when BEGIN or COMMIT
// fails.
template <typename Work>
StoreResult writeTransaction(Database& database, Work&& work, const bool* discard = nullptr)
{
    if (StoreResult begun = detail::beginWrite(database); !begun)
        return begun;
    StoreResult result = work();
    return detail::finishWrite(database, std::move(result), discard && *discard);
}

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
