#include "storage/importplanner.h"

#include "storage/sessionrows.h"
#include "storage/summarystore.h"
#include "storage/writetransaction.h"

#include <QHash>

namespace aftercare::storage {

namespace {

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

// Plans the import inside the caller's read snapshot or write transaction: ok, or the
// conflict (outcome.conflict set) or the database's failure.
StoreResult planFor(const Database& database, const Log& log, ImportPlan* plan)
{
    QString conflict;
    QSqlError sqlError;
    const PlanResult result = planImport(database.connection(), log, plan, &conflict, &sqlError);
    plan->outcome.conflict = result == PlanResult::Conflict;
    if (result == PlanResult::Conflict)
        return StoreResult::failure(conflict);
    if (result == PlanResult::DatabaseError)
        return sqlFailure(database, sqlError);
    return {};
}

} // namespace

ImportPlanner::ImportPlanner(Database& database)
    : m_database(database)
{}

StoreValue<ImportOutcome> ImportPlanner::previewImport(const Log& log) const
{
    const ReadSnapshot snapshot(m_database.connection());
    ImportPlan plan;
    const StoreResult result = planFor(m_database, log, &plan);
    return {plan.outcome, result};
}

StoreValue<ImportOutcome> ImportPlanner::importLog(const Log& log)
{
    ImportPlan plan;
    bool planned = false;
    bool nothingNew = false;
    const StoreResult result = writeTransaction(
        m_database,
        [&] {
            if (StoreResult ready = planFor(m_database, log, &plan); !ready)
                return ready;
            planned = true;
            nothingNew = plan.items.isEmpty(); // nothing new: not even a commit
            SessionWriter writer(m_database);
            for (const ImportPlan::Item& item : std::as_const(plan.items)) {
                const Session& session = log.sessions.at(item.sessionIndex);
                if (item.newSession && !writer.insertDetails(session))
                    break;
                for (int c : item.newCheckIns) {
                    if (!writer.insertCheckIn(session.id, session.checkIns.at(c)))
                        break;
                }
            }
            if (writer.error().isValid())
                return sqlFailure(m_database, writer.error());
            QSqlError cacheError;
            for (const ImportPlan::Item& item : std::as_const(plan.items)) {
                if (!refreshSessionSummaries(m_database.connection(),
                                             &log.sessions.at(item.sessionIndex).id, &cacheError))
                    return sqlFailure(m_database, cacheError);
            }
            return StoreResult::success();
        },
        &nothingNew);
    if (!result && planned)
        return {ImportOutcome{plan.outcome.sessionsInFile, plan.outcome.checkInsInFile}, result};
    return {plan.outcome, result};
}

} // namespace aftercare::storage
