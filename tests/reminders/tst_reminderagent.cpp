// The reminder agent with a fake notifier, a real SQLite file and a clock the
// test sets: what it delivers, records and does for each action, and that a
// restart neither repeats nor loses a prompt.
#include "notifications/fakenotifier.h"
#include "reminderfixture.h"
#include "reminders/reminderagent.h"
#include "schedule/settings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace aftercare;
using namespace aftercare::testing;
using aftercare::platform::FakeNotifier;
using aftercare::reminders::AgentEnvironment;
using aftercare::reminders::ReminderAgent;

class TestReminderAgent : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void deliversADuePromptOnceAndRecordsIt();
    void restartDoesNotRepeatADeliveredPrompt();
    void restartDeliversAMissedPromptOnce();
    void sleepsUntilTheNextPrompt();
    void quietHoursHoldThePromptBack();
    void logNowStartsTheAppOnTheCheckIn();
    void noSorenessRecordsACheckIn();
    void snoozeRecordsAndMovesTheNextPrompt_data();
    void snoozeRecordsAndMovesTheNextPrompt();
    void dismissalIsRecorded();
    void emergencyShowsAdviceOnceAndNoPrompts();
    void noticesACheckInWrittenByAnotherConnection();
    void noticesACommitThatShowsAfterTheFileChange();
    void failedDeliveryIsRetriedNotRecorded();
    void deliveryIsRecordedOnceTheDatabaseIsFree();
    void missedPromptsGiveOneCatchUp_data();
    void missedPromptsGiveOneCatchUp();
    void clockJumpReplans_data();
    void clockJumpReplans();
    void snoozeNeverFiresInQuietHours();
    void checkInClosesOnlyThatSessionsNotification();
    void previousRunsNotificationStillAnswers();
    void anotherServersNotificationsAreNotAdopted();

private:
    // `watchedDir`: the folder whose changes wake the agent (default: the database's).
    std::unique_ptr<ReminderAgent> makeAgent(const QString& watchedDir = {});

    std::unique_ptr<Store> m_store;
    FakeNotifier* m_notifier = nullptr;
    std::unique_ptr<FakeNotifier> m_notifierOwner;
    qint64 m_now = 0;
    int m_safetyNetMs = 5 * 60 * 1000;
    QList<QStringList> m_launched;
};

void TestReminderAgent::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
    m_notifierOwner = std::make_unique<FakeNotifier>();
    m_notifier = m_notifierOwner.get();
    m_now = instant("2026-06-01T12:00:00Z");
    m_launched.clear();
    m_safetyNetMs = 5 * 60 * 1000;
    // Quiet hours stay at their default (22:00-08:00); the tests run at noon UTC.
}

void TestReminderAgent::cleanup()
{
    m_notifierOwner.reset();
    m_store.reset();
}

std::unique_ptr<ReminderAgent> TestReminderAgent::makeAgent(const QString& watchedDir)
{
    AgentEnvironment env;
    env.dataDir = watchedDir.isEmpty() ? m_store->dir.path() : watchedDir;
    env.nowUtcMicros = [this] { return m_now; };
    env.zone = [] { return QTimeZone(QByteArrayLiteral("UTC")); };
    env.program = QStringLiteral("/opt/aftercare/bin/aftercare");
    env.safetyNetMs = m_safetyNetMs;
    env.launch = [this](const QString& program, const QStringList& arguments) {
        m_launched << (QStringList{program} + arguments);
        return true;
    };
    return std::make_unique<ReminderAgent>(*m_store->repository, *m_notifier, env);
}

void TestReminderAgent::deliversADuePromptOnceAndRecordsIt()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour - 5 * minute));
    auto agent = makeAgent();
    agent->start();

    QCOMPARE(m_notifier->history().size(), 1);
    const platform::Notification n = m_notifier->history().first().notification;
    QCOMPARE(n.title, QStringLiteral("How do you feel after your massage?"));
    QCOMPARE(n.body, QStringLiteral("Deep tissue massage, 1 hour ago."));
    QCOMPARE(n.actions.value(0).key, QStringLiteral("default"));
    QCOMPARE(n.actions.value(0).label, QStringLiteral("Log now"));

    const QList<storage::PromptEvent> delivered = m_store->events(QStringLiteral("delivered"));
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().sessionId, QStringLiteral("s1"));
    QCOMPARE(delivered.first().dueUtcMicros, m_now - 5 * minute);
    QCOMPARE(delivered.first().kind, QStringLiteral("hourly"));
    QCOMPARE(delivered.first().atUtcMicros, m_now);

    // A second look at the same moment shows nothing new.
    agent->recheck();
    QCOMPARE(m_notifier->history().size(), 1);
    QVERIFY(agent->nextPrompt());
    QCOMPARE(agent->nextPrompt()->dueUtcMicros, m_now + 55 * minute);
}

