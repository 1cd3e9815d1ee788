#include "analysis/analysis.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace aftercare;
using namespace aftercare::storage;

namespace {

Timestamp at(const char* text)
{
    const std::optional<Timestamp> parsed = Timestamp::parse(QString::fromLatin1(text));
    if (!parsed)
        qFatal("bad timestamp in test: %s", text);
    return *parsed;
}

CheckIn checkIn(const char* when, QList<Symptom> symptoms = {}, QStringList redFlags = {},
                QString note = {})
{
    CheckIn result;
    result.at = at(when);
    result.symptoms = std::move(symptoms);
    result.redFlags = std::move(redFlags);
    result.note = std::move(note);
    return result;
}

Session bareSession(const QString& id, const char* start)
{
    Session session;
    session.id = id;
    session.start = at(start);
    return session;
}

// Every field set, check-ins out of order, qualities not in vocabulary order.
Session fullSession()
{
    Session session = bareSession("s-full", "2026-11-20T15:00:00+01:00");
    session.durationMinutes = 90;
    session.technique = "deep-tissue";
    session.pressure = "firm";
    session.areasWorked = {"lower-back", "gluteal-left", "neck"};
    session.therapist = "Ana — room 2";
    session.baseline = {{"lower-back", 3}, {"neck", 1}};
    session.screening = {"disc-herniation", "pregnancy"};
    session.notes = "first visit\nsecond line";
    session.checkIns = {
        checkIn("2026-11-21T09:30:00.250+01:00",
                {{"lower-back", 4, {"stiff", "aching"}}, {"neck", 2, {}}}, {}, "better"),
        checkIn(
            "2026-11-20T23:00:00+01:00",
            {{"lower-back", 6, {"tingling", "aching", "burning"}}, {"gluteal-left", 3, {"tender"}}},
            {"fever", "bruising"}, "woke up sore"),
        checkIn("2026-11-20T16:30:00Z", {}, {}, {}),
    };
    return session;
}

QList<CheckIn> sortedByInstant(QList<CheckIn> checkIns)
{
    std::stable_sort(checkIns.begin(), checkIns.end(), [](const CheckIn& a, const CheckIn& b) {
        return a.at.utcMicros < b.at.utcMicros;
    });
    return checkIns;
}

int rowCount(Database& database, const char* table)
{
    QSqlQuery query(database.connection());
    // Table names come from the test's own constant list.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

const char* const childTables[] = {"session_areas",      "session_baseline", "session_screening",
                                   "check_ins",          "symptoms",         "symptom_qualities",
                                   "check_in_red_flags", "prompt_events"};

// A log of three sessions used by the import tests.
Log threeSessionLog()
{
    Log log;
    Session first = bareSession("s-1", "2026-11-01T10:00:00Z");
    first.checkIns = {checkIn("2026-11-01T12:00:00Z", {{"neck", 3, {"stiff"}}}),
                      checkIn("2026-11-01T20:00:00Z", {{"neck", 2, {}}})};
    Session second = fullSession();
    second.id = "s-2";
    Session third = bareSession("s-3", "2026-11-10T08:00:00-05:00");
    third.technique = "sports";
    third.checkIns = {checkIn("2026-11-10T20:00:00-05:00")};
    log.sessions = {first, second, third};
    return log;
}

struct Stores
{
    QTemporaryDir folder;
    Database database;
    Repository repository{database};
    bool open() { return folder.isValid() && database.open(folder.path()).ok(); }
};

using LogEdit = std::function<void(Log&)>;

} // namespace

Q_DECLARE_METATYPE(LogEdit)
Q_DECLARE_METATYPE(aftercare::Session)
Q_DECLARE_METATYPE(aftercare::CheckIn)

class TestRepository : public QObject
{
    Q_OBJECT
private slots:
    void storesAndLoadsEveryField();
    void unknownSessionIsAbsent();
    void keepsALeadingByteOrderMark();
    void keepsTextAfterASwappedMark();
    void summariesNewestFirstInOneQuery();
    void allSessionsOldestFirst();
    void hasSessions();
    void addSessionRefusesWholly_data();
    void addSessionRefusesWholly();
    void addsCheckInsInInstantOrder();
    void addCheckInRefuses_data();
    void addCheckInRefuses();
    void replacesCheckIn();
    void replaceCheckInRollsBack_data();
    void replaceCheckInRollsBack();
    void removeCheckInCascades();
    void removeSessionCascades();
    void replacesSessionDetailsKeepingCheckIns();
    void importsIntoEmptyDatabase();
    void importTwiceChangesNothing();
    void importMergesCheckInsByInstant();
    void importRefusesConflicts_data();
    void importRefusesConflicts();
    void importRollsBackOnDatabaseFailure();
    void previewCountsWithoutWriting_data();
    void previewCountsWithoutWriting();
    void settings();
    void promptEvents();
    void changeCounterSeesOtherConnections();
};

void TestRepository::storesAndLoadsEveryField()
{
    Stores stores;
    QVERIFY(stores.open());
    const Session session = fullSession();
    QCOMPARE(stores.repository.addSession(session).message, QString());

    const std::optional<Session> loaded = stores.repository.session("s-full").value;
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
    QCOMPARE(stores.repository.addSession(bare).message, QString());
    const std::optional<Session> loadedBare = stores.repository.session("s-bare").value;
    QVERIFY(loadedBare);
    QCOMPARE(*loadedBare, bare);
    QVERIFY(loadedBare->pressure.isEmpty());
    QCOMPARE(loadedBare->technique, QStringLiteral("other"));
    QCOMPARE(loadedBare->durationMinutes, 60);
}

void TestRepository::unknownSessionIsAbsent()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(!stores.repository.session("nope").value);
    QVERIFY(stores.repository.addSession(bareSession("s", "2026-11-22T08:00:00Z")));
    QVERIFY(!stores.repository.session("S").value);
    QVERIFY(!stores.repository.session("").value);
}

