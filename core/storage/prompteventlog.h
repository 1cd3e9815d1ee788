#pragma once

#include "storage/database.h"
#include "storage/storeresult.h"

#include <QList>
#include <QString>

class QSqlQuery;

namespace aftercare::storage {

// One reminder bookkeeping event: a prompt delivered, snoozed or answered.
struct PromptEvent
{
    QString sessionId;
    qint64 dueUtcMicros = 0; // the prompt's due instant
    QString kind;            // schedule kind, e.g. "hourly", "catch-up"
    QString event;           // "delivered", "snoozed", "log-now", "no-soreness", "dismissed"
    qint64 atUtcMicros = 0;  // when it happened
};

// The reminders' bookkeeping: which prompts were delivered, snoozed or answered.
class PromptEventLog
{
public:
    explicit PromptEventLog(Database& database);

    // Refused when the event's session is not stored.
    StoreResult recordPromptEvent(const PromptEvent& event);
    // Oldest first; all sessions when `sessionId` is empty.
    StoreValue<QList<PromptEvent>> promptEvents(const QString& sessionId = {}) const;
    // The newest `limit` events of one kind (e.g. "delivered") across sessions, newest
    // first; SQLite keeps only those, however long the history.
    StoreValue<QList<PromptEvent>> latestPromptEvents(const QString& event, int limit) const;

private:
    // Runs a prepared SELECT of session_id, due_utc, kind, event, at_utc.
    StoreValue<QList<PromptEvent>> readPromptEvents(QSqlQuery& query) const;

    Database& m_database;
};

} // namespace aftercare::storage
