#include "crashdata.h"
#include "exchange/logwriter.h"
#include "faultsupport.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

// Kills real writers with SIGKILL at random moments (fixed seed), then opens the database:
// it must pass PRAGMA integrity_check, hold every check-in the writer reported as committed,
// and nothing but whole transactions.
namespace {

using namespace aftercare;

constexpr quint32 randomSeed = 20261124;

// Reads lines as they come; `waitForLine` blocks until one starting with `prefix` arrives.
class LineReader
{
public:
    explicit LineReader(QProcess& process)
        : m_process(process)
    {}

    bool waitForLine(const QByteArray& prefix, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            m_buffer += m_process.readAllStandardOutput();
            for (const QByteArray& line : m_buffer.split('\n')) {
                if (line.startsWith(prefix))
                    return true;
            }
            if (m_process.state() == QProcess::NotRunning || timer.elapsed() > timeoutMs)
                return false;
            m_process.waitForReadyRead(100);
        }
    }
    // Complete lines only: a line cut by the kill was never fully reported.
    QList<QByteArray> lines()
    {
        m_buffer += m_process.readAllStandardOutput();
        QList<QByteArray> complete = m_buffer.split('\n');
        complete.removeLast();
        return complete;
    }

private:
    QProcess& m_process;
    QByteArray m_buffer;
};

// Kills `process` with SIGKILL unless it has already ended; true when the kill hit it alive.
bool killNow(QProcess& process)
{
    if (process.waitForFinished(0) || process.state() == QProcess::NotRunning)
        return false;
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(60000);
    return process.exitStatus() == QProcess::CrashExit;
}

QString integrityOf(const storage::Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return QStringLiteral("integrity_check could not run");
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void writerKilledAtRandomMoments();
    void importKilledAtRandomMoments();
};

void TestCrashSafety::writerKilledAtRandomMoments()
{
    const QString writerProgram = QStringLiteral(CRASHWRITER_EXECUTABLE);
    QTemporaryDir temp;
    const QString dataDir = temp.filePath(QStringLiteral("data"));
    QRandomGenerator random(randomSeed);
    constexpr int kills = 200;

    int stored = 0; // check-ins in the database after the previous kill
    int highestReported = -1;
    int killsWhileOpening = 0;
    int killsWhileWriting = 0;
    int committedButUnreported = 0;
    QElapsedTimer clock;
    clock.start();

    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.start(writerProgram, {dataDir});
        QVERIFY2(writer.waitForStarted(60000), qPrintable(writer.errorString()));
        LineReader reader(writer);
        // Odd rounds count the delay from the moment the database is open, so that about half
        // of the kills land among the commits whatever the start-up costs on this machine.
        if (round % 2 == 1)
            QVERIFY2(reader.waitForLine("ready", 120000),
                     writer.readAllStandardError().constData());
        QThread::msleep(random.bounded(51));
        const bool killed = killNow(writer);
        QVERIFY2(killed, qPrintable(QStringLiteral("round %1: the writer ended by itself: %2")
                                        .arg(round)
                                        .arg(QString::fromUtf8(writer.readAllStandardError()))));

        int reportedThisRound = 0;
        bool sawReady = false;
        for (const QByteArray& line : reader.lines()) {
            if (line.startsWith("ready ")) {
                sawReady = true;
                QCOMPARE(line.mid(6).toInt(), stored);
            } else if (line.startsWith("saved ")) {
                const QList<QByteArray> fields = line.split(' ');
                QCOMPARE(fields.size(), 3);
                const int index = fields.at(1).toInt();
                QCOMPARE(index, stored + reportedThisRound);
                QCOMPARE(fields.at(2), faults::crash::checkIn(index).at.text.toUtf8());
                highestReported = index;
                ++reportedThisRound;
            }
        }
        ++(sawReady ? killsWhileWriting : killsWhileOpening);

        storage::Database database;
        const storage::OpenResult opened = database.open(dataDir);
        QVERIFY2(opened.ok(),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(opened.message)));
        QCOMPARE(integrityOf(database), QStringLiteral("ok"));
        storage::Repository repository(database);
        const auto read = repository.session(faults::crash::sessionId);
        QVERIFY2(read.ok(), qPrintable(read.message));
        const std::optional<Session> session = read.value;
        const int now = session ? int(session->checkIns.size()) : 0;
        // Every reported check-in is there; at most one more (committed, killed before it was
        // reported); each holds exactly what was written.
        QVERIFY2(now >= highestReported + 1,
                 qPrintable(QStringLiteral("round %1: %2 check-ins stored, check-in %3 was "
                                           "reported as saved")
                                .arg(round)
                                .arg(now)
                                .arg(highestReported)));
        QVERIFY2(now <= stored + reportedThisRound + 1,
                 qPrintable(QStringLiteral("round %1: %2 stored, %3 before, %4 reported")
                                .arg(round)
                                .arg(now)
                                .arg(stored)
                                .arg(reportedThisRound)));
        if (session) {
            QVERIFY(session->sameDetails(faults::crash::session()));
            for (int i = stored; i < now; ++i)
                QVERIFY2(session->checkIns.at(i) == faults::crash::checkIn(i),
                         qPrintable(QStringLiteral("check-in %1 differs").arg(i)));
        }
        committedButUnreported += now - (stored + reportedThisRound);
        stored = now;
    }
    qInfo("%d kills in %lld ms: %d while opening, %d among commits; %d check-ins stored, %d of "
          "them committed but killed before they were reported",
          kills, qlonglong(clock.elapsed()), killsWhileOpening, killsWhileWriting, stored,
          committedButUnreported);
    QVERIFY2(stored >= kills / 4, "too few commits happened to prove anything");
}

