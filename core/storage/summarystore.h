#pragma once

#include "analysis/history.h"
#include "model/session.h"
#include "storage/database.h"
#include "storage/sessionstore.h"
#include "storage/storeresult.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace aftercare::storage {

// One row of the sessions list: no check-ins loaded.
struct SessionSummary
{
    QString id;
    Timestamp start;
    int durationMinutes = 60;
    QString technique;
    QString pressure;
    int checkInCount = 0;
    std::optional<Timestamp> lastCheckInAt;
    // The analysis status id of the session ("on-track", see analysis::statusId),
    // cached in its row; a write that changes its check-ins marks it to be recomputed.
    QString status;
    // The analysis grade id ("mild", see analysis::gradeId), cached with the status (schema
    // v6); empty when the session has no check-ins.
    QString grade;
    // The course as analysis::summarize gives it (hours since the session end),
    // cached alongside the status for the history averages.
    std::optional<double> onsetHours;
    std::optional<double> peakHours;
    std::optional<int> peakExcess;
    std::optional<double> resolvedHours;
};

// How often one kind of self-care helped after the sessions of one technique: the
// check-ins' answers summed over all of them (log v2 selfCare).
struct SelfCareHelp
{
    QString technique;
    QString kind;
    int answered = 0; // entries with a "helped" answer
    int helped = 0;   // of them, "yes" or "a-little"

    friend bool operator==(const SelfCareHelp&, const SelfCareHelp&) = default;
};

// The summary cached in each session's row (schema v2): read page by page for the lists,
// totalled for the history averages, and stored again for sessions whose check-ins changed
// (the triggers of schema v3 mark them by clearing the status).
class SummaryStore
{
public:
    explicit SummaryStore(Database& database);

    // Newest first. A session whose check-ins changed since its summary was stored is
    // summarized from its check-ins (see storeMarkedSummaries); when that session cannot be
    // read, its row stays without a status in the value and the read fails.
    StoreValue<QList<SessionSummary>> sessionSummaries() const;
    // `count` summaries from the `offset`-th newest on (the home list, page by page).
    StoreValue<QList<SessionSummary>> sessionSummaryPage(int offset, int count) const;
    // The sessions that started at or after `utcMicros`, newest first (an indexed range:
    // the reminders look only at recent sessions).
    StoreValue<QList<SessionSummary>> sessionSummariesStartedSince(qint64 utcMicros) const;
    // The totals behind analysis::averagesByTechnique over every session, summed by
    // SQLite from the cached courses. A marked session that cannot be read is left out of
    // the value and the read fails.
    StoreValue<QList<analysis::GroupTotals>> techniqueTotals() const;
    // The self-care answers totalled per technique and kind by SQLite (one short row each,
    // whatever the history; no session is loaded), ordered by technique and kind.
    StoreValue<QList<SelfCareHelp>> selfCareHelpByTechnique() const;
    // Stores the summaries of sessions whose check-ins changed since (a save only marks
    // them, to stay cheap): the count stored. The app calls it when it opens the log, so
    // reading summaries stays one pass over the sessions table.
    StoreValue<int> storeMarkedSummaries();

private:
    // Summaries of sessions started at or after `startedSince`, newest first, `limit` of
    // them (-1: all) from the `offset`-th on.
    StoreValue<QList<SessionSummary>> readSummaries(qint64 startedSince, int limit,
                                                    int offset) const;

    Database& m_database;
    SessionStore m_sessions;
};

// Recomputes the summary cached in each session's row (schema v2): the analysis
// status id, the check-in count and the last check-in. `onlyId` null: every
// session (the v2 migration's backfill). Runs inside the caller's write
// transaction, so the cache changes together with the check-ins it describes.
bool refreshSessionSummaries(const QSqlDatabase& db, const QString* onlyId, QSqlError* error);

} // namespace aftercare::storage
