#include "storage/repository.h"

#include "analysis/analysis.h"
#include "analysis/history.h"
#include "storage/summarycache.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtDebug>

#include <limits>
#include <tuple>

namespace aftercare::storage {

namespace {

// Every text value is bound through this: QSQLITE binds text as UTF-16, and SQLite takes a leading
// U+FEFF (or U+FFFE, the mark in the other byte order) for a byte-order mark, drops it and, for
// U+FFFE, reads the rest byte-swapped. A U+FEFF in front is the mark SQLite drops instead.
QString bound(const QString& text)
{
    constexpr QChar byteOrderMark(0xFEFF);
    constexpr QChar swappedMark(0xFFFE);
    return text.startsWith(byteOrderMark) || text.startsWith(swappedMark) ? byteOrderMark + text
                                                                          : text;
}

QVariant bound(const QVariant& value)
{
    return value.typeId() == QMetaType::QString ? QVariant(bound(value.toString())) : value;
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// Empty text is stored as NULL ("not given").
QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Timestamp storedTimestamp(const QVariant& text, const QVariant& utcMicros, const QVariant& offset)
{
    Timestamp result;
    result.text = text.toString();
    result.utcMicros = utcMicros.toLongLong();
    result.offsetSeconds = offset.toInt();
    return result;
}

// The first error that is set, for a write that failed at one of several steps.
QSqlError firstError(std::initializer_list<QSqlError> errors)
{
    for (const QSqlError& error : errors) {
        if (error.isValid())
            return error;
    }
    return {};
}

QString instantText(qint64 utcMicros)
{
    return Timestamp::fromUtcMicros(utcMicros, 0).text;
}

// One write transaction: BEGIN IMMEDIATE takes the write lock up front, so a
// reader never has to upgrade later (which could fail half-way in WAL mode).
// Rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& database)
        : m_database(database)
    {
        m_begun = run("BEGIN IMMEDIATE");
    }
    ~WriteTransaction()
    {
        if (m_begun && !m_finished)
            run("ROLLBACK");
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool begun() const { return m_begun; }
    QSqlError error() const { return m_error; }

    bool commit()
    {
        if (!run("COMMIT"))
            return false;
        m_finished = true;
        m_database.noteOwnCommit();
        return true;
    }
    // Ends without writing and without counting a change.
    void rollback()
    {
        run("ROLLBACK");
        m_finished = true;
    }

private:
    bool run(const char* sql)
    {
        QSqlError error;
        QSqlQuery* query = m_database.cachedStatement(sql, &error);
        const bool ok = query && query->exec();
        if (query) {
            if (!ok)
                error = query->lastError();
            query->finish();
        }
        if (!ok && !m_error.isValid())
            m_error = error;
        return ok;
    }

    Database& m_database;
    QSqlError m_error;
    bool m_begun = false;
    bool m_finished = false;
};

// A consistent view across the several queries of one load.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase& db)
        : m_query(db)
    {
        m_begun = m_query.exec(QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        if (m_begun)
            m_query.exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlQuery m_query;
    bool m_begun = false;
};

// Inserts through the connection's cached prepared statements (Database::cachedStatement):
// each is parsed once per connection, when first used.
class Writer
{
public:
    explicit Writer(Database& database)
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
        for (int i = 0; i < session.areasWorked.size(); ++i) {
            if (!run(insertAreaSql, {session.id, i, session.areasWorked.at(i)}))
                return false;
        }
        for (int i = 0; i < session.baseline.size(); ++i) {
            const BaselineEntry& entry = session.baseline.at(i);
            if (!run(insertBaselineSql, {session.id, i, entry.region, entry.intensity}))
                return false;
        }
        for (int i = 0; i < session.screening.size(); ++i) {
            if (!run(insertScreeningSql, {session.id, i, session.screening.at(i)}))
                return false;
        }
        return true;
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
        for (int i = 0; i < checkIn.reactions.size(); ++i) {
            if (!run(insertReactionSql, {checkInId, i, checkIn.reactions.at(i)}))
                return false;
        }
        for (int i = 0; i < checkIn.benefits.size(); ++i) {
            if (!run(insertBenefitSql, {checkInId, i, checkIn.benefits.at(i)}))
                return false;
        }
        for (int i = 0; i < checkIn.selfCare.size(); ++i) {
            const SelfCare& entry = checkIn.selfCare.at(i);
            if (!run(insertSelfCareSql, {checkInId, i, entry.kind, textOrNull(entry.helped)}))
                return false;
        }
        for (int i = 0; i < checkIn.symptoms.size(); ++i) {
            const Symptom& symptom = checkIn.symptoms.at(i);
            if (!run(insertSymptomSql, {checkInId, i, symptom.region, symptom.intensity}))
                return false;
            const qint64 symptomId = m_lastInsertId;
            for (int q = 0; q < symptom.qualities.size(); ++q) {
                if (!run(insertQualitySql, {symptomId, q, symptom.qualities.at(q)}))
                    return false;
            }
        }
        for (int i = 0; i < checkIn.redFlags.size(); ++i) {
            if (!run(insertRedFlagSql, {checkInId, i, checkIn.redFlags.at(i)}))
                return false;
        }
        return true;
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

    bool run(const char* sql, std::initializer_list<QVariant> values)
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

// Loads sessions with everything they hold in a fixed number of queries: one
// per table, whatever the number of check-ins. `onlyId` null: every session.
// The SQL differs only by constant WHERE clauses; values are always bound.
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
        if (!select(QStringLiteral("SELECT id, start_text, start_utc, start_offset, "
                                   "duration_minutes, technique, pressure, therapist, notes, "
                                   "advice, source FROM sessions") +
                        sessionFilter + QStringLiteral(" ORDER BY start_utc, id"),
                    &query))
            return std::nullopt;
        while (query.next()) {
            Session session;
            session.id = query.value(0).toString();
            session.start = storedTimestamp(query.value(1), query.value(2), query.value(3));
            session.durationMinutes = query.value(4).toInt();
            session.technique = query.value(5).toString();
            session.pressure = query.value(6).toString();
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
            checkIn.at = storedTimestamp(query.value(2), query.value(3), query.value(4));
            checkIn.note = query.value(5).toString();
            if (!query.isNull(6))
                checkIn.recordedAt =
                    storedTimestamp(query.value(6), query.value(7), query.value(8));
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

// The first detail in which two sessions with one id differ, named as in the log.
QString firstDifference(const Session& stored, const Session& incoming)
{
    if (stored.start != incoming.start)
        return QStringLiteral("start");
    if (stored.durationMinutes != incoming.durationMinutes)
        return QStringLiteral("durationMinutes");
    if (stored.technique != incoming.technique)
        return QStringLiteral("technique");
    if (stored.pressure != incoming.pressure)
        return QStringLiteral("pressure");
    if (stored.areasWorked != incoming.areasWorked)
        return QStringLiteral("areasWorked");
    if (stored.therapist != incoming.therapist)
        return QStringLiteral("therapist");
    if (stored.advice != incoming.advice)
        return QStringLiteral("advice");
    if (stored.source != incoming.source)
        return QStringLiteral("source");
    if (stored.baseline != incoming.baseline)
        return QStringLiteral("baseline");
    if (stored.screening != incoming.screening)
        return QStringLiteral("screening");
    return QStringLiteral("notes");
}

// What importing a log would add, worked out against what is stored.
struct ImportPlan
{
    struct Item
    {
        int sessionIndex = 0;
        bool newSession = false;
        QList<int> newCheckIns; // indexes into the log session's check-ins
    };
    ImportOutcome outcome;
    QList<Item> items;
};

enum class PlanResult
{
    Ready,
    Conflict,
    DatabaseError
};

PlanResult planImport(const QSqlDatabase& db, const Log& log, ImportPlan* plan, QString* conflict,
                      QSqlError* sqlError)
{
    ImportOutcome& outcome = plan->outcome;
    outcome = {};
    QHash<QString, int> firstUse;
    for (int s = 0; s < log.sessions.size(); ++s) {
        const Session& incoming = log.sessions.at(s);
        const QString where = QStringLiteral("sessions[%1]").arg(s);
        outcome.sessionsInFile += 1;
        outcome.checkInsInFile += int(incoming.checkIns.size());
        if (const auto it = firstUse.constFind(incoming.id); it != firstUse.constEnd()) {
            *conflict = QStringLiteral("%1: the id \"%2\" is already used by sessions[%3]")
                            .arg(where, incoming.id)
                            .arg(*it);
            return PlanResult::Conflict;
        }
        firstUse.insert(incoming.id, s);

        QHash<qint64, int> instantsInLog;
        for (int c = 0; c < incoming.checkIns.size(); ++c) {
            const qint64 at = incoming.checkIns.at(c).at.utcMicros;
            if (const auto it = instantsInLog.constFind(at); it != instantsInLog.constEnd()) {
                *conflict = QStringLiteral("%1.checkIns[%2]: checkIns[%3] is at the same instant")
                                .arg(where)
                                .arg(c)
                                .arg(*it);
                return PlanResult::Conflict;
            }
            instantsInLog.insert(at, c);
        }

        const std::optional<QList<Session>> stored = loadSessions(db, &incoming.id, sqlError);
        if (!stored)
            return PlanResult::DatabaseError;
        ImportPlan::Item item;
        item.sessionIndex = s;
        if (stored->isEmpty()) {
            item.newSession = true;
            for (int c = 0; c < incoming.checkIns.size(); ++c)
                item.newCheckIns << c;
            outcome.newSessions += 1;
            outcome.newCheckIns += int(incoming.checkIns.size());
            plan->items << item;
            continue;
        }
        const Session& here = stored->first();
        if (!here.sameDetails(incoming)) {
            *conflict = QStringLiteral("%1: a session \"%2\" with other details is already "
                                       "stored (%3 differs)")
                            .arg(where, incoming.id, firstDifference(here, incoming));
            return PlanResult::Conflict;
        }
        outcome.sessionsAlreadyHere += 1;
        QHash<qint64, const CheckIn*> storedByInstant;
        for (const CheckIn& checkIn : here.checkIns)
            storedByInstant.insert(checkIn.at.utcMicros, &checkIn);
        for (int c = 0; c < incoming.checkIns.size(); ++c) {
            const CheckIn& checkIn = incoming.checkIns.at(c);
            const CheckIn* existing = storedByInstant.value(checkIn.at.utcMicros, nullptr);
            if (!existing) {
                item.newCheckIns << c;
                continue;
            }
            if (*existing != checkIn) {
                *conflict = QStringLiteral("%1.checkIns[%2]: a check-in at %3 with other "
                                           "content is already stored for session \"%4\"")
                                .arg(where)
                                .arg(c)
                                .arg(checkIn.at.text, incoming.id);
                return PlanResult::Conflict;
            }
        }
        outcome.newCheckIns += int(item.newCheckIns.size());
        if (!item.newCheckIns.isEmpty())
            plan->items << item;
    }
    return PlanResult::Ready;
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

} // namespace

namespace {
// What the sessions table caches about a session's check-ins (schema v2), computed.
void computeCachedSummary(const Session& session, SessionSummary* summary)
{
    const analysis::Result result = analysis::analyze(session);
    const analysis::SessionSummary course = analysis::summarize(session, result);
    summary->checkInCount = int(session.checkIns.size());
    // loadSessions orders check-ins by instant: the last one is the latest.
    summary->lastCheckInAt = session.checkIns.isEmpty()
                                 ? std::nullopt
                                 : std::optional<Timestamp>(session.checkIns.last().at);
    summary->status = analysis::statusId(result.status);
    summary->grade = result.grade ? analysis::gradeId(*result.grade) : QString();
    summary->onsetHours = course.onsetHours;
    summary->peakHours = course.peakHours;
    summary->peakExcess = course.peakExcess;
    summary->resolvedHours = course.resolvedHours;
}

// The sessions whose cached summary a change of their check-ins has marked (schema v3).
QStringList markedSessionIds(const QSqlDatabase& db, QSqlError* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList ids;
    if (!query.exec(QStringLiteral("SELECT id FROM sessions WHERE status IS NULL"))) {
        *error = query.lastError();
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}
} // namespace

bool refreshSessionSummaries(const QSqlDatabase& db, const QString* onlyId, QSqlError* error)
{
    const std::optional<QList<Session>> sessions = loadSessions(db, onlyId, error);
    if (!sessions)
        return false;
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE sessions SET status = ?, check_in_count = ?, "
                                       "last_at_text = ?, last_at_utc = ?, last_at_offset = ?, "
                                       "onset_hours = ?, peak_hours = ?, peak_excess = ?, "
                                       "resolved_hours = ?, grade = ? WHERE id = ?"))) {
        *error = update.lastError();
        return false;
    }
    for (const Session& session : *sessions) {
        SessionSummary summary;
        computeCachedSummary(session, &summary);
        const auto orNull = [](const auto& value) { return value ? QVariant(*value) : QVariant(); };
        const std::optional<Timestamp>& last = summary.lastCheckInAt;
        update.bindValue(0, bound(summary.status));
        update.bindValue(1, summary.checkInCount);
        update.bindValue(2, last ? QVariant(bound(last->text)) : QVariant());
        update.bindValue(3, last ? QVariant(last->utcMicros) : QVariant());
        update.bindValue(4, last ? QVariant(last->offsetSeconds) : QVariant());
        update.bindValue(5, orNull(summary.onsetHours));
        update.bindValue(6, orNull(summary.peakHours));
        update.bindValue(7, orNull(summary.peakExcess));
        update.bindValue(8, orNull(summary.resolvedHours));
        update.bindValue(9, textOrNull(summary.grade));
        update.bindValue(10, bound(session.id));
        if (!update.exec()) {
            *error = update.lastError();
            return false;
        }
    }
    return true;
}

Repository::Repository(Database& database)
    : m_database(database)
{}

QList<SessionSummary> Repository::sessionSummaries() const
{
    return readSummaries(std::numeric_limits<qint64>::min(), -1, 0);
}

QList<SessionSummary> Repository::sessionSummaryPage(int offset, int count) const
{
    return readSummaries(std::numeric_limits<qint64>::min(), count, offset);
}

QList<SessionSummary> Repository::sessionSummariesStartedSince(qint64 utcMicros) const
{
    return readSummaries(utcMicros, -1, 0);
}

QList<SessionSummary> Repository::readSummaries(qint64 startedSince, int limit, int offset) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The count, last check-in and status are cached in each session's row (schema v2),
    // so no check-in is read here; sessions_by_start gives the range and the order.
    // LIMIT -1: no limit.
    bool ok = query.prepare(QStringLiteral(R"(
        SELECT id, start_text, start_utc, start_offset, duration_minutes, technique, pressure,
               check_in_count, last_at_text, last_at_utc, last_at_offset, status,
               onset_hours, peak_hours, peak_excess, resolved_hours, grade
        FROM sessions WHERE start_utc >= ?
        ORDER BY start_utc DESC, id LIMIT ? OFFSET ?)"));
    query.addBindValue(startedSince);
    query.addBindValue(limit);
    query.addBindValue(offset);
    ok = ok && query.exec();
    QList<SessionSummary> result;
    if (!ok) {
        qWarning().noquote() << m_database.describe(query.lastError());
        return result;
    }
    while (query.next()) {
        SessionSummary summary;
        summary.id = query.value(0).toString();
        summary.start = storedTimestamp(query.value(1), query.value(2), query.value(3));
        summary.durationMinutes = query.value(4).toInt();
        summary.technique = query.value(5).toString();
        summary.pressure = query.value(6).toString();
        summary.checkInCount = query.value(7).toInt();
        if (!query.isNull(8))
            summary.lastCheckInAt =
                storedTimestamp(query.value(8), query.value(9), query.value(10));
        summary.status = query.value(11).toString();
        const auto hours = [&](int column) {
            return query.isNull(column) ? std::optional<double>()
                                        : std::optional<double>(query.value(column).toDouble());
        };
        summary.onsetHours = hours(12);
        summary.peakHours = hours(13);
        if (!query.isNull(14))
            summary.peakExcess = query.value(14).toInt();
        summary.resolvedHours = hours(15);
        summary.grade = query.value(16).toString();
        result.append(summary);
    }
    // Sessions whose check-ins changed since their summary was stored (status NULL, set
    // by the triggers of schema v3): computed here from their check-ins.
    for (SessionSummary& summary : result) {
        if (summary.status.isEmpty()) {
            if (const std::optional<Session> loaded = session(summary.id))
                computeCachedSummary(*loaded, &summary);
        }
    }
    return result;
}

QList<analysis::GroupTotals> Repository::techniqueTotals() const
{
    QList<analysis::GroupTotals> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Totalled where the rows are: one short row per technique, whatever the history.
    if (!query.exec(QStringLiteral(R"(
            SELECT technique, COUNT(*), COUNT(onset_hours), TOTAL(onset_hours),
                   COUNT(resolved_hours), TOTAL(resolved_hours),
                   COUNT(peak_excess), TOTAL(peak_excess)
            FROM sessions WHERE status IS NOT NULL GROUP BY technique)"))) {
        qWarning().noquote() << m_database.describe(query.lastError());
        return result;
    }
    while (query.next()) {
        analysis::GroupTotals totals;
        totals.key = query.value(0).toString();
        totals.sessionCount = query.value(1).toInt();
        totals.onsetCount = query.value(2).toInt();
        totals.onsetSum = query.value(3).toDouble();
        totals.resolvedCount = query.value(4).toInt();
        totals.resolvedSum = query.value(5).toDouble();
        totals.peakCount = query.value(6).toInt();
        totals.peakSum = query.value(7).toDouble();
        result.append(totals);
    }
    query.finish();
    // Marked sessions (their cached course is out of date) are summarized one by one.
    QSqlError markedError;
    const QStringList marked = markedSessionIds(m_database.connection(), &markedError);
    if (markedError.isValid())
        qWarning().noquote() << m_database.describe(markedError);
    for (const QString& id : marked) {
        if (const std::optional<Session> loaded = session(id)) {
            analysis::GroupTotals totals;
            totals.key = loaded->technique;
            totals.add(analysis::summarize(*loaded));
            result.append(totals);
        }
    }
    return result;
}

int Repository::sessionCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) || !query.next()) {
        qWarning().noquote() << m_database.describe(query.lastError());
        return 0;
    }
    return query.value(0).toInt();
}

int Repository::storeMarkedSummaries(QString* error)
{
    const QSqlDatabase db = m_database.connection();
    QSqlError markedError;
    const QStringList marked = markedSessionIds(db, &markedError);
    if (markedError.isValid()) {
        setError(error, m_database.describe(markedError));
        return -1;
    }
    if (marked.isEmpty())
        return 0;
    WriteTransaction transaction(m_database);
    if (!transaction.begun()) {
        setError(error, m_database.describe(transaction.error()));
        return -1;
    }
    QSqlError sqlError;
    for (const QString& id : marked) {
        if (!refreshSessionSummaries(db, &id, &sqlError)) {
            setError(error, m_database.describe(sqlError));
            return -1;
        }
    }
    if (!transaction.commit()) {
        setError(error, m_database.describe(transaction.error()));
        return -1;
    }
    return int(marked.size());
}

std::optional<Session> Repository::session(const QString& id) const
{
    QString error;
    std::optional<Session> result = session(id, &error);
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return result;
}

std::optional<Session> Repository::session(const QString& id, QString* error) const
{
    const QSqlDatabase db = m_database.connection();
    const ReadSnapshot snapshot(db);
    QSqlError sqlError;
    const std::optional<QList<Session>> sessions = loadSessions(db, &id, &sqlError);
    if (!sessions) {
        setError(error, m_database.describe(sqlError));
        return std::nullopt;
    }
    if (sessions->isEmpty())
        return std::nullopt;
    return sessions->first();
}

QList<Session> Repository::allSessions() const
{
    QString error;
    const std::optional<QList<Session>> sessions = allSessions(&error);
    if (!sessions) {
        qWarning().noquote() << error;
        return {};
    }
    return *sessions;
}

std::optional<QList<Session>> Repository::allSessions(QString* error) const
{
    const QSqlDatabase db = m_database.connection();
    const ReadSnapshot snapshot(db);
    QSqlError sqlError;
    std::optional<QList<Session>> sessions = loadSessions(db, nullptr, &sqlError);
    if (!sessions)
        setError(error, m_database.describe(sqlError));
    return sessions;
}

bool Repository::hasSessions() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sessions)")) || !query.next()) {
        qWarning().noquote() << m_database.describe(query.lastError());
        return false;
    }
    return query.value(0).toBool();
}

