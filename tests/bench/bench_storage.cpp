// Storage benchmarks for tests/bench/run.sh (times only, no budgets: run.sh judges).
//
//   bench_storage save DIR [N]
//       Repository::addCheckIn against a raw sqlite3 insert-and-commit of the same
//       check-in (WAL, synchronous=FULL, prepared statements, one transaction each),
//       interleaved one by one in DIR/repository and DIR/raw; prints medians in ms.
//   bench_storage fill DIR CHECK_INS PER_SESSION
//       Stores the bench generator's sessions, moved so the newest started two days ago.
//   bench_storage open SMALL_DIR BIG_DIR [N]
//       Opens the newest session of SMALL_DIR's database the way the Session page
//       does (Repository::session + analysis::analyze), and the session with the same
//       id in BIG_DIR's, interleaved; prints medians in ms.
//   bench_storage summaries DIR [N]
//       Repository::sessionSummaries (the home page's one query); median in ms.
#include "analysis/analysis.h"
#include "loggenerator.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace aftercare;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// CPU time of the last timeMs call: its wall time less the waits (fsync, locks).
double lastCpuMs = 0;

double timeMs(const std::function<bool()>& work)
{
    QElapsedTimer timer;
    const double cpuStart = threadCpuMs();
    timer.start();
    if (!work()) {
        std::fputs("bench_storage: a timed step failed\n", stderr);
        std::exit(1);
    }
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    lastCpuMs = threadCpuMs() - cpuStart;
    return wall;
}

bool openOrFail(storage::Database& database, const QString& dir)
{
    const storage::OpenResult result = database.open(dir);
    if (!result.ok())
        std::fprintf(stderr, "bench_storage: %s\n", qPrintable(result.message));
    return result.ok();
}

// The check-in tables the raw side writes: the same shape as Aftercare's.
class RawStore
{
public:
    explicit RawStore(const QString& path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            fail("open");
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        exec("PRAGMA foreign_keys = ON");
        exec("CREATE TABLE IF NOT EXISTS check_ins (id INTEGER PRIMARY KEY, session_id TEXT "
             "NOT NULL, at_text TEXT NOT NULL, at_utc INTEGER NOT NULL, at_offset INTEGER NOT "
             "NULL, note TEXT)");
        exec("CREATE UNIQUE INDEX IF NOT EXISTS check_ins_by_session_time ON check_ins "
             "(session_id, at_utc)");
        exec("CREATE TABLE IF NOT EXISTS symptoms (id INTEGER PRIMARY KEY, check_in_id INTEGER "
             "NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
             "region TEXT NOT NULL, intensity INTEGER NOT NULL, UNIQUE (check_in_id, position), "
             "UNIQUE (check_in_id, region))");
        exec("CREATE TABLE IF NOT EXISTS symptom_qualities (symptom_id INTEGER NOT NULL "
             "REFERENCES symptoms (id) ON DELETE CASCADE, position INTEGER NOT NULL, quality "
             "TEXT NOT NULL, PRIMARY KEY (symptom_id, position)) WITHOUT ROWID");
        prepare(&m_checkIn, "INSERT INTO check_ins (session_id, at_text, at_utc, at_offset, "
                            "note) VALUES (?, ?, ?, ?, ?)");
        prepare(&m_symptom, "INSERT INTO symptoms (check_in_id, position, region, intensity) "
                            "VALUES (?, ?, ?, ?)");
        prepare(&m_quality,
                "INSERT INTO symptom_qualities (symptom_id, position, quality) VALUES (?, ?, ?)");
    }
    ~RawStore()
    {
        for (sqlite3_stmt* statement : {m_checkIn, m_symptom, m_quality})
            sqlite3_finalize(statement);
        sqlite3_close(m_db);
    }