// SQLite takes a leading U+FEFF of text bound as UTF-16 for a byte-order mark
// and drops it: texts that start with one are stored, found and changed as they
// are.
void TestRepository::keepsALeadingByteOrderMark()
{
    const QString mark(QChar(0xFEFF));
    Stores stores;
    QVERIFY(stores.open());
    Session session = bareSession(mark + "s-1", "2026-11-20T15:00:00Z");
    session.therapist = mark + "Ana";
    session.notes = mark + mark + "twice";
    session.checkIns = {checkIn("2026-11-20T20:00:00Z", {}, {}, mark + "sore")};
    QCOMPARE(stores.repository.addSession(session).message, QString());
    // The same id without the mark is another session.
    QVERIFY(!stores.repository.session("s-1").value);
    QVERIFY(!stores.repository.hasSession("s-1").value);
    QVERIFY(stores.repository.hasSession(session.id).value);
    // The save stored the session's summary in its row, found by the marked id.
    QCOMPARE(stores.repository.storeMarkedSummaries().value, 0);

    std::optional<Session> loaded = stores.repository.session(session.id).value;
    QVERIFY(loaded);
    QCOMPARE(*loaded, session);

    QCOMPARE(stores.repository.addCheckIn(session.id, checkIn("2026-11-21T08:00:00Z")).message,
             QString());
    QCOMPARE(
        stores.repository.removeCheckIn(session.id, at("2026-11-20T20:00:00Z").utcMicros).message,
        QString());
    loaded = stores.repository.session(session.id).value;
    QVERIFY(loaded);
    QCOMPARE(loaded->checkIns.size(), 1);
    QCOMPARE(loaded->checkIns.first().at.text, QStringLiteral("2026-11-21T08:00:00Z"));

    const PromptEvent event{session.id, 1, "hourly", "delivered", 2};
    QCOMPARE(stores.repository.recordPromptEvent(event).message, QString());
    const QList<PromptEvent> events = stores.repository.promptEvents(session.id).value;
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().sessionId, session.id);

    QCOMPARE(stores.repository.setSetting(mark + "key", mark + "value").message, QString());
    QCOMPARE(stores.repository.setting(mark + "key").value, mark + "value");
    QCOMPARE(stores.repository.setting("key", "absent").value, QStringLiteral("absent"));

    QCOMPARE(stores.repository.removeSession(session.id).message, QString());
    QVERIFY(!stores.repository.session(session.id).value);
}

