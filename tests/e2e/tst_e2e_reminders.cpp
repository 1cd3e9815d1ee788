// End to end: the real `aftercare` executable as the reminder agent, a real
// notification server (dunst) on a private session bus and display (ctest runs
// this inside dbus-run-session and xvfb-run), sessions imported with
// `aftercare import`, actions invoked through dunst, and the effects read back
// from the SQLite file.
#include "dunstserver.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace aftercare;
using testsupport::runCommand;

namespace {

const QString program = QStringLiteral(AFTERCARE_EXECUTABLE);
const QString notifications = QStringLiteral("org.freedesktop.Notifications");
const QString title = QStringLiteral("How do you feel after your massage?");
// How long a step may take to show: generous, because under the sanitizers (tests/run.sh
// runs the suite again with them) every process is several times slower.
constexpr int settleMs = 20000;

QString rfc3339(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

class TestE2eReminders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void logNowThroughTheDefaultAction();
    void noSorenessThroughTheContextMenu();
    void snoozeThroughTheContextMenu();
    void restartNeitherLosesNorRepeatsAPrompt();
    void agentMapsNoGuiLibraries();
    void oneAgentPerDataFolder();
    void listExitCodes();

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    void startAgent();
    void stopAgent();
    // Imports a session of `technique` that ended `secondsAgo` ago.
    void importSession(const QString& id, const QString& technique, int secondsAgo);
    // Waits until the server was asked to show `body` (dbus-monitor) and
    // returns how often it was.
    int notifyCount(const QString& body);
    bool waitForNotify(const QString& body, int timeoutMs);
    QList<storage::PromptEvent> events(const QString& sessionId, const QString& event);

    QTemporaryDir m_dir;
    testsupport::DunstServer m_dunst{m_dir.path()};
    testsupport::NotifyMonitor m_monitor;
    QProcess m_agent;
    QByteArray m_agentLog;
};

void TestE2eReminders::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
    QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "run inside xvfb-run");
    QVERIFY(QFile::exists(program));
    QVERIFY(m_dir.isValid());

    QString error;
    QVERIFY2(m_dunst.start(&error), qPrintable(error));
    QVERIFY2(m_monitor.start(&error), qPrintable(error));

    // "Log now" runs this script instead of the app; it writes down its arguments.
    const QString launcher = m_dir.filePath(QStringLiteral("launcher.sh"));
    QFile launch(launcher);
    QVERIFY(launch.open(QIODevice::WriteOnly));
    launch.write(QStringLiteral("#!/bin/sh\necho \"$@\" >> '%1'\n")
                     .arg(m_dir.filePath(QStringLiteral("launched.txt")))
                     .toUtf8());
    launch.close();
    launch.setPermissions(launch.permissions() | QFileDevice::ExeOwner);

    // Quiet hours off (a setting the app writes), so the test runs at any hour.
    {
        storage::Database database;
        QVERIFY(database.open(dataDir()).ok());
        storage::Repository repository(database);
        QVERIFY(repository.setSetting(QStringLiteral("reminders.quietHours.enabled"),
                                      QStringLiteral("false")));
    }
    startAgent();
}

void TestE2eReminders::cleanupTestCase()
{
    stopAgent();
    m_dunst.stop();
}

void TestE2eReminders::startAgent()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AFTERCARE_REMINDERS_LAUNCHER"),
               m_dir.filePath(QStringLiteral("launcher.sh")));
    m_agent.setProcessEnvironment(env);
    m_agentLog.clear();
    m_agent.start(program, {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("reminders"),
                            QStringLiteral("run")});
    QVERIFY(m_agent.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT((m_agentLog += m_agent.readAllStandardError()).contains("watching"),
                             10000);
}

void TestE2eReminders::stopAgent()
{
    if (m_agent.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_agent.processId()), SIGTERM);
    QVERIFY(m_agent.waitForFinished(settleMs));
    QCOMPARE(m_agent.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_agent.exitCode(), 0);
    m_agentLog += m_agent.readAllStandardError();
    QVERIFY2(m_agentLog.contains("stopped"), m_agentLog.constData());
}

