// Schema v2: each session's list summary (status, count, last check-in, course) is
// cached in its row. A v1 database is migrated with a backfill computed by the
// analysis, and every write that changes check-ins keeps the cache equal to a fresh
// analysis of the stored session.
#include "analysis/analysis.h"
#include "analysis/history.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "storagetestdata.h"
#include "timestamps.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;
using testsupport::at;
using namespace aftercare::storage;
using aftercare::storage::testing::Stores;

namespace {

// The session these tests save check-ins to: "s", deep tissue, 2026-11-20 10:00 UTC.
Session sessionS()
{
    Session session;
    session.id = "s";
    session.start = at("2026-11-20T10:00:00Z");
    session.technique = "deep-tissue";
    return session;
}

// Three sessions as Aftercare 0.1 stored them (schema version 1): one with a red flag,
// one settling, one without check-ins.
const QList<const char*> version1Sessions{
    // 2026-11-20T15:00:00+01:00 = 1795183200 s; 2026-11-10T10:00:00Z = 1794304800 s.
    "INSERT INTO sessions VALUES ('s-flag', '2026-11-20T15:00:00+01:00', 1795183200000000, "
    "3600, 60, 'deep-tissue', 'firm', NULL, NULL)",
    "INSERT INTO session_baseline VALUES ('s-flag', 0, 'lower-back', 2)",
    "INSERT INTO check_ins VALUES (1, 's-flag', '2026-11-20T20:00:00+01:00', 1795201200000000, "
    "3600, NULL)",
    "INSERT INTO symptoms VALUES (1, 1, 0, 'lower-back', 5)",
    "INSERT INTO symptom_qualities VALUES (1, 0, 'aching')",
    "INSERT INTO check_ins VALUES (2, 's-flag', '2026-11-21T09:00:00+01:00', 1795248000000000, "
    "3600, 'hot')",
    "INSERT INTO symptoms VALUES (2, 2, 0, 'lower-back', 6)",
    "INSERT INTO check_in_red_flags VALUES (2, 0, 'fever')",
    "INSERT INTO sessions VALUES ('s-settling', '2026-11-10T10:00:00Z', 1794304800000000, 0, "
    "90, 'swedish', NULL, NULL, NULL)",
    "INSERT INTO check_ins VALUES (3, 's-settling', '2026-11-10T18:00:00Z', 1794333600000000, "
    "0, NULL)",
    "INSERT INTO symptoms VALUES (3, 3, 0, 'neck', 4)",
    "INSERT INTO check_ins VALUES (4, 's-settling', '2026-11-12T18:00:00Z', 1794506400000000, "
    "0, NULL)",
    "INSERT INTO sessions VALUES ('s-empty', '2026-11-01T10:00:00Z', 1793527200000000, 0, 60, "
    "'swedish', NULL, NULL, NULL)",
};

// A fourth session for the files of every earlier version: cauda equina signs answered in
// screening, then one "no soreness" check-in. Versions before 6 cached "on-track" for it.
const QList<const char*> screenedSession{
    "INSERT INTO sessions VALUES ('s-screened', '2026-11-24T15:00:00+01:00', 1795528800000000, "
    "3600, 60, 'swedish', NULL, 'Ana', 'back pain')",
    "INSERT INTO session_areas VALUES ('s-screened', 0, 'lower-back')",
    "INSERT INTO session_screening VALUES ('s-screened', 0, 'cauda-equina-symptoms')",
    "INSERT INTO session_screening VALUES ('s-screened', 1, 'pregnancy')",
    "INSERT INTO check_ins VALUES (5, 's-screened', '2026-11-24T18:00:00+01:00', "
    "1795539600000000, 3600, 'fine')",
};

// What versions 2 to 5 computed for the summaries their step 2 added (filled as they
// would have left them; version 6 computes them again).
const QList<const char*> version2Summaries{
    "UPDATE sessions SET status = 'on-track', check_in_count = (SELECT COUNT(*) FROM check_ins "
    "WHERE session_id = sessions.id)",
    "UPDATE sessions SET status = 'insufficient-data' WHERE check_in_count = 0",
    "UPDATE sessions SET status = 'see-doctor-today', onset_hours = 4.0, peak_hours = 17.0, "
    "peak_excess = 4 WHERE id = 's-flag'",
};

// A database file of schema `version` (1..5), as that version of Aftercare left it.
void writeVersion(const QString& folder, int version, bool withScreenedSession)
{
    const QString name = QStringLiteral("v%1-fixture").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(folder).filePath(Database::fileName()));
        QVERIFY(db.open());
        QSqlQuery query(db);
        // The steps as those versions ran them (a released step never changes).
        QList<const char*> statements = Database::migrationStep(1) + version1Sessions;
        if (withScreenedSession)
            statements += screenedSession;
        for (int step = 2; step <= version; ++step) {
            statements += Database::migrationStep(step);
            if (step == 2)
                statements += version2Summaries;
        }
        for (const char* statement : statements)
            QVERIFY2(query.exec(QString::fromUtf8(statement)),
                     qPrintable(query.lastError().text() + QLatin1Char('\n') + statement));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Opens (migrating) a file of schema `version` written into `folder` by writeVersion;
// it must then be at the latest schema version.
void openMigrated(Database& database, const QString& folder, int version, bool withScreenedSession)
{
    writeVersion(folder, version, withScreenedSession);
    if (QTest::currentTestFailed())
        return;
    const OpenResult opened = database.open(folder);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec("PRAGMA user_version") && query.next());
    QCOMPARE(query.value(0).toInt(), Database::schemaVersion);
}