void TestReminderAgent::restartDoesNotRepeatADeliveredPrompt()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour - 5 * minute));
    makeAgent()->start();
    QCOMPARE(m_notifier->history().size(), 1);

    m_now += 10 * minute; // stopped and started again, still before the next one
    makeAgent()->start();
    // The one on screen is taken over (shown again in its place), not shown a second time.
    QCOMPARE(m_notifier->shownAnew(), 1);
    QCOMPARE(m_notifier->openNotifications().size(), 1);
    QCOMPARE(m_store->events(QStringLiteral("delivered")).size(), 1);
}

void TestReminderAgent::restartDeliversAMissedPromptOnce()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - 30 * minute));
    makeAgent()->start(); // nothing due yet
    QCOMPARE(m_notifier->history().size(), 0);

    // The agent was stopped for three hours: three prompts came due; the
    // latest is shown, once.
    m_now += 3 * hour;
    makeAgent()->start();
    QCOMPARE(m_notifier->history().size(), 1);
    const QList<storage::PromptEvent> delivered = m_store->events(QStringLiteral("delivered"));
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().dueUtcMicros, m_now - 30 * minute);

    makeAgent()->start();
    QCOMPARE(m_notifier->shownAnew(), 1);
    QCOMPARE(m_store->events(QStringLiteral("delivered")).size(), 1);
}

void TestReminderAgent::sleepsUntilTheNextPrompt()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - 58 * minute));
    auto agent = makeAgent();
    agent->start();
    QCOMPARE(m_notifier->history().size(), 0);
    QVERIFY(agent->nextPrompt());
    QCOMPARE(agent->nextPrompt()->dueUtcMicros, m_now + 2 * minute);
    const int wake = agent->msUntilWake();
    QVERIFY2(wake > 110 * 1000 && wake <= 120 * 1000, qPrintable(QString::number(wake)));

    // With nothing due for hours, the safety net (5 min) bounds the sleep.
    m_now += 3 * minute;
    agent->recheck();
    QCOMPARE(m_notifier->history().size(), 1);
    QVERIFY(agent->msUntilWake() > 4 * 60 * 1000 && agent->msUntilWake() <= 5 * 60 * 1000);
}

void TestReminderAgent::quietHoursHoldThePromptBack()
{
    m_now = instant("2026-06-01T23:00:00Z");
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour - minute));
    auto agent = makeAgent();
    agent->start();
    QCOMPARE(m_notifier->history().size(), 0);
    QVERIFY(agent->nextPrompt());
    QCOMPARE(agent->nextPrompt()->dueUtcMicros, instant("2026-06-02T08:00:00Z"));
    QCOMPARE(agent->nextPrompt()->kind, schedule::Kind::CatchUp);

    m_now = instant("2026-06-02T08:00:00Z");
    agent->recheck();
    QCOMPARE(m_notifier->history().size(), 1);
    QCOMPARE(m_store->events(QStringLiteral("delivered")).value(0).kind,
             QStringLiteral("catch-up"));
}

void TestReminderAgent::logNowStartsTheAppOnTheCheckIn()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour));
    auto agent = makeAgent();
    agent->start();
    const platform::NotificationHandle h = m_notifier->history().value(0).handle;
    QVERIFY(h != 0);
    m_notifier->invokeAction(h, QStringLiteral("default"));

    QCOMPARE(m_launched.size(), 1);
    QCOMPARE(m_launched.first(), (QStringList{"/opt/aftercare/bin/aftercare", "--data-dir",
                                              m_store->dir.path(), "--check-in", "s1"}));
    QCOMPARE(m_store->events(QStringLiteral("log-now")).size(), 1);
    QVERIFY(m_notifier->openNotifications().isEmpty());
}