bool Repository::hasSession(const QString& id) const
{
    QSqlError sqlError;
    const std::optional<bool> exists = sessionExists(m_database.connection(), id, &sqlError);
    if (!exists)
        qWarning().noquote() << m_database.describe(sqlError);
    return exists.value_or(false);
}

bool Repository::addSession(const Session& session, QString* error)
{
    if (session.id.isEmpty()) {
        setError(error, QStringLiteral("a session needs an id"));
        return false;
    }
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(m_database);
    if (!transaction.begun()) {
        setError(error, m_database.describe(transaction.error()));
        return false;
    }
    QSqlError sqlError;
    const std::optional<bool> exists = sessionExists(db, session.id, &sqlError);
    if (!exists) {
        setError(error, m_database.describe(sqlError));
        return false;
    }
    if (*exists) {
        setError(error, QStringLiteral("a session \"%1\" is already stored").arg(session.id));
        return false;
    }
    QSet<qint64> instants;
    for (const CheckIn& checkIn : session.checkIns) {
        if (instants.contains(checkIn.at.utcMicros)) {
            setError(error, QStringLiteral("session \"%1\" has two check-ins at %2")
                                .arg(session.id, checkIn.at.text));
            return false;
        }
        instants.insert(checkIn.at.utcMicros);
    }
    Writer writer(m_database);
    QSqlError cacheError;
    if (!writer.insertSession(session) || !refreshSessionSummaries(db, &session.id, &cacheError) ||
        !transaction.commit()) {
        setError(error, m_database.describe(
                            firstError({writer.error(), cacheError, transaction.error()})));
        return false;
    }
    return true;
}

