#pragma once
// When to prompt a check-in: pure, the clock passed in.
//
// Instants are microseconds since the epoch (UTC) throughout; quiet hours are
// evaluated in the time zone passed in (the device's current zone).
//
// The taper (defaults): one prompt every hour from 1 h after the session end to
// 24 h, then every 4 h to 72 h, then once a day to day 7. Each step is taken
// from the previous prompt with the interval of the phase that prompt is in, so
// a check-in resets the next prompt to one interval after the check-in. A
// prompt that falls into quiet hours is not shown; one catch-up prompt comes
// when the quiet hours end. A snooze moves the next prompt to the snooze end.
// No prompts for a session whose analysis is `emergency` (the advice is shown
// instead, see pendingAdvice) or `resolved` with a check-in at ≥ 24 h, after
// the last daily prompt, or when reminders are off.

#include "analysis/analysis.h"
#include "model/session.h"
#include "schedule/settings.h"

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace aftercare::schedule {

enum class Kind
{
    Hourly,     // "hourly"
    FourHourly, // "four-hourly" (the taper phase, whatever its interval)
    Daily,      // "daily"
    CatchUp,    // "catch-up": when quiet hours end, for prompts that fell inside
    Snoozed,    // "snoozed": the end of a snooze
    Advice      // "advice": an emergency status shown once instead of prompts
};

QString kindId(Kind kind);
std::optional<Kind> kindFromId(const QString& id);

struct Prompt
{
    QString sessionId;
    qint64 dueUtcMicros = 0;
    Kind kind = Kind::Hourly;

    friend bool operator==(const Prompt&, const Prompt&) = default;
};

// What happened to earlier prompts of a session, as stored by the agent
// (storage::PromptEvent carries the same fields).
//   "delivered":   the prompt due at `dueUtcMicros` was shown
//   "dismissed", "log-now", "no-soreness":  the user answered that prompt
//   "snoozed":     the user pressed Snooze at `atUtcMicros`; `dueUtcMicros`
//                  is when the snooze ends (the next prompt), kind "snoozed"
// A prompt counts as handled once any event other than "snoozed" names its
// due instant (or a later one).
struct PromptRecord
{
    QString sessionId;
    qint64 dueUtcMicros = 0;
    QString kind;
    QString event;
    qint64 atUtcMicros = 0;
};

namespace event {
inline constexpr char delivered[] = "delivered";
inline constexpr char snoozed[] = "snoozed";
inline constexpr char logNow[] = "log-now";
inline constexpr char noSoreness[] = "no-soreness";
inline constexpr char dismissed[] = "dismissed";
} // namespace event

// What the schedule needs of a session: when it ended, its latest check-in and its
// analysis status. A stored session summary has them without its check-ins.
struct Course
{
    QString sessionId;
    qint64 endUtcMicros = 0;
    std::optional<qint64> latestCheckInUtcMicros;
    analysis::Status status = analysis::Status::InsufficientData;

    friend bool operator==(const Course&, const Course&) = default;
};

Course courseOf(const Session& session, const analysis::Result& analysis);

// Whether the session gets no more prompts at `nowUtcMicros` (emergency,
// resolved after 24 h, reminders off, or past the last daily prompt and its
// grace period). Pure.
bool isFinished(const Course& course, const Settings& settings, qint64 nowUtcMicros);
bool isFinished(const Session& session, const analysis::Result& analysis, const Settings& settings,
                qint64 nowUtcMicros);

// The prompt to show next. Its due instant may be in the past: a prompt that
// came due while nothing could show it (the agent was stopped) and has not been
// delivered is due now, once; older missed prompts collapse into it. It is
// dropped when the next one comes due, or one interval after it when it was
// the last. A missed prompt is never shown during quiet hours: it becomes the
// catch-up prompt at their end. Records of other sessions are ignored.
std::optional<Prompt> nextPrompt(const Session& session, const analysis::Result& analysis,
                                 const QList<PromptRecord>& records, const Settings& settings,
                                 qint64 nowUtcMicros, const QTimeZone& zone);

// nextPrompt and up to `limit` in all of the ones after it, as they stand
// now (no check-ins assumed), earliest first.
QList<Prompt> upcomingPrompts(const Course& course, const QList<PromptRecord>& records,
                              const Settings& settings, qint64 nowUtcMicros, const QTimeZone& zone,
                              int limit);
QList<Prompt> upcomingPrompts(const Session& session, const analysis::Result& analysis,
                              const QList<PromptRecord>& records, const Settings& settings,
                              qint64 nowUtcMicros, const QTimeZone& zone, int limit);

// For an `emergency` session: the advice notification to show once, due at the
// check-in that raised it, while that check-in is less than 24 h old and no
// "advice" record names it (or a later one).
std::optional<Prompt> pendingAdvice(const Session& session, const analysis::Result& analysis,
                                    const QList<PromptRecord>& records, qint64 nowUtcMicros);

// The record of a snooze pressed at `nowUtcMicros` for `minutes` (15, 30, 60).
PromptRecord snoozeRecord(const QString& sessionId, qint64 nowUtcMicros, int minutes);

} // namespace aftercare::schedule
