#include "reminders/agentrunner.h"

#include "linux/terminationsignals.h"
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
    ReminderAgent agent(repository, *notifier, environment);

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