// Begins `transaction` and checks that session `id` is stored; false with `error` set if not.
static bool beginOnStoredSession(Database& database, WriteTransaction& transaction,
                                 const QString& id, QString* error)
{
    if (!transaction.begun()) {
        setError(error, database.describe(transaction.error()));
        return false;
    }
    QSqlError sqlError;
    const std::optional<bool> exists = sessionExists(database.connection(), id, &sqlError);
    if (!exists) {
        setError(error, database.describe(sqlError));
        return false;
    }
    if (!*exists) {
        setError(error, QStringLiteral("no session \"%1\" is stored").arg(id));
        return false;
    }
    return true;
}

bool Repository::replaceSessionDetails(const Session& session, QString* error)
{
    WriteTransaction transaction(m_database);
    if (!beginOnStoredSession(m_database, transaction, session.id, error))
        return false;
    const QSqlDatabase db = m_database.connection();
    Writer writer(m_database);
    QSqlError cacheError;
    // The start or the areas change the analysis: the summary is computed again.
    if (!writer.replaceDetails(session) || !refreshSessionSummaries(db, &session.id, &cacheError) ||
        !transaction.commit()) {
        setError(error, m_database.describe(
                            firstError({writer.error(), cacheError, transaction.error()})));
        return false;
    }
    return true;
}

