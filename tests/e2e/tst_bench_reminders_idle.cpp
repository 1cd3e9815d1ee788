// Idle cost of the reminder agent (ctest label "bench"): with the next prompt
// an hour away, count how often its threads wake over 30 s, from the kernel's
// context-switch counters in /proc/PID/task/*/status. A measurement of the
// process, reported on the test's output; it fails above one wake a minute.
#include "storage/database.h"
#include "storage/repository.h"

#include <QDBusConnection>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace aftercare;

namespace {

struct Switches
{
    qint64 voluntary = 0;
    qint64 involuntary = 0;
    int threads = 0;
};

// Summed over every thread of the process.
Switches switchesOf(qint64 pid)
{
    Switches total;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile status(tasks.filePath(task + QStringLiteral("/status")));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        ++total.threads;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:"))
                total.voluntary += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            else if (line.startsWith("nonvoluntary_ctxt_switches:"))
                total.involuntary += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
    }
    return total;
}

} // namespace

class TestBenchRemindersIdle : public QObject
{
    Q_OBJECT

private slots:
    void idleWakeups();
};

void TestBenchRemindersIdle::idleWakeups()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        // A session that ended a minute ago: its first prompt is 59 minutes away.
        storage::Database database;
        QVERIFY(database.open(dir.path()).ok());
        storage::Repository repository(database);
        Session s;
        s.id = QStringLiteral("bench");
        const qint64 end = (QDateTime::currentMSecsSinceEpoch() / 1000 - 60) * 1000000;
        s.start = Timestamp::fromUtcMicros(end - qint64(3600) * 1000000, 0);
        QCOMPARE(repository.addSession(s).message, QString());
        QVERIFY(repository.setSetting(QStringLiteral("reminders.quietHours.enabled"),
                                      QStringLiteral("false")));
    }

    QProcess agent;
    agent.start(QStringLiteral(AFTERCARE_EXECUTABLE),
                {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("reminders"),
                 QStringLiteral("run")});
    QVERIFY(agent.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += agent.readAllStandardError()).contains("watching"), 10000);
    QTest::qWait(2000); // start-up settles

    const qint64 pid = agent.processId();
    const Switches before = switchesOf(pid);
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(30000);
    const Switches after = switchesOf(pid);
    const double minutes = double(clock.elapsed()) / 60000.0;

    const qint64 wakes = after.voluntary - before.voluntary;
    const double perMinute = double(wakes) / minutes;
    qInfo("reminder agent idle: %lld voluntary and %lld involuntary context switches over %.1f s "
          "in %d threads = %.2f wakes per minute",
          wakes, after.involuntary - before.involuntary, minutes * 60, after.threads, perMinute);

    ::kill(pid_t(pid), SIGTERM);
    QVERIFY(agent.waitForFinished(5000));
    QCOMPARE(agent.exitCode(), 0);
    QVERIFY2(perMinute <= 1.0, "the agent wakes more than once a minute while idle");
}

QTEST_GUILESS_MAIN(TestBenchRemindersIdle)
#include "tst_bench_reminders_idle.moc"
