// The health probe on a private session bus: server found and what it can do,
// agent running (bus name or lock file), recent deliveries and the next prompt.
#include "linux/wakeupservice.h"
#include "notifications/fakenotifier.h"
#include "reminderfixture.h"
#include "reminders/agentidentity.h"
#include "reminders/reminderhealth.h"

#include <QDBusConnectionInterface>
#include <QLockFile>
#include <QSignalSpy>

using namespace aftercare;
using namespace aftercare::testing;
using aftercare::reminders::ReminderHealth;

class TestReminderHealth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void serverAndCapabilities();
    void noServer();
    void agentSeenByItsBusName();
    void agentSeenByItsLockFile();
    void deliveriesAndNextPrompt();
    void wakeServiceSeenByItsBusName();

private:
    reminders::ReminderHealthReport probe(platform::Notifier& notifier);

    std::unique_ptr<Store> m_store;
    qint64 m_now = instant("2026-06-10T12:00:00Z");
};

void TestReminderHealth::init()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
}

// The report as the Settings page puts it together: all but the server at once, then the
// server's answer to queryServer.
reminders::ReminderHealthReport TestReminderHealth::probe(platform::Notifier& notifier)
{
    reminders::ReminderHealthReport report = ReminderHealth::probeWithoutServer(
        *m_store->repository, m_store->dir.path(), QString(), QDBusConnection::sessionBus(), m_now,
        QTimeZone(QByteArrayLiteral("UTC")));
    QSignalSpy answered(&notifier, &platform::Notifier::serverQueried);
    notifier.queryServer();
    if (!answered.wait(10000))
        qFatal("the notifier did not answer queryServer");
    ReminderHealth::addServer(report,
                              answered.at(0).at(0).value<platform::NotificationServerInfo>(),
                              answered.at(0).at(1).toStringList());
    return report;
}

void TestReminderHealth::serverAndCapabilities()
{
    platform::FakeNotifier notifier;
    notifier.setCapabilities({QStringLiteral("body")});
    const auto report = probe(notifier);
    QVERIFY(report.notificationServerFound);
    QCOMPARE(report.server.name, QStringLiteral("fake"));
    QCOMPARE(report.capabilities, QStringList{QStringLiteral("body")});
    QVERIFY(!report.actionsSupported);
}

void TestReminderHealth::noServer()
{
    platform::FakeNotifier notifier;
    notifier.setAvailable(false);
    const auto report = probe(notifier);
    QVERIFY(!report.notificationServerFound);
    QVERIFY(report.capabilities.isEmpty());
    QVERIFY(!report.actionsSupported);
}

void TestReminderHealth::agentSeenByItsBusName()
{
    platform::FakeNotifier notifier;
    QVERIFY(!probe(notifier).agentRunning);
    const QString name = reminders::agentBusName(m_store->dir.path(), QString());
    QVERIFY(QDBusConnection::sessionBus().registerService(name));
    auto report = probe(notifier);
    QVERIFY(report.agentRunning);
    QCOMPARE(report.agentBusName, name);
    QVERIFY(QDBusConnection::sessionBus().unregisterService(name));
    QVERIFY(!probe(notifier).agentRunning);
}

void TestReminderHealth::agentSeenByItsLockFile()
{
    platform::FakeNotifier notifier;
    QLockFile lock(reminders::agentLockFilePath(m_store->dir.path()));
    QVERIFY(lock.tryLock(0));
    // QLockFile is per process: a probe in the same process can take it again
    // only if it is not held, so it sees this one as held.
    const auto report = probe(notifier);
    QVERIFY(report.agentRunning);
    QCOMPARE(report.agentPid, QCoreApplication::applicationPid());
    lock.unlock();
    QVERIFY(!probe(notifier).agentRunning);
}

void TestReminderHealth::deliveriesAndNextPrompt()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - 90 * minute));
    for (const qint64 due : {m_now - 80 * minute, m_now - 30 * minute}) {
        storage::PromptEvent e;
        e.sessionId = QStringLiteral("s1");
        e.dueUtcMicros = due;
        e.kind = QStringLiteral("hourly");
        e.event = QStringLiteral("delivered");
        e.atUtcMicros = due;
        QCOMPARE(m_store->repository->recordPromptEvent(e).message, QString());
    }
    platform::FakeNotifier notifier;
    const auto report = probe(notifier);
    QCOMPARE(report.recentDeliveries.size(), 2);
    QCOMPARE(report.recentDeliveries.first().dueUtcMicros, m_now - 30 * minute); // newest first
    QVERIFY(report.nextPrompt);
    QCOMPARE(report.nextPrompt->sessionId, QStringLiteral("s1"));
    QCOMPARE(report.nextPrompt->dueUtcMicros, m_now + 30 * minute);
}

// Settings says whether the device is woken for reminders: Plasma's power
// management owns its name on the session bus, or nothing does.
void TestReminderHealth::wakeServiceSeenByItsBusName()
{
    platform::FakeNotifier notifier;
    QVERIFY(!probe(notifier).wakeServiceFound);
    QDBusConnection other =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("powerdevil"));
    QVERIFY(other.registerService(platform::WakeupService::serviceName()));
    QVERIFY(probe(notifier).wakeServiceFound);
    QVERIFY(other.unregisterService(platform::WakeupService::serviceName()));
    QDBusConnection::disconnectFromBus(QStringLiteral("powerdevil"));
    QVERIFY(!probe(notifier).wakeServiceFound);
}

QTEST_GUILESS_MAIN(TestReminderHealth)
#include "tst_reminderhealth.moc"