// A leading U+FFFE is the byte-order mark of the other byte order to SQLite,
// which would read the rest of the text byte-swapped. It is kept as text;
// SQLite reads the noncharacter itself back as U+FFFD (as it does U+FFFE and
// U+FFFF anywhere in a text).
void TestRepository::keepsTextAfterASwappedMark()
{
    Stores stores;
    QVERIFY(stores.open());
    const QString swapped(QChar(0xFFFE));
    Session session = bareSession("s-1", "2026-11-20T15:00:00Z");
    session.therapist = swapped + "Ana";
    session.checkIns = {checkIn("2026-11-20T20:00:00Z", {}, {}, swapped + "sore")};
    QCOMPARE(stores.repository.addSession(session).message, QString());
    const std::optional<Session> loaded = stores.repository.session("s-1").value;
    QVERIFY(loaded);
    const QString replacement(QChar(0xFFFD));
    QCOMPARE(loaded->therapist, replacement + "Ana");
    QCOMPARE(loaded->checkIns.first().note, replacement + "sore");
}

void TestRepository::summariesNewestFirstInOneQuery()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.repository.sessionSummaries().value.isEmpty());
    // Text order and instant order differ: 23:00+05:00 is 18:00Z, before 19:00Z.
    Session early = bareSession("b-early", "2026-11-20T23:00:00+05:00");
    early.checkIns = {checkIn("2026-11-21T01:00:00+05:00"), checkIn("2026-11-20T23:30:00Z"),
                      checkIn("2026-11-20T22:00:00Z")};
    Session late = bareSession("a-late", "2026-11-20T19:00:00Z");
    late.technique = "swedish";
    late.pressure = "light";
    late.durationMinutes = 45;
    Session oldest = bareSession("c-oldest", "2026-10-01T09:00:00-07:00");
    oldest.checkIns = {checkIn("2026-10-01T20:00:00-07:00")};
    for (const Session& session : {early, late, oldest})
        QVERIFY(stores.repository.addSession(session));

    const QList<SessionSummary> summaries = stores.repository.sessionSummaries().value;
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.at(0).id, QStringLiteral("a-late"));
    QCOMPARE(summaries.at(1).id, QStringLiteral("b-early"));
    QCOMPARE(summaries.at(2).id, QStringLiteral("c-oldest"));

    QCOMPARE(summaries.at(0).checkInCount, 0);
    QVERIFY(!summaries.at(0).lastCheckInAt);
    QCOMPARE(summaries.at(0).technique, QStringLiteral("swedish"));
    QCOMPARE(summaries.at(0).pressure, QStringLiteral("light"));
    QCOMPARE(summaries.at(0).durationMinutes, 45);

    QCOMPARE(summaries.at(1).checkInCount, 3);
    QVERIFY(summaries.at(1).lastCheckInAt);
    QCOMPARE(summaries.at(1).lastCheckInAt->text, QStringLiteral("2026-11-20T23:30:00Z"));
    QCOMPARE(summaries.at(1).start.text, QStringLiteral("2026-11-20T23:00:00+05:00"));
    QCOMPARE(summaries.at(2).checkInCount, 1);
    QCOMPARE(summaries.at(2).lastCheckInAt->offsetSeconds, -7 * 3600);
}

void TestRepository::allSessionsOldestFirst()
{
    Stores stores;
    QVERIFY(stores.open());
    const Log log = threeSessionLog();
    for (const Session& session : log.sessions)
        QVERIFY(stores.repository.addSession(session));
    const QList<Session> all = stores.repository.allSessions().value;
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, QStringLiteral("s-1"));
    QCOMPARE(all.at(1).id, QStringLiteral("s-3"));
    QCOMPARE(all.at(2).id, QStringLiteral("s-2"));
    for (const Session& stored : all) {
        const auto original = std::find_if(log.sessions.begin(), log.sessions.end(),
                                           [&](const Session& s) { return s.id == stored.id; });
        QVERIFY(stored.sameDetails(*original));
        QCOMPARE(stored.checkIns, sortedByInstant(original->checkIns));
    }
}

void TestRepository::hasSessions()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(!stores.repository.hasSessions().value);
    QVERIFY(!stores.repository.hasSession("s").value);
    QVERIFY(stores.repository.addSession(bareSession("s", "2026-11-22T08:00:00Z")));
    QVERIFY(stores.repository.hasSessions().value);
    QVERIFY(stores.repository.hasSession("s").value);
    QVERIFY(!stores.repository.hasSession("S").value);
    QVERIFY(!stores.repository.hasSession("").value);
    QVERIFY(stores.repository.removeSession("s"));
    QVERIFY(!stores.repository.hasSessions().value);
    QVERIFY(!stores.repository.hasSession("s").value);
}

void TestRepository::addSessionRefusesWholly_data()
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

