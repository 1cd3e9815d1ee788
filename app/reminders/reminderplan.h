#pragma once
// The schedule applied to what is stored: which sessions still get prompts,
// their analysis and prompt history, and the upcoming prompts of all of them.

#include "analysis/analysis.h"
#include "model/session.h"
#include "schedule/schedule.h"
#include "storage/repository.h"

#include <QByteArray>
#include <QList>
#include <QTimeZone>

namespace aftercare::reminders {

struct SessionState
{
    Session session;
    analysis::Result analysis;
    QList<schedule::PromptRecord> records;
};

schedule::PromptRecord toRecord(const storage::PromptEvent& event);
storage::PromptEvent toEvent(const schedule::PromptRecord& record);

schedule::Settings loadSettings(const storage::Repository& repository);

// Sessions that may still get a prompt or advice at `now` (ended at most
// stopAfterHours plus a day ago, or not yet), with check-ins and history.
QList<SessionState> loadActiveSessions(const storage::Repository& repository,
                                       const schedule::Settings& settings, qint64 nowUtcMicros);

// What the schedule needs of an active session, from its stored summary alone (no
// check-in is read): enough for its upcoming prompts, not for its advice.
struct CourseState
{
    storage::SessionSummary summary;
    schedule::Course course;
    QList<schedule::PromptRecord> records;
};

schedule::Course courseFromSummary(const storage::SessionSummary& summary);

// The sessions of loadActiveSessions, as their stored summaries.
QList<CourseState> loadActiveCourses(const storage::Repository& repository,
                                     const schedule::Settings& settings, qint64 nowUtcMicros);

// The next `perSession` prompts of every active session, earliest first
// (ties by session id).
QList<schedule::Prompt> upcomingPrompts(const storage::Repository& repository, qint64 nowUtcMicros,
                                        const QTimeZone& zone, int perSession);

// `[{"session": ID, "due": RFC 3339 in the zone's offset, "kind": …}, …]`
QByteArray promptsJson(const QList<schedule::Prompt>& prompts, const QTimeZone& zone);

// An instant as RFC 3339 with the zone's offset at that instant.
Timestamp localTimestamp(qint64 utcMicros, const QTimeZone& zone);

} // namespace aftercare::reminders
