#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace aftercare::storage {

// Recomputes the summary cached in each session's row (schema v2): the analysis
// status id, the check-in count and the last check-in. `onlyId` null: every
// session (the v2 migration's backfill). Runs inside the caller's write
// transaction, so the cache changes together with the check-ins it describes.
bool refreshSessionSummaries(const QSqlDatabase& db, const QString* onlyId, QSqlError* error);

} // namespace aftercare::storage