void TestReminderAgent::noSorenessRecordsACheckIn()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour));
    auto agent = makeAgent();
    agent->start();
    m_now += 2 * minute;
    m_notifier->invokeAction(m_notifier->history().value(0).handle, QStringLiteral("no-soreness"));

    const std::optional<Session> session = m_store->repository->session(QStringLiteral("s1")).value;
    QVERIFY(session);
    QCOMPARE(session->checkIns.size(), 1);
    QCOMPARE(session->checkIns.first().at.utcMicros, m_now);
    // Entered as it was answered (log v2 recordedAt).
    QCOMPARE(session->checkIns.first().recordedAt, std::optional(session->checkIns.first().at));
    QVERIFY(session->checkIns.first().symptoms.isEmpty());
    QVERIFY(session->checkIns.first().redFlags.isEmpty());
    QCOMPARE(m_store->events(QStringLiteral("no-soreness")).size(), 1);
    QVERIFY(m_launched.isEmpty());
    // The check-in resets the next prompt to one hour after it.
    QVERIFY(agent->nextPrompt());
    QCOMPARE(agent->nextPrompt()->dueUtcMicros, m_now + hour);
}

void TestReminderAgent::snoozeRecordsAndMovesTheNextPrompt_data()
{
    QTest::addColumn<QString>("setting"); // reminders.snoozeMinutes, empty: default
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("labelMinutes"); // what the Snooze button says
    QTest::addColumn<int>("minutes");

    QTest::newRow("default 30") << QString() << "snooze" << 30 << 30;
    QTest::newRow("setting 15") << "15"
                                << "snooze" << 15 << 15;
    QTest::newRow("setting 60") << "60"
                                << "snooze" << 60 << 60;
    QTest::newRow("explicit 15") << QString() << "snooze-15" << 30 << 15;
}

void TestReminderAgent::snoozeRecordsAndMovesTheNextPrompt()
{
    QFETCH(QString, setting);
    QFETCH(QString, action);
    QFETCH(int, labelMinutes);
    QFETCH(int, minutes);

    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour));
    if (!setting.isEmpty())
        QVERIFY(m_store->repository->setSetting(QString::fromLatin1(schedule::keys::snoozeMinutes),
                                                setting));
    auto agent = makeAgent();
    agent->start();
    QCOMPARE(m_notifier->history().value(0).notification.actions.value(2).label,
             QStringLiteral("Snooze %1 min").arg(labelMinutes));
    m_now += minute;
    m_notifier->invokeAction(m_notifier->history().value(0).handle, action);

    const QList<storage::PromptEvent> snoozed = m_store->events(QStringLiteral("snoozed"));
    QCOMPARE(snoozed.size(), 1);
    QCOMPARE(snoozed.first().atUtcMicros, m_now);
    QCOMPARE(snoozed.first().dueUtcMicros, m_now + minutes * minute);
    QVERIFY(agent->nextPrompt());
    QCOMPARE(agent->nextPrompt()->dueUtcMicros, m_now + minutes * minute);
    QCOMPARE(agent->nextPrompt()->kind, schedule::Kind::Snoozed);

    // At the snooze end it is shown again, then the hourly prompts go on.
    m_now += minutes * minute;
    agent->recheck();
    QCOMPARE(m_notifier->history().size(), 2);
    QCOMPARE(m_store->events(QStringLiteral("delivered")).last().kind, QStringLiteral("snoozed"));
}

void TestReminderAgent::dismissalIsRecorded()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour));
    auto agent = makeAgent();
    agent->start();
    m_notifier->dismiss(m_notifier->history().value(0).handle);
    const QList<storage::PromptEvent> dismissed = m_store->events(QStringLiteral("dismissed"));
    QCOMPARE(dismissed.size(), 1);
    QCOMPARE(dismissed.first().dueUtcMicros, m_now);
}

void TestReminderAgent::emergencyShowsAdviceOnceAndNoPrompts()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - 3 * hour,
                                {checkInAt(m_now - 10 * minute, {"saddle-numbness"})}));
    makeAgent()->start();
    QCOMPARE(m_notifier->history().size(), 1);
    const platform::Notification advice = m_notifier->history().first().notification;
    QCOMPARE(advice.urgency, platform::Notification::Urgency::Critical);
    QCOMPARE(advice.title, analysis::statusTitle(analysis::Status::Emergency));

    // Hours later and after a restart: no prompt and no second advice.
    m_now += 5 * hour;
    auto agent = makeAgent();
    agent->start();
    QCOMPARE(m_notifier->shownAnew(), 1);
    QCOMPARE(m_store->events(QStringLiteral("delivered")).size(), 1);
    QVERIFY(!agent->nextPrompt());
}