void TestRepository::addSessionRefusesWholly()
{
    QFETCH(Session, session);
    QFETCH(QString, message);
    Stores stores;
    QVERIFY(stores.open());
    const qint64 counter = stores.repository.changeCounter().value;
    QString error;
    error = stores.repository.addSession(session).message;
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!stores.repository.hasSessions().value);
    QCOMPARE(rowCount(stores.database, "sessions"), 0);
    for (const char* table : childTables)
        QCOMPARE(rowCount(stores.database, table), 0);
    QCOMPARE(stores.repository.changeCounter().value, counter);
}

void TestRepository::addsCheckInsInInstantOrder()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.repository.addSession(bareSession("s", "2026-11-20T10:00:00Z")));
    const CheckIn later = checkIn("2026-11-21T10:00:00+02:00", {{"calf-left", 5, {"cramping"}}},
                                  {"calf-swelling"}, "after the walk");
    const CheckIn earlier = checkIn("2026-11-20T12:00:00Z", {{"neck", 1, {}}});
    QCOMPARE(stores.repository.addCheckIn("s", later).message, QString());
    QCOMPARE(stores.repository.addCheckIn("s", earlier).message, QString());
    const std::optional<Session> loaded = stores.repository.session("s").value;
    QVERIFY(loaded);
    QCOMPARE(loaded->checkIns, QList<CheckIn>({earlier, later}));
}

void TestRepository::addCheckInRefuses_data()
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

void TestRepository::addCheckInRefuses()
{
    QFETCH(QString, sessionId);
    QFETCH(CheckIn, newCheckIn);
    QFETCH(QString, message);
    Stores stores;
    QVERIFY(stores.open());
    Session session = bareSession("s", "2026-11-20T10:00:00Z");
    session.checkIns = {checkIn("2026-11-20T12:00:00Z", {{"neck", 2, {"stiff"}}})};
    QVERIFY(stores.repository.addSession(session));
    const qint64 counter = stores.repository.changeCounter().value;
    QString error;
    error = stores.repository.addCheckIn(sessionId, newCheckIn).message;
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(*stores.repository.session("s").value, session);
    QCOMPARE(rowCount(stores.database, "check_ins"), 1);
    QCOMPARE(rowCount(stores.database, "symptoms"), 1);
    QCOMPARE(stores.repository.changeCounter().value, counter);
}

void TestRepository::replacesCheckIn()
{
    Stores stores;
    QVERIFY(stores.open());
    Session session = bareSession("s", "2026-11-20T10:00:00Z");
    session.checkIns = {checkIn("2026-11-20T12:00:00Z", {{"neck", 2, {"stiff"}}}),
                        checkIn("2026-11-20T18:00:00Z", {{"neck", 4, {"aching"}}})};
    QVERIFY(stores.repository.addSession(session));
    const CheckIn edited =
        checkIn("2026-11-20T20:00:00+01:00", {{"neck", 3, {"tender", "dull"}}}, {}, "edited");
    QCOMPARE(
        stores.repository.replaceCheckIn("s", at("2026-11-20T12:00:00Z").utcMicros, edited).message,
        QString());
    QCOMPARE(stores.repository.session("s").value->checkIns,
             QList<CheckIn>({session.checkIns.at(1), edited}));
    // Same instant, new content.
    CheckIn sameTime = session.checkIns.at(1);
    sameTime.note = "revised";
    QCOMPARE(stores.repository.replaceCheckIn("s", sameTime.at.utcMicros, sameTime).message,
             QString());
    QCOMPARE(stores.repository.session("s").value->checkIns, QList<CheckIn>({sameTime, edited}));
    QCOMPARE(rowCount(stores.database, "symptoms"), 2);
    QCOMPARE(rowCount(stores.database, "symptom_qualities"), 3);
}

void TestRepository::replaceCheckInRollsBack_data()
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
        << "session \"s\" already has another check-in at "
           "2026-11-20T19:00:00+01:00";
    QTest::newRow("invalid replacement")
        << at("2026-11-20T12:00:00Z").utcMicros
        << checkIn("2026-11-20T12:00:00Z", {{"neck", 11, {}}}) << "CHECK constraint failed";
}

