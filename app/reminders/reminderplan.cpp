#include "reminders/reminderplan.h"

#include "exchange/jsonwriter.h"

#include <QDateTime>

#include <algorithm>

namespace aftercare::reminders {

namespace {
constexpr qint64 microsPerHour = qint64(3600) * 1000000;
constexpr qint64 microsPerMinute = qint64(60) * 1000000;
} // namespace

schedule::PromptRecord toRecord(const storage::PromptEvent& e)
{
    return {e.sessionId, e.dueUtcMicros, e.kind, e.event, e.atUtcMicros};
}

storage::PromptEvent toEvent(const schedule::PromptRecord& r)
{
    storage::PromptEvent e;
    e.sessionId = r.sessionId;
    e.dueUtcMicros = r.dueUtcMicros;
    e.kind = r.kind;
    e.event = r.event;
    e.atUtcMicros = r.atUtcMicros;
    return e;
}

schedule::Settings loadSettings(const storage::Repository& repository)
{
    return schedule::settingsFromValues(
        [&](const QString& key) { return repository.setting(key).orEmpty(); });
}

namespace {
qint64 endOf(const storage::SessionSummary& summary)
{
    return summary.start.utcMicros + qint64(summary.durationMinutes) * microsPerMinute;
}

// The summaries of the sessions that may still get a prompt or advice at `now`.
QList<storage::SessionSummary> activeSummaries(const storage::Repository& repository,
                                               const schedule::Settings& settings, qint64 now)
{
    const qint64 horizon =
        settings.stopAfterHours * microsPerHour + settings.dailyIntervalMinutes * microsPerMinute;
    // Only sessions recent enough to be due: an indexed range, whatever the history.
    const qint64 earliestStart =
        now - horizon - qint64(limits::maxDurationMinutes) * microsPerMinute;
    QList<storage::SessionSummary> result =
        repository.sessionSummariesStartedSince(earliestStart).orEmpty();
    result.removeIf(
        [&](const storage::SessionSummary& summary) { return now - endOf(summary) > horizon; });
    return result;
}

QList<schedule::PromptRecord> recordsOf(const storage::Repository& repository,
                                        const QString& sessionId)
{
    QList<schedule::PromptRecord> records;
    for (const storage::PromptEvent& e : repository.promptEvents(sessionId).orEmpty())
        records << toRecord(e);
    return records;
}
} // namespace

QList<SessionState> loadActiveSessions(const storage::Repository& repository,
                                       const schedule::Settings& settings, qint64 now)
{
    QList<SessionState> result;
    for (const storage::SessionSummary& summary : activeSummaries(repository, settings, now)) {
        std::optional<Session> session = repository.session(summary.id).orEmpty();
        if (!session)
            continue;
        SessionState state;
        state.analysis = analysis::analyze(*session);
        state.records = recordsOf(repository, summary.id);
        state.session = std::move(*session);
        result << state;
    }
    return result;
}

schedule::Course courseFromSummary(const storage::SessionSummary& summary)
{
    schedule::Course course;
    course.sessionId = summary.id;
    course.endUtcMicros = endOf(summary);
    if (summary.lastCheckInAt)
        course.latestCheckInUtcMicros = summary.lastCheckInAt->utcMicros;
    course.status =
        analysis::statusFromId(summary.status).value_or(analysis::Status::InsufficientData);
    return course;
}

QList<CourseState> loadActiveCourses(const storage::Repository& repository,
                                     const schedule::Settings& settings, qint64 now)
{
    QList<CourseState> result;
    for (const storage::SessionSummary& summary : activeSummaries(repository, settings, now)) {
        // No status: a marked summary whose session could not be read (skipped, as
        // loadActiveSessions skips it).
        if (summary.status.isEmpty())
            continue;
        result << CourseState{summary, courseFromSummary(summary),
                              recordsOf(repository, summary.id)};
    }
    return result;
}

QList<schedule::Prompt> upcomingPrompts(const storage::Repository& repository, qint64 now,
                                        const QTimeZone& zone, int perSession)
{
    const schedule::Settings settings = loadSettings(repository);
    QList<schedule::Prompt> prompts;
    for (const CourseState& s : loadActiveCourses(repository, settings, now))
        prompts << schedule::upcomingPrompts(s.course, s.records, settings, now, zone, perSession);
    // RFC 3339 has four-digit years: a prompt of a session at the end of year 9999 that
    // falls due after it has no time to be written with (and will never come).
    prompts.removeIf([&zone](const schedule::Prompt& p) {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(p.dueUtcMicros / 1000, Qt::UTC);
        return utc.addSecs(zone.offsetFromUtc(utc)).date().year() > 9999 ||
               utc.date().year() > 9999;
    });
    std::stable_sort(prompts.begin(), prompts.end(), [](const auto& a, const auto& b) {
        return a.dueUtcMicros != b.dueUtcMicros ? a.dueUtcMicros < b.dueUtcMicros
                                                : a.sessionId < b.sessionId;
    });
    return prompts;
}

Timestamp localTimestamp(qint64 utcMicros, const QTimeZone& zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMicros / 1000, Qt::UTC);
    const qint64 wholeSeconds = utcMicros - utcMicros % 1000000;
    return Timestamp::fromUtcMicros(wholeSeconds, zone.offsetFromUtc(at));
}

QByteArray promptsJson(const QList<schedule::Prompt>& prompts, const QTimeZone& zone)
{
    using exchange::JsonWriter;
    QByteArray out;
    JsonWriter json(out);
    json.beginArray();
    for (const schedule::Prompt& p : prompts) {
        json.beginObject(JsonWriter::Layout::Inline);
        json.key("session").value(p.sessionId);
        json.key("due").value(localTimestamp(p.dueUtcMicros, zone).text);
        json.key("kind").value(schedule::kindId(p.kind));
        json.endObject();
    }
    json.finish();
    return out;
}

} // namespace aftercare::reminders
