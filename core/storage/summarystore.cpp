#include "storage/summarystore.h"

#include "analysis/analysis.h"
#include "storage/sessionrows.h"
#include "storage/sqlvalues.h"
#include "storage/writetransaction.h"

#include <QSqlQuery>

#include <limits>

namespace aftercare::storage {

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

SummaryStore::SummaryStore(Database& database)
    : m_database(database)
    , m_sessions(database)
{}

StoreValue<QList<SessionSummary>> SummaryStore::sessionSummaries() const
{
    return readSummaries(std::numeric_limits<qint64>::min(), -1, 0);
}

StoreValue<QList<SessionSummary>> SummaryStore::sessionSummaryPage(int offset, int count) const
{
    return readSummaries(std::numeric_limits<qint64>::min(), count, offset);
}

StoreValue<QList<SessionSummary>> SummaryStore::sessionSummariesStartedSince(qint64 utcMicros) const
{
    return readSummaries(utcMicros, -1, 0);
}

StoreValue<QList<SessionSummary>> SummaryStore::readSummaries(qint64 startedSince, int limit,
                                                              int offset) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The count, last check-in and status are cached in each session's row (schema v2),
    // so no check-in is read here; sessions_by_start gives the range and the order.
    // LIMIT -1: no limit.
    bool ok = query.prepare(QStringLiteral("SELECT ") + sessionHeadColumns() + QStringLiteral(R"(,
               check_in_count, last_at_text, last_at_utc, last_at_offset, status,
               onset_hours, peak_hours, peak_excess, resolved_hours, grade
        FROM sessions WHERE start_utc >= ?
        ORDER BY start_utc DESC, id LIMIT ? OFFSET ?)"));
    query.addBindValue(startedSince);
    query.addBindValue(limit);
    query.addBindValue(offset);
    ok = ok && query.exec();
    if (!ok)
        return {{}, sqlFailure(m_database, query.lastError())};
    QList<SessionSummary> result;
    while (query.next()) {
        SessionSummary summary;
        readSessionHead(query, &summary);
        summary.checkInCount = query.value(7).toInt();
        summary.lastCheckInAt = storedOptionalTimestamp(query, 8);
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
    // by the triggers of schema v3): computed here from their check-ins. One that cannot be
    // read stays in the list without a status, and the read says it failed.
    StoreResult marked;
    for (SessionSummary& summary : result) {
        if (!summary.status.isEmpty())
            continue;
        const StoreValue<std::optional<Session>> loaded = m_sessions.session(summary.id);
        if (!loaded.ok() && marked.ok())
            marked = loaded;
        if (loaded.value)
            computeCachedSummary(*loaded.value, &summary);
    }
    return {result, marked};
}

StoreValue<QList<analysis::GroupTotals>> SummaryStore::techniqueTotals() const
{
    QList<analysis::GroupTotals> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Totalled where the rows are: one short row per technique, whatever the history.
    if (!query.exec(QStringLiteral(R"(
            SELECT technique, COUNT(*), COUNT(onset_hours), TOTAL(onset_hours),
                   COUNT(resolved_hours), TOTAL(resolved_hours),
                   COUNT(peak_excess), TOTAL(peak_excess)
            FROM sessions WHERE status IS NOT NULL GROUP BY technique)")))
        return {{}, sqlFailure(m_database, query.lastError())};
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
    // Marked sessions (their cached course is out of date) are summarized one by one. One
    // that cannot be read is left out, and the read says it failed.
    QSqlError markedError;
    const QStringList marked = markedSessionIds(m_database.connection(), &markedError);
    StoreResult failure =
        markedError.isValid() ? sqlFailure(m_database, markedError) : StoreResult();
    for (const QString& id : marked) {
        const StoreValue<std::optional<Session>> loaded = m_sessions.session(id);
        if (!loaded.ok() && failure.ok())
            failure = loaded;
        if (loaded.value) {
            analysis::GroupTotals totals;
            totals.key = loaded.value->technique;
            totals.add(analysis::summarize(*loaded.value));
            result.append(totals);
        }
    }
    return {result, failure};
}

StoreValue<QList<SelfCareHelp>> SummaryStore::selfCareHelpByTechnique() const
{
    QList<SelfCareHelp> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Read straight from the check-ins' answers: always current, so the cached summaries
    // (and their schema) need not carry it.
    if (!query.exec(QStringLiteral(R"(
            SELECT s.technique, sc.kind, COUNT(*),
                   TOTAL(sc.helped IN ('yes', 'a-little'))
            FROM check_in_self_care AS sc
                JOIN check_ins AS c ON c.id = sc.check_in_id
                JOIN sessions AS s ON s.id = c.session_id
            WHERE sc.helped IS NOT NULL
            GROUP BY s.technique, sc.kind
            ORDER BY s.technique, sc.kind)")))
        return {{}, sqlFailure(m_database, query.lastError())};
    while (query.next()) {
        SelfCareHelp help;
        help.technique = query.value(0).toString();
        help.kind = query.value(1).toString();
        help.answered = query.value(2).toInt();
        help.helped = int(query.value(3).toDouble());
        result.append(help);
    }
    return {result, {}};
}

StoreValue<int> SummaryStore::storeMarkedSummaries()
{
    const QSqlDatabase db = m_database.connection();
    QSqlError markedError;
    const QStringList marked = markedSessionIds(db, &markedError);
    if (markedError.isValid())
        return {-1, sqlFailure(m_database, markedError)};
    if (marked.isEmpty())
        return {0, {}};
    const StoreResult stored = writeTransaction(m_database, [&] {
        QSqlError sqlError;
        for (const QString& id : marked) {
            if (!refreshSessionSummaries(db, &id, &sqlError))
                return sqlFailure(m_database, sqlError);
        }
        return StoreResult::success();
    });
    return {stored ? int(marked.size()) : -1, stored};
}

} // namespace aftercare::storage