// The cached summary of every stored session equals a fresh analysis of it.
void verifyCacheMatchesAnalysis(const Repository& repository)
{
    const QList<SessionSummary> summaries = repository.sessionSummaries().value;
    QVERIFY(!summaries.isEmpty());
    for (const SessionSummary& summary : summaries) {
        const std::optional<Session> session = repository.session(summary.id).value;
        QVERIFY(session);
        const analysis::Result result = analysis::analyze(*session);
        const analysis::SessionSummary course = analysis::summarize(*session, result);
        QCOMPARE(summary.status, analysis::statusId(result.status));
        QCOMPARE(summary.grade,
                 result.grade ? analysis::gradeId(*result.grade) : QStringLiteral(""));
        QCOMPARE(summary.checkInCount, int(session->checkIns.size()));
        if (session->checkIns.isEmpty()) {
            QVERIFY(!summary.lastCheckInAt);
        } else {
            QVERIFY(summary.lastCheckInAt);
            QCOMPARE(*summary.lastCheckInAt, session->checkIns.last().at);
        }
        QCOMPARE(summary.onsetHours, course.onsetHours);
        QCOMPARE(summary.peakHours, course.peakHours);
        QCOMPARE(summary.peakExcess, course.peakExcess);
        QCOMPARE(summary.resolvedHours, course.resolvedHours);
    }
    // The technique averages SQLite totals from the cache equal those of the sessions.
    const auto describe = [](const QList<analysis::GroupAverage>& averages) {
        QStringList parts;
        for (const analysis::GroupAverage& a : averages)
            parts << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(a.key)
                         .arg(a.sessionCount)
                         .arg(a.meanOnsetHours.value_or(-1))
                         .arg(a.meanResolvedHours.value_or(-1))
                         .arg(a.meanPeakExcess.value_or(-1));
        return parts.join(QStringLiteral("; "));
    };
    QCOMPARE(describe(analysis::averagesByTechnique(repository.techniqueTotals().value)),
             describe(analysis::averagesByTechnique(
                 analysis::summarize(repository.allSessions().value))));
    // Pages and the recent range are slices of the same newest-first list.
    QList<SessionSummary> paged;
    for (int offset = 0; offset < summaries.size(); offset += 2)
        paged << repository.sessionSummaryPage(offset, 2).value;
    QCOMPARE(paged.size(), summaries.size());
    for (int i = 0; i < summaries.size(); ++i)
        QCOMPARE(paged.at(i).id, summaries.at(i).id);
    const qint64 since = summaries.first().start.utcMicros;
    const QList<SessionSummary> recent = repository.sessionSummariesStartedSince(since).value;
    QVERIFY(!recent.isEmpty());
    for (const SessionSummary& summary : recent)
        QVERIFY(summary.start.utcMicros >= since);
    QCOMPARE(repository.sessionCount().value, int(summaries.size()));
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT
private slots:
    void releasedStepsNeverChange_data();
    void releasedStepsNeverChange();
    void migratesVersion1WithBackfill();
    void migratesEveryEarlierVersion_data();
    void migratesEveryEarlierVersion();
    void keepsVersion2FieldsOfSavedCheckIns();
    void everyWriteKeepsTheCache();
    void savesMarkSummariesUntilStored();
    void onlyTheFirstSaveWritesTheSession();
};