void TestReminderAgent::noticesACheckInWrittenByAnotherConnection()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - 30 * minute));
    auto agent = makeAgent();
    agent->start();
    QCOMPARE(agent->nextPrompt()->dueUtcMicros, m_now + 30 * minute);

    // The app (another connection) logs a check-in; the agent is asleep.
    storage::Database other;
    QVERIFY(other.open(m_store->dir.path()).ok());
    storage::Repository app(other);
    QCOMPARE(app.addCheckIn(QStringLiteral("s1"), checkInAt(m_now - 5 * minute)).message,
             QString());

    QSignalSpy rechecked(agent.get(), &ReminderAgent::rechecked);
    QTRY_VERIFY_WITH_TIMEOUT(
        agent->nextPrompt() && agent->nextPrompt()->dueUtcMicros == m_now + 55 * minute, 5000);
    QVERIFY(rechecked.size() >= 1);
}

void TestReminderAgent::noticesACommitThatShowsAfterTheFileChange()
{
    // A writer's last WAL write wakes the agent, but its commit shows only after its fsync,
    // which under load may come after the agent has looked. Here the agent watches a folder
    // of its own, so the commit itself makes no file event at all.
    QTemporaryDir watched;
    QVERIFY(watched.isValid());
    auto agent = makeAgent(watched.path());
    agent->start();
    QVERIFY(m_notifier->history().isEmpty());

    QFile touched(QDir(watched.path()).filePath(QStringLiteral("change")));
    QVERIFY(touched.open(QIODevice::WriteOnly));
    touched.close();
    QTest::qWait(400); // the first look after the change (200 ms) finds nothing new
    QVERIFY(m_notifier->history().isEmpty());

    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour - 5 * minute));
    QTRY_COMPARE_WITH_TIMEOUT(m_notifier->history().size(), 1, 5000);
}

void TestReminderAgent::failedDeliveryIsRetriedNotRecorded()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour));
    m_notifier->setAvailable(false);
    auto agent = makeAgent();
    QSignalSpy failed(agent.get(), &ReminderAgent::deliveryFailed);
    agent->start();
    QCOMPARE(failed.size(), 1);
    QVERIFY(m_store->events(QStringLiteral("delivered")).isEmpty());
    QVERIFY(agent->msUntilWake() > 0 && agent->msUntilWake() <= 60 * 1000);

    m_notifier->setAvailable(true);
    m_now += minute;
    agent->recheck();
    QCOMPARE(m_notifier->history().size(), 1);
    QCOMPARE(m_store->events(QStringLiteral("delivered")).size(), 1);
}

// Another program holds the write lock past the busy timeout when a prompt falls due: the
// prompt is shown once, its delivery kept and stored as soon as the lock is gone.
void TestReminderAgent::deliveryIsRecordedOnceTheDatabaseIsFree()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour - 5 * minute));
    const QString file = QDir(m_store->dir.path()).filePath(storage::Database::fileName());
    QSqlDatabase holder =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(file);
    QVERIFY(holder.open());
    QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));

    auto agent = makeAgent();
    agent->start(); // waits the busy timeout (2 s) for the lock in vain
    QCOMPARE(m_notifier->history().size(), 1);
    QCOMPARE(agent->unrecordedEvents(), 1);
    QVERIFY(m_store->events(QStringLiteral("delivered")).isEmpty());
    QVERIFY(agent->msUntilWake() >= 0 && agent->msUntilWake() <= 5000);

    // Still locked at the next look: not shown again.
    agent->recheck();
    QCOMPARE(m_notifier->history().size(), 1);
    QCOMPARE(agent->unrecordedEvents(), 1);

    QVERIFY(QSqlQuery(holder).exec(QStringLiteral("ROLLBACK")));
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    // The retry timer stores it without any other cause to look.
    QTRY_COMPARE_WITH_TIMEOUT(agent->unrecordedEvents(), 0, 10000);
    const QList<storage::PromptEvent> delivered = m_store->events(QStringLiteral("delivered"));
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().dueUtcMicros, m_now - 5 * minute);
    QCOMPARE(delivered.first().atUtcMicros, m_now);
    QCOMPARE(m_notifier->history().size(), 1);

    // And a restart does not show it again.
    agent.reset();
    makeAgent()->start();
    QCOMPARE(m_notifier->shownAnew(), 1);
    QCOMPARE(m_store->events(QStringLiteral("delivered")).size(), 1);
}

