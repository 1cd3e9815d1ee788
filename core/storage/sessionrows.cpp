#include "storage/sessionrows.h"

#include <QHash>

#include <tuple>

namespace aftercare::storage {

std::optional<QList<Session>> loadSessions(const QSqlDatabase& db, const QString* onlyId,
                                           QSqlError* error)
{
    const auto select = [&](const QString& sql, QSqlQuery* query) {
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            *error = query->lastError();
            return false;
        }
        if (onlyId)
            query->bindValue(QStringLiteral(":id"), bound(*onlyId));
        if (!query->exec()) {
            *error = query->lastError();
            return false;
        }
        return true;
    };
    const QString sessionFilter = onlyId ? QStringLiteral(" WHERE id = :id") : QString();
    const QString childFilter = onlyId ? QStringLiteral(" WHERE session_id = :id") : QString();
    const QString checkInFilter = onlyId ? QStringLiteral(" WHERE c.session_id = :id") : QString();

    QList<Session> sessions;
    QHash<QString, int> sessionIndex;
    {
        QSqlQuery query(db);
        if (!select(QStringLiteral("SELECT ") + sessionHeadColumns() +
                        QStringLiteral(", therapist, notes, advice, source FROM sessions") +
                        sessionFilter + QStringLiteral(" ORDER BY start_utc, id"),
                    &query))
            return std::nullopt;
        while (query.next()) {
            Session session;
            readSessionHead(query, &session);
            session.therapist = query.value(7).toString();
            session.notes = query.value(8).toString();
            session.advice = query.value(9).toString();
            session.source = query.value(10).toString();
            sessionIndex.insert(session.id, int(sessions.size()));
            sessions.append(session);
        }
    }
    if (sessions.isEmpty())
        return sessions;

    const auto sessionOf = [&](const QVariant& id) -> Session* {
        const auto it = sessionIndex.constFind(id.toString());
        return it == sessionIndex.constEnd() ? nullptr : &sessions[*it];
    };
    {
        QSqlQuery query(db);
        if (!select(QStringLiteral("SELECT session_id, region FROM session_areas") + childFilter +
                        QStringLiteral(" ORDER BY session_id, position"),
                    &query))
            return std::nullopt;
        while (query.next()) {
            if (Session* session = sessionOf(query.value(0)))
                session->areasWorked << query.value(1).toString();
        }
    }
    {
        QSqlQuery query(db);
        if (!select(QStringLiteral("SELECT session_id, region, intensity FROM session_baseline") +
                        childFilter + QStringLiteral(" ORDER BY session_id, position"),
                    &query))
            return std::nullopt;
        while (query.next()) {
            if (Session* session = sessionOf(query.value(0)))
                session->baseline.append({query.value(1).toString(), query.value(2).toInt()});
        }
    }
    {
        QSqlQuery query(db);
        if (!select(QStringLiteral("SELECT session_id, item FROM session_screening") + childFilter +
                        QStringLiteral(" ORDER BY session_id, position"),
                    &query))
            return std::nullopt;
        while (query.next()) {
            if (Session* session = sessionOf(query.value(0)))
                session->screening << query.value(1).toString();
        }
    }

