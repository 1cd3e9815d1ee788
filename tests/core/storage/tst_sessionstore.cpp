#include "storage/sessionstore.h"

#include "analysis/analysis.h"

#include "storagetestdata.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::storage;
using namespace aftercare::storage::testing;

Q_DECLARE_METATYPE(aftercare::Session)
Q_DECLARE_METATYPE(aftercare::CheckIn)
Q_DECLARE_METATYPE(aftercare::storage::SelfCareAnswers)

class TestSessionStore : public QObject
{
    Q_OBJECT
private slots:
    void storesAndLoadsEveryField();
    void unknownSessionIsAbsent();
    void keepsTextAfterASwappedMark();
    void allSessionsOldestFirst();
    void hasSessions();
    void addSessionRefusesWholly_data();
    void addSessionRefusesWholly();
    void addsCheckInsInInstantOrder();
    void addCheckInRefuses_data();
    void addCheckInRefuses();
    void addCheckInAnswersEarlierSelfCare();
    void addCheckInWithAWrongAnswerWritesNothing_data();
    void addCheckInWithAWrongAnswerWritesNothing();
    void replacesCheckIn();
    void replaceCheckInRollsBack_data();
    void replaceCheckInRollsBack();
    void removeCheckInCascades();
    void removeSessionCascades();
    void replacesSessionDetailsKeepingCheckIns();
};

