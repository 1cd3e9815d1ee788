#pragma once

#include "model/session.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Internal to core/storage: the rows of a session and its check-ins, shared by the stores
// that read or write them (SessionStore, SummaryStore, ImportPlanner).
namespace aftercare::storage {

// Inserts through the connection's cached prepared statements (Database::cachedStatement):
// each is parsed once per connection, when first used.
class SessionWriter
{
public:
    explicit SessionWriter(Database& database)
        : m_database(database)
    {}

    QSqlError error() const { return m_error; }

    // The session's details, without its check-ins.
    bool insertDetails(const Session& session)
    {
        if (!run(insertSessionSql, {session.id, session.start.text, session.start.utcMicros,
                                    session.start.offsetSeconds, session.durationMinutes,
                                    session.technique, textOrNull(session.pressure),
                                    textOrNull(session.therapist), textOrNull(session.notes),
                                    textOrNull(session.advice), textOrNull(session.source)}))
            return false;
        return insertDetailLists(session);
    }

    // Rewrites a stored session's details in place; its check-ins and prompt events stay.
    bool replaceDetails(const Session& session)
    {
        if (!run(updateSessionSql,
                 {session.start.text, session.start.utcMicros, session.start.offsetSeconds,
                  session.durationMinutes, session.technique, textOrNull(session.pressure),
                  textOrNull(session.therapist), textOrNull(session.notes),
                  textOrNull(session.advice), textOrNull(session.source), session.id}))
            return false;
        for (const char* sql : {deleteAreasSql, deleteBaselineSql, deleteScreeningSql}) {
            if (!run(sql, {session.id}))
                return false;
        }
        return insertDetailLists(session);
    }

    bool insertDetailLists(const Session& session)
    {
        return insertList(insertAreaSql, session.id, session.areasWorked) &&
               insertList(insertBaselineSql, session.id, session.baseline,
                          [](const BaselineEntry& entry) {
                              return QVariantList{entry.region, entry.intensity};
                          }) &&
               insertList(insertScreeningSql, session.id, session.screening);
    }

    bool insertCheckIn(const QString& sessionId, const CheckIn& checkIn)
    {
        const std::optional<Timestamp>& recorded = checkIn.recordedAt;
        if (!run(insertCheckInSql,
                 {sessionId, checkIn.at.text, checkIn.at.utcMicros, checkIn.at.offsetSeconds,
                  textOrNull(checkIn.note), recorded ? QVariant(recorded->text) : QVariant(),
                  recorded ? QVariant(recorded->utcMicros) : QVariant(),
                  recorded ? QVariant(recorded->offsetSeconds) : QVariant(),
                  textOrNull(checkIn.impact)}))
            return false;
        const qint64 checkInId = m_lastInsertId;
        if (!insertList(insertReactionSql, checkInId, checkIn.reactions) ||
            !insertList(insertBenefitSql, checkInId, checkIn.benefits) ||
            !insertList(insertSelfCareSql, checkInId, checkIn.selfCare, [](const SelfCare& entry) {
                return QVariantList{entry.kind, textOrNull(entry.helped)};
            }))
            return false;
        for (int i = 0; i < checkIn.symptoms.size(); ++i) {
            const Symptom& symptom = checkIn.symptoms.at(i);
            if (!run(insertSymptomSql, {checkInId, i, symptom.region, symptom.intensity}) ||
                !insertList(insertQualitySql, m_lastInsertId, symptom.qualities))
                return false;
        }
        return insertList(insertRedFlagSql, checkInId, checkIn.redFlags);
    }