void TestCrashSafety::importKilledAtRandomMoments()
{
    QTemporaryDir temp;
    QRandomGenerator random(randomSeed + 1);
    const QList<Session> big = faults::bigLog(150, 100);
    const QString logFile = temp.filePath(QStringLiteral("big.json"));
    QVERIFY(faults::writeBytes(logFile, exchange::writeLog(big, big.first().start)));

    // A seeded database, closed cleanly: every round starts from a copy of it.
    const QString seeded = temp.filePath(QStringLiteral("seeded"));
    const faults::Run seeding =
        faults::runAftercare({QStringLiteral("--data-dir"), seeded, QStringLiteral("import"),
                              faults::sourcePath(QStringLiteral("tests/faults/seed.json"))});
    QVERIFY2(seeding.exitCode == 0, qPrintable(seeding.describe()));
    QList<Session> seedSessions;
    {
        storage::Database database;
        QVERIFY(database.open(seeded).ok());
        seedSessions = storage::Repository(database).allSessions().value;
        QCOMPARE(seedSessions.size(), 2);
    }

    // How long a whole import takes here, so that the kills spread over all of it.
    const QString calibration = temp.filePath(QStringLiteral("calibration"));
    QVERIFY(faults::copyFolder(seeded, calibration));
    QElapsedTimer timer;
    timer.start();
    const faults::Run whole = faults::runAftercare(
        {QStringLiteral("--data-dir"), calibration, QStringLiteral("import"), logFile});
    const qint64 importMs = timer.elapsed();
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.describe()));

    constexpr int wantedKills = 30;
    int kills = 0, nothing = 0, everything = 0, finishedFirst = 0;
    for (int round = 0; kills < wantedKills; ++round) {
        QVERIFY2(round < 4 * wantedKills, "the import keeps finishing before the kill");
        const QString dataDir = temp.filePath(QStringLiteral("round-%1").arg(round));
        QVERIFY(faults::copyFolder(seeded, dataDir));
        QProcess importer;
        importer.start(faults::aftercareExecutable(),
                       {QStringLiteral("--data-dir"), dataDir, QStringLiteral("import"), logFile});
        QVERIFY(importer.waitForStarted(60000));
        QThread::msleep(random.bounded(int(importMs * 11 / 10) + 1));
        const bool killed = killNow(importer);
        if (killed) {
            ++kills;
        } else {
            ++finishedFirst;
            QVERIFY2(importer.exitCode() == 0, importer.readAllStandardError().constData());
        }

        storage::Database database;
        const storage::OpenResult opened = database.open(dataDir);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(integrityOf(database), QStringLiteral("ok"));
        const auto all = storage::Repository(database).allSessions();
        QVERIFY2(all.ok(), qPrintable(all.message));
        QHash<QString, Session> byId;
        for (const Session& session : all.value)
            byId.insert(session.id, session);
        for (const Session& seed : std::as_const(seedSessions))
            QVERIFY(byId.value(seed.id) == seed);
        int present = 0;
        for (const Session& session : big) {
            if (byId.contains(session.id)) {
                ++present;
                QVERIFY2(byId.value(session.id) == session, qPrintable(session.id));
            }
        }
        QVERIFY2(present == 0 || present == big.size(),
                 qPrintable(QStringLiteral("round %1: %2 of %3 sessions of the file are stored")
                                .arg(round)
                                .arg(present)
                                .arg(big.size())));
        QCOMPARE(all.value.size(), seedSessions.size() + present);
        if (killed)
            ++(present == 0 ? nothing : everything);
        database.close();
        QDir(dataDir).removeRecursively();
    }
    qInfo("whole import %lld ms; %d kills (%d left nothing, %d left everything), %d imports "
          "finished before their kill",
          qlonglong(importMs), kills, nothing, everything, finishedFirst);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
