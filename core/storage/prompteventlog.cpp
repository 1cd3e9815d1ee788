#include "storage/prompteventlog.h"

#include "storage/sessionstore.h"
#include "storage/sqlvalues.h"
#include "storage/writetransaction.h"

#include <QSqlQuery>

namespace aftercare::storage {

PromptEventLog::PromptEventLog(Database& database)
    : m_database(database)
{}

StoreResult PromptEventLog::recordPromptEvent(const PromptEvent& event)
{
    return writeTransaction(m_database, [&] {
        if (StoreResult stored = SessionStore::requireStored(m_database, event.sessionId); !stored)
            return stored;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO prompt_events (session_id, due_utc, kind, "
                                     "event, at_utc) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(bound(event.sessionId));
        query.addBindValue(event.dueUtcMicros);
        query.addBindValue(bound(event.kind));
        query.addBindValue(bound(event.event));
        query.addBindValue(event.atUtcMicros);
        return query.exec() ? StoreResult::success() : sqlFailure(m_database, query.lastError());
    });
}

StoreValue<QList<PromptEvent>> PromptEventLog::promptEvents(const QString& sessionId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (sessionId.isEmpty()) {
        query.prepare(QStringLiteral("SELECT session_id, due_utc, kind, event, at_utc "
                                     "FROM prompt_events ORDER BY at_utc, id"));
    } else {
        query.prepare(
            QStringLiteral("SELECT session_id, due_utc, kind, event, at_utc "
                           "FROM prompt_events WHERE session_id = ? ORDER BY at_utc, id"));
        query.addBindValue(bound(sessionId));
    }
    return readPromptEvents(query);
}

StoreValue<QList<PromptEvent>> PromptEventLog::latestPromptEvents(const QString& event,
                                                                  int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT session_id, due_utc, kind, event, at_utc "
                                 "FROM prompt_events WHERE event = ? "
                                 "ORDER BY at_utc DESC, id DESC LIMIT ?"));
    query.addBindValue(bound(event));
    query.addBindValue(limit);
    return readPromptEvents(query);
}

StoreValue<QList<PromptEvent>> PromptEventLog::readPromptEvents(QSqlQuery& query) const
{
    if (!query.exec())
        return {{}, sqlFailure(m_database, query.lastError())};
    QList<PromptEvent> result;
    // The columns of every query here, in the order of PromptEvent's members.
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toLongLong()});
    }
    return {result, {}};
}

} // namespace aftercare::storage
