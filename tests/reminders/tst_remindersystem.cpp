// The reminder agent against the system around it: a fake logind and a fake
// timedated on a private system bus (a second dbus-daemon started here, its
// address in DBUS_SYSTEM_BUS_ADDRESS), a real notification server (dunst) on the
// private session bus ctest gives this test, a real SQLite file, and a clock the
// test sets (the device "sleeps" by moving it on).
#include "dunstserver.h"
#include "linux/dbusnotifier.h"
#include "linux/systemwatch.h"
#include "linux/wakeupservice.h"
#include "reminderfixture.h"
#include "reminders/reminderagent.h"
#include "systembus.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QSignalSpy>

using namespace aftercare;
using namespace aftercare::testing;
using aftercare::reminders::AgentEnvironment;
using aftercare::reminders::ReminderAgent;

// A stand-in for Plasma's power management on the session bus (where PowerDevil
// runs), with the methods KDE's clock calls; it writes down what it is asked.
class FakePowerDevil : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.Solid.PowerManagement")

public:
    struct Request
    {
        QString service;
        QString path;
        qulonglong seconds = 0;
        uint cookie = 0;
    };

    FakePowerDevil()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("fake powerdevil")))
    {
        m_registered = m_bus.registerObject(platform::WakeupService::objectPath(), this,
                                            QDBusConnection::ExportScriptableSlots) &&
                       m_bus.registerService(platform::WakeupService::serviceName());
    }
    ~FakePowerDevil() override
    {
        m_bus.unregisterService(platform::WakeupService::serviceName());
        m_bus.unregisterObject(platform::WakeupService::objectPath());
        QDBusConnection::disconnectFromBus(QStringLiteral("fake powerdevil"));
    }
    bool isRegistered() const { return m_registered; }
    // The requests not cleared, in order.
    QList<Request> standing() const { return m_standing; }
    QList<int> cleared() const { return m_cleared; }
    // Wakes the device: calls the requester back as PowerDevil does.
    bool wake(const Request& request)
    {
        QDBusMessage callback = QDBusMessage::createMethodCall(
            request.service, request.path, QStringLiteral("org.kde.PowerManagement"),
            QStringLiteral("wakeupCallback"));
        callback << int(request.cookie);
        m_standing.removeIf([&](const Request& r) { return r.cookie == request.cookie; });
        return m_bus.send(callback);
    }

public slots:
    Q_SCRIPTABLE uint scheduleWakeup(const QString& service, const QDBusObjectPath& path,
                                     qulonglong timestamp)
    {
        m_standing << Request{service, path.path(), timestamp, ++m_lastCookie};
        return m_lastCookie;
    }
    Q_SCRIPTABLE void clearWakeup(int cookie)
    {
        m_cleared << cookie;
        m_standing.removeIf([&](const Request& r) { return int(r.cookie) == cookie; });
    }

private:
    QDBusConnection m_bus;
    bool m_registered = false;
    uint m_lastCookie = 0;
    QList<Request> m_standing;
    QList<int> m_cleared;
};

namespace {
// Generous: under the sanitizers every process is several times slower. The
// resume test has its own, tighter bound (the 5 s).
constexpr int settleMs = 20000;
const QString body3h = QStringLiteral("Deep tissue massage, 3 hours ago.");
} // namespace

class TestReminderSystem : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void promptDueDuringSuspendShowsOnResume();
    void timeZoneChangeMovesQuietHours();
    void checkInClosesShownNotification();
    void wakeupRequestedForNextPrompt();
    void previousRunsNotificationStillAnswers();

private:
    void makeAgent(platform::WakeupService* wakeup = nullptr);

    QTemporaryDir m_dir;
    PrivateSystemBus m_systemBus;
    std::unique_ptr<FakeSystemService> m_logind;
    std::unique_ptr<FakeSystemService> m_timedated;
    testsupport::DunstServer m_dunst{m_dir.path()};
    testsupport::NotifyMonitor m_monitor;

    std::unique_ptr<Store> m_store;
    std::unique_ptr<platform::DBusNotifier> m_notifier;
    std::unique_ptr<platform::SystemWatch> m_system;
    std::unique_ptr<ReminderAgent> m_agent;
    qint64 m_now = 0;
    QTimeZone m_zone;
};

void TestReminderSystem::initTestCase()
{
    // First: libdbus reads every bus address once, at the first connection to any bus.
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_systemBus.start(m_dir.path(), &error), qPrintable(error));
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
    // The stand-ins own their names before the agent listens, as the real ones would.
    m_logind = std::make_unique<FakeSystemService>(m_systemBus.address(),
                                                   platform::SystemWatch::logindService());
    m_timedated = std::make_unique<FakeSystemService>(m_systemBus.address(),
                                                      platform::SystemWatch::timedatedService());
    QVERIFY(m_logind->isRegistered());
    QVERIFY(m_timedated->isRegistered());
    QVERIFY2(QDBusConnection::systemBus().isConnected(), "the private system bus");
    QVERIFY2(m_dunst.start(&error), qPrintable(error));
    QVERIFY2(m_monitor.start(&error), qPrintable(error));
}

