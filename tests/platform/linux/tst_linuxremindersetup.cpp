// platform/linux/linuxremindersetup: turning the reminder agent on for good. The autostart
// path for real (a desktop entry that desktop-file-validate accepts, in a temporary
// XDG_CONFIG_HOME, and a real agent that the health probe then sees), the systemd path
// where a user manager runs, and the quoting of the command lines (pure).
#include "linux/linuxremindersetup.h"

#include "reminderfixture.h"
#include "reminders/agentidentity.h"
#include "reminders/reminderhealth.h"

#include <QDBusConnection>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>

using namespace aftercare;
using aftercare::platform::AgentCommand;
using aftercare::platform::LinuxReminderSetup;
using aftercare::platform::ReminderSetupResult;

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

AgentCommand agentFor(const QString& dataDir)
{
    AgentCommand command;
    command.program = QStringLiteral(AFTERCARE_EXECUTABLE);
    command.arguments = {QStringLiteral("--data-dir"), dataDir, QStringLiteral("reminders"),
                         QStringLiteral("run")};
    command.name = reminders::agentBusName(dataDir, QString());
    return command;
}

reminders::ReminderHealthReport probe(const testing::Store& store)
{
    return reminders::ReminderHealth::probeWithoutServer(
        *store.repository, store.dir.path(), QString(), QDBusConnection::sessionBus(),
        testing::instant("2026-06-10T12:00:00Z"), QTimeZone(QByteArrayLiteral("UTC")));
}

// Ends the agent this test started (by its pid from the lock file) and waits for it.
void stopAgent(const testing::Store& store)
{
    const qint64 pid = probe(store).agentPid;
    if (pid > 0)
        ::kill(pid_t(pid), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(!probe(store).agentRunning, 10000);
}

} // namespace

class TestLinuxReminderSetup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void desktopExec_data();
    void desktopExec();
    void systemdExec_data();
    void systemdExec();
    void unitNames();
    void autostartWritesAValidEntryAndStartsTheAgent();
    void withoutSystemdTurnOnTakesTheAutostartPath();
    void systemdUserUnitEnabledAndStarted();
};

void TestLinuxReminderSetup::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
}

void TestLinuxReminderSetup::desktopExec_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << "/usr/bin/aftercare" << QStringList{"reminders", "run"}
                           << "/usr/bin/aftercare reminders run";
    QTest::newRow("space in the folder")
        << "/usr/bin/aftercare" << QStringList{"--data-dir", "/home/a b/data"}
        << "/usr/bin/aftercare --data-dir \"/home/a b/data\"";
    QTest::newRow("percent sign doubled")
        << "/opt/aftercare" << QStringList{"/tmp/100%"} << "/opt/aftercare /tmp/100%%";
    // Inside quotes `"`, `$`, backtick and `\` are escaped, and the value escapes `\` again.
    QTest::newRow("dollar and quote") << "/opt/aftercare" << QStringList{"$HOME \"x\""}
                                      << "/opt/aftercare \"\\\\$HOME \\\\\"x\\\\\"\"";
    QTest::newRow("empty argument") << "/opt/aftercare" << QStringList{""} << "/opt/aftercare \"\"";
}

void TestLinuxReminderSetup::desktopExec()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, exec);
    QCOMPARE(LinuxReminderSetup::desktopExec(program, arguments), exec);
}

void TestLinuxReminderSetup::systemdExec_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << QStringList{"reminders", "run"}
                           << "\"/usr/bin/aftercare\" \"reminders\" \"run\"";
    QTest::newRow("specifier and variable")
        << QStringList{"/data/50%", "$HOME"} << "\"/usr/bin/aftercare\" \"/data/50%%\" \"$$HOME\"";
    QTest::newRow("quote and backslash")
        << QStringList{"a\"b\\c"} << "\"/usr/bin/aftercare\" \"a\\\"b\\\\c\"";
}

void TestLinuxReminderSetup::systemdExec()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, exec);
    QCOMPARE(LinuxReminderSetup::systemdExec(QStringLiteral("/usr/bin/aftercare"), arguments),
             exec);
}

void TestLinuxReminderSetup::unitNames()
{
    AgentCommand command;
    command.name = QStringLiteral("org.aftercare.Aftercare.Reminders");
    QCOMPARE(LinuxReminderSetup::unitName(command), QStringLiteral("aftercare-reminders.service"));
    command.name = QStringLiteral("org.aftercare.Aftercare.Reminders.d0123456789abcdef");
    QCOMPARE(LinuxReminderSetup::unitName(command),
             QStringLiteral("aftercare-reminders-d0123456789abcdef.service"));
}