// A save only marks its session's summary (NULL status); readers still get the right
// summary, and storeMarkedSummaries() writes it once for all later reads.
void TestMigration::savesMarkSummariesUntilStored()
{
    Stores stores;
    QVERIFY(stores.open());
    Repository& repository = stores.repository;
    QString error;
    QCOMPARE(repository.addSession(sessionS()).message, QString());
    QCOMPARE(repository.storeMarkedSummaries().value, 0);

    CheckIn sore;
    sore.at = at("2026-11-20T20:00:00Z");
    sore.symptoms = {{"lower-back", 6, {"aching"}}};
    QCOMPARE(repository.addCheckIn("s", sore).message, QString());
    const auto markedRows = [&] {
        QSqlQuery query(stores.database.connection());
        return query.exec("SELECT COUNT(*) FROM sessions WHERE status IS NULL") && query.next()
                   ? query.value(0).toInt()
                   : -1;
    };
    QCOMPARE(markedRows(), 1);
    verifyCacheMatchesAnalysis(repository);
    QCOMPARE(repository.sessionSummaries().value.first().checkInCount, 1);

    QCOMPARE(repository.storeMarkedSummaries().value, 1);
    QCOMPARE(markedRows(), 0);
    verifyCacheMatchesAnalysis(repository);
    QCOMPARE(repository.sessionSummaries().value.first().lastCheckInAt->text, sore.at.text);
    QCOMPARE(repository.storeMarkedSummaries().value, 0);

    // Removing a check-in marks it again; a refused save changes nothing.
    QCOMPARE(repository.removeCheckIn("s", sore.at.utcMicros).message, QString());
    QCOMPARE(markedRows(), 1);
    QCOMPARE(repository.sessionSummaries().value.first().checkInCount, 0);
    QCOMPARE(repository.storeMarkedSummaries().value, 1);
    error = repository.addCheckIn("unknown", sore).message;
    QVERIFY(!error.isEmpty());
    QCOMPARE(error, QStringLiteral("no session \"unknown\" is stored"));
    QCOMPARE(markedRows(), 0);
}

// v4: a summary already marked is not written again, so the saves after the first leave
// the sessions table alone (one page less in every later commit).
void TestMigration::onlyTheFirstSaveWritesTheSession()
{
    Stores stores;
    QVERIFY(stores.open());
    Repository& repository = stores.repository;
    QCOMPARE(repository.addSession(sessionS()).message, QString());
    QCOMPARE(repository.storeMarkedSummaries().value, 0);
    // Every write of a sessions row leaves a row here, whichever connection makes it.
    QSqlQuery query(stores.database.connection());
    QVERIFY(query.exec("CREATE TABLE session_writes (id TEXT)"));
    QVERIFY(query.exec("CREATE TRIGGER count_session_writes AFTER UPDATE ON sessions "
                       "BEGIN INSERT INTO session_writes VALUES (NEW.id); END"));
    const auto sessionWrites = [&] {
        QSqlQuery count(stores.database.connection());
        return count.exec("SELECT COUNT(*) FROM session_writes") && count.next()
                   ? count.value(0).toInt()
                   : -1;
    };

    for (int hour = 12; hour < 16; ++hour) {
        CheckIn checkIn;
        checkIn.at = at(QStringLiteral("2026-11-20T%1:00:00Z").arg(hour).toLatin1().constData());
        checkIn.symptoms = {{"lower-back", hour - 10, {"aching"}}};
        QCOMPARE(repository.addCheckIn("s", checkIn).message, QString());
    }
    QCOMPARE(sessionWrites(), 1);
    QCOMPARE(repository.sessionSummaries().value.first().checkInCount, 4);
    verifyCacheMatchesAnalysis(repository);

    // Stored at the next start, then marked by the next save only once again.
    QCOMPARE(repository.storeMarkedSummaries().value, 1);
    QCOMPARE(sessionWrites(), 2);
    QCOMPARE(repository.removeCheckIn("s", at("2026-11-20T12:00:00Z").utcMicros).message,
             QString());
    QCOMPARE(repository.removeCheckIn("s", at("2026-11-20T13:00:00Z").utcMicros).message,
             QString());
    QCOMPARE(sessionWrites(), 3);
    QCOMPARE(repository.sessionSummaries().value.first().checkInCount, 2);
}

