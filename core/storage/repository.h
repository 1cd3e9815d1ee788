#pragma once

#include "analysis/history.h"
#include "model/session.h"
#include "storage/database.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

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

// What an import would do / did.
struct ImportOutcome
{
    int sessionsInFile = 0;
    int checkInsInFile = 0;
    int newSessions = 0;
    int newCheckIns = 0;
    int sessionsAlreadyHere = 0; // same id already stored (check-ins merged by instant)
    // Set when the log was refused because it conflicts with what is stored (bad
    // input); a failure without it is the database's own.
    bool conflict = false;
};

// One reminder bookkeeping event: a prompt delivered, snoozed or answered.
struct PromptEvent
{
    QString sessionId;
    qint64 dueUtcMicros = 0; // the prompt's due instant
    QString kind;            // schedule kind, e.g. "hourly", "catch-up"
    QString event;           // "delivered", "snoozed", "log-now", "no-soreness", "dismissed"
    qint64 atUtcMicros = 0;  // when it happened
};

// Reads and writes sessions and check-ins. Every write is one transaction:
// all of it or none of it. Check-ins are identified by (session id, instant).
class Repository
{
public:
    explicit Repository(Database& database);

    // Newest first. A session whose check-ins changed since its summary was stored is
    // summarized from its check-ins (see storeMarkedSummaries).
    QList<SessionSummary> sessionSummaries() const;
    // Stores the summaries of sessions whose check-ins changed since (a save only marks
    // them, to stay cheap): the count stored, or -1 with *error set. The app calls it when
    // it opens the log, so reading summaries stays one pass over the sessions table.
    int storeMarkedSummaries(QString* error);
    // `count` summaries from the `offset`-th newest on (the home list, page by page).
    QList<SessionSummary> sessionSummaryPage(int offset, int count) const;
    // The sessions that started at or after `utcMicros`, newest first (an indexed range:
    // the reminders look only at recent sessions).
    QList<SessionSummary> sessionSummariesStartedSince(qint64 utcMicros) const;
    // The totals behind analysis::averagesByTechnique over every session, summed by
    // SQLite from the cached courses.
    QList<analysis::GroupTotals> techniqueTotals() const;
    int sessionCount() const;
    // With its check-ins ordered by instant; nullopt when unknown.
    std::optional<Session> session(const QString& id) const;
    // Every session, oldest start first, with check-ins (for export).
    QList<Session> allSessions() const;
    // The same two, telling a database failure (nullopt, `error` set) apart
    // from "none stored" (for `session`: nullopt with `error` left empty).
    std::optional<Session> session(const QString& id, QString* error) const;
    std::optional<QList<Session>> allSessions(QString* error) const;
    bool hasSessions() const;
    // Whether a session with this id is stored, without loading it (false on a failure).
    bool hasSession(const QString& id) const;

    bool addSession(const Session& session, QString* error);
    bool addCheckIn(const QString& sessionId, const CheckIn& checkIn, QString* error);
    // Replaces the stored details of `session.id` (start, duration, technique, pressure,
    // therapist, notes, advice, source, areas, pain before, screening) and refreshes its
    // summary. The check-ins and prompt events stay. All or nothing.
    bool replaceSessionDetails(const Session& session, QString* error);
    // Replaces the check-in at `oldAtUtcMicros` (its time may change).
    bool replaceCheckIn(const QString& sessionId, qint64 oldAtUtcMicros, const CheckIn& checkIn,
                        QString* error);
    bool removeCheckIn(const QString& sessionId, qint64 atUtcMicros, QString* error);
    bool removeSession(const QString& sessionId, QString* error);

    // Counts without writing. A session whose id is stored with other details,
    // or a check-in at a stored instant with other content, is a conflict:
    // `error` names it (log path) and the import would be refused.
    bool previewImport(const Log& log, ImportOutcome* outcome, QString* error) const;
    // All or nothing; importing the same log twice changes nothing.
    bool importLog(const Log& log, ImportOutcome* outcome, QString* error);

    // Key-value settings shared by the app and the reminder agent.
    QString setting(const QString& key, const QString& fallback = {}) const;
    bool setSetting(const QString& key, const QString& value, QString* error);

    bool recordPromptEvent(const PromptEvent& event, QString* error);
    // Oldest first; all sessions when `sessionId` is empty.
    QList<PromptEvent> promptEvents(const QString& sessionId = {}) const;
    // The newest `limit` events of one kind (e.g. "delivered") across sessions, newest
    // first; SQLite keeps only those, however long the history.
    QList<PromptEvent> latestPromptEvents(const QString& event, int limit) const;

    // Changes whenever any connection commits (PRAGMA data_version plus own writes),
    // so a long-running reader (the reminder agent) can notice new check-ins.
    qint64 changeCounter() const;

private:
    // Summaries of sessions started at or after `startedSince`, newest first, `limit` of
    // them (-1: all) from the `offset`-th on.
    QList<SessionSummary> readSummaries(qint64 startedSince, int limit, int offset) const;
    // Runs a prepared SELECT of session_id, due_utc, kind, event, at_utc.
    QList<PromptEvent> readPromptEvents(QSqlQuery& query) const;

    Database& m_database;
};

} // namespace aftercare::storage