// The last step of adding or replacing a check-in: insert it and commit, in the caller's
// transaction. The session's cached summary is marked by a trigger (schema v3), not
// recomputed here: a save stays as cheap as the rows it writes.
static bool insertCheckInAndCommit(Database& database, WriteTransaction& transaction,
                                   const QString& sessionId, const CheckIn& checkIn, QString* error)
{
    Writer writer(database);
    if (!writer.insertCheckIn(sessionId, checkIn) || !transaction.commit()) {
        setError(error, database.describe(firstError({writer.error(), transaction.error()})));
        return false;
    }
    return true;
}

bool Repository::addCheckIn(const QString& sessionId, const CheckIn& checkIn, QString* error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begun()) {
        setError(error, m_database.describe(transaction.error()));
        return false;
    }
    if (insertCheckInAndCommit(m_database, transaction, sessionId, checkIn, error))
        return true;
    // The schema refuses an unknown session (foreign key) and a second check-in at the
    // same instant (unique index); only then is it worth asking which it was.
    transaction.rollback();
    const QSqlDatabase db = m_database.connection();
    QSqlError sqlError;
    const std::optional<bool> exists = sessionExists(db, sessionId, &sqlError);
    const std::optional<bool> taken =
        exists ? checkInExists(db, sessionId, checkIn.at.utcMicros, &sqlError) : std::nullopt;
    if (exists && !*exists)
        setError(error, QStringLiteral("no session \"%1\" is stored").arg(sessionId));
    else if (taken && *taken)
        setError(error, QStringLiteral("session \"%1\" already has a check-in at %2")
                            .arg(sessionId, checkIn.at.text));
    return false;
}