void TestRepository::replaceCheckInRollsBack()
{
    QFETCH(qint64, oldAt);
    QFETCH(CheckIn, replacement);
    QFETCH(QString, message);
    Stores stores;
    QVERIFY(stores.open());
    Session session = bareSession("s", "2026-11-20T10:00:00Z");
    session.checkIns = {checkIn("2026-11-20T12:00:00Z", {{"neck", 2, {"stiff"}}}, {"fever"}),
                        checkIn("2026-11-20T18:00:00Z", {{"neck", 4, {"aching"}}})};
    QVERIFY(stores.repository.addSession(session));
    QString error;
    error = stores.repository.replaceCheckIn("s", oldAt, replacement).message;
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(*stores.repository.session("s").value, session);
    QCOMPARE(rowCount(stores.database, "check_in_red_flags"), 1);
}

void TestRepository::removeCheckInCascades()
{
    Stores stores;
    QVERIFY(stores.open());
    Session session = fullSession();
    QVERIFY(stores.repository.addSession(session));
    QCOMPARE(rowCount(stores.database, "symptoms"), 4);
    QCOMPARE(rowCount(stores.database, "symptom_qualities"), 6);
    QCOMPARE(rowCount(stores.database, "check_in_red_flags"), 2);
    QString error;
    // The check-in with two symptoms, five qualities and two red flags.
    const CheckIn gone = session.checkIns.at(1);
    QCOMPARE(stores.repository.removeCheckIn("s-full", gone.at.utcMicros).message, QString());
    QCOMPARE(rowCount(stores.database, "check_ins"), 2);
    QCOMPARE(rowCount(stores.database, "symptoms"), 2);
    QCOMPARE(rowCount(stores.database, "symptom_qualities"), 2);
    QCOMPARE(rowCount(stores.database, "check_in_red_flags"), 0);
    session.checkIns.removeAt(1);
    QCOMPARE(stores.repository.session("s-full").value->checkIns,
             sortedByInstant(session.checkIns));

    error = stores.repository.removeCheckIn("s-full", gone.at.utcMicros).message;
    QVERIFY(!error.isEmpty());
    QCOMPARE(error, QStringLiteral("session \"s-full\" has no check-in at 2026-11-20T22:00:00Z"));
}

void TestRepository::removeSessionCascades()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.repository.addSession(fullSession()));
    Session other = fullSession();
    other.id = "s-other";
    QVERIFY(stores.repository.addSession(other));
    QVERIFY(stores.repository.recordPromptEvent({"s-full", 1, "hourly", "delivered", 2}));
    QVERIFY(stores.repository.recordPromptEvent({"s-other", 1, "hourly", "delivered", 2}));
    QMap<QString, int> halfOfEach;
    for (const char* table : childTables) {
        const int rows = rowCount(stores.database, table);
        QVERIFY2(rows > 0 && rows % 2 == 0, table);
        halfOfEach.insert(table, rows / 2);
    }
    QString error;
    QCOMPARE(stores.repository.removeSession("s-full").message, QString());
    for (const char* table : childTables)
        QCOMPARE(rowCount(stores.database, table), halfOfEach.value(table));
    QVERIFY(!stores.repository.session("s-full").value);
    const std::optional<Session> kept = stores.repository.session("s-other").value;
    QVERIFY(kept && kept->sameDetails(other));
    QCOMPARE(kept->checkIns, sortedByInstant(other.checkIns));

    error = stores.repository.removeSession("s-full").message;
    QVERIFY(!error.isEmpty());
    QCOMPARE(error, QStringLiteral("no session \"s-full\" is stored"));
}

void TestRepository::replacesSessionDetailsKeepingCheckIns()
{
    Stores stores;
    QVERIFY(stores.open());
    const Session stored = fullSession();
    QVERIFY(stores.repository.addSession(stored));
    QVERIFY(stores.repository.recordPromptEvent({"s-full", 1, "hourly", "delivered", 2}));
    const SessionSummary before = stores.repository.sessionSummaries().value.constFirst();

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
    QCOMPARE(stores.repository.replaceSessionDetails(edited).message, QString());

    const std::optional<Session> loaded = stores.repository.session("s-full").value;
    QVERIFY(loaded);
    QVERIFY(loaded->sameDetails(edited));
    QCOMPARE(loaded->checkIns, sortedByInstant(stored.checkIns));
    QCOMPARE(stores.repository.promptEvents("s-full").value.size(), 1);
    QCOMPARE(rowCount(stores.database, "session_areas"), 1);
    QCOMPARE(rowCount(stores.database, "session_screening"), 1);
    // The stored summary is the analysis of the edited session, not the old one.
    const SessionSummary summary = stores.repository.sessionSummaries().value.constFirst();
    QCOMPARE(summary.status, analysis::statusId(analysis::analyze(*loaded).status));
    QVERIFY(before.peakHours && summary.peakHours);
    QCOMPARE(*summary.peakHours,
             *before.peakHours + 1.75); // an hour earlier, 45 min shorter

    edited.id = "s-unknown";
    error = stores.repository.replaceSessionDetails(edited).message;
    QVERIFY(!error.isEmpty());
    QCOMPARE(error, QStringLiteral("no session \"s-unknown\" is stored"));
    QCOMPARE(stores.repository.sessionCount().value, 1);
}

