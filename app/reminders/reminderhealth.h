#pragma once
// Whether reminders can work on this device, for the app's Settings page:
// is there a notification server (and what can it do), does an agent run for
// this data folder, what was delivered lately and what comes next.

#include "notifications/notifier.h"
#include "schedule/schedule.h"
#include "storage/repository.h"

#include <QDBusConnection>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace aftercare::reminders {

struct ReminderHealthReport
{
    bool notificationServerFound = false;
    platform::NotificationServerInfo server; // name, vendor, version, spec version
    QStringList capabilities;
    bool actionsSupported = false; // false: prompts say "Open Aftercare to log how you feel"

    bool agentRunning = false; // its bus name is owned, or its lock file is held
    QString agentBusName;
    qint64 agentPid = 0; // from the lock file, 0 when unknown

    // A wake-up service (Plasma's power management) runs: the device is woken for
    // each prompt. Without one a phone that sleeps shows it when next woken.
    bool wakeServiceFound = false;

    QList<storage::PromptEvent> recentDeliveries; // "delivered" events, newest first
    std::optional<schedule::Prompt> nextPrompt;   // across all sessions
};

class ReminderHealth
{
public:
    // All but the notification server, whose part Notifier::queryServer answers later
    // (a server that hangs must not hang the caller). `defaultDataDir` decides the
    // agent's bus name (see agentBusName).
    static ReminderHealthReport probeWithoutServer(const storage::Repository& repository,
                                                   const QString& dataDir,
                                                   const QString& defaultDataDir,
                                                   const QDBusConnection& bus, qint64 nowUtcMicros,
                                                   const QTimeZone& zone, int recentLimit = 5);
    // Fills in the server's part from what Notifier::serverQueried reported.
    static void addServer(ReminderHealthReport& report,
                          const platform::NotificationServerInfo& info,
                          const QStringList& capabilities);
};

} // namespace aftercare::reminders