    // Check-in row id → (session index, check-in index).
    QHash<qint64, std::pair<int, int>> checkInIndex;
    {
        QSqlQuery query(db);
        if (!select(QStringLiteral("SELECT id, session_id, at_text, at_utc, at_offset, note, "
                                   "recorded_at_text, recorded_at_utc, recorded_at_offset, "
                                   "impact FROM check_ins") +
                        childFilter + QStringLiteral(" ORDER BY session_id, at_utc"),
                    &query))
            return std::nullopt;
        while (query.next()) {
            const auto it = sessionIndex.constFind(query.value(1).toString());
            if (it == sessionIndex.constEnd())
                continue;
            CheckIn checkIn;
            checkIn.at = storedTimestamp(query, 2);
            checkIn.note = query.value(5).toString();
            checkIn.recordedAt = storedOptionalTimestamp(query, 6);
            checkIn.impact = query.value(9).toString();
            QList<CheckIn>& list = sessions[*it].checkIns;
            checkInIndex.insert(query.value(0).toLongLong(), {*it, int(list.size())});
            list.append(checkIn);
        }
    }
    const auto checkInOf = [&](const QVariant& rowId) -> CheckIn* {
        const auto it = checkInIndex.constFind(rowId.toLongLong());
        if (it == checkInIndex.constEnd())
            return nullptr;
        return &sessions[it->first].checkIns[it->second];
    };
    {
        QSqlQuery query(db);
        if (!select(QStringLiteral("SELECT y.check_in_id, y.id, y.region, y.intensity, q.quality "
                                   "FROM symptoms y JOIN check_ins c ON c.id = y.check_in_id "
                                   "LEFT JOIN symptom_qualities q ON q.symptom_id = y.id") +
                        checkInFilter +
                        QStringLiteral(" ORDER BY y.check_in_id, y.position, q.position"),
                    &query))
            return std::nullopt;
        qint64 currentSymptom = -1;
        while (query.next()) {
            CheckIn* checkIn = checkInOf(query.value(0));
            if (!checkIn)
                continue;
            const qint64 symptomId = query.value(1).toLongLong();
            if (symptomId != currentSymptom) {
                currentSymptom = symptomId;
                checkIn->symptoms.append({query.value(2).toString(), query.value(3).toInt(), {}});
            }
            if (!query.isNull(4))
                checkIn->symptoms.last().qualities << query.value(4).toString();
        }
    }
    {
        QSqlQuery query(db);
        if (!select(QStringLiteral("SELECT f.check_in_id, f.flag FROM check_in_red_flags f "
                                   "JOIN check_ins c ON c.id = f.check_in_id") +
                        checkInFilter + QStringLiteral(" ORDER BY f.check_in_id, f.position"),
                    &query))
            return std::nullopt;
        while (query.next()) {
            if (CheckIn* checkIn = checkInOf(query.value(0)))
                checkIn->redFlags << query.value(1).toString();
        }
    }
    // Schema v6: the lists of log v2.
    for (const auto& [table, column, list] :
         {std::tuple{"check_in_reactions", "reaction", &CheckIn::reactions},
          std::tuple{"check_in_benefits", "benefit", &CheckIn::benefits}}) {
        QSqlQuery query(db);
        if (!select(QStringLiteral("SELECT t.check_in_id, t.%1 FROM %2 t "
                                   "JOIN check_ins c ON c.id = t.check_in_id")
                            .arg(QLatin1String(column), QLatin1String(table)) +
                        checkInFilter + QStringLiteral(" ORDER BY t.check_in_id, t.position"),
                    &query))
            return std::nullopt;
        while (query.next()) {
            if (CheckIn* checkIn = checkInOf(query.value(0)))
                (checkIn->*list) << query.value(1).toString();
        }
    }
    {
        QSqlQuery query(db);
        if (!select(
                QStringLiteral("SELECT s.check_in_id, s.kind, s.helped FROM "
                               "check_in_self_care s JOIN check_ins c ON c.id = s.check_in_id") +
                    checkInFilter + QStringLiteral(" ORDER BY s.check_in_id, s.position"),
                &query))
            return std::nullopt;
        while (query.next()) {
            if (CheckIn* checkIn = checkInOf(query.value(0)))
                checkIn->selfCare.append({query.value(1).toString(), query.value(2).toString()});
        }
    }
    return sessions;
}

// Whether a session is stored; nullopt when the query failed.
std::optional<bool> sessionExists(const QSqlDatabase& db, const QString& id, QSqlError* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sessions WHERE id = ?"));
    query.addBindValue(bound(id));
    if (!query.exec()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.next();
}

std::optional<bool> checkInExists(const QSqlDatabase& db, const QString& sessionId,
                                  qint64 atUtcMicros, QSqlError* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM check_ins WHERE session_id = ? AND at_utc = ?"));
    query.addBindValue(bound(sessionId));
    query.addBindValue(atUtcMicros);
    if (!query.exec()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.next();
}

} // namespace aftercare::storage