void TestRepository::importsIntoEmptyDatabase()
{
    Stores stores;
    QVERIFY(stores.open());
    const Log log = threeSessionLog();
    const auto imported = stores.repository.importLog(log);
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
        const std::optional<Session> stored = stores.repository.session(session.id).value;
        QVERIFY(stored);
        QVERIFY(stored->sameDetails(session));
        QCOMPARE(stored->checkIns, sortedByInstant(session.checkIns));
    }
}

void TestRepository::importTwiceChangesNothing()
{
    Stores stores;
    QVERIFY(stores.open());
    const Log log = threeSessionLog();
    QVERIFY(stores.repository.importLog(log));
    const QList<Session> before = stores.repository.allSessions().value;
    const qint64 counter = stores.repository.changeCounter().value;

    const auto imported = stores.repository.importLog(log);
    const auto& outcome = imported.value;
    const QString& error = imported.message;
    QVERIFY2(imported.ok(), qPrintable(error));
    QCOMPARE(outcome.newSessions, 0);
    QCOMPARE(outcome.newCheckIns, 0);
    QCOMPARE(outcome.sessionsAlreadyHere, 3);
    QCOMPARE(outcome.sessionsInFile, 3);
    QCOMPARE(outcome.checkInsInFile, 6);
    QCOMPARE(stores.repository.allSessions().value, before);
    QCOMPARE(stores.repository.changeCounter().value, counter);
}

void TestRepository::importMergesCheckInsByInstant()
{
    Stores stores;
    QVERIFY(stores.open());
    Log stored = threeSessionLog();
    stored.sessions.removeLast();
    stored.sessions[0].checkIns.removeLast();
    QVERIFY(stores.repository.importLog(stored));

    const Log full = threeSessionLog();
    const auto imported = stores.repository.importLog(full);
    const auto& outcome = imported.value;
    const QString& error = imported.message;
    QVERIFY2(imported.ok(), qPrintable(error));
    QCOMPARE(outcome.newSessions, 1);
    QCOMPARE(outcome.newCheckIns, 2); // one merged into s-1, one with s-3
    QCOMPARE(outcome.sessionsAlreadyHere, 2);
    QCOMPARE(stores.repository.session("s-1").value->checkIns, full.sessions.at(0).checkIns);
    QCOMPARE(stores.repository.allSessions().value.size(), 3);
}

void TestRepository::importRefusesConflicts_data()
{
    QTest::addColumn<LogEdit>("edit");
    QTest::addColumn<QString>("message");
    QTest::newRow("stored session with other details")
        << LogEdit([](Log& log) { log.sessions[1].durationMinutes = 120; })
        << "sessions[1]: a session \"s-2\" with other details is already stored "
           "(durationMinutes differs)";
    QTest::newRow("stored session with another start offset")
        << LogEdit([](Log& log) { log.sessions[0].start = at("2026-11-01T11:00:00+01:00"); })
        << "sessions[0]: a session \"s-1\" with other details is already stored "
           "(start differs)";
    QTest::newRow("stored check-in with other content")
        << LogEdit([](Log& log) { log.sessions[0].checkIns[1].symptoms[0].intensity = 5; })
        << "sessions[0].checkIns[1]: a check-in at 2026-11-01T20:00:00Z with "
           "other content is "
           "already stored for session \"s-1\"";
    QTest::newRow("stored check-in written with another offset")
        << LogEdit([](Log& log) {
               log.sessions[2].checkIns[0].at = at("2026-11-11T01:00:00Z");
               log.sessions[2].checkIns << checkIn("2026-11-12T01:00:00Z");
           })
        << "sessions[2].checkIns[0]: a check-in at 2026-11-11T01:00:00Z with "
           "other content is "
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

void TestRepository::importRefusesConflicts()
{
    QFETCH(LogEdit, edit);
    QFETCH(QString, message);
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.repository.importLog(threeSessionLog()));
    const QList<Session> before = stores.repository.allSessions().value;
    const qint64 counter = stores.repository.changeCounter().value;

    Log log = threeSessionLog();
    edit(log);
    // New material first, so that a partial import would show.
    Session fresh = bareSession("s-new", "2026-11-15T10:00:00Z");
    fresh.checkIns = {checkIn("2026-11-15T12:00:00Z")};
    log.sessions.prepend(fresh);
    // The edit addressed the original indexes; the message names them shifted by
    // one.
    QString expected = message;
    for (int i = 3; i >= 0; --i)
        expected.replace(QStringLiteral("sessions[%1]").arg(i),
                         QStringLiteral("sessions[%1]").arg(i + 1));

    const auto previewed = stores.repository.previewImport(log);
    const auto& preview = previewed.value;
    const QString& previewError = previewed.message;
    QVERIFY(!previewed.ok());
    QVERIFY(preview.conflict);
    const auto imported = stores.repository.importLog(log);
    const auto& outcome = imported.value;
    const QString& error = imported.message;
    QVERIFY(!imported.ok());
    QVERIFY(outcome.conflict);
    QCOMPARE(error, expected);
    QCOMPARE(previewError, expected);
    QCOMPARE(stores.repository.allSessions().value, before);
    QCOMPARE(stores.repository.changeCounter().value, counter);
}

