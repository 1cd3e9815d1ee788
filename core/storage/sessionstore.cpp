#include "storage/sessionstore.h"

#include "storage/sessionrows.h"
#include "storage/sqlvalues.h"
#include "storage/summarystore.h"
#include "storage/writetransaction.h"

#include <QSet>
#include <QSqlQuery>

namespace aftercare::storage {

SessionStore::SessionStore(Database& database)
    : m_database(database)
{}

StoreValue<std::optional<Session>> SessionStore::session(const QString& id) const
{
    const QSqlDatabase db = m_database.connection();
    const ReadSnapshot snapshot(db);
    QSqlError sqlError;
    const std::optional<QList<Session>> sessions = loadSessions(db, &id, &sqlError);
    if (!sessions)
        return {std::nullopt, sqlFailure(m_database, sqlError)};
    if (sessions->isEmpty())
        return {};
    return {sessions->first(), {}};
}

StoreValue<QList<Session>> SessionStore::allSessions() const
{
    const QSqlDatabase db = m_database.connection();
    const ReadSnapshot snapshot(db);
    QSqlError sqlError;
    std::optional<QList<Session>> sessions = loadSessions(db, nullptr, &sqlError);
    if (!sessions)
        return {{}, sqlFailure(m_database, sqlError)};
    return {*sessions, {}};
}

StoreValue<int> SessionStore::sessionCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) || !query.next())
        return {0, sqlFailure(m_database, query.lastError())};
    return {query.value(0).toInt(), {}};
}

StoreValue<bool> SessionStore::hasSessions() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sessions)")) || !query.next())
        return {false, sqlFailure(m_database, query.lastError())};
    return {query.value(0).toBool(), {}};
}

StoreValue<bool> SessionStore::hasSession(const QString& id) const
{
    QSqlError sqlError;
    const std::optional<bool> exists = sessionExists(m_database.connection(), id, &sqlError);
    if (!exists)
        return {false, sqlFailure(m_database, sqlError)};
    return {*exists, {}};
}

StoreResult SessionStore::requireStored(const Database& database, const QString& id)
{
    QSqlError sqlError;
    const std::optional<bool> exists = sessionExists(database.connection(), id, &sqlError);
    if (!exists)
        return sqlFailure(database, sqlError);
    if (!*exists)
        return StoreResult::failure(QStringLiteral("no session \"%1\" is stored").arg(id));
    return {};
}

StoreResult SessionStore::addSession(const Session& session)
{
    if (session.id.isEmpty())
        return StoreResult::failure(QStringLiteral("a session needs an id"));
    return writeTransaction(m_database, [&] {
        const QSqlDatabase db = m_database.connection();
        QSqlError sqlError;
        const std::optional<bool> exists = sessionExists(db, session.id, &sqlError);
        if (!exists)
            return sqlFailure(m_database, sqlError);
        if (*exists)
            return StoreResult::failure(
                QStringLiteral("a session \"%1\" is already stored").arg(session.id));
        QSet<qint64> instants;
        for (const CheckIn& checkIn : session.checkIns) {
            if (instants.contains(checkIn.at.utcMicros))
                return StoreResult::failure(QStringLiteral("session \"%1\" has two check-ins at %2")
                                                .arg(session.id, checkIn.at.text));
            instants.insert(checkIn.at.utcMicros);
        }
        SessionWriter writer(m_database);
        if (!writer.insertSession(session))
            return sqlFailure(m_database, writer.error());
        if (!refreshSessionSummaries(db, &session.id, &sqlError))
            return sqlFailure(m_database, sqlError);
        return StoreResult::success();
    });
}

StoreResult SessionStore::replaceSessionDetails(const Session& session)
{
    return writeTransaction(m_database, [&] {
        if (StoreResult stored = requireStored(m_database, session.id); !stored)
            return stored;
        SessionWriter writer(m_database);
        if (!writer.replaceDetails(session))
            return sqlFailure(m_database, writer.error());
        // The start or the areas change the analysis: the summary is computed again.
        QSqlError cacheError;
        if (!refreshSessionSummaries(m_database.connection(), &session.id, &cacheError))
            return sqlFailure(m_database, cacheError);
        return StoreResult::success();
    });
}