bool Repository::replaceCheckIn(const QString& sessionId, qint64 oldAtUtcMicros,
                                const CheckIn& checkIn, QString* error)
{
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(m_database);
    if (!transaction.begun()) {
        setError(error, m_database.describe(transaction.error()));
        return false;
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM check_ins WHERE session_id = ? AND at_utc = ?"));
    remove.addBindValue(bound(sessionId));
    remove.addBindValue(oldAtUtcMicros);
    if (!remove.exec()) {
        setError(error, m_database.describe(remove.lastError()));
        return false;
    }
    if (remove.numRowsAffected() == 0) {
        setError(error, QStringLiteral("session \"%1\" has no check-in at %2")
                            .arg(sessionId, instantText(oldAtUtcMicros)));
        return false;
    }
    QSqlError sqlError;
    const std::optional<bool> taken = checkInExists(db, sessionId, checkIn.at.utcMicros, &sqlError);
    if (!taken) {
        setError(error, m_database.describe(sqlError));
        return false;
    }
    if (*taken) {
        setError(error, QStringLiteral("session \"%1\" already has another check-in at %2")
                            .arg(sessionId, checkIn.at.text));
        return false;
    }
    return insertCheckInAndCommit(m_database, transaction, sessionId, checkIn, error);
}

bool Repository::removeCheckIn(const QString& sessionId, qint64 atUtcMicros, QString* error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begun()) {
        setError(error, m_database.describe(transaction.error()));
        return false;
    }
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM check_ins WHERE session_id = ? AND at_utc = ?"));
    remove.addBindValue(bound(sessionId));
    remove.addBindValue(atUtcMicros);
    if (!remove.exec()) {
        setError(error, m_database.describe(remove.lastError()));
        return false;
    }
    if (remove.numRowsAffected() == 0) {
        setError(error, QStringLiteral("session \"%1\" has no check-in at %2")
                            .arg(sessionId, instantText(atUtcMicros)));
        return false;
    }
    // The trigger on check_ins has marked the session's summary.
    if (!transaction.commit()) {
        setError(error, m_database.describe(transaction.error()));
        return false;
    }
    return true;
}