void TestMigration::migratesVersion1WithBackfill()
{
    QTemporaryDir temp;
    Database database;
    openMigrated(database, temp.path(), 1, false);
    if (QTest::currentTestFailed())
        return;
    QSqlQuery query(database.connection());
    QCOMPARE(Database::schemaVersion, 6);
    // v5: which summaries are marked is read from an index, not a scan of the sessions.
    QVERIFY(query.exec("EXPLAIN QUERY PLAN SELECT id FROM sessions WHERE status IS NULL") &&
            query.next());
    QVERIFY2(query.value(3).toString().contains(QStringLiteral("sessions_marked")),
             qPrintable(query.value(3).toString()));
    query.finish();
    // v3: the triggers that mark a session's summary when its check-ins change.
    QVERIFY(query.exec("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                       "'check_ins_%_mark_summary'") &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    query.finish();
    QVERIFY(query.exec("SELECT COUNT(*) FROM sessions WHERE status IS NULL") && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();

    Repository repository(database);
    const QList<SessionSummary> summaries = repository.sessionSummaries().value;
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.at(0).id, QStringLiteral("s-flag")); // newest first
    QCOMPARE(summaries.at(0).checkInCount, 2);
    QCOMPARE(summaries.at(0).lastCheckInAt->text, QStringLiteral("2026-11-21T09:00:00+01:00"));
    QCOMPARE(summaries.at(2).id, QStringLiteral("s-empty"));
    QCOMPARE(summaries.at(2).checkInCount, 0);
    QVERIFY(!summaries.at(2).lastCheckInAt);
    QCOMPARE(summaries.at(2).status, analysis::statusId(analysis::Status::InsufficientData));
    // A fever with soreness is more urgent than "on track": the flag made it to the cache.
    QVERIFY(summaries.at(0).status != analysis::statusId(analysis::Status::OnTrack));
    verifyCacheMatchesAnalysis(repository);

    // Reopening a migrated file changes nothing.
    database.close();
    QVERIFY(database.open(temp.path()).ok());
    Repository reopened(database);
    QCOMPARE(reopened.sessionSummaries().value.size(), 3);
    verifyCacheMatchesAnalysis(reopened);
}

// The files in use ran each released step as it is; the old files this test builds come
// from the same steps, so a changed step would go unnoticed there. Its digest is pinned.
void TestMigration::releasedStepsNeverChange_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("sha256");
    const QByteArray pinned[] = {
        "e5772a0cf65c80144f4efaf0046e29bef177b1a8ce9b78d6d858123bc272eb55",
        "e3a38b7a9baf62782bfe12b8192be98c3f00e2d2b1e38629c862c19fa1484511",
        "2d2540c086188a1cc13bf10cfbd72733306ea5ce4b7a58b22c1bc0365696d1be",
        "197d01667ee7f1b33de75644dfd92039d86910354fe19e202950d73c6f51f21b",
        "59a7ff74ec97330ef2024e41d9c5507d9d2317b1b1fa0be2fe39c7b918414e27",
        "8df69caf30c9199b20d8b83fd72b4b9fc50b594dbfa5180a9d0a23e39aff71ff",
    };
    QCOMPARE(int(std::size(pinned)), Database::schemaVersion);
    for (int version = 1; version <= Database::schemaVersion; ++version)
        QTest::addRow("version %d", version) << version << pinned[version - 1];
}
void TestMigration::releasedStepsNeverChange()
{
    QFETCH(int, version);
    QFETCH(QByteArray, sha256);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QList<const char*> statements = Database::migrationStep(version);
    QVERIFY(!statements.isEmpty());
    for (const char* statement : statements)
        hash.addData(QByteArrayView(statement, qsizetype(qstrlen(statement)) + 1));
    QCOMPARE(hash.result().toHex(), sha256);
}

void TestMigration::migratesEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Database::schemaVersion; ++version)
        QTest::addRow("version %d", version) << version;
}