void TestRepository::importRollsBackOnDatabaseFailure()
{
    Stores stores;
    QVERIFY(stores.open());
    Log log = threeSessionLog();
    // Not caught by the planner (the log reader's job); the database refuses it.
    log.sessions[2].checkIns[0].symptoms = {{"neck", 11, {}}};
    const auto imported = stores.repository.importLog(log);
    const auto& outcome = imported.value;
    const QString& error = imported.message;
    QVERIFY(!imported.ok());
    QVERIFY(!outcome.conflict);
    QCOMPARE(outcome.newSessions, 0);
    QVERIFY2(error.contains(stores.database.filePath()), qPrintable(error));
    QVERIFY2(error.contains("CHECK constraint failed"), qPrintable(error));
    QVERIFY(!stores.repository.hasSessions().value);
    for (const char* table : childTables)
        QCOMPARE(rowCount(stores.database, table), 0);
}

void TestRepository::previewCountsWithoutWriting_data()
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

void TestRepository::previewCountsWithoutWriting()
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
    QVERIFY(stores.repository.importLog(stored));
    const QList<Session> before = stores.repository.allSessions().value;
    const qint64 counter = stores.repository.changeCounter().value;

    const auto previewed = stores.repository.previewImport(log);
    const auto& preview = previewed.value;
    const QString& error = previewed.message;
    QVERIFY2(previewed.ok(), qPrintable(error));
    QCOMPARE(preview.sessionsInFile, 3);
    QCOMPARE(preview.checkInsInFile, 6);
    QCOMPARE(preview.newSessions, newSessions);
    QCOMPARE(preview.newCheckIns, newCheckIns);
    QCOMPARE(preview.sessionsAlreadyHere, alreadyHere);
    QCOMPARE(stores.repository.allSessions().value, before);
    QCOMPARE(stores.repository.changeCounter().value, counter);

    const auto imported = stores.repository.importLog(log);
    const auto& outcome = imported.value;
    QVERIFY(imported.ok());
    QCOMPARE(outcome.newSessions, preview.newSessions);
    QCOMPARE(outcome.newCheckIns, preview.newCheckIns);
    QCOMPARE(outcome.sessionsAlreadyHere, preview.sessionsAlreadyHere);
}

void TestRepository::settings()
{
    QTemporaryDir folder;
    {
        Database database;
        QVERIFY(database.open(folder.path()).ok());
        Repository repository(database);
        QCOMPARE(repository.setting("reminders/quiet-start").value, QString());
        QCOMPARE(repository.setting("reminders/quiet-start", "22:00").value,
                 QStringLiteral("22:00"));
        QCOMPARE(repository.setSetting("reminders/quiet-start", "21:30").message, QString());
        QVERIFY(repository.setSetting("reminders/quiet-start", "23:00"));
        QVERIFY(repository.setSetting("language", ""));
        QCOMPARE(repository.setting("reminders/quiet-start", "22:00").value,
                 QStringLiteral("23:00"));
        // Stored empty is not missing.
        QCOMPARE(repository.setting("language", "en").value, QString());
    }
    Database database;
    QVERIFY(database.open(folder.path()).ok());
    Repository repository(database);
    QCOMPARE(repository.setting("reminders/quiet-start").value, QStringLiteral("23:00"));
    QCOMPARE(rowCount(database, "settings"), 2);
}