bool Repository::removeSession(const QString& sessionId, QString* error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begun()) {
        setError(error, m_database.describe(transaction.error()));
        return false;
    }
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    remove.addBindValue(bound(sessionId));
    if (!remove.exec()) {
        setError(error, m_database.describe(remove.lastError()));
        return false;
    }
    if (remove.numRowsAffected() == 0) {
        setError(error, QStringLiteral("no session \"%1\" is stored").arg(sessionId));
        return false;
    }
    if (!transaction.commit()) {
        setError(error, m_database.describe(transaction.error()));
        return false;
    }
    return true;
}

bool Repository::previewImport(const Log& log, ImportOutcome* outcome, QString* error) const
{
    const QSqlDatabase db = m_database.connection();
    const ReadSnapshot snapshot(db);
    ImportPlan plan;
    QString conflict;
    QSqlError sqlError;
    const PlanResult result = planImport(db, log, &plan, &conflict, &sqlError);
    plan.outcome.conflict = result == PlanResult::Conflict;
    if (outcome)
        *outcome = plan.outcome;
    if (result == PlanResult::Conflict)
        setError(error, conflict);
    else if (result == PlanResult::DatabaseError)
        setError(error, m_database.describe(sqlError));
    return result == PlanResult::Ready;
}

bool Repository::importLog(const Log& log, ImportOutcome* outcome, QString* error)
{
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(m_database);
    if (!transaction.begun()) {
        setError(error, m_database.describe(transaction.error()));
        return false;
    }
    ImportPlan plan;
    QString conflict;
    QSqlError sqlError;
    const PlanResult result = planImport(db, log, &plan, &conflict, &sqlError);
    plan.outcome.conflict = result == PlanResult::Conflict;
    if (outcome)
        *outcome = plan.outcome;
    if (result == PlanResult::Conflict) {
        setError(error, conflict);
        return false;
    }
    if (result == PlanResult::DatabaseError) {
        setError(error, m_database.describe(sqlError));
        return false;
    }
    if (plan.items.isEmpty()) {
        transaction.rollback(); // nothing new: not even a commit
        return true;
    }
    Writer writer(m_database);
    for (const ImportPlan::Item& item : std::as_const(plan.items)) {
        const Session& session = log.sessions.at(item.sessionIndex);
        if (item.newSession && !writer.insertDetails(session))
            break;
        for (int c : item.newCheckIns) {
            if (!writer.insertCheckIn(session.id, session.checkIns.at(c)))
                break;
        }
    }
    QSqlError cacheError;
    if (!writer.error().isValid()) {
        for (const ImportPlan::Item& item : std::as_const(plan.items)) {
            if (!refreshSessionSummaries(db, &log.sessions.at(item.sessionIndex).id, &cacheError))
                break;
        }
    }
    if (writer.error().isValid() || cacheError.isValid() || !transaction.commit()) {
        if (outcome)
            *outcome = ImportOutcome{plan.outcome.sessionsInFile, plan.outcome.checkInsInFile};
        setError(error, m_database.describe(
                            firstError({writer.error(), cacheError, transaction.error()})));
        return false;
    }
    return true;
}

