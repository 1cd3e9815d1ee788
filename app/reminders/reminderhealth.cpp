#include "reminders/reminderhealth.h"

#include "linux/wakeupservice.h"
#include "reminders/agentidentity.h"
#include "reminders/reminderplan.h"

#include <QDBusConnectionInterface>
#include <QLockFile>

namespace aftercare::reminders {

void ReminderHealth::addServer(ReminderHealthReport& report,
                               const platform::NotificationServerInfo& info,
                               const QStringList& capabilities)
{
    report.server = info;
    report.notificationServerFound = info.isValid();
    report.capabilities = report.notificationServerFound ? capabilities : QStringList();
    report.actionsSupported = report.capabilities.contains(QLatin1String("actions"));
}

ReminderHealthReport ReminderHealth::probeWithoutServer(const storage::Repository& repository,
                                                        const QString& dataDir,
                                                        const QString& defaultDataDir,
                                                        const QDBusConnection& bus, qint64 now,
                                                        const QTimeZone& zone, int recentLimit)
{
    ReminderHealthReport report;
    report.agentBusName = agentBusName(dataDir, defaultDataDir);
    if (bus.isConnected() && bus.interface())
        report.agentRunning = bus.interface()->isServiceRegistered(report.agentBusName);
    report.wakeServiceFound = platform::WakeupService::isAvailable(bus);
    // The lock file tells about an agent without a session bus, and its pid.
    QLockFile lock(agentLockFilePath(dataDir));
    qint64 pid = 0;
    QString host, application;
    if (lock.getLockInfo(&pid, &host, &application)) {
        if (lock.tryLock(0)) {
            lock.unlock(); // nobody held it: a stale file
        } else {
            report.agentPid = pid;
            report.agentRunning = true;
        }
    }

    report.recentDeliveries =
        repository.latestPromptEvents(QString::fromLatin1(schedule::event::delivered), recentLimit)
            .orEmpty();

    const QList<schedule::Prompt> upcoming = upcomingPrompts(repository, now, zone, 1);
    if (!upcoming.isEmpty())
        report.nextPrompt = upcoming.first();
    return report;
}

} // namespace aftercare::reminders
