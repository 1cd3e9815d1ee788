#include "reminders/reminderplan.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

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
        [&](const QString& key) { return repository.setting(key); });
}

QList<SessionState> loadActiveSessions(const storage::Repository& repository,
                                       const schedule::Settings& settings, qint64 now)
{
    const qint64 horizon =
        settings.stopAfterHours * microsPerHour + settings.dailyIntervalMinutes * microsPerMinute;
    QList<SessionState> result;
    // Only sessions recent enough to be due: an indexed range, whatever the history.
    const qint64 earliestStart =
        now - horizon - qint64(limits::maxDurationMinutes) * microsPerMinute;
    for (const storage::SessionSummary& summary :
         repository.sessionSummariesStartedSince(earliestStart)) {
        const qint64 end =
            summary.start.utcMicros + qint64(summary.durationMinutes) * microsPerMinute;
        if (now - end > horizon)
            continue;
        std::optional<Session> session = repository.session(summary.id);
        if (!session)
            continue;
        SessionState state;
        state.analysis = analysis::analyze(*session);
        for (const storage::PromptEvent& e : repository.promptEvents(summary.id))
            state.records << toRecord(e);
        state.session = std::move(*session);
        result << state;
    }
    return result;
}

QList<schedule::Prompt> upcomingPrompts(const storage::Repository& repository, qint64 now,
                                        const QTimeZone& zone, int perSession)
{
    const schedule::Settings settings = loadSettings(repository);
    QList<schedule::Prompt> prompts;
    for (const SessionState& s : loadActiveSessions(repository, settings, now))
        prompts << schedule::upcomingPrompts(s.session, s.analysis, s.records, settings, now, zone,
                                             perSession);
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
    // Written by hand to keep the members in the documented order.
    const auto quoted = [](const QString& text) {
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2); // without [ ]
    };
    QByteArray out = "[";
    for (qsizetype i = 0; i < prompts.size(); ++i) {
        const schedule::Prompt& p = prompts.at(i);
        out += i == 0 ? "\n  " : ",\n  ";
        out += "{\"session\": " + quoted(p.sessionId) +
               ", \"due\": " + quoted(localTimestamp(p.dueUtcMicros, zone).text) +
               ", \"kind\": " + quoted(schedule::kindId(p.kind)) + "}";
    }
    out += prompts.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

} // namespace aftercare::reminders