void TestReminderSystem::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
    m_now = instant("2026-06-01T12:00:00Z");
    m_zone = QTimeZone(QByteArrayLiteral("UTC"));
    m_notifier = std::make_unique<platform::DBusNotifier>(QDBusConnection::sessionBus());
    // No /etc/localtime: the zone comes from the fake timedated alone.
    m_system = std::make_unique<platform::SystemWatch>(QDBusConnection::systemBus(), QString());
}

void TestReminderSystem::cleanup()
{
    m_agent.reset();
    m_system.reset();
    m_notifier.reset();
    m_store.reset();
    m_dunst.closeAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 0, settleMs);
}

void TestReminderSystem::cleanupTestCase()
{
    m_dunst.stop();
}

void TestReminderSystem::makeAgent(platform::WakeupService* wakeup)
{
    AgentEnvironment env;
    env.wakeup = wakeup;
    env.dataDir = m_store->dir.path();
    env.nowUtcMicros = [this] { return m_now; };
    env.zone = [this] { return m_zone; };
    env.program = QStringLiteral("/bin/true");
    env.launch = [](const QString&, const QStringList&) { return true; };
    m_agent = std::make_unique<ReminderAgent>(*m_store->repository, *m_notifier, env);
    connect(m_system.get(), &platform::SystemWatch::resumed, m_agent.get(),
            &ReminderAgent::resumed);
    connect(m_system.get(), &platform::SystemWatch::timeZoneChanged, m_agent.get(),
            &ReminderAgent::timeZoneChanged);
}

void TestReminderSystem::promptDueDuringSuspendShowsOnResume()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - 30 * minute));
    makeAgent();
    m_agent->start();
    QVERIFY(m_agent->nextPrompt());
    QCOMPARE(m_agent->nextPrompt()->dueUtcMicros, m_now + 30 * minute);

    QSignalSpy suspending(m_system.get(), &platform::SystemWatch::suspending);
    QVERIFY(m_logind->prepareForSleep(true));
    QVERIFY2(suspending.wait(settleMs), "the agent's side hears logind");
    // Three hours asleep: the timer, on a clock that stood still, is hours away.
    m_now += 3 * hour;
    QCOMPARE(m_monitor.count(body3h), 0);

    QElapsedTimer sinceResume;
    sinceResume.start();
    QVERIFY(m_logind->prepareForSleep(false));
    QTRY_VERIFY2_WITH_TIMEOUT(m_monitor.count(body3h) == 1, "shown within 5 s of resume", 5000);
    QVERIFY(sinceResume.elapsed() < 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 1, settleMs);

    // Three prompts came due while it slept: one is shown, the latest, and recorded.
    const QList<storage::PromptEvent> delivered = m_store->events(QStringLiteral("delivered"));
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().dueUtcMicros, m_now - 30 * minute);
    QCOMPARE(m_agent->nextPrompt()->dueUtcMicros, m_now + 30 * minute);
}

void TestReminderSystem::timeZoneChangeMovesQuietHours()
{
    // 20:30 UTC; the next prompt at 21:00 UTC is outside quiet hours (22:00-08:00) in UTC.
    m_now = instant("2026-06-01T20:30:00Z");
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - 30 * minute));
    makeAgent();
    m_agent->start();
    QVERIFY(m_agent->nextPrompt());
    QCOMPARE(m_agent->nextPrompt()->dueUtcMicros, instant("2026-06-01T21:00:00Z"));
    QCOMPARE(m_agent->nextPrompt()->kind, schedule::Kind::Hourly);

    // Flown to Tokyo: 21:00 UTC is 06:00 there, inside quiet hours. timedated says so.
    m_zone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    QSignalSpy rechecked(m_agent.get(), &ReminderAgent::rechecked);
    QVERIFY(m_timedated->timezoneChanged(QStringLiteral("Asia/Tokyo")));
    QVERIFY2(rechecked.wait(settleMs), "the agent plans again on timedated's change");
    QVERIFY(m_agent->nextPrompt());
    // One catch-up when quiet hours end at 08:00 in Tokyo, 23:00 UTC.
    QCOMPARE(m_agent->nextPrompt()->dueUtcMicros, instant("2026-06-01T23:00:00Z"));
    QCOMPARE(m_agent->nextPrompt()->kind, schedule::Kind::CatchUp);

    // And back home: the prompt returns to 21:00 UTC.
    m_zone = QTimeZone(QByteArrayLiteral("UTC"));
    QVERIFY(m_timedated->timezoneChanged(QStringLiteral("UTC")));
    QVERIFY2(rechecked.wait(settleMs), "the agent plans again on timedated's change");
    QCOMPARE(m_agent->nextPrompt()->dueUtcMicros, instant("2026-06-01T21:00:00Z"));
}

