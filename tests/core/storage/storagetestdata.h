#pragma once

// Shared by the tests of core/storage: sample sessions and logs, and a fresh database.

#include "checkins.h"
#include "storage/database.h"
#include "storage/importplanner.h"
#include "storage/prompteventlog.h"
#include "storage/repository.h"
#include "storage/sessionstore.h"
#include "storage/settingsstore.h"
#include "storage/summarystore.h"
#include "timestamps.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace aftercare::storage::testing {

using testsupport::at;

using testsupport::checkIn;

inline Session bareSession(const QString& id, const char* start)
{
    Session session;
    session.id = id;
    session.start = at(start);
    return session;
}

// Every field set, check-ins out of order, qualities not in vocabulary order.
inline Session fullSession()
{
    Session session = bareSession("s-full", "2026-11-20T15:00:00+01:00");
    session.durationMinutes = 90;
    session.technique = "deep-tissue";
    session.pressure = "firm";
    session.areasWorked = {"lower-back", "gluteal-left", "neck"};
    session.therapist = "Ana — room 2";
    session.baseline = {{"lower-back", 3}, {"neck", 1}};
    session.screening = {"disc-herniation", "pregnancy"};
    session.notes = "first visit\nsecond line";
    session.checkIns = {
        checkIn("2026-11-21T09:30:00.250+01:00",
                {{"lower-back", 4, {"stiff", "aching"}}, {"neck", 2, {}}}, {}, "better"),
        checkIn(
            "2026-11-20T23:00:00+01:00",
            {{"lower-back", 6, {"tingling", "aching", "burning"}}, {"gluteal-left", 3, {"tender"}}},
            {"fever", "bruising"}, "woke up sore"),
        checkIn("2026-11-20T16:30:00Z", {}, {}, {}),
    };
    return session;
}

inline QList<CheckIn> sortedByInstant(QList<CheckIn> checkIns)
{
    std::stable_sort(checkIns.begin(), checkIns.end(), [](const CheckIn& a, const CheckIn& b) {
        return a.at.utcMicros < b.at.utcMicros;
    });
    return checkIns;
}

inline int rowCount(Database& database, const char* table)
{
    QSqlQuery query(database.connection());
    // Table names come from the test's own constant list.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

// The ids of sessions or session summaries, in list order.
template <typename Rows> QStringList idsOf(const Rows& rows)
{
    QStringList ids;
    for (const auto& row : rows)
        ids << row.id;
    return ids;
}

inline const char* const childTables[] = {
    "session_areas", "session_baseline",  "session_screening",  "check_ins",
    "symptoms",      "symptom_qualities", "check_in_red_flags", "prompt_events"};

// A log of three sessions used by the import tests.
inline Log threeSessionLog()
{
    Log log;
    Session first = bareSession("s-1", "2026-11-01T10:00:00Z");
    first.checkIns = {checkIn("2026-11-01T12:00:00Z", {{"neck", 3, {"stiff"}}}),
                      checkIn("2026-11-01T20:00:00Z", {{"neck", 2, {}}})};
    Session second = fullSession();
    second.id = "s-2";
    Session third = bareSession("s-3", "2026-11-10T08:00:00-05:00");
    third.technique = "sports";
    third.checkIns = {checkIn("2026-11-10T20:00:00-05:00")};
    log.sessions = {first, second, third};
    return log;
}

// A fresh database with every store on it (and the Repository facade over them).
struct Stores
{
    QTemporaryDir folder;
    Database database;
    SessionStore sessions{database};
    SummaryStore summaries{database};
    ImportPlanner imports{database};
    SettingsStore settings{database};
    PromptEventLog prompts{database};
    Repository repository{database};
    bool open() { return folder.isValid() && database.open(folder.path()).ok(); }
    // Opens it and stores `stored`, in order.
    bool openWith(const QList<Session>& stored)
    {
        if (!open())
            return false;
        for (const Session& session : stored) {
            if (!sessions.addSession(session))
                return false;
        }
        return true;
    }
};

} // namespace aftercare::storage::testing