QString Repository::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(bound(key));
    if (!query.exec()) {
        qWarning().noquote() << m_database.describe(query.lastError());
        return fallback;
    }
    return query.next() ? query.value(0).toString() : fallback;
}

bool Repository::setSetting(const QString& key, const QString& value, QString* error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begun()) {
        setError(error, m_database.describe(transaction.error()));
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(bound(key));
    query.addBindValue(value.isNull() ? QString(QLatin1String("")) : bound(value));
    if (!query.exec() || !transaction.commit()) {
        setError(error, m_database.describe(query.lastError().isValid() ? query.lastError()
                                                                        : transaction.error()));
        return false;
    }
    return true;
}

bool Repository::recordPromptEvent(const PromptEvent& event, QString* error)
{
    WriteTransaction transaction(m_database);
    if (!beginOnStoredSession(m_database, transaction, event.sessionId, error))
        return false;
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO prompt_events (session_id, due_utc, kind, event, "
                                 "at_utc) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(bound(event.sessionId));
    query.addBindValue(event.dueUtcMicros);
    query.addBindValue(bound(event.kind));
    query.addBindValue(bound(event.event));
    query.addBindValue(event.atUtcMicros);
    if (!query.exec() || !transaction.commit()) {
        setError(error, m_database.describe(query.lastError().isValid() ? query.lastError()
                                                                        : transaction.error()));
        return false;
    }
    return true;
}

QList<PromptEvent> Repository::promptEvents(const QString& sessionId) const
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

QList<PromptEvent> Repository::latestPromptEvents(const QString& event, int limit) const
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

QList<PromptEvent> Repository::readPromptEvents(QSqlQuery& query) const
{
    QList<PromptEvent> result;
    if (!query.exec()) {
        qWarning().noquote() << m_database.describe(query.lastError());
        return result;
    }
    while (query.next()) {
        PromptEvent event;
        event.sessionId = query.value(0).toString();
        event.dueUtcMicros = query.value(1).toLongLong();
        event.kind = query.value(2).toString();
        event.event = query.value(3).toString();
        event.atUtcMicros = query.value(4).toLongLong();
        result.append(event);
    }
    return result;
}

qint64 Repository::changeCounter() const
{
    QSqlQuery query(m_database.connection());
    qint64 dataVersion = 0;
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        dataVersion = query.value(0).toLongLong();
    else
        qWarning().noquote() << m_database.describe(query.lastError());
    // Other connections' commits move the high half, this connection's the low half.
    return qint64((quint64(dataVersion) << 32) + quint64(m_database.ownCommits()));
}

} // namespace aftercare::storage