void TestE2eReminders::importSession(const QString& id, const QString& technique, int secondsAgo)
{
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    const QString file = m_dir.filePath(id + QStringLiteral(".json"));
    QFile log(file);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(QStringLiteral("{\"format\": \"aftercare-log\", \"version\": 1, \"sessions\": [{"
                             "\"id\": \"%1\", \"start\": \"%2\", \"durationMinutes\": 60, "
                             "\"technique\": \"%3\"}]}")
                  .arg(id, rfc3339(end.addSecs(-3600)), technique)
                  .toUtf8());
    log.close();
    int exitCode = -1;
    QByteArray errors;
    runCommand(program, {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("import"), file},
               &exitCode, &errors);
    QVERIFY2(exitCode == 0, errors.constData());
}

int TestE2eReminders::notifyCount(const QString& body)
{
    return m_monitor.count(body);
}

bool TestE2eReminders::waitForNotify(const QString& body, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (notifyCount(body) > 0)
            return true;
        QTest::qWait(100);
    }
    return false;
}

QList<storage::PromptEvent> TestE2eReminders::events(const QString& sessionId, const QString& event)
{
    storage::Database database;
    if (!database.open(dataDir()).ok())
        return {};
    storage::Repository repository(database);
    QList<storage::PromptEvent> result;
    for (const storage::PromptEvent& e : repository.promptEvents(sessionId).value)
        if (e.event == event)
            result << e;
    return result;
}

void TestE2eReminders::logNowThroughTheDefaultAction()
{
    // Ended 59 min 55 s ago: its first prompt is due in 5 s; the agent is
    // asleep and learns about the session from the database.
    importSession(QStringLiteral("e2e-a"), QStringLiteral("swedish"), 3595);
    const QString body = QStringLiteral("Swedish massage, 1 hour ago.");
    QVERIFY2(waitForNotify(body, 20000), m_monitor.log().right(2000).constData());
    QVERIFY(m_monitor.log().contains(QStringLiteral("string \"%1\"").arg(title).toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 1, settleMs); // seen on the bus, shown next
    QTRY_COMPARE_WITH_TIMEOUT(events(QStringLiteral("e2e-a"), QStringLiteral("delivered")).size(),
                              1, settleMs);

    // Clicking it: dunst sends ActionInvoked "default".
    m_dunst.invokeAction(0);
    QFile launched(m_dir.filePath(QStringLiteral("launched.txt")));
    QTRY_VERIFY_WITH_TIMEOUT(launched.exists() && launched.size() > 0, settleMs);
    QVERIFY(launched.open(QIODevice::ReadOnly));
    QCOMPARE(launched.readAll().trimmed(),
             QStringLiteral("--data-dir %1 --check-in e2e-a").arg(dataDir()).toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(events(QStringLiteral("e2e-a"), QStringLiteral("log-now")).size(), 1,
                              settleMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 0, settleMs); // the agent closed it
}

void TestE2eReminders::noSorenessThroughTheContextMenu()
{
    importSession(QStringLiteral("e2e-b"), QStringLiteral("sports"), 3597);
    QVERIFY(waitForNotify(QStringLiteral("Sports massage, 1 hour ago."), 20000));
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 1, settleMs);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    m_dunst.choose("No soreness");
    m_dunst.openContextMenu();

    QTRY_COMPARE_WITH_TIMEOUT(events(QStringLiteral("e2e-b"), QStringLiteral("no-soreness")).size(),
                              1, settleMs);
    storage::Database database;
    QVERIFY(database.open(dataDir()).ok());
    storage::Repository repository(database);
    const std::optional<Session> session = repository.session(QStringLiteral("e2e-b")).value;
    QVERIFY(session);
    QCOMPARE(session->checkIns.size(), 1);
    QVERIFY(session->checkIns.first().symptoms.isEmpty());
    QVERIFY(session->checkIns.first().at.utcMillis() >= before.toMSecsSinceEpoch());
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 0, settleMs);
}

void TestE2eReminders::snoozeThroughTheContextMenu()
{
    importSession(QStringLiteral("e2e-c"), QStringLiteral("trigger-point"), 3597);
    QVERIFY(waitForNotify(QStringLiteral("Trigger point massage, 1 hour ago."), 20000));
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 1, settleMs);
    const qint64 pressed = QDateTime::currentMSecsSinceEpoch();
    m_dunst.choose("Snooze 30 min");
    m_dunst.openContextMenu();

    QTRY_COMPARE_WITH_TIMEOUT(events(QStringLiteral("e2e-c"), QStringLiteral("snoozed")).size(), 1,
                              settleMs);
    const storage::PromptEvent snooze =
        events(QStringLiteral("e2e-c"), QStringLiteral("snoozed")).first();
    const qint64 minutes = (snooze.dueUtcMicros / 1000 - pressed) / 60000;
    QVERIFY2(minutes >= 29 && minutes <= 30, qPrintable(QString::number(minutes)));

    // `reminders list` shows it as the session's next prompt.
    int exitCode = -1;
    const QByteArray list = runCommand(program,
                                       {QStringLiteral("--data-dir"), dataDir(),
                                        QStringLiteral("reminders"), QStringLiteral("list")},
                                       &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(list.contains("{\"session\": \"e2e-c\", \"due\": \"") &&
                 list.contains("\"kind\": \"snoozed\"}"),
             list.constData());
    QTRY_COMPARE_WITH_TIMEOUT(m_dunst.displayed(), 0, settleMs);
}

