#include "storage/importplanner.h"

#include "storagetestdata.h"

#include <QTest>

#include <functional>

using namespace aftercare;
using namespace aftercare::storage;
using namespace aftercare::storage::testing;

using LogEdit = std::function<void(Log&)>;

Q_DECLARE_METATYPE(LogEdit)

class TestImportPlanner : public QObject
{
    Q_OBJECT
private slots:
    void importsIntoEmptyDatabase();
    void importTwiceChangesNothing();
    void importMergesCheckInsByInstant();
    void importRefusesConflicts_data();
    void importRefusesConflicts();
    void importRollsBackOnDatabaseFailure();
    void previewCountsWithoutWriting_data();
    void previewCountsWithoutWriting();
};

void TestImportPlanner::importsIntoEmptyDatabase()
{
    Stores stores;
    QVERIFY(stores.open());
    const Log log = threeSessionLog();
    const auto imported = stores.imports.importLog(log);
    const auto& outcome = imported.value;
    const QString& error = imported.message;
    QVERIFY2(imported.ok(), qPrintable(error));
    QCOMPARE(outcome.sessionsInFile, 3);
    QCOMPARE(outcome.checkInsInFile, 6);
    QCOMPARE(outcome.newSessions, 3);
    QCOMPARE(outcome.newCheckIns, 6);
    QCOMPARE(outcome.sessionsAlreadyHere, 0);
    QVERIFY(!outcome.conflict);
    for (const Session& session : log.sessions) {
        const std::optional<Session> stored = stores.sessions.session(session.id).value;
        QVERIFY(stored);
        QVERIFY(stored->sameDetails(session));
        QCOMPARE(stored->checkIns, sortedByInstant(session.checkIns));
    }
}
void TestImportPlanner::importTwiceChangesNothing()
{
    Stores stores;
    QVERIFY(stores.open());
    const Log log = threeSessionLog();
    QVERIFY(stores.imports.importLog(log));
    const QList<Session> before = stores.sessions.allSessions().value;
    const qint64 counter = stores.database.changeCounter().value;

    const auto imported = stores.imports.importLog(log);
    const auto& outcome = imported.value;
    const QString& error = imported.message;
    QVERIFY2(imported.ok(), qPrintable(error));
    QCOMPARE(outcome.newSessions, 0);
    QCOMPARE(outcome.newCheckIns, 0);
    QCOMPARE(outcome.sessionsAlreadyHere, 3);
    QCOMPARE(outcome.sessionsInFile, 3);
    QCOMPARE(outcome.checkInsInFile, 6);
    QCOMPARE(stores.sessions.allSessions().value, before);
    QCOMPARE(stores.database.changeCounter().value, counter);
}
void TestImportPlanner::importMergesCheckInsByInstant()
{
    Stores stores;
    QVERIFY(stores.open());
    Log stored = threeSessionLog();
    stored.sessions.removeLast();
    stored.sessions[0].checkIns.removeLast();
    QVERIFY(stores.imports.importLog(stored));

    const Log full = threeSessionLog();
    const auto imported = stores.imports.importLog(full);
    const auto& outcome = imported.value;
    const QString& error = imported.message;
    QVERIFY2(imported.ok(), qPrintable(error));
    QCOMPARE(outcome.newSessions, 1);
    QCOMPARE(outcome.newCheckIns, 2); // one merged into s-1, one with s-3
    QCOMPARE(outcome.sessionsAlreadyHere, 2);
    QCOMPARE(stores.sessions.session("s-1").value->checkIns, full.sessions.at(0).checkIns);
    QCOMPARE(stores.sessions.allSessions().value.size(), 3);
}
void TestImportPlanner::importRefusesConflicts_data()
{
    QTest::addColumn<LogEdit>("edit");
    QTest::addColumn<QString>("message");
    QTest::newRow("stored session with other details")
        << LogEdit([](Log& log) { log.sessions[1].durationMinutes = 120; })
        << "sessions[1]: a session \"s-2\" with other details is already stored "
           "(durationMinutes differs)";
    QTest::newRow("stored session with another start offset")
        << LogEdit([](Log& log) { log.sessions[0].start = at("2026-11-01T11:00:00+01:00"); })
        << "sessions[0]: a session \"s-1\" with other details is already stored (start differs)";
    QTest::newRow("stored check-in with other content")
        << LogEdit([](Log& log) { log.sessions[0].checkIns[1].symptoms[0].intensity = 5; })
        << "sessions[0].checkIns[1]: a check-in at 2026-11-01T20:00:00Z with other content is "
           "already stored for session \"s-1\"";
    QTest::newRow("stored check-in written with another offset")
        << LogEdit([](Log& log) {
               log.sessions[2].checkIns[0].at = at("2026-11-11T01:00:00Z");
               log.sessions[2].checkIns << checkIn("2026-11-12T01:00:00Z");
           })
        << "sessions[2].checkIns[0]: a check-in at 2026-11-11T01:00:00Z with other content is "
           "already stored for session \"s-3\"";
    QTest::newRow("id twice in the log") << LogEdit([](Log& log) {
        Session copy = log.sessions[0];
        copy.checkIns.clear();
        log.sessions << copy;
    }) << "sessions[3]: the id \"s-1\" is already used by sessions[0]";
    QTest::newRow("instant twice in one session of the log") << LogEdit([](Log& log) {
        log.sessions[0].checkIns << checkIn("2026-11-01T13:00:00+01:00");
    }) << "sessions[0].checkIns[2]: checkIns[0] is at the same instant";
}
void TestImportPlanner::importRefusesConflicts()
{
    QFETCH(LogEdit, edit);
    QFETCH(QString, message);
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.imports.importLog(threeSessionLog()));
    const QList<Session> before = stores.sessions.allSessions().value;
    const qint64 counter = stores.database.changeCounter().value;

    Log log = threeSessionLog();
    edit(log);
    // New material first, so that a partial import would show.
    Session fresh = bareSession("s-new", "2026-11-15T10:00:00Z");
    fresh.checkIns = {checkIn("2026-11-15T12:00:00Z")};
    log.sessions.prepend(fresh);
    // The edit addressed the original indexes; the message names them shifted by one.
    QString expected = message;
    for (int i = 3; i >= 0; --i)
        expected.replace(QStringLiteral("sessions[%1]").arg(i),
                         QStringLiteral("sessions[%1]").arg(i + 1));

    const auto previewed = stores.imports.previewImport(log);
    const auto& preview = previewed.value;
    const QString& previewError = previewed.message;
    QVERIFY(!previewed.ok());
    QVERIFY(preview.conflict);
    const auto imported = stores.imports.importLog(log);
    const auto& outcome = imported.value;
    const QString& error = imported.message;
    QVERIFY(!imported.ok());
    QVERIFY(outcome.conflict);
    QCOMPARE(error, expected);
    QCOMPARE(previewError, expected);
    QCOMPARE(stores.sessions.allSessions().value, before);
    QCOMPARE(stores.database.changeCounter().value, counter);
}
void TestImportPlanner::importRollsBackOnDatabaseFailure()
{
    Stores stores;
    QVERIFY(stores.open());
    Log log = threeSessionLog();
    // Not caught by the planner (the log reader's job); the database refuses it.
    log.sessions[2].checkIns[0].symptoms = {{"neck", 11, {}}};
    const auto imported = stores.imports.importLog(log);
    const auto& outcome = imported.value;
    const QString& error = imported.message;
    QVERIFY(!imported.ok());
    QVERIFY(!outcome.conflict);
    QCOMPARE(outcome.newSessions, 0);
    QVERIFY2(error.contains(stores.database.filePath()), qPrintable(error));
    QVERIFY2(error.contains("CHECK constraint failed"), qPrintable(error));
    QVERIFY(!stores.sessions.hasSessions().value);
    for (const char* table : childTables)
        QCOMPARE(rowCount(stores.database, table), 0);
}
void TestImportPlanner::previewCountsWithoutWriting_data()
{
    QTest::addColumn<int>("storedSessions"); // the first N sessions of the log are stored
    QTest::addColumn<int>("storedCheckInsOfFirst");
    QTest::addColumn<int>("newSessions");
    QTest::addColumn<int>("newCheckIns");
    QTest::addColumn<int>("alreadyHere");
    QTest::newRow("empty database") << 0 << 0 << 3 << 6 << 0;
    QTest::newRow("first session, one check-in") << 1 << 1 << 2 << 5 << 1;
    QTest::newRow("first session, all check-ins") << 1 << 2 << 2 << 4 << 1;
    QTest::newRow("first session without check-ins") << 1 << 0 << 2 << 6 << 1;
    QTest::newRow("everything") << 3 << 2 << 0 << 0 << 3;
}
void TestImportPlanner::previewCountsWithoutWriting()
{
    QFETCH(int, storedSessions);
    QFETCH(int, storedCheckInsOfFirst);
    QFETCH(int, newSessions);
    QFETCH(int, newCheckIns);
    QFETCH(int, alreadyHere);
    Stores stores;
    QVERIFY(stores.open());
    const Log log = threeSessionLog();
    Log stored;
    stored.sessions = log.sessions.mid(0, storedSessions);
    if (storedSessions > 0)
        stored.sessions[0].checkIns = log.sessions[0].checkIns.mid(0, storedCheckInsOfFirst);
    QVERIFY(stores.imports.importLog(stored));
    const QList<Session> before = stores.sessions.allSessions().value;
    const qint64 counter = stores.database.changeCounter().value;

    const auto previewed = stores.imports.previewImport(log);
    const auto& preview = previewed.value;
    const QString& error = previewed.message;
    QVERIFY2(previewed.ok(), qPrintable(error));
    QCOMPARE(preview.sessionsInFile, 3);
    QCOMPARE(preview.checkInsInFile, 6);
    QCOMPARE(preview.newSessions, newSessions);
    QCOMPARE(preview.newCheckIns, newCheckIns);
    QCOMPARE(preview.sessionsAlreadyHere, alreadyHere);
    QCOMPARE(stores.sessions.allSessions().value, before);
    QCOMPARE(stores.database.changeCounter().value, counter);

    const auto imported = stores.imports.importLog(log);
    const auto& outcome = imported.value;
    QVERIFY(imported.ok());
    QCOMPARE(outcome.newSessions, preview.newSessions);
    QCOMPARE(outcome.newCheckIns, preview.newCheckIns);
    QCOMPARE(outcome.sessionsAlreadyHere, preview.sessionsAlreadyHere);
}

QTEST_GUILESS_MAIN(TestImportPlanner)
#include "tst_importplanner.moc"
