#include "reminders/agentrunner.h"

#include "linux/systemwatch.h"
#include "linux/terminationsignals.h"
#include "linux/wakeupservice.h"
#include "linux/wallclockalarm.h"
#include "notifications/notifier.h"
#include "reminders/agentidentity.h"
#include "reminders/reminderagent.h"
#include "reminders/reminderplan.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QLockFile>

namespace aftercare::reminders {

AgentResult runAgent(const QString& dataDir, const QString& defaultDataDir)
{
    storage::Database database;
    const storage::OpenResult opened = database.open(dataDir);
    if (!opened.ok())
        return {AgentOutcome::DatabaseUnusable, opened.message};

    QLockFile lock(agentLockFilePath(dataDir));
    lock.setStaleLockTime(0); // only a dead owner makes it stale
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        lock.getLockInfo(&pid, &host, &application);
        return {AgentOutcome::AlreadyRunning,
                QStringLiteral("a reminder agent already runs for %1 (process %2)")
                    .arg(dataDir)
                    .arg(pid)};
    }

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return {AgentOutcome::NoSessionBus,
                QStringLiteral("no D-Bus session bus: %1").arg(bus.lastError().message())};
    const QString busName = agentBusName(dataDir, defaultDataDir);
    if (!bus.registerService(busName))
        return {AgentOutcome::AlreadyRunning,
                QStringLiteral("a reminder agent already owns %1").arg(busName)};

    storage::Repository repository(database);
    std::unique_ptr<platform::Notifier> notifier = platform::createNotifier();
    AgentEnvironment environment;
    environment.dataDir = dataDir;
    environment.program = qEnvironmentVariable("AFTERCARE_REMINDERS_LAUNCHER",
                                               QCoreApplication::applicationFilePath());
    platform::WallClockAlarm alarm;
    if (alarm.isValid())
        environment.alarm = &alarm;
    // Plasma Mobile's power management wakes the phone for the next prompt where it runs.
    platform::WakeupService wakeup(bus, busName);
    environment.wakeup = &wakeup;
    ReminderAgent agent(repository, *notifier, environment);

    // Resume and zone changes from the system bus; without one (a container) the
    // wall-clock alarm and the coarse re-check still catch up.
    platform::SystemWatch system(QDBusConnection::systemBus());
    QObject::connect(&system, &platform::SystemWatch::resumed, &agent, &ReminderAgent::resumed);
    QObject::connect(&system, &platform::SystemWatch::timeZoneChanged, &agent,
                     &ReminderAgent::timeZoneChanged);
    if (!system.isConnected())
        qInfo().noquote() << QStringLiteral("reminders: no system bus; resume and time-zone "
                                            "changes are noticed by the clock alone");

    platform::TerminationSignals termination;
    QObject::connect(&termination, &platform::TerminationSignals::received,
                     QCoreApplication::instance(), [](int) { QCoreApplication::exit(0); });

    qInfo().noquote() << QStringLiteral("reminders: watching %1 (%2)").arg(dataDir, busName);
    agent.start();
    QCoreApplication::exec();

    bus.unregisterService(busName);
    qInfo().noquote() << QStringLiteral("reminders: stopped");
    return {AgentOutcome::Stopped, {}};
}

QByteArray listUpcoming(const QString& dataDir, storage::OpenResult* problem)
{
    storage::Database database;
    *problem = database.open(dataDir, storage::Access::ReadOnly);
    if (!problem->ok())
        return {};
    storage::Repository repository(database);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
    return promptsJson(upcomingPrompts(repository, now, zone, 10), zone);
}

} // namespace aftercare::reminders