void TestReminderSystem::checkInClosesShownNotification()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour - 5 * minute));
    makeAgent();
    m_agent->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 1, settleMs);
    QCOMPARE(m_agent->shownSessions(), QStringList{QStringLiteral("s1")});

    // The person checks in from the app (another connection to the same file).
    storage::Database other;
    QVERIFY(other.open(m_store->dir.path()).ok());
    storage::Repository app(other);
    QCOMPARE(app.addCheckIn(QStringLiteral("s1"), checkInAt(m_now)).message, QString());

    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 0, settleMs);
    QVERIFY(m_agent->shownSessions().isEmpty());
    // Closed by the agent, not dismissed by the person: nothing says "dismissed".
    QVERIFY(m_store->events(QStringLiteral("dismissed")).isEmpty());
}

void TestReminderSystem::wakeupRequestedForNextPrompt()
{
    QVERIFY(!platform::WakeupService::isAvailable(QDBusConnection::sessionBus()));
    FakePowerDevil powerDevil;
    QVERIFY(powerDevil.isRegistered());
    QVERIFY(platform::WakeupService::isAvailable(QDBusConnection::sessionBus()));
    const QString ownName = QStringLiteral("org.aftercare.Aftercare.Reminders.test");
    QVERIFY(QDBusConnection::sessionBus().registerService(ownName));
    platform::WakeupService wakeup(QDBusConnection::sessionBus(), ownName);

    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - 30 * minute));
    makeAgent(&wakeup);
    m_agent->start();
    const qint64 first = m_now + 30 * minute;
    QCOMPARE(m_agent->nextPrompt()->dueUtcMicros, first);
    QTRY_COMPARE_WITH_TIMEOUT(powerDevil.standing().size(), 1, settleMs);
    const FakePowerDevil::Request asked = powerDevil.standing().first();
    QCOMPARE(asked.service, ownName);
    QCOMPARE(asked.path, platform::WakeupService::callbackPath());
    QCOMPARE(asked.seconds, qulonglong(first / second));

    // A check-in moves the next prompt: the old request is withdrawn, a new one stands.
    QVERIFY(m_store->repository->addCheckIn(QStringLiteral("s1"), checkInAt(m_now)));
    m_agent->recheck();
    QCOMPARE(m_agent->nextPrompt()->dueUtcMicros, m_now + hour);
    QTRY_COMPARE_WITH_TIMEOUT(powerDevil.cleared(), QList<int>{int(asked.cookie)}, settleMs);
    QTRY_COMPARE_WITH_TIMEOUT(powerDevil.standing().size(), 1, settleMs);
    const FakePowerDevil::Request moved = powerDevil.standing().first();
    QCOMPARE(moved.seconds, qulonglong((m_now + hour) / second));

    // The phone slept; the service wakes it at that time and calls back: the prompt shows.
    m_now += hour;
    QVERIFY(powerDevil.wake(moved));
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 1, settleMs);
    QCOMPARE(m_store->events(QStringLiteral("delivered")).size(), 1);
    // And the next one is asked for.
    QTRY_COMPARE_WITH_TIMEOUT(powerDevil.standing().size(), 1, settleMs);
    QCOMPARE(powerDevil.standing().first().seconds, qulonglong((m_now + hour) / second));

    m_agent.reset();
    QVERIFY(QDBusConnection::sessionBus().unregisterService(ownName));
}

// A new agent process (a new notifier, a new connection) after the last one
// stopped with its prompt on screen: the prompt's "No soreness" still works.
void TestReminderSystem::previousRunsNotificationStillAnswers()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour - 5 * minute));
    makeAgent();
    m_agent->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 1, settleMs);
    m_agent.reset();
    m_notifier.reset();

    QDBusConnection next =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("next run"));
    QVERIFY(next.isConnected());
    m_notifier = std::make_unique<platform::DBusNotifier>(next);
    makeAgent();
    m_agent->start();
    QCOMPARE(m_agent->shownSessions(), QStringList{QStringLiteral("s1")});
    QCOMPARE(m_store->events(QStringLiteral("delivered")).size(), 1);

    m_dunst.choose("No soreness");
    m_dunst.openContextMenu();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->events(QStringLiteral("no-soreness")).size(), 1, settleMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 0, settleMs);
    m_agent.reset();
    m_notifier.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("next run"));
}

QTEST_GUILESS_MAIN(TestReminderSystem)
#include "tst_remindersystem.moc"