StoreResult SessionStore::addCheckIn(const QString& sessionId, const CheckIn& checkIn,
                                     const SelfCareAnswers& earlier)
{
    bool begun = false;
    bool inserted = false;
    const StoreResult result = writeTransaction(m_database, [&] {
        begun = true;
        SessionWriter writer(m_database);
        if (!writer.insertCheckIn(sessionId, checkIn))
            return sqlFailure(m_database, writer.error());
        inserted = true;
        return answerSelfCare(sessionId, earlier);
    });
    if (inserted)
        return result;
    if (result || !begun)
        return result;
    // The schema refuses an unknown session (foreign key) and a second check-in at the
    // same instant (unique index); only then is it worth asking which it was.
    const QSqlDatabase db = m_database.connection();
    QSqlError sqlError;
    const std::optional<bool> exists = sessionExists(db, sessionId, &sqlError);
    const std::optional<bool> taken =
        exists ? checkInExists(db, sessionId, checkIn.at.utcMicros, &sqlError) : std::nullopt;
    if (exists && !*exists)
        return StoreResult::failure(QStringLiteral("no session \"%1\" is stored").arg(sessionId));
    if (taken && *taken)
        return StoreResult::failure(QStringLiteral("session \"%1\" already has a check-in at %2")
                                        .arg(sessionId, checkIn.at.text));
    return result;
}

StoreResult SessionStore::answerSelfCare(const QString& sessionId, const SelfCareAnswers& earlier)
{
    if (earlier.answers.isEmpty())
        return {};
    QSqlError error;
    QSqlQuery* update = m_database.cachedStatement(
        "UPDATE check_in_self_care SET helped = ? WHERE kind = ? AND check_in_id = "
        "(SELECT id FROM check_ins WHERE session_id = ? AND at_utc = ?)",
        &error);
    if (!update)
        return sqlFailure(m_database, error);
    for (const SelfCare& answer : earlier.answers) {
        update->bindValue(0, answer.helped.isEmpty() ? QVariant() : QVariant(bound(answer.helped)));
        update->bindValue(1, bound(answer.kind));
        update->bindValue(2, bound(sessionId));
        update->bindValue(3, earlier.checkInAtUtcMicros);
        const bool updated = update->exec();
        const int changed = update->numRowsAffected();
        const QSqlError updateError = update->lastError();
        update->finish();
        if (!updated)
            return sqlFailure(m_database, updateError);
        if (changed != 1)
            return StoreResult::failure(
                QStringLiteral("session \"%1\" has no check-in at %2 that noted \"%3\"")
                    .arg(sessionId, instantText(earlier.checkInAtUtcMicros), answer.kind));
    }
    return {};
}

StoreResult SessionStore::deleteCheckIn(const QString& sessionId, qint64 atUtcMicros)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM check_ins WHERE session_id = ? AND at_utc = ?"));
    remove.addBindValue(bound(sessionId));
    remove.addBindValue(atUtcMicros);
    if (!remove.exec())
        return sqlFailure(m_database, remove.lastError());
    if (remove.numRowsAffected() == 0)
        return StoreResult::failure(QStringLiteral("session \"%1\" has no check-in at %2")
                                        .arg(sessionId, instantText(atUtcMicros)));
    // The trigger on check_ins has marked the session's summary.
    return {};
}

StoreResult SessionStore::replaceCheckIn(const QString& sessionId, qint64 oldAtUtcMicros,
                                         const CheckIn& checkIn)
{
    return writeTransaction(m_database, [&] {
        if (StoreResult removed = deleteCheckIn(sessionId, oldAtUtcMicros); !removed)
            return removed;
        QSqlError sqlError;
        const std::optional<bool> taken =
            checkInExists(m_database.connection(), sessionId, checkIn.at.utcMicros, &sqlError);
        if (!taken)
            return sqlFailure(m_database, sqlError);
        if (*taken)
            return StoreResult::failure(
                QStringLiteral("session \"%1\" already has another check-in at %2")
                    .arg(sessionId, checkIn.at.text));
        SessionWriter writer(m_database);
        return writer.insertCheckIn(sessionId, checkIn) ? StoreResult::success()
                                                        : sqlFailure(m_database, writer.error());
    });
}

StoreResult SessionStore::removeCheckIn(const QString& sessionId, qint64 atUtcMicros)
{
    return writeTransaction(m_database, [&] { return deleteCheckIn(sessionId, atUtcMicros); });
}

StoreResult SessionStore::removeSession(const QString& sessionId)
{
    return writeTransaction(m_database, [&] {
        QSqlQuery remove(m_database.connection());
        remove.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
        remove.addBindValue(bound(sessionId));
        if (!remove.exec())
            return sqlFailure(m_database, remove.lastError());
        if (remove.numRowsAffected() == 0)
            return StoreResult::failure(
                QStringLiteral("no session \"%1\" is stored").arg(sessionId));
        return StoreResult::success();
    });
}

} // namespace aftercare::storage