    bool insert(const QString& sessionId, const CheckIn& checkIn)
    {
        exec("BEGIN IMMEDIATE");
        const QByteArray id = sessionId.toUtf8();
        const QByteArray at = checkIn.at.text.toUtf8();
        const QByteArray note = checkIn.note.toUtf8();
        sqlite3_bind_text(m_checkIn, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_checkIn, 2, at.constData(), int(at.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_checkIn, 3, checkIn.at.utcMicros);
        sqlite3_bind_int(m_checkIn, 4, checkIn.at.offsetSeconds);
        if (note.isEmpty())
            sqlite3_bind_null(m_checkIn, 5);
        else
            sqlite3_bind_text(m_checkIn, 5, note.constData(), int(note.size()), SQLITE_TRANSIENT);
        step(m_checkIn);
        const sqlite3_int64 checkInId = sqlite3_last_insert_rowid(m_db);
        for (int i = 0; i < checkIn.symptoms.size(); ++i) {
            const Symptom& symptom = checkIn.symptoms.at(i);
            const QByteArray region = symptom.region.toUtf8();
            sqlite3_bind_int64(m_symptom, 1, checkInId);
            sqlite3_bind_int(m_symptom, 2, i);
            sqlite3_bind_text(m_symptom, 3, region.constData(), int(region.size()),
                              SQLITE_TRANSIENT);
            sqlite3_bind_int(m_symptom, 4, symptom.intensity);
            step(m_symptom);
            const sqlite3_int64 symptomId = sqlite3_last_insert_rowid(m_db);
            for (int q = 0; q < symptom.qualities.size(); ++q) {
                const QByteArray quality = symptom.qualities.at(q).toUtf8();
                sqlite3_bind_int64(m_quality, 1, symptomId);
                sqlite3_bind_int(m_quality, 2, q);
                sqlite3_bind_text(m_quality, 3, quality.constData(), int(quality.size()),
                                  SQLITE_TRANSIENT);
                step(m_quality);
            }
        }
        exec("COMMIT");
        return true;
    }

private:
    [[noreturn]] void fail(const char* what)
    {
        std::fprintf(stderr, "bench_storage: raw sqlite3 %s: %s\n", what, sqlite3_errmsg(m_db));
        std::exit(1);
    }
    void exec(const char* sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(sql);
    }
    void prepare(sqlite3_stmt** statement, const char* sql)
    {
        if (sqlite3_prepare_v2(m_db, sql, -1, statement, nullptr) != SQLITE_OK)
            fail(sql);
    }
    void step(sqlite3_stmt* statement)
    {
        if (sqlite3_step(statement) != SQLITE_DONE)
            fail("insert");
        sqlite3_reset(statement);
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_checkIn = nullptr;
    sqlite3_stmt* m_symptom = nullptr;
    sqlite3_stmt* m_quality = nullptr;
};

int save(const QString& dir, int count)
{
    // One session of `count` check-ins as the generator writes them (one to three sore
    // regions, some qualities): its details are stored first, then each check-in.
    const QList<Session> generated = bench::generateSessions(count, count);
    Session session = generated.first();
    const QList<CheckIn> checkIns = session.checkIns;
    session.checkIns.clear();

    QDir(dir).removeRecursively();
    QDir().mkpath(dir + QStringLiteral("/raw"));
    storage::Database database;
    if (!openOrFail(database, dir + QStringLiteral("/repository")))
        return 1;
    storage::Repository repository(database);
    if (const auto added = repository.addSession(session); !added) {
        std::fprintf(stderr, "bench_storage: %s\n", qPrintable(added.message));
        return 1;
    }
    RawStore raw(dir + QStringLiteral("/raw/raw.sqlite"));

    QList<double> repositoryMs, rawMs, repositoryCpuMs, rawCpuMs;
    for (int i = 0; i < checkIns.size(); ++i) {
        const CheckIn& checkIn = checkIns.at(i);
        const auto viaRepository = [&] {
            repositoryMs << timeMs([&] { return repository.addCheckIn(session.id, checkIn).ok(); });
            repositoryCpuMs << lastCpuMs;
        };
        const auto viaRaw = [&] {
            rawMs << timeMs([&] { return raw.insert(session.id, checkIn); });
            rawCpuMs << lastCpuMs;
        };
        // Alternate which goes first, so neither always follows the other's fsync.
        if (i % 2) {
            viaRepository();
            viaRaw();
        } else {
            viaRaw();
            viaRepository();
        }
    }
    std::printf("save_checkins %lld\n", qlonglong(checkIns.size()));
    std::printf("save_repository_ms %.3f\n", median(repositoryMs));
    std::printf("save_raw_ms %.3f\n", median(rawMs));
    std::printf("save_repository_cpu_ms %.3f\n", median(repositoryCpuMs));
    std::printf("save_raw_cpu_ms %.3f\n", median(rawCpuMs));
    return 0;
}

// A history of `checkIns` check-ins, `perSession` a session, as the bench generator
// writes it but moved in time so that the newest session started two days ago: a
// past history with one recent session, as a person who has used Aftercare for
// years has it. Stored through Repository::importLog, as `aftercare import` does.
int fill(const QString& dir, int checkIns, int perSession)
{
    QList<Session> sessions = bench::generateSessions(checkIns, perSession);
    if (sessions.isEmpty())
        return 1;
    const qint64 newestStart =
        (QDateTime::currentSecsSinceEpoch() - 2 * 24 * 3600) * qint64(1000000);
    const qint64 shift = newestStart - sessions.last().start.utcMicros;
    const auto moved = [shift](const Timestamp& t) {
        return Timestamp::fromUtcMicros(t.utcMicros + shift, t.offsetSeconds);
    };
    for (Session& session : sessions) {
        session.start = moved(session.start);
        for (CheckIn& checkIn : session.checkIns)
            checkIn.at = moved(checkIn.at);
    }
    storage::Database database;
    if (!openOrFail(database, dir))
        return 1;
    storage::Repository repository(database);
    Log log;
    log.sessions = sessions;
    storage::ImportOutcome outcome;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const auto imported = repository.importLog(log);
    outcome = imported.value;
    error = imported.message;
    if (!imported.ok()) {
        std::fprintf(stderr, "bench_storage: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("fill_sessions %d\nfill_check_ins %d\nfill_ms %lld\n", outcome.newSessions,
                outcome.newCheckIns, timer.elapsed());
    return 0;
}

int open(const QString& smallDir, const QString& bigDir, int rounds)
{
    storage::Database small, big;
    if (!openOrFail(small, smallDir) || !openOrFail(big, bigDir))
        return 1;
    storage::Repository smallRepository(small), bigRepository(big);
    const QList<storage::SessionSummary> summaries = smallRepository.sessionSummaries().value;
    if (summaries.isEmpty()) {
        std::fputs("bench_storage: the small database holds no session\n", stderr);
        return 1;
    }
    const QString id = summaries.first().id;
    int checkIns = 0;
    const auto load = [&](const storage::Repository& repository) {
        const std::optional<Session> session = repository.session(id).value;
        if (!session)
            return false;
        checkIns = int(session->checkIns.size());
        const analysis::Result result = analysis::analyze(*session);
        return result.status != analysis::Status(-1);
    };
    QList<double> smallMs, bigMs;
    for (int i = 0; i < rounds; ++i) {
        smallMs << timeMs([&] { return load(smallRepository); });
        bigMs << timeMs([&] { return load(bigRepository); });
    }
    std::printf("open_session %s %d\n", qPrintable(id), checkIns);
    std::printf("open_small_ms %.3f\n", median(smallMs));
    std::printf("open_big_ms %.3f\n", median(bigMs));
    return 0;
}

int summaries(const QString& dir, int rounds)
{
    storage::Database database;
    if (!openOrFail(database, dir))
        return 1;
    storage::Repository repository(database);
    QList<double> ms;
    qsizetype count = 0;
    for (int i = 0; i < rounds; ++i)
        ms << timeMs([&] {
            count = repository.sessionSummaries().value.size();
            return true;
        });
    std::printf("summaries %lld\n", qlonglong(count));
    std::printf("summaries_ms %.3f\n", median(ms));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("save") && args.size() >= 3)
        return save(args.at(2), args.value(3, QStringLiteral("100")).toInt());
    if (mode == QLatin1String("fill") && args.size() >= 5)
        return fill(args.at(2), args.at(3).toInt(), args.at(4).toInt());
    if (mode == QLatin1String("open") && args.size() >= 4)
        return open(args.at(2), args.at(3), args.value(4, QStringLiteral("30")).toInt());
    if (mode == QLatin1String("summaries") && args.size() >= 3)
        return summaries(args.at(2), args.value(3, QStringLiteral("30")).toInt());
    std::fputs("usage: bench_storage save DIR [N] | fill DIR CHECK_INS PER_SESSION | "
               "open SMALL_DIR BIG_DIR [N] | summaries DIR [N]\n",
               stderr);
    return 2;
}
