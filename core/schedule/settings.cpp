#include "schedule/settings.h"

namespace aftercare::schedule {

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

// A whole number in [low, high], or the fallback.
int readInt(const QString& text, int low, int high, int fallback)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

bool readBool(const QString& text, bool fallback)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return fallback;
}

QTime readTime(const QString& text, QTime fallback)
{
    const QTime time = QTime::fromString(text.trimmed(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : fallback;
}

} // namespace

QStringList settingKeys()
{
    return {key(keys::enabled),
            key(keys::firstPromptMinutes),
            key(keys::hourlyIntervalMinutes),
            key(keys::hourlyUntilHours),
            key(keys::taperIntervalMinutes),
            key(keys::taperUntilHours),
            key(keys::dailyIntervalMinutes),
            key(keys::stopAfterHours),
            key(keys::quietHoursEnabled),
            key(keys::quietStart),
            key(keys::quietEnd),
            key(keys::snoozeMinutes)};
}

Settings settingsFromValues(const std::function<QString(const QString& key)>& value)
{
    const Settings defaults;
    Settings s;
    const auto get = [&](const char* name) { return value(key(name)); };

    s.enabled = readBool(get(keys::enabled), defaults.enabled);
    s.firstPromptMinutes =
        readInt(get(keys::firstPromptMinutes), 1, 24 * 60, defaults.firstPromptMinutes);
    s.hourlyIntervalMinutes =
        readInt(get(keys::hourlyIntervalMinutes), 15, 24 * 60, defaults.hourlyIntervalMinutes);
    s.hourlyUntilHours =
        readInt(get(keys::hourlyUntilHours), 0, 14 * 24, defaults.hourlyUntilHours);
    s.taperIntervalMinutes =
        readInt(get(keys::taperIntervalMinutes), 15, 24 * 60, defaults.taperIntervalMinutes);
    s.taperUntilHours = readInt(get(keys::taperUntilHours), 0, 14 * 24, defaults.taperUntilHours);
    s.dailyIntervalMinutes =
        readInt(get(keys::dailyIntervalMinutes), 60, 7 * 24 * 60, defaults.dailyIntervalMinutes);
    s.stopAfterHours = readInt(get(keys::stopAfterHours), 1, 14 * 24, defaults.stopAfterHours);
    s.quietHoursEnabled = readBool(get(keys::quietHoursEnabled), defaults.quietHoursEnabled);
    s.quietStart = readTime(get(keys::quietStart), defaults.quietStart);
    s.quietEnd = readTime(get(keys::quietEnd), defaults.quietEnd);
    const int snooze = readInt(get(keys::snoozeMinutes), 15, 60, defaults.snoozeMinutes);
    s.snoozeMinutes =
        (snooze == 15 || snooze == 30 || snooze == 60) ? snooze : defaults.snoozeMinutes;

    // Keep the phases in order; an unordered taper falls back to the defaults.
    if (!(s.hourlyUntilHours <= s.taperUntilHours && s.taperUntilHours <= s.stopAfterHours)) {
        s.hourlyUntilHours = defaults.hourlyUntilHours;
        s.taperUntilHours = defaults.taperUntilHours;
        s.stopAfterHours = defaults.stopAfterHours;
    }
    return s;
}

QList<std::pair<QString, QString>> settingsToValues(const Settings& s)
{
    const auto boolText = [](bool b) {
        return b ? QStringLiteral("true") : QStringLiteral("false");
    };
    const auto timeText = [](QTime t) { return t.toString(QStringLiteral("HH:mm")); };
    return {{key(keys::enabled), boolText(s.enabled)},
            {key(keys::firstPromptMinutes), QString::number(s.firstPromptMinutes)},
            {key(keys::hourlyIntervalMinutes), QString::number(s.hourlyIntervalMinutes)},
            {key(keys::hourlyUntilHours), QString::number(s.hourlyUntilHours)},
            {key(keys::taperIntervalMinutes), QString::number(s.taperIntervalMinutes)},
            {key(keys::taperUntilHours), QString::number(s.taperUntilHours)},
            {key(keys::dailyIntervalMinutes), QString::number(s.dailyIntervalMinutes)},
            {key(keys::stopAfterHours), QString::number(s.stopAfterHours)},
            {key(keys::quietHoursEnabled), boolText(s.quietHoursEnabled)},
            {key(keys::quietStart), timeText(s.quietStart)},
            {key(keys::quietEnd), timeText(s.quietEnd)},
            {key(keys::snoozeMinutes), QString::number(s.snoozeMinutes)}};
}

} // namespace aftercare::schedule
