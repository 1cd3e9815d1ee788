// The schedule applied to a real database: which sessions are active, the
// merged list of upcoming prompts, and its JSON.
#include "reminderfixture.h"
#include "reminders/reminderplan.h"
#include "schedule/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace aftercare;
using namespace aftercare::testing;

class TestReminderPlan : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void activeSessionsOnly();
    void upcomingAcrossSessions();
    void coursesFromSummaries();
    void json_data();
    void json();
    void settingsFromTheDatabase();

private:
    std::unique_ptr<Store> m_store;
};

void TestReminderPlan::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
}

void TestReminderPlan::activeSessionsOnly()
{
    const qint64 now = instant("2026-06-10T12:00:00Z");
    QVERIFY(m_store->addSession(QStringLiteral("recent"), now - 2 * hour));
    QVERIFY(m_store->addSession(QStringLiteral("last-week"), now - 190 * hour));
    QVERIFY(m_store->addSession(QStringLiteral("old"), now - 30 * 24 * hour));
    const QList<reminders::SessionState> active =
        reminders::loadActiveSessions(*m_store->repository, schedule::Settings{}, now);
    QStringList ids;
    for (const auto& s : active)
        ids << s.session.id;
    ids.sort();
    // Day 7 plus the one day a last prompt stays due: 192 h.
    QCOMPARE(ids, (QStringList{"last-week", "recent"}));
}

void TestReminderPlan::upcomingAcrossSessions()
{
    const qint64 now = instant("2026-06-10T12:00:00Z");
    QVERIFY(m_store->addSession(QStringLiteral("b"), now - 30 * minute));
    QVERIFY(m_store->addSession(QStringLiteral("a"), now - 50 * minute));
    const QList<schedule::Prompt> prompts = reminders::upcomingPrompts(
        *m_store->repository, now, QTimeZone(QByteArrayLiteral("UTC")), 2);
    QStringList seen;
    for (const auto& p : prompts)
        seen << QStringLiteral("%1 +%2").arg(p.sessionId).arg((p.dueUtcMicros - now) / minute);
    QCOMPARE(seen, (QStringList{"a +10", "b +30", "a +70", "b +90"}));
}

// The courses read from stored summaries are those of the loaded, analysed sessions,
// also for a session whose summary a later check-in has marked out of date.
void TestReminderPlan::coursesFromSummaries()
{
    const qint64 now = instant("2026-06-10T12:00:00Z");
    CheckIn sore = checkInAt(now - 20 * hour);
    sore.symptoms = {{QStringLiteral("lower-back"), 5, {QStringLiteral("aching")}}};
    QVERIFY(m_store->addSession(QStringLiteral("none"), now - 2 * hour));
    QVERIFY(m_store->addSession(QStringLiteral("sore"), now - 30 * hour,
                                {checkInAt(now - 31 * hour), sore}));
    QVERIFY(m_store->addSession(QStringLiteral("urgent"), now - 5 * hour,
                                {checkInAt(now - 4 * hour, {"saddle-numbness"})}));
    QVERIFY(m_store->addSession(QStringLiteral("old"), now - 30 * 24 * hour));
    QCOMPARE(m_store->repository->addCheckIn(QStringLiteral("sore"), checkInAt(now - hour)).message,
             QString());

    const schedule::Settings settings;
    const QTimeZone utc(QByteArrayLiteral("UTC"));
    const QList<reminders::SessionState> sessions =
        reminders::loadActiveSessions(*m_store->repository, settings, now);
    const QList<reminders::CourseState> courses =
        reminders::loadActiveCourses(*m_store->repository, settings, now);
    QCOMPARE(courses.size(), 3);
    QCOMPARE(courses.size(), sessions.size());
    for (int i = 0; i < courses.size(); ++i) {
        const reminders::SessionState& loaded = sessions.at(i);
        const reminders::CourseState& stored = courses.at(i);
        QCOMPARE(stored.summary.id, loaded.session.id);
        QVERIFY2(stored.course == schedule::courseOf(loaded.session, loaded.analysis),
                 qPrintable(loaded.session.id));
        QCOMPARE(stored.records.size(), loaded.records.size());
        QCOMPARE(schedule::upcomingPrompts(stored.course, stored.records, settings, now, utc, 3),
                 schedule::upcomingPrompts(loaded.session, loaded.analysis, loaded.records,
                                           settings, now, utc, 3));
    }
    const auto course = [&](const char* id) {
        for (const reminders::CourseState& c : courses)
            if (c.summary.id == QLatin1String(id))
                return c.course;
        return schedule::Course{};
    };
    QCOMPARE(course("none").latestCheckInUtcMicros, std::nullopt);
    QCOMPARE(course("sore").latestCheckInUtcMicros, std::optional<qint64>(now - hour));
    QCOMPARE(course("sore").endUtcMicros, now - 30 * hour);
    QCOMPARE(course("urgent").status, analysis::Status::Emergency);
}

void TestReminderPlan::json_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("due");

    QTest::newRow("UTC") << "UTC"
                         << "2026-06-10T12:10:00Z";
    QTest::newRow("Berlin summer") << "Europe/Berlin"
                                   << "2026-06-10T14:10:00+02:00";
    QTest::newRow("New York summer") << "America/New_York"
                                     << "2026-06-10T08:10:00-04:00";
}

void TestReminderPlan::json()
{
    QFETCH(QString, zone);
    QFETCH(QString, due);
    const QList<schedule::Prompt> prompts{
        {QStringLiteral("s-1"), instant("2026-06-10T12:10:00Z"), schedule::Kind::CatchUp}};
    const QJsonDocument doc =
        QJsonDocument::fromJson(reminders::promptsJson(prompts, QTimeZone(zone.toUtf8())));
    QVERIFY(doc.isArray());
    const QJsonObject o = doc.array().at(0).toObject();
    QCOMPARE(o.value(QStringLiteral("session")).toString(), QStringLiteral("s-1"));
    QCOMPARE(o.value(QStringLiteral("due")).toString(), due);
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("catch-up"));
    QCOMPARE(o.keys().size(), 3);
    // Members in the documented order.
    const QByteArray text = reminders::promptsJson(prompts, QTimeZone(zone.toUtf8()));
    QVERIFY(text.indexOf("\"session\"") < text.indexOf("\"due\""));
    QVERIFY(text.indexOf("\"due\"") < text.indexOf("\"kind\""));
    QCOMPARE(reminders::promptsJson({}, QTimeZone(zone.toUtf8())), QByteArray("[]\n"));
}

void TestReminderPlan::settingsFromTheDatabase()
{
    QVERIFY(m_store->repository->setSetting(QStringLiteral("reminders.quietHours.start"),
                                            QStringLiteral("21:15")));
    QVERIFY(m_store->repository->setSetting(QStringLiteral("reminders.snoozeMinutes"),
                                            QStringLiteral("60")));
    const schedule::Settings s = reminders::loadSettings(*m_store->repository);
    QCOMPARE(s.quietStart, QTime(21, 15));
    QCOMPARE(s.snoozeMinutes, 60);
    QCOMPARE(s.quietEnd, QTime(8, 0));
}

QTEST_GUILESS_MAIN(TestReminderPlan)
#include "tst_reminderplan.moc"