void TestRepository::promptEvents()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.repository.addSession(bareSession("a", "2026-11-20T10:00:00Z")));
    QVERIFY(stores.repository.addSession(bareSession("b", "2026-11-20T11:00:00Z")));
    const qint64 hour = Q_INT64_C(3600000000);
    const QList<PromptEvent> recorded{
        {"b", 5 * hour, "hourly", "delivered", 5 * hour + 10},
        {"a", 2 * hour, "catch-up", "delivered", 3 * hour},
        {"a", 2 * hour, "catch-up", "snoozed", 3 * hour + 60},
        {"a", 2 * hour, "catch-up", "log-now", 3 * hour + 60}, // same instant: kept in order
    };
    for (const PromptEvent& event : recorded)
        QCOMPARE(stores.repository.recordPromptEvent(event).message, QString());
    const auto fields = [](const QList<PromptEvent>& events) {
        QStringList result;
        for (const PromptEvent& e : events)
            result << QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(e.sessionId)
                          .arg(e.dueUtcMicros)
                          .arg(e.kind, e.event)
                          .arg(e.atUtcMicros);
        return result;
    };
    QCOMPARE(fields(stores.repository.promptEvents().value),
             fields({recorded[1], recorded[2], recorded[3], recorded[0]}));
    QCOMPARE(fields(stores.repository.promptEvents("a").value),
             fields({recorded[1], recorded[2], recorded[3]}));
    QCOMPARE(fields(stores.repository.promptEvents("b").value), fields({recorded[0]}));
    QVERIFY(stores.repository.promptEvents("c").value.isEmpty());
    // The newest of one kind, newest first, at most `limit`.
    QCOMPARE(fields(stores.repository.latestPromptEvents("delivered", 5).value),
             fields({recorded[0], recorded[1]}));
    QCOMPARE(fields(stores.repository.latestPromptEvents("delivered", 1).value),
             fields({recorded[0]}));
    QCOMPARE(fields(stores.repository.latestPromptEvents("log-now", 5).value),
             fields({recorded[3]}));
    QVERIFY(stores.repository.latestPromptEvents("dismissed", 5).value.isEmpty());

    QCOMPARE(stores.repository.recordPromptEvent({"c", 1, "hourly", "delivered", 2}).message,
             QStringLiteral("no session \"c\" is stored"));
}

void TestRepository::changeCounterSeesOtherConnections()
{
    QTemporaryDir folder;
    Database writerDatabase;
    Database readerDatabase;
    QVERIFY(writerDatabase.open(folder.path()).ok());
    QVERIFY(readerDatabase.open(folder.path()).ok());
    Repository writer(writerDatabase);
    Repository reader(readerDatabase);

    const qint64 readerStart = reader.changeCounter().value;
    const qint64 writerStart = writer.changeCounter().value;
    QCOMPARE(reader.changeCounter().value,
             readerStart); // stable while nothing happens

    QVERIFY(writer.addSession(bareSession("s", "2026-11-20T10:00:00Z")));
    const qint64 readerAfterSession = reader.changeCounter().value;
    const qint64 writerAfterSession = writer.changeCounter().value;
    QVERIFY(readerAfterSession != readerStart);
    QVERIFY(writerAfterSession != writerStart);
    QVERIFY(reader.session("s").value);

    QVERIFY(writer.addCheckIn("s", checkIn("2026-11-20T12:00:00Z")));
    QVERIFY(reader.changeCounter().value != readerAfterSession);
    QVERIFY(writer.changeCounter().value != writerAfterSession);

    // Reads and refused writes change nothing.
    const qint64 readerQuiet = reader.changeCounter().value;
    const qint64 writerQuiet = writer.changeCounter().value;
    QVERIFY(writer.sessionSummaries().ok());
    QVERIFY(writer.allSessions().ok());
    QVERIFY(!writer.addCheckIn("s", checkIn("2026-11-20T12:00:00Z")));
    QCOMPARE(reader.changeCounter().value, readerQuiet);
    QCOMPARE(writer.changeCounter().value, writerQuiet);

    // And the other way round.
    QVERIFY(reader.setSetting("k", "v"));
    QVERIFY(writer.changeCounter().value != writerQuiet);
    QVERIFY(reader.changeCounter().value != readerQuiet);
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