void TestE2eReminders::restartNeitherLosesNorRepeatsAPrompt()
{
    stopAgent();
    // Comes due while no agent runs.
    importSession(QStringLiteral("e2e-d"), QStringLiteral("myofascial"), 3597);
    QTest::qWait(5000); // a window in which nothing may be shown: no agent runs
    const QString body = QStringLiteral("Myofascial release massage, 1 hour ago.");
    QCOMPARE(notifyCount(body), 0);

    startAgent(); // delivers it once
    QVERIFY(waitForNotify(body, 10000));
    QTRY_COMPARE_WITH_TIMEOUT(events(QStringLiteral("e2e-d"), QStringLiteral("delivered")).size(),
                              1, settleMs);

    stopAgent();
    startAgent();       // nothing is due that was not delivered
    QTest::qWait(3000); // a window in which the restarted agent must not repeat it
    // It takes over the one on screen (shown again in its place, so that its buttons
    // answer this run), but shows no second one.
    QCOMPARE(m_monitor.countNew(body), 1);
    QCOMPARE(m_dunst.displayed(), 1);
    for (const char* id : {"e2e-a", "e2e-b", "e2e-c", "e2e-d"})
        QCOMPARE(events(QString::fromLatin1(id), QStringLiteral("delivered")).size(), 1);
    QCOMPARE(notifyCount(QStringLiteral("Swedish massage, 1 hour ago.")), 1);
    m_dunst.closeAll();
}

void TestE2eReminders::agentMapsNoGuiLibraries()
{
    QVERIFY(m_agent.state() == QProcess::Running);
    QFile maps(QStringLiteral("/proc/%1/maps").arg(m_agent.processId()));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY(mapped.contains("libQt6Core"));
    QVERIFY(mapped.contains("libQt6DBus"));
    QVERIFY(mapped.contains("libQt6Sql"));
    QVERIFY(!mapped.contains("libQt6Gui"));
    QVERIFY(!mapped.contains("libQt6Quick"));
    QVERIFY(!mapped.contains("libQt6Qml"));
    QVERIFY(!mapped.contains("libQt6Network"));
}

void TestE2eReminders::oneAgentPerDataFolder()
{
    QVERIFY(m_agent.state() == QProcess::Running);
    int exitCode = -1;
    QByteArray errors;
    runCommand(program,
               {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("reminders"),
                QStringLiteral("run")},
               &exitCode, &errors);
    QCOMPARE(exitCode, 0);
    QVERIFY2(errors.contains("already"), errors.constData());
    QVERIFY(m_agent.state() == QProcess::Running);
}

void TestE2eReminders::listExitCodes()
{
    int exitCode = -1;
    QByteArray errors;
    runCommand(program, {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("reminders")},
               &exitCode, &errors);
    QCOMPARE(exitCode, 2);
    runCommand(program,
               {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("reminders"),
                QStringLiteral("sometimes")},
               &exitCode, &errors);
    QCOMPARE(exitCode, 2);

    // An unusable database: exit 3, the file untouched.
    const QString broken = m_dir.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(broken));
    QFile junk(broken + QStringLiteral("/aftercare.sqlite"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    const QByteArray content(4096, 'x');
    junk.write(content);
    junk.close();
    const QByteArray out = runCommand(
        program,
        {QStringLiteral("--data-dir"), broken, QStringLiteral("reminders"), QStringLiteral("list")},
        &exitCode, &errors);
    QCOMPARE(exitCode, 3);
    QVERIFY(out.isEmpty());
    QVERIFY(!errors.isEmpty());
    QVERIFY(junk.open(QIODevice::ReadOnly));
    QCOMPARE(junk.readAll(), content);
}

QTEST_GUILESS_MAIN(TestE2eReminders)
#include "tst_e2e_reminders.moc"
