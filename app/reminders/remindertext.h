#pragma once
// What a reminder notification says and offers.

#include "analysis/analysis.h"
#include "model/session.h"
#include "notifications/notifier.h"
#include "schedule/schedule.h"

namespace aftercare::reminders {

// Action keys of a check-in prompt.
namespace action {
inline constexpr char logNow[] = "default"; // "Log now": activating the notification
inline constexpr char noSoreness[] = "no-soreness";
inline constexpr char snooze[] = "snooze"; // the snooze setting's length
inline constexpr char snooze15[] = "snooze-15";
inline constexpr char snooze30[] = "snooze-30";
inline constexpr char snooze60[] = "snooze-60";
} // namespace action

// "Deep tissue massage, 5 hours ago." and the like; `now` decides the hours.
QString promptBody(const Session& session, qint64 nowUtcMicros);
QString promptTitle();

// A check-in prompt: "Log now", "No soreness", "Snooze N min". Notifying again
// for the same session replaces the one still shown.
platform::Notification promptNotification(const Session& session, const schedule::Prompt& prompt,
                                          int snoozeMinutes, qint64 nowUtcMicros);
// The emergency advice shown instead of prompts.
platform::Notification adviceNotification(const Session& session);

} // namespace aftercare::reminders