void TestLinuxReminderSetup::autostartWritesAValidEntryAndStartsTheAgent()
{
    testing::Store store;
    QVERIFY(store.open());
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QVERIFY(!probe(store).agentRunning);

    LinuxReminderSetup setup;
    setup.setConfigHome(config.path());
    const AgentCommand command = agentFor(store.dir.path());
    const ReminderSetupResult result = setup.viaAutostart(command);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.way, ReminderSetupResult::Way::Autostart);
    QCOMPARE(result.file, config.path() + QStringLiteral("/autostart/") + command.name +
                              QStringLiteral(".desktop"));

    // The entry passes the freedesktop validator and runs this agent.
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!validator.isEmpty(), "desktop-file-validate (desktop-file-utils) is not installed");
    QProcess validate;
    validate.setProcessChannelMode(QProcess::MergedChannels);
    validate.start(validator, {result.file});
    QVERIFY(validate.waitForFinished(30000));
    const QString said = QString::fromLocal8Bit(validate.readAll());
    QVERIFY2(validate.exitCode() == 0 && said.trimmed().isEmpty(), qPrintable(said));
    const QString entry = readAll(result.file);
    QVERIFY2(entry.contains(QStringLiteral("\nExec=") + QStringLiteral(AFTERCARE_EXECUTABLE) +
                            QStringLiteral(" --data-dir ") + store.dir.path() +
                            QStringLiteral(" reminders run\n")),
             qPrintable(entry));

    // A real agent for this folder, seen by the health probe the Settings page uses.
    QTRY_VERIFY_WITH_TIMEOUT(probe(store).agentRunning, 15000);
    stopAgent(store);
}

// systemctl missing (or no user manager): turnOn takes the autostart path.
void TestLinuxReminderSetup::withoutSystemdTurnOnTakesTheAutostartPath()
{
    testing::Store store;
    QVERIFY(store.open());
    QTemporaryDir config;
    LinuxReminderSetup setup;
    setup.setConfigHome(config.path());
    setup.setSystemctl(QStringLiteral("/nonexistent/systemctl"));
    QVERIFY(!setup.systemdUserRuns());
    const ReminderSetupResult result = setup.turnOn(agentFor(store.dir.path()));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.way, ReminderSetupResult::Way::Autostart);
    QVERIFY(QFile::exists(result.file));
    QVERIFY(!QFile::exists(config.path() + QStringLiteral("/systemd")));
    QTRY_VERIFY_WITH_TIMEOUT(probe(store).agentRunning, 15000);
    stopAgent(store);
}

// Where a systemd user manager runs: the unit is written to the user's own configuration
// (the manager reads no other), enabled, started; then taken away again.
void TestLinuxReminderSetup::systemdUserUnitEnabledAndStarted()
{
    LinuxReminderSetup setup;
    if (!setup.systemdUserRuns())
        QSKIP("no systemd user manager here (`systemctl --user show-environment` fails): the "
              "systemd path is not tested on this machine, only the autostart path");
    testing::Store store;
    QVERIFY(store.open());
    const AgentCommand command = agentFor(store.dir.path());
    const ReminderSetupResult result = setup.viaSystemd(command);
    const QString unit = LinuxReminderSetup::unitName(command);
    const auto cleanUp = [&] {
        QProcess::execute(
            QStringLiteral("systemctl"),
            {QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"), unit});
        QFile::remove(result.file);
        QProcess::execute(QStringLiteral("systemctl"),
                          {QStringLiteral("--user"), QStringLiteral("daemon-reload")});
    };
    if (!result.ok()) {
        cleanUp();
        QFAIL(qPrintable(result.error));
    }
    QCOMPARE(result.way, ReminderSetupResult::Way::SystemdUser);
    const bool running = QTest::qWaitFor([&] { return probe(store).agentRunning; }, 15000);
    QProcess enabled;
    enabled.start(QStringLiteral("systemctl"),
                  {QStringLiteral("--user"), QStringLiteral("is-enabled"), unit});
    enabled.waitForFinished(10000);
    const QString state = QString::fromLocal8Bit(enabled.readAll()).trimmed();
    cleanUp();
    QVERIFY(running);
    QCOMPARE(state, QStringLiteral("enabled"));
}

QTEST_GUILESS_MAIN(TestLinuxReminderSetup)
#include "tst_linuxremindersetup.moc"
