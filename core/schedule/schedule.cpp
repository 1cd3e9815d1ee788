#include "schedule/schedule.h"

#include "schedule/quiethours.h"

#include <algorithm>
#include <limits>

namespace aftercare::schedule {

namespace {

constexpr qint64 microsPerMinute = qint64(60) * 1000000;
constexpr qint64 microsPerHour = 60 * microsPerMinute;
constexpr qint64 none = std::numeric_limits<qint64>::min();

// One prompt of the plan, with how long it stays worth showing when it was
// missed and nothing follows it.
struct Slot
{
    qint64 due = 0;
    Kind kind = Kind::Hourly;
    qint64 graceMicros = 0;
};

// The phase a prompt at `at` is in, and the step to the one after it.
struct Phase
{
    Kind kind;
    qint64 stepMicros;
};

Phase phaseAt(qint64 endMicros, qint64 at, const Settings& s)
{
    const qint64 sinceEnd = at - endMicros;
    if (sinceEnd < s.hourlyUntilHours * microsPerHour)
        return {Kind::Hourly, s.hourlyIntervalMinutes * microsPerMinute};
    if (sinceEnd < s.taperUntilHours * microsPerHour)
        return {Kind::FourHourly, s.taperIntervalMinutes * microsPerMinute};
    return {Kind::Daily, s.dailyIntervalMinutes * microsPerMinute};
}

// The latest check-in, `none` without one.
qint64 latestCheckIn(const Course& course)
{
    return course.latestCheckInUtcMicros.value_or(none);
}

struct History
{
    qint64 handledUpTo = none;       // latest due instant named by a non-snooze record
    std::optional<qint64> snoozeEnd; // a snooze still to come
};

History historyFor(const QString& sessionId, const QList<PromptRecord>& records, qint64 anchor)
{
    History h;
    const PromptRecord* lastSnooze = nullptr;
    for (const PromptRecord& r : records) {
        if (r.sessionId != sessionId || r.kind == kindId(Kind::Advice))
            continue;
        if (r.event == QLatin1String(event::snoozed)) {
            if (!lastSnooze || r.atUtcMicros >= lastSnooze->atUtcMicros)
                lastSnooze = &r;
        } else {
            h.handledUpTo = std::max(h.handledUpTo, r.dueUtcMicros);
        }
    }
    // A check-in after the snooze cancels it; a delivered snooze is done.
    if (lastSnooze && lastSnooze->atUtcMicros >= anchor && lastSnooze->dueUtcMicros > h.handledUpTo)
        h.snoozeEnd = lastSnooze->dueUtcMicros;
    return h;
}

// Every prompt still to show for the session from its current state, in time
// order, quiet hours applied. Past ones are included (the caller picks).
QList<Slot> plan(const Course& course, const QList<PromptRecord>& records, const Settings& s,
                 const QTimeZone& zone)
{
    const qint64 end = course.endUtcMicros;
    const qint64 stop = end + s.stopAfterHours * microsPerHour;
    // A check-in before the end counts as the end.
    const qint64 anchor = std::max(end, latestCheckIn(course));
    const History history = historyFor(course.sessionId, records, anchor);
    const QuietHours quiet{s.quietStart, s.quietEnd};
    const bool useQuiet = s.hasQuietHours();

    QList<Slot> planned;
    qint64 floor = history.handledUpTo; // nothing at or before this is shown again

    if (history.snoozeEnd) {
        const qint64 due = *history.snoozeEnd;
        const qint64 grace = phaseAt(end, due, s).stepMicros;
        if (useQuiet && quiet.contains(due, zone))
            planned << Slot{quiet.endAfter(due, zone), Kind::CatchUp, grace};
        else
            planned << Slot{due, Kind::Snoozed, grace};
        floor = std::max(floor, planned.last().due);
    }

    // The first grid point: one first-prompt offset after the end, or one
    // interval after the latest check-in. A prompt's kind names the phase of
    // the step that led to it: the prompt at 24 h is the last hourly one, the
    // one at 28 h the first four-hourly one.
    Phase step = anchor > end ? phaseAt(end, anchor, s)
                              : Phase{Kind::Hourly, s.firstPromptMinutes * microsPerMinute};
    qint64 at = anchor + step.stepMicros;
    const auto advance = [&] {
        step = phaseAt(end, at, s);
        at += step.stepMicros;
    };
    while (at <= stop) {
        if (at <= floor) {
            advance();
            continue;
        }
        if (useQuiet && quiet.contains(at, zone)) {
            const qint64 quietEnd = quiet.endAfter(at, zone);
            if (quietEnd > floor) {
                planned << Slot{quietEnd, Kind::CatchUp, phaseAt(end, quietEnd, s).stepMicros};
                floor = quietEnd;
            }
            while (at <= quietEnd)
                advance();
            continue;
        }
        planned << Slot{at, step.kind, phaseAt(end, at, s).stepMicros};
        floor = at;
        advance();
    }
    return planned;
}

// The prompt to show next at `now` (a missed one moved to the end of the
// current quiet hours); `nextIndex` receives the index of the slot after it.
std::optional<Prompt> pick(const QString& sessionId, const QList<Slot>& planned, const Settings& s,
                           qint64 now, const QTimeZone& zone, int* nextIndex)
{
    int latestDue = -1;
    for (int i = 0; i < planned.size() && planned.at(i).due <= now; ++i)
        latestDue = i;
    if (latestDue < 0) {
        if (planned.isEmpty())
            return std::nullopt;
        *nextIndex = 1;
        return Prompt{sessionId, planned.first().due, planned.first().kind};
    }
    const Slot& missed = planned.at(latestDue);
    const bool hasFollowing = latestDue + 1 < planned.size();
    if (!hasFollowing && now >= missed.due + missed.graceMicros)
        return std::nullopt; // the last one, too old to matter
    const QuietHours quiet{s.quietStart, s.quietEnd};
    if (s.hasQuietHours() && quiet.contains(now, zone)) {
        // Never now: it waits for the end of the quiet hours as a catch-up,
        // unless the plan already has a prompt by then.
        const qint64 quietEnd = quiet.endAfter(now, zone);
        if (hasFollowing && planned.at(latestDue + 1).due <= quietEnd) {
            *nextIndex = latestDue + 2;
            const Slot& following = planned.at(latestDue + 1);
            return Prompt{sessionId, following.due, following.kind};
        }
        *nextIndex = latestDue + 1;
        return Prompt{sessionId, quietEnd, Kind::CatchUp};
    }
    *nextIndex = latestDue + 1;
    return Prompt{sessionId, missed.due, missed.kind};
}

} // namespace

QString kindId(Kind kind)
{
    switch (kind) {
    case Kind::Hourly:
        return QStringLiteral("hourly");
    case Kind::FourHourly:
        return QStringLiteral("four-hourly");
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::CatchUp:
        return QStringLiteral("catch-up");
    case Kind::Snoozed:
        return QStringLiteral("snoozed");
    case Kind::Advice:
        return QStringLiteral("advice");
    }
    return {};
}

std::optional<Kind> kindFromId(const QString& id)
{
    for (const Kind k : {Kind::Hourly, Kind::FourHourly, Kind::Daily, Kind::CatchUp, Kind::Snoozed,
                         Kind::Advice}) {
        if (kindId(k) == id)
            return k;
    }
    return std::nullopt;
}

Course courseOf(const Session& session, const analysis::Result& analysis)
{
    Course course{session.id, session.endUtcMicros(), std::nullopt, analysis.status};
    for (const CheckIn& checkIn : session.checkIns)
        course.latestCheckInUtcMicros =
            std::max(course.latestCheckInUtcMicros.value_or(none), checkIn.at.utcMicros);
    return course;
}

bool isFinished(const Session& session, const analysis::Result& analysis, const Settings& s,
                qint64 now)
{
    return isFinished(courseOf(session, analysis), s, now);
}

bool isFinished(const Course& course, const Settings& s, qint64 now)
{
    if (!s.enabled)
        return true;
    if (course.status == analysis::Status::Emergency)
        return true;
    const qint64 end = course.endUtcMicros;
    const qint64 latest = latestCheckIn(course);
    if (course.status == analysis::Status::Resolved && latest != none &&
        latest - end >= 24 * microsPerHour)
        return true;
    // After the last daily prompt and the day it stays worth showing.
    const qint64 stop = end + s.stopAfterHours * microsPerHour;
    return now >= stop + s.dailyIntervalMinutes * microsPerMinute;
}

std::optional<Prompt> nextPrompt(const Session& session, const analysis::Result& analysis,
                                 const QList<PromptRecord>& records, const Settings& settings,
                                 qint64 now, const QTimeZone& zone)
{
    const QList<Prompt> prompts =
        upcomingPrompts(session, analysis, records, settings, now, zone, 1);
    if (prompts.isEmpty())
        return std::nullopt;
    return prompts.first();
}

QList<Prompt> upcomingPrompts(const Session& session, const analysis::Result& analysis,
                              const QList<PromptRecord>& records, const Settings& settings,
                              qint64 now, const QTimeZone& zone, int limit)
{
    return upcomingPrompts(courseOf(session, analysis), records, settings, now, zone, limit);
}

QList<Prompt> upcomingPrompts(const Course& course, const QList<PromptRecord>& records,
                              const Settings& settings, qint64 now, const QTimeZone& zone,
                              int limit)
{
    QList<Prompt> result;
    if (limit <= 0 || isFinished(course, settings, now))
        return result;
    const QList<Slot> planned = plan(course, records, settings, zone);
    int next = 0;
    const std::optional<Prompt> first = pick(course.sessionId, planned, settings, now, zone, &next);
    if (!first)
        return result;
    result << *first;
    for (int i = next; i < planned.size() && result.size() < limit; ++i) {
        if (planned.at(i).due > first->dueUtcMicros)
            result << Prompt{course.sessionId, planned.at(i).due, planned.at(i).kind};
    }
    return result;
}

std::optional<Prompt> pendingAdvice(const Session& session, const analysis::Result& analysis,
                                    const QList<PromptRecord>& records, qint64 now)
{
    if (analysis.status != analysis::Status::Emergency)
        return std::nullopt;
    // The latest emergency flag: each code is raised once, at its first check-in; one from a
    // screening answer has no time and counts from the session's end.
    qint64 raisedAt = none;
    for (const analysis::Flag& flag : analysis.flags) {
        if (flag.severity == analysis::Severity::Emergency)
            raisedAt =
                std::max(raisedAt, analysis::isScreeningFlag(flag.code) ? session.endUtcMicros()
                                                                        : flag.at.utcMicros);
    }
    if (raisedAt == none || now - raisedAt >= 24 * microsPerHour)
        return std::nullopt;
    for (const PromptRecord& r : records) {
        if (r.sessionId == session.id && r.kind == kindId(Kind::Advice) &&
            r.dueUtcMicros >= raisedAt)
            return std::nullopt;
    }
    return Prompt{session.id, raisedAt, Kind::Advice};
}

PromptRecord snoozeRecord(const QString& sessionId, qint64 now, int minutes)
{
    PromptRecord r;
    r.sessionId = sessionId;
    r.dueUtcMicros = now + minutes * microsPerMinute;
    r.kind = kindId(Kind::Snoozed);
    r.event = QString::fromLatin1(event::snoozed);
    r.atUtcMicros = now;
    return r;
}

} // namespace aftercare::schedule