// Schema v6: a file of every earlier version migrates without loss, and the cached
// summaries are computed again: screening answers now count, and there is a grade.
void TestMigration::migratesEveryEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir temp;
    Database database;
    openMigrated(database, temp.path(), version, true);
    if (QTest::currentTestFailed())
        return;
    QSqlQuery query(database.connection());
    QVERIFY(query.exec("SELECT COUNT(*) FROM sessions WHERE status IS NULL OR (grade IS NULL AND "
                       "check_in_count > 0)") &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();

    Repository repository(database);
    // Nothing lost: every session, check-in, symptom, quality, red flag and text.
    const QList<Session> sessions = repository.allSessions().value;
    QCOMPARE(sessions.size(), 4);
    QStringList ids;
    for (const Session& session : sessions)
        ids << session.id;
    QCOMPARE(ids, (QStringList{"s-empty", "s-settling", "s-flag", "s-screened"}));
    const Session& flag = sessions.at(2);
    QCOMPARE(flag.start.text, QStringLiteral("2026-11-20T15:00:00+01:00"));
    QCOMPARE(flag.pressure, QStringLiteral("firm"));
    QCOMPARE(flag.baseline, (QList<BaselineEntry>{{"lower-back", 2}}));
    QCOMPARE(flag.checkIns.size(), 2);
    QCOMPARE(flag.checkIns.at(0).symptoms, (QList<Symptom>{{"lower-back", 5, {"aching"}}}));
    QCOMPARE(flag.checkIns.at(1).note, QStringLiteral("hot"));
    QCOMPARE(flag.checkIns.at(1).redFlags, QStringList{"fever"});
    QCOMPARE(sessions.at(1).durationMinutes, 90);
    QCOMPARE(sessions.at(1).checkIns.size(), 2);
    const Session& screened = sessions.at(3);
    QCOMPARE(screened.areasWorked, QStringList{"lower-back"});
    QCOMPARE(screened.screening, (QStringList{"cauda-equina-symptoms", "pregnancy"}));
    QCOMPARE(screened.therapist, QStringLiteral("Ana"));
    QCOMPARE(screened.notes, QStringLiteral("back pain"));
    QCOMPARE(screened.checkIns.size(), 1);
    QCOMPARE(screened.checkIns.first().note, QStringLiteral("fine"));
    // Nothing of version 2 is made up for old rows.
    for (const Session& session : sessions) {
        QVERIFY(session.advice.isEmpty() && session.source.isEmpty());
        for (const CheckIn& checkIn : session.checkIns) {
            QVERIFY(!checkIn.recordedAt && checkIn.impact.isEmpty());
            QVERIFY(checkIn.reactions.isEmpty() && checkIn.benefits.isEmpty() &&
                    checkIn.selfCare.isEmpty());
        }
    }

    // The old "on track" of the screened session is now what its answers say.
    const QList<SessionSummary> summaries = repository.sessionSummaries().value;
    QCOMPARE(summaries.first().id, QStringLiteral("s-screened"));
    QCOMPARE(summaries.first().status, QStringLiteral("emergency"));
    QCOMPARE(summaries.first().grade, QStringLiteral("none"));
    QCOMPARE(summaries.last().id, QStringLiteral("s-empty"));
    QCOMPARE(summaries.last().grade, QString());
    verifyCacheMatchesAnalysis(repository);

    // The migrated file takes the new fields.
    CheckIn checkIn;
    checkIn.at = at("2026-11-25T09:00:00+01:00");
    checkIn.recordedAt = at("2026-11-25T09:30:00+01:00");
    checkIn.impact = "a-lot";
    checkIn.reactions = {"headache"};
    checkIn.selfCare = {{"rest", "yes"}};
    QCOMPARE(repository.addCheckIn("s-screened", checkIn).message, QString());
    QCOMPARE(repository.session("s-screened").value->checkIns.last(), checkIn);
    QCOMPARE(repository.sessionSummaries().value.first().grade, QStringLiteral("moderate"));
}