void TestReminderAgent::missedPromptsGiveOneCatchUp_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("sleepMinutes");
    QTest::addColumn<int>("shownOnResume");
    QTest::addColumn<QString>("dueShown"); // empty: nothing shown
    QTest::addColumn<QString>("nextDue");
    QTest::addColumn<QString>("nextKind");

    // The session ends 30 minutes before `start`; hourly prompts from an hour after it.
    QTest::newRow("three hours asleep")
        << "2026-06-01T12:00:00Z" << 180 << 1 << "2026-06-01T14:30:00Z"
        << "2026-06-01T15:30:00Z"
        << "hourly";
    QTest::newRow("asleep into quiet hours")
        << "2026-06-01T20:00:00Z" << 210 << 0 << QString() << "2026-06-02T08:00:00Z"
        << "catch-up";
    QTest::newRow("a day asleep, across quiet hours")
        << "2026-06-01T12:00:00Z" << 24 * 60 << 1 << "2026-06-02T11:30:00Z"
        << "2026-06-02T15:30:00Z"
        << "four-hourly";
}

// The device slept through several prompts: on resume one is shown (the latest,
// or one catch-up when quiet hours end), never a burst.
void TestReminderAgent::missedPromptsGiveOneCatchUp()
{
    QFETCH(QString, start);
    QFETCH(int, sleepMinutes);
    QFETCH(int, shownOnResume);
    QFETCH(QString, dueShown);
    QFETCH(QString, nextDue);
    QFETCH(QString, nextKind);

    m_now = instant(start.toLatin1());
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - 30 * minute));
    auto agent = makeAgent();
    agent->start();
    QCOMPARE(m_notifier->history().size(), 0);

    m_now += sleepMinutes * minute;
    agent->resumed();
    QCOMPARE(m_notifier->history().size(), shownOnResume);
    const QList<storage::PromptEvent> delivered = m_store->events(QStringLiteral("delivered"));
    QCOMPARE(delivered.size(), shownOnResume);
    if (!dueShown.isEmpty())
        QCOMPARE(delivered.first().dueUtcMicros, instant(dueShown.toLatin1()));
    QVERIFY(agent->nextPrompt());
    QCOMPARE(agent->nextPrompt()->dueUtcMicros, instant(nextDue.toLatin1()));
    QCOMPARE(schedule::kindId(agent->nextPrompt()->kind), nextKind);

    // A second wake-up (the wall-clock alarm after logind's signal) shows nothing more.
    agent->recheck();
    QCOMPARE(m_notifier->history().size(), shownOnResume);

    // The next one comes once, at its time.
    m_now = instant(nextDue.toLatin1());
    agent->recheck();
    QCOMPARE(m_notifier->history().size(), shownOnResume + 1);
    QCOMPARE(m_store->events(QStringLiteral("delivered")).last().kind, nextKind);
}

void TestReminderAgent::clockJumpReplans_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("jumpMinutes");
    QTest::addColumn<int>("shownBefore");
    QTest::addColumn<int>("shownAfter");
    QTest::addColumn<QString>("nextDue");
    QTest::addColumn<int>("wakeMinutes"); // the timer after the jump

    // The session ended at 11:30 UTC: prompts at 12:30, 13:30, 14:30, 15:30, …
    QTest::newRow("forward 3 h") << "2026-06-01T12:00:00Z" << 180 << 0 << 1
                                 << "2026-06-01T15:30:00Z" << 30;
    // Back from 14:10 (13:30 shown) to 12:10: nothing again, 14:30 stays where it was.
    QTest::newRow("back 2 h") << "2026-06-01T14:10:00Z" << -120 << 1 << 1 << "2026-06-01T14:30:00Z"
                              << 140;
}

void TestReminderAgent::clockJumpReplans()
{
    QFETCH(QString, start);
    QFETCH(int, jumpMinutes);
    QFETCH(int, shownBefore);
    QFETCH(int, shownAfter);
    QFETCH(QString, nextDue);
    QFETCH(int, wakeMinutes);

    m_safetyNetMs = 24 * 60 * 60 * 1000; // the timer shows the plan, not the coarse re-check
    m_now = instant(start.toLatin1());
    QVERIFY(m_store->addSession(QStringLiteral("s1"), instant("2026-06-01T11:30:00Z")));
    auto agent = makeAgent();
    agent->start();
    QCOMPARE(m_notifier->history().size(), shownBefore);

    m_now += jumpMinutes * minute;
    agent->clockChanged();
    QCOMPARE(m_notifier->history().size(), shownAfter);
    QCOMPARE(m_store->events(QStringLiteral("delivered")).size(), shownAfter);
    QVERIFY(agent->nextPrompt());
    QCOMPARE(agent->nextPrompt()->dueUtcMicros, instant(nextDue.toLatin1()));
    const int wake = agent->msUntilWake();
    QVERIFY2(wake > wakeMinutes * 60 * 1000 - 2000 && wake <= wakeMinutes * 60 * 1000,
             qPrintable(QString::number(wake)));
}