    bool insertSession(const Session& session)
    {
        if (!insertDetails(session))
            return false;
        for (const CheckIn& checkIn : session.checkIns) {
            if (!insertCheckIn(session.id, checkIn))
                return false;
        }
        return true;
    }

private:
    static constexpr const char* insertSessionSql =
        "INSERT INTO sessions (id, start_text, start_utc, start_offset, duration_minutes, "
        "technique, pressure, therapist, notes, advice, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static constexpr const char* updateSessionSql =
        "UPDATE sessions SET start_text = ?, start_utc = ?, start_offset = ?, "
        "duration_minutes = ?, technique = ?, pressure = ?, therapist = ?, notes = ?, "
        "advice = ?, source = ? WHERE id = ?";
    static constexpr const char* deleteAreasSql = "DELETE FROM session_areas WHERE session_id = ?";
    static constexpr const char* deleteBaselineSql =
        "DELETE FROM session_baseline WHERE session_id = ?";
    static constexpr const char* deleteScreeningSql =
        "DELETE FROM session_screening WHERE session_id = ?";
    static constexpr const char* insertAreaSql =
        "INSERT INTO session_areas (session_id, position, region) VALUES (?, ?, ?)";
    static constexpr const char* insertBaselineSql =
        "INSERT INTO session_baseline (session_id, position, region, intensity) "
        "VALUES (?, ?, ?, ?)";
    static constexpr const char* insertScreeningSql =
        "INSERT INTO session_screening (session_id, position, item) VALUES (?, ?, ?)";
    static constexpr const char* insertCheckInSql =
        "INSERT INTO check_ins (session_id, at_text, at_utc, at_offset, note, recorded_at_text, "
        "recorded_at_utc, recorded_at_offset, impact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static constexpr const char* insertReactionSql =
        "INSERT INTO check_in_reactions (check_in_id, position, reaction) VALUES (?, ?, ?)";
    static constexpr const char* insertBenefitSql =
        "INSERT INTO check_in_benefits (check_in_id, position, benefit) VALUES (?, ?, ?)";
    static constexpr const char* insertSelfCareSql =
        "INSERT INTO check_in_self_care (check_in_id, position, kind, helped) "
        "VALUES (?, ?, ?, ?)";
    static constexpr const char* insertSymptomSql =
        "INSERT INTO symptoms (check_in_id, position, region, intensity) VALUES (?, ?, ?, ?)";
    static constexpr const char* insertQualitySql =
        "INSERT INTO symptom_qualities (symptom_id, position, quality) VALUES (?, ?, ?)";
    static constexpr const char* insertRedFlagSql =
        "INSERT INTO check_in_red_flags (check_in_id, position, flag) VALUES (?, ?, ?)";

    // One row per item, in list order: the owner's id, the item's position and the
    // columns `columnsOf` gives for it.
    template <typename Item, typename Columns>
    bool insertList(const char* sql, const QVariant& ownerId, const QList<Item>& items,
                    Columns columnsOf)
    {
        for (int i = 0; i < items.size(); ++i) {
            if (!run(sql, QVariantList{ownerId, i} + columnsOf(items.at(i))))
                return false;
        }
        return true;
    }

    // A list of ids: one row (owner's id, position, id) per item.
    bool insertList(const char* sql, const QVariant& ownerId, const QStringList& ids)
    {
        return insertList(sql, ownerId, ids, [](const QString& id) { return QVariantList{id}; });
    }

    bool run(const char* sql, const QVariantList& values)
    {
        if (m_error.isValid())
            return false;
        QSqlQuery* query = m_database.cachedStatement(sql, &m_error);
        if (!query)
            return false;
        int index = 0;
        for (const QVariant& value : values)
            query->bindValue(index++, bound(value));
        const bool ok = query->exec();
        if (ok)
            m_lastInsertId = query->lastInsertId().toLongLong();
        else
            m_error = query->lastError();
        query->finish();
        return ok;
    }

    Database& m_database;
    qint64 m_lastInsertId = 0;
    QSqlError m_error;
};

// The columns a read of session rows starts with (SQL), in the order readSessionHead
// takes them.
inline QString sessionHeadColumns()
{
    return QStringLiteral(
        "id, start_text, start_utc, start_offset, duration_minutes, technique, pressure");
}

// What a Session and a SessionSummary share, from a row that starts with
// sessionHeadColumns() (columns 0 to 6); the row's own columns follow from column 7.
template <typename SessionRow> void readSessionHead(const QSqlQuery& query, SessionRow* row)
{
    row->id = query.value(0).toString();
    row->start = storedTimestamp(query, 1);
    row->durationMinutes = query.value(4).toInt();
    row->technique = query.value(5).toString();
    row->pressure = query.value(6).toString();
}

// Loads sessions with everything they hold in a fixed number of queries: one
// per table, whatever the number of check-ins. `onlyId` null: every session.
// The SQL differs only by constant WHERE clauses; values are always bound.
std::optional<QList<Session>> loadSessions(const QSqlDatabase& db, const QString* onlyId,
                                           QSqlError* error);

// Whether a session is stored; nullopt when the query failed.
std::optional<bool> sessionExists(const QSqlDatabase& db, const QString& id, QSqlError* error);
// Whether a session has a check-in at `atUtcMicros`; nullopt when the query failed.
std::optional<bool> checkInExists(const QSqlDatabase& db, const QString& sessionId,
                                  qint64 atUtcMicros, QSqlError* error);

} // namespace aftercare::storage