// Every version 2 member is stored and read back as it was, through every write.
void TestMigration::keepsVersion2FieldsOfSavedCheckIns()
{
    Stores stores;
    QVERIFY(stores.open());
    Repository& repository = stores.repository;
    QString error;
    Session session = sessionS();
    session.advice = QStringLiteral("Heat tonight; no heavy lifting for 24 h");
    session.source = QStringLiteral("session-card");
    CheckIn first;
    first.at = at("2026-11-20T20:00:00+01:00");
    first.recordedAt = at("2026-11-20T19:00:00Z"); // the same instant, written otherwise
    first.impact = QStringLiteral("a-little");
    first.reactions = {"tiredness", "headache", "tiredness"};
    first.benefits = {"relaxed", "better-mood"};
    first.selfCare = {{"walk", "yes"}, {"water", ""}, {"painkiller", "not-sure"}};
    session.checkIns = {first};
    QCOMPARE(repository.addSession(session).message, QString());
    QCOMPARE(*repository.session("s").value, session);

    CheckIn second = first;
    second.at = at("2026-11-21T08:00:00Z");
    second.recordedAt = at("2026-11-22T08:00:00.123456-05:00");
    second.impact.clear();
    second.selfCare = {{"heat", "no"}};
    QCOMPARE(repository.addCheckIn("s", second).message, QString());
    CheckIn replaced = second;
    replaced.benefits.clear();
    replaced.impact = QStringLiteral("unable");
    QCOMPARE(repository.replaceCheckIn("s", second.at.utcMicros, replaced).message, QString());
    session.checkIns = {first, replaced};
    QCOMPARE(*repository.session("s").value, session);

    // Importing the same again changes nothing; another advice is a conflict, named.
    Log log;
    log.sessions = {session};
    const auto again = repository.importLog(log);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.value.newCheckIns, 0);
    log.sessions.first().advice = QStringLiteral("Cold tonight");
    error = repository.importLog(log).message;
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("advice differs")), qPrintable(error));
    log.sessions.first() = session;
    log.sessions.first().checkIns.first().reactions.clear();
    error = repository.importLog(log).message;
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("other content")), qPrintable(error));
    QCOMPARE(*repository.session("s").value, session);

    // A check-in recorded before it was felt is refused by the schema, and nothing changes.
    CheckIn early = first;
    early.at = at("2026-11-23T08:00:00Z");
    early.recordedAt = at("2026-11-23T07:59:59Z");
    error = repository.addCheckIn("s", early).message;
    QVERIFY(!error.isEmpty());
    QCOMPARE(*repository.session("s").value, session);
    verifyCacheMatchesAnalysis(repository);
}

void TestMigration::everyWriteKeepsTheCache()
{
    Stores stores;
    QVERIFY(stores.open());
    Repository& repository = stores.repository;

    Session session = sessionS();
    session.baseline = {{"lower-back", 1}};
    QCOMPARE(repository.addSession(session).message, QString());
    verifyCacheMatchesAnalysis(repository);
    QCOMPARE(repository.sessionSummaries().value.first().checkInCount, 0);

    CheckIn sore;
    sore.at = at("2026-11-20T20:00:00Z");
    sore.symptoms = {{"lower-back", 6, {"aching"}}};
    QCOMPARE(repository.addCheckIn("s", sore).message, QString());
    verifyCacheMatchesAnalysis(repository);
    QCOMPARE(repository.sessionSummaries().value.first().checkInCount, 1);

    CheckIn flagged;
    flagged.at = at("2026-11-21T08:00:00Z");
    flagged.symptoms = {{"lower-back", 7, {}}};
    flagged.redFlags = {"fever"};
    QCOMPARE(repository.addCheckIn("s", flagged).message, QString());
    const QString flaggedStatus = repository.sessionSummaries().value.first().status;
    verifyCacheMatchesAnalysis(repository);

    CheckIn calm = flagged;
    calm.redFlags.clear();
    calm.symptoms = {{"lower-back", 1, {}}};
    calm.at = at("2026-11-23T08:00:00Z");
    QCOMPARE(repository.replaceCheckIn("s", flagged.at.utcMicros, calm).message, QString());
    verifyCacheMatchesAnalysis(repository);
    QVERIFY(repository.sessionSummaries().value.first().status != flaggedStatus);
    QCOMPARE(repository.sessionSummaries().value.first().lastCheckInAt->text, calm.at.text);

    QCOMPARE(repository.removeCheckIn("s", calm.at.utcMicros).message, QString());
    verifyCacheMatchesAnalysis(repository);
    QCOMPARE(repository.sessionSummaries().value.first().lastCheckInAt->text, sore.at.text);

    // An import adding check-ins to a stored session and a new session.
    Log log;
    Session again = *repository.session("s").value;
    again.checkIns << flagged;
    Session other;
    other.id = "t";
    other.start = at("2026-11-22T10:00:00Z");
    other.technique = "swedish";
    other.checkIns = {sore};
    other.checkIns.first().at = at("2026-11-22T18:00:00Z");
    log.sessions = {again, other};
    const auto imported = repository.importLog(log);
    const auto& outcome = imported.value;
    QVERIFY2(imported.ok(), qPrintable(imported.message));
    QCOMPARE(outcome.newCheckIns, 2);
    verifyCacheMatchesAnalysis(repository);
    QCOMPARE(repository.sessionSummaries().value.size(), 2);
    QCOMPARE(repository.sessionSummaries().value.last().status, flaggedStatus);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