void TestReminderAgent::snoozeNeverFiresInQuietHours()
{
    m_now = instant("2026-06-01T21:40:00Z");
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour));
    auto agent = makeAgent();
    agent->start();
    QCOMPARE(m_notifier->history().size(), 1);

    // Snoozed at 21:50 for 30 minutes: its end, 22:20, is inside quiet hours (22:00-08:00).
    m_now = instant("2026-06-01T21:50:00Z");
    m_notifier->invokeAction(m_notifier->history().value(0).handle, QStringLiteral("snooze"));
    QCOMPARE(m_store->events(QStringLiteral("snoozed")).value(0).dueUtcMicros,
             instant("2026-06-01T22:20:00Z"));
    QVERIFY(agent->nextPrompt());
    QCOMPARE(agent->nextPrompt()->dueUtcMicros, instant("2026-06-02T08:00:00Z"));
    QCOMPARE(agent->nextPrompt()->kind, schedule::Kind::CatchUp);

    m_now = instant("2026-06-01T22:20:00Z");
    agent->recheck();
    QCOMPARE(m_notifier->history().size(), 1);

    // At the end of the quiet hours it comes again, once.
    m_now = instant("2026-06-02T08:00:00Z");
    agent->recheck();
    QCOMPARE(m_notifier->history().size(), 2);
    agent->recheck();
    QCOMPARE(m_notifier->history().size(), 2);
}

void TestReminderAgent::checkInClosesOnlyThatSessionsNotification()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour));
    QVERIFY(m_store->addSession(QStringLiteral("s2"), m_now - hour));
    auto agent = makeAgent();
    agent->start();
    QCOMPARE(m_notifier->openNotifications().size(), 2);
    QCOMPARE(agent->shownSessions(), (QStringList{"s1", "s2"}));

    QVERIFY(m_store->repository->addCheckIn(QStringLiteral("s2"), checkInAt(m_now)));
    agent->recheck();
    QCOMPARE(agent->shownSessions(), QStringList{"s1"});
    QCOMPARE(m_notifier->openNotifications().size(), 1);
    QVERIFY(m_store->events(QStringLiteral("dismissed")).isEmpty());
}

// The agent restarted (or crashed) while its prompt was on screen: pressing the
// prompt's button afterwards still does what it says.
void TestReminderAgent::previousRunsNotificationStillAnswers()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour));
    auto first = makeAgent();
    first->start();
    QCOMPARE(m_notifier->openNotifications().size(), 1);
    const platform::NotificationHandle h = m_notifier->history().value(0).handle;
    first.reset();

    m_now += 2 * minute;
    auto second = makeAgent();
    second->start();
    QCOMPARE(m_notifier->adopted(), QList<platform::NotificationHandle>{h});
    QCOMPARE(second->shownSessions(), QStringList{QStringLiteral("s1")});
    // Shown again in its place (a server sends actions to the process that showed it), not
    // a second time, and not counted as delivered again.
    QCOMPARE(m_notifier->openNotifications().size(), 1);
    QCOMPARE(m_notifier->history().size(), 2);
    QCOMPARE(m_notifier->history().last().handle, h);
    QCOMPARE(m_store->events(QStringLiteral("delivered")).size(), 1);
    m_notifier->invokeAction(h, QStringLiteral("no-soreness"));
    QCOMPARE(m_store->events(QStringLiteral("no-soreness")).size(), 1);
    const std::optional<Session> session = m_store->repository->session(QStringLiteral("s1")).value;
    QVERIFY(session);
    QCOMPARE(session->checkIns.size(), 1);
    QVERIFY(m_notifier->openNotifications().isEmpty());
}

// After the notification server restarted, the old handles may name another
// application's notifications: they are left alone.
void TestReminderAgent::anotherServersNotificationsAreNotAdopted()
{
    QVERIFY(m_store->addSession(QStringLiteral("s1"), m_now - hour));
    makeAgent()->start();
    QCOMPARE(m_notifier->history().size(), 1);
    m_notifier->restartServer();

    auto second = makeAgent();
    second->start();
    QVERIFY(m_notifier->adopted().isEmpty());
    QVERIFY(second->shownSessions().isEmpty());
}

QTEST_GUILESS_MAIN(TestReminderAgent)
#include "tst_reminderagent.moc"
