#pragma once
// Reminder settings: the taper, quiet hours and snooze, with their defaults and
// the key-value form in which the app, the command line and the agent share them.

#include <QString>
#include <QStringList>
#include <QTime>

#include <functional>

namespace aftercare::schedule {

struct Settings
{
    bool enabled = true;

    // The taper. The first prompt comes `firstPromptMinutes` after the session
    // end; then one prompt every `hourlyIntervalMinutes` until `hourlyUntilHours`
    // after the end, every `taperIntervalMinutes` until `taperUntilHours`, and
    // every `dailyIntervalMinutes` until `stopAfterHours` (day 7).
    int firstPromptMinutes = 60;
    int hourlyIntervalMinutes = 60;
    int hourlyUntilHours = 24;
    int taperIntervalMinutes = 240;
    int taperUntilHours = 72;
    int dailyIntervalMinutes = 24 * 60;
    int stopAfterHours = 7 * 24;

    // Quiet hours, local wall-clock time of the device's current zone. A window
    // whose start is later than its end runs across midnight. Equal start and
    // end means no quiet hours.
    bool quietHoursEnabled = true;
    QTime quietStart = QTime(22, 0);
    QTime quietEnd = QTime(8, 0);

    // What the notification's "Snooze" does: 15, 30 or 60 minutes.
    int snoozeMinutes = 30;

    bool hasQuietHours() const { return quietHoursEnabled && quietStart != quietEnd; }

    friend bool operator==(const Settings&, const Settings&) = default;
};

// Keys under which the settings are stored (Repository::setting).
namespace keys {
inline constexpr char enabled[] = "reminders.enabled";
inline constexpr char firstPromptMinutes[] = "reminders.firstPromptMinutes";
inline constexpr char hourlyIntervalMinutes[] = "reminders.hourlyIntervalMinutes";
inline constexpr char hourlyUntilHours[] = "reminders.hourlyUntilHours";
inline constexpr char taperIntervalMinutes[] = "reminders.taperIntervalMinutes";
inline constexpr char taperUntilHours[] = "reminders.taperUntilHours";
inline constexpr char dailyIntervalMinutes[] = "reminders.dailyIntervalMinutes";
inline constexpr char stopAfterHours[] = "reminders.stopAfterHours";
inline constexpr char quietHoursEnabled[] = "reminders.quietHours.enabled";
inline constexpr char quietStart[] = "reminders.quietHours.start"; // "HH:mm"
inline constexpr char quietEnd[] = "reminders.quietHours.end";     // "HH:mm"
inline constexpr char snoozeMinutes[] = "reminders.snoozeMinutes";
} // namespace keys

// Every key above, for callers that read them all.
QStringList settingKeys();

// The settings from stored values: `value(key)` returns the stored text or an
// empty string. Missing or invalid values (out of range, not a number, a time
// that is not HH:mm, a snooze other than 15/30/60) keep their default, and the
// taper stays ordered (hourly ≤ taper ≤ stop). Pure.
Settings settingsFromValues(const std::function<QString(const QString& key)>& value);

// The stored text of each setting, the inverse of settingsFromValues.
QList<std::pair<QString, QString>> settingsToValues(const Settings& settings);

} // namespace aftercare::schedule