void TestSessionStore::storesAndLoadsEveryField()
{
    Stores stores;
    QVERIFY(stores.open());
    const Session session = fullSession();
    QCOMPARE(stores.sessions.addSession(session).message, QString());

    const std::optional<Session> loaded = stores.sessions.session("s-full").value;
    QVERIFY(loaded);
    QVERIFY(loaded->sameDetails(session));
    QCOMPARE(loaded->checkIns, sortedByInstant(session.checkIns));
    // Written offsets and fractions are kept exactly.
    QCOMPARE(loaded->checkIns.at(0).at.text, QStringLiteral("2026-11-20T16:30:00Z"));
    QCOMPARE(loaded->checkIns.at(2).at.text, QStringLiteral("2026-11-21T09:30:00.250+01:00"));
    QCOMPARE(loaded->checkIns.at(2).at.offsetSeconds, 3600);
    QCOMPARE(loaded->checkIns.at(2).at.utcMicros, at("2026-11-21T08:30:00.25Z").utcMicros);
    QCOMPARE(loaded->checkIns.at(1).symptoms.at(0).qualities,
             QStringList({"tingling", "aching", "burning"}));
    QCOMPARE(loaded->start.offsetSeconds, 3600);

    // A session with nothing optional comes back with nothing optional.
    const Session bare = bareSession("s-bare", "2026-11-22T08:00:00Z");
    QCOMPARE(stores.sessions.addSession(bare).message, QString());
    const std::optional<Session> loadedBare = stores.sessions.session("s-bare").value;
    QVERIFY(loadedBare);
    QCOMPARE(*loadedBare, bare);
    QVERIFY(loadedBare->pressure.isEmpty());
    QCOMPARE(loadedBare->technique, QStringLiteral("other"));
    QCOMPARE(loadedBare->durationMinutes, 60);
}
void TestSessionStore::unknownSessionIsAbsent()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(!stores.sessions.session("nope").value);
    QVERIFY(stores.sessions.addSession(bareSession("s", "2026-11-22T08:00:00Z")));
    QVERIFY(!stores.sessions.session("S").value);
    QVERIFY(!stores.sessions.session("").value);
}
// A leading U+FFFE is the byte-order mark of the other byte order to SQLite, which would
// read the rest of the text byte-swapped. It is kept as text; SQLite reads the noncharacter
// itself back as U+FFFD (as it does U+FFFE and U+FFFF anywhere in a text).
void TestSessionStore::keepsTextAfterASwappedMark()
{
    Stores stores;
    QVERIFY(stores.open());
    const QString swapped(QChar(0xFFFE));
    Session session = bareSession("s-1", "2026-11-20T15:00:00Z");
    session.therapist = swapped + "Ana";
    session.checkIns = {checkIn("2026-11-20T20:00:00Z", {}, {}, swapped + "sore")};
    QCOMPARE(stores.sessions.addSession(session).message, QString());
    const std::optional<Session> loaded = stores.sessions.session("s-1").value;
    QVERIFY(loaded);
    const QString replacement(QChar(0xFFFD));
    QCOMPARE(loaded->therapist, replacement + "Ana");
    QCOMPARE(loaded->checkIns.first().note, replacement + "sore");
}
void TestSessionStore::allSessionsOldestFirst()
{
    const Log log = threeSessionLog();
    Stores stores;
    QVERIFY(stores.openWith(log.sessions));
    const QList<Session> all = stores.sessions.allSessions().value;
    QCOMPARE(idsOf(all), (QStringList{"s-1", "s-3", "s-2"}));
    for (const Session& stored : all) {
        const auto original = std::find_if(log.sessions.begin(), log.sessions.end(),
                                           [&](const Session& s) { return s.id == stored.id; });
        QVERIFY(stored.sameDetails(*original));
        QCOMPARE(stored.checkIns, sortedByInstant(original->checkIns));
    }
}
void TestSessionStore::hasSessions()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(!stores.sessions.hasSessions().value);
    QVERIFY(!stores.sessions.hasSession("s").value);
    QVERIFY(stores.sessions.addSession(bareSession("s", "2026-11-22T08:00:00Z")));
    QVERIFY(stores.sessions.hasSessions().value);
    QVERIFY(stores.sessions.hasSession("s").value);
    QVERIFY(!stores.sessions.hasSession("S").value);
    QVERIFY(!stores.sessions.hasSession("").value);
    QVERIFY(stores.sessions.removeSession("s"));
    QVERIFY(!stores.sessions.hasSessions().value);
    QVERIFY(!stores.sessions.hasSession("s").value);
}
void TestSessionStore::addSessionRefusesWholly_data()
{
    QTest::addColumn<Session>("session");
    QTest::addColumn<QString>("message");
    Session twoAtOnce = fullSession();
    twoAtOnce.checkIns << checkIn("2026-11-20T17:30:00+01:00"); // same instant as 16:30Z
    QTest::newRow("two check-ins at one instant")
        << twoAtOnce << "session \"s-full\" has two check-ins at 2026-11-20T17:30:00+01:00";
    Session noId = fullSession();
    noId.id.clear();
    QTest::newRow("no id") << noId << "a session needs an id";
    // Fails in the database after the session row was written: all of it goes.
    Session badBaseline = fullSession();
    badBaseline.baseline << BaselineEntry{"head", 11};
    QTest::newRow("baseline out of range") << badBaseline << "CHECK constraint failed";
    Session badSymptom = fullSession();
    badSymptom.checkIns.last().symptoms << Symptom{"head", -1, {}};
    QTest::newRow("intensity out of range in the last check-in")
        << badSymptom << "CHECK constraint failed";
    Session badDuration = fullSession();
    badDuration.durationMinutes = 0;
    QTest::newRow("duration out of range") << badDuration << "CHECK constraint failed";
}
void TestSessionStore::addSessionRefusesWholly()
{
    QFETCH(Session, session);
    QFETCH(QString, message);
    Stores stores;
    QVERIFY(stores.open());
    const qint64 counter = stores.database.changeCounter().value;
    QString error;
    error = stores.sessions.addSession(session).message;
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!stores.sessions.hasSessions().value);
    QCOMPARE(rowCount(stores.database, "sessions"), 0);
    for (const char* table : childTables)
        QCOMPARE(rowCount(stores.database, table), 0);
    QCOMPARE(stores.database.changeCounter().value, counter);
}
void TestSessionStore::addsCheckInsInInstantOrder()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.sessions.addSession(bareSession("s", "2026-11-20T10:00:00Z")));
    const CheckIn later = checkIn("2026-11-21T10:00:00+02:00", {{"calf-left", 5, {"cramping"}}},
                                  {"calf-swelling"}, "after the walk");
    const CheckIn earlier = checkIn("2026-11-20T12:00:00Z", {{"neck", 1, {}}});
    QCOMPARE(stores.sessions.addCheckIn("s", later).message, QString());
    QCOMPARE(stores.sessions.addCheckIn("s", earlier).message, QString());
    const std::optional<Session> loaded = stores.sessions.session("s").value;
    QVERIFY(loaded);
    QCOMPARE(loaded->checkIns, QList<CheckIn>({earlier, later}));
}
void TestSessionStore::addCheckInRefuses_data()
{
    QTest::addColumn<QString>("sessionId");
    QTest::addColumn<CheckIn>("newCheckIn");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown session")
        << "missing" << checkIn("2026-11-20T12:00:00Z") << "no session \"missing\" is stored";
    QTest::newRow("instant taken, written differently")
        << "s" << checkIn("2026-11-20T13:00:00+01:00")
        << "session \"s\" already has a check-in at 2026-11-20T13:00:00+01:00";
    QTest::newRow("intensity out of range")
        << "s" << checkIn("2026-11-20T14:00:00Z", {{"neck", 2, {"stiff"}}, {"head", 12, {}}})
        << "CHECK constraint failed";
}
void TestSessionStore::addCheckInRefuses()
{
    QFETCH(QString, sessionId);
    QFETCH(CheckIn, newCheckIn);
    QFETCH(QString, message);
    Session session = bareSession("s", "2026-11-20T10:00:00Z");
    session.checkIns = {checkIn("2026-11-20T12:00:00Z", {{"neck", 2, {"stiff"}}})};
    Stores stores;
    QVERIFY(stores.openWith({session}));
    const qint64 counter = stores.database.changeCounter().value;
    QString error;
    error = stores.sessions.addCheckIn(sessionId, newCheckIn).message;
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(*stores.sessions.session("s").value, session);
    QCOMPARE(rowCount(stores.database, "check_ins"), 1);
    QCOMPARE(rowCount(stores.database, "symptoms"), 1);
    QCOMPARE(stores.database.changeCounter().value, counter);
}
// A session whose one check-in noted heat and a walk, not yet said whether they helped.
static Session sessionWithSelfCare()
{
    Session session = bareSession("s", "2026-11-20T10:00:00Z");
    CheckIn first = checkIn("2026-11-20T12:00:00Z", {{"neck", 2, {"stiff"}}});
    first.selfCare = {{"heat", {}}, {"walk", {}}};
    session.checkIns = {first};
    return session;
}
void TestSessionStore::addCheckInAnswersEarlierSelfCare()
{
    Stores stores;
    QVERIFY(stores.open());
    Session session = sessionWithSelfCare();
    QVERIFY(stores.sessions.addSession(session));
    const CheckIn next = checkIn("2026-11-20T14:00:00Z", {{"neck", 1, {}}});
    const SelfCareAnswers answers{at("2026-11-20T12:00:00Z").utcMicros,
                                  {{"walk", "a-little"}, {"heat", "yes"}}};
    QCOMPARE(stores.sessions.addCheckIn("s", next, answers).message, QString());
    session.checkIns.first().selfCare = {{"heat", "yes"}, {"walk", "a-little"}};
    session.checkIns << next;
    QCOMPARE(*stores.sessions.session("s").value, session);
}
void TestSessionStore::addCheckInWithAWrongAnswerWritesNothing_data()
{
    QTest::addColumn<SelfCareAnswers>("answers");
    QTest::addColumn<QString>("message");
    QTest::newRow("kind not noted")
        << SelfCareAnswers{at("2026-11-20T12:00:00Z").utcMicros, {{"heat", "yes"}, {"bath", "no"}}}
        << "session \"s\" has no check-in at 2026-11-20T12:00:00Z that noted \"bath\"";
    QTest::newRow("no check-in there")
        << SelfCareAnswers{at("2026-11-20T11:00:00Z").utcMicros, {{"heat", "yes"}}}
        << "has no check-in at 2026-11-20T11:00:00Z";
    QTest::newRow("unknown answer")
        << SelfCareAnswers{at("2026-11-20T12:00:00Z").utcMicros, {{"heat", "maybe"}}}
        << "CHECK constraint failed";
}
void TestSessionStore::addCheckInWithAWrongAnswerWritesNothing()
{
    QFETCH(SelfCareAnswers, answers);
    QFETCH(QString, message);
    Stores stores;
    QVERIFY(stores.open());
    const Session session = sessionWithSelfCare();
    QVERIFY(stores.sessions.addSession(session));
    const qint64 counter = stores.database.changeCounter().value;
    const QString error =
        stores.sessions.addCheckIn("s", checkIn("2026-11-20T14:00:00Z"), answers).message;
    QVERIFY2(error.contains(message), qPrintable(error));
    // Neither the new check-in nor the first answer stays.
    QCOMPARE(*stores.sessions.session("s").value, session);
    QCOMPARE(rowCount(stores.database, "check_ins"), 1);
    QCOMPARE(stores.database.changeCounter().value, counter);
}
void TestSessionStore::replacesCheckIn()
{
    Stores stores;
    QVERIFY(stores.open());
    Session session = bareSession("s", "2026-11-20T10:00:00Z");
    session.checkIns = {checkIn("2026-11-20T12:00:00Z", {{"neck", 2, {"stiff"}}}),
                        checkIn("2026-11-20T18:00:00Z", {{"neck", 4, {"aching"}}})};
    QVERIFY(stores.sessions.addSession(session));
    const CheckIn edited =
        checkIn("2026-11-20T20:00:00+01:00", {{"neck", 3, {"tender", "dull"}}}, {}, "edited");
    QCOMPARE(
        stores.sessions.replaceCheckIn("s", at("2026-11-20T12:00:00Z").utcMicros, edited).message,
        QString());
    QCOMPARE(stores.sessions.session("s").value->checkIns,
             QList<CheckIn>({session.checkIns.at(1), edited}));
    // Same instant, new content.
    CheckIn sameTime = session.checkIns.at(1);
    sameTime.note = "revised";
    QCOMPARE(stores.sessions.replaceCheckIn("s", sameTime.at.utcMicros, sameTime).message,
             QString());
    QCOMPARE(stores.sessions.session("s").value->checkIns, QList<CheckIn>({sameTime, edited}));
    QCOMPARE(rowCount(stores.database, "symptoms"), 2);
    QCOMPARE(rowCount(stores.database, "symptom_qualities"), 3);
}
void TestSessionStore::replaceCheckInRollsBack_data()
{
    QTest::addColumn<qint64>("oldAt");
    QTest::addColumn<CheckIn>("replacement");
    QTest::addColumn<QString>("message");
    QTest::newRow("no check-in there")
        << at("2026-11-20T13:00:00Z").utcMicros << checkIn("2026-11-20T14:00:00Z")
        << "session \"s\" has no check-in at 2026-11-20T13:00:00Z";
    // The old one is deleted first; the refusal must bring it back.
    QTest::newRow("moved onto another check-in")
        << at("2026-11-20T12:00:00Z").utcMicros << checkIn("2026-11-20T19:00:00+01:00")
        << "session \"s\" already has another check-in at 2026-11-20T19:00:00+01:00";
    QTest::newRow("invalid replacement")
        << at("2026-11-20T12:00:00Z").utcMicros
        << checkIn("2026-11-20T12:00:00Z", {{"neck", 11, {}}}) << "CHECK constraint failed";
}
void TestSessionStore::replaceCheckInRollsBack()
{
    QFETCH(qint64, oldAt);
    QFETCH(CheckIn, replacement);
    QFETCH(QString, message);
    Session session = bareSession("s", "2026-11-20T10:00:00Z");
    session.checkIns = {checkIn("2026-11-20T12:00:00Z", {{"neck", 2, {"stiff"}}}, {"fever"}),
                        checkIn("2026-11-20T18:00:00Z", {{"neck", 4, {"aching"}}})};
    Stores stores;
    QVERIFY(stores.openWith({session}));
    QString error;
    error = stores.sessions.replaceCheckIn("s", oldAt, replacement).message;
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(*stores.sessions.session("s").value, session);
    QCOMPARE(rowCount(stores.database, "check_in_red_flags"), 1);
}
void TestSessionStore::removeCheckInCascades()
{
    Stores stores;
    QVERIFY(stores.open());
    Session session = fullSession();
    QVERIFY(stores.sessions.addSession(session));
    QCOMPARE(rowCount(stores.database, "symptoms"), 4);
    QCOMPARE(rowCount(stores.database, "symptom_qualities"), 6);
    QCOMPARE(rowCount(stores.database, "check_in_red_flags"), 2);
    QString error;
    // The check-in with two symptoms, five qualities and two red flags.
    const CheckIn gone = session.checkIns.at(1);
    QCOMPARE(stores.sessions.removeCheckIn("s-full", gone.at.utcMicros).message, QString());
    QCOMPARE(rowCount(stores.database, "check_ins"), 2);
    QCOMPARE(rowCount(stores.database, "symptoms"), 2);
    QCOMPARE(rowCount(stores.database, "symptom_qualities"), 2);
    QCOMPARE(rowCount(stores.database, "check_in_red_flags"), 0);
    session.checkIns.removeAt(1);
    QCOMPARE(stores.sessions.session("s-full").value->checkIns, sortedByInstant(session.checkIns));

    error = stores.sessions.removeCheckIn("s-full", gone.at.utcMicros).message;
    QVERIFY(!error.isEmpty());
    QCOMPARE(error, QStringLiteral("session \"s-full\" has no check-in at 2026-11-20T22:00:00Z"));
}
void TestSessionStore::removeSessionCascades()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.sessions.addSession(fullSession()));
    Session other = fullSession();
    other.id = "s-other";
    QVERIFY(stores.sessions.addSession(other));
    QVERIFY(stores.prompts.recordPromptEvent({"s-full", 1, "hourly", "delivered", 2}));
    QVERIFY(stores.prompts.recordPromptEvent({"s-other", 1, "hourly", "delivered", 2}));
    QMap<QString, int> halfOfEach;
    for (const char* table : childTables) {
        const int rows = rowCount(stores.database, table);
        QVERIFY2(rows > 0 && rows % 2 == 0, table);
        halfOfEach.insert(table, rows / 2);
    }
    QString error;
    QCOMPARE(stores.sessions.removeSession("s-full").message, QString());
    for (const char* table : childTables)
        QCOMPARE(rowCount(stores.database, table), halfOfEach.value(table));
    QVERIFY(!stores.sessions.session("s-full").value);
    const std::optional<Session> kept = stores.sessions.session("s-other").value;
    QVERIFY(kept && kept->sameDetails(other));
    QCOMPARE(kept->checkIns, sortedByInstant(other.checkIns));

    error = stores.sessions.removeSession("s-full").message;
    QVERIFY(!error.isEmpty());
    QCOMPARE(error, QStringLiteral("no session \"s-full\" is stored"));
}
void TestSessionStore::replacesSessionDetailsKeepingCheckIns()
{
    Stores stores;
    QVERIFY(stores.open());
    const Session stored = fullSession();
    QVERIFY(stores.sessions.addSession(stored));
    QVERIFY(stores.prompts.recordPromptEvent({"s-full", 1, "hourly", "delivered", 2}));
    const SessionSummary before = stores.summaries.sessionSummaries().value.constFirst();

    Session edited = stored;
    edited.checkIns.clear(); // the details alone: the stored check-ins stay
    edited.start = Timestamp::parse("2026-11-20T14:00:00+01:00").value();
    edited.durationMinutes = 45;
    edited.technique = "swedish";
    edited.pressure.clear();
    edited.therapist = "Sam";
    edited.notes.clear();
    edited.areasWorked = {"neck"};
    edited.baseline = {{"neck", 2}};
    edited.screening = {"fever-or-infection"};
    QString error;
    QCOMPARE(stores.sessions.replaceSessionDetails(edited).message, QString());

    const std::optional<Session> loaded = stores.sessions.session("s-full").value;
    QVERIFY(loaded);
    QVERIFY(loaded->sameDetails(edited));
    QCOMPARE(loaded->checkIns, sortedByInstant(stored.checkIns));
    QCOMPARE(stores.prompts.promptEvents("s-full").value.size(), 1);
    QCOMPARE(rowCount(stores.database, "session_areas"), 1);
    QCOMPARE(rowCount(stores.database, "session_screening"), 1);
    // The stored summary is the analysis of the edited session, not the old one.
    const SessionSummary summary = stores.summaries.sessionSummaries().value.constFirst();
    QCOMPARE(summary.status, analysis::statusId(analysis::analyze(*loaded).status));
    QVERIFY(before.peakHours && summary.peakHours);
    QCOMPARE(*summary.peakHours, *before.peakHours + 1.75); // an hour earlier, 45 min shorter

    edited.id = "s-unknown";
    error = stores.sessions.replaceSessionDetails(edited).message;
    QVERIFY(!error.isEmpty());
    QCOMPARE(error, QStringLiteral("no session \"s-unknown\" is stored"));
    QCOMPARE(stores.sessions.sessionCount().value, 1);
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
