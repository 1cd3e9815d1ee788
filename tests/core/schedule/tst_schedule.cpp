// The prompt schedule as a table: taper, quiet hours, catch-up, snooze, reset
// by a check-in, stop rules, clock changes and a change of time zone.
#include "schedule/schedule.h"
#include "timestamps.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::schedule;

using testsupport::instant;

namespace {

QString utcText(qint64 micros)
{
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// An RFC 3339 instant, or "+H": H hours after `end`.
qint64 resolveWhen(const QString& when, const QString& end)
{
    if (when.startsWith(QLatin1Char('+')))
        return instant(end) + qint64(when.mid(1).toDouble() * 3600) * 1000000;
    return instant(when);
}

// A one-hour session ending at `end` with check-ins at the given instants.
Session sessionEndingAt(const QString& end, const QStringList& checkIns)
{
    Session s;
    s.id = QStringLiteral("s1");
    s.durationMinutes = 60;
    s.start = Timestamp::fromUtcMicros(instant(end) - qint64(60) * 60 * 1000000, 0);
    for (const QString& at : checkIns) {
        CheckIn c;
        c.at = Timestamp::fromUtcMicros(resolveWhen(at, end), 0);
        s.checkIns << c;
    }
    return s;
}

analysis::Status statusFromId(const QString& id)
{
    for (const auto status : {analysis::Status::Emergency, analysis::Status::SeeDoctorToday,
                              analysis::Status::SeeDoctor, analysis::Status::ContactTherapist,
                              analysis::Status::Watch, analysis::Status::OnTrack,
                              analysis::Status::Resolved, analysis::Status::InsufficientData}) {
        if (analysis::statusId(status) == id)
            return status;
    }
    qFatal("unknown status in test data: %s", qPrintable(id));
}

// "delivered 2026-06-01T15:00:00Z hourly" or "snooze 30 at 2026-06-01T15:05:00Z"
PromptRecord recordFrom(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(' '));
    if (parts.first() == QLatin1String("snooze"))
        return snoozeRecord(QStringLiteral("s1"), instant(parts.at(3)), parts.at(1).toInt());
    PromptRecord r;
    r.sessionId = QStringLiteral("s1");
    r.event = parts.at(0);
    r.dueUtcMicros = instant(parts.at(1));
    r.kind = parts.at(2);
    r.atUtcMicros = r.dueUtcMicros;
    return r;
}

// "quietHours.enabled=false;snoozeMinutes=15": stored values under "reminders."
Settings settingsFrom(const QString& overrides)
{
    QHash<QString, QString> values;
    for (const QString& pair : overrides.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        values.insert(QStringLiteral("reminders.") + pair.left(eq), pair.mid(eq + 1));
    }
    return settingsFromValues([&](const QString& key) { return values.value(key); });
}

// Expected prompts as "<when> <kind>", where <when> is an RFC 3339 instant or
// "+H" hours after the session end.
QStringList expand(const QStringList& expected, const QString& end)
{
    QStringList out;
    for (const QString& e : expected)
        out << utcText(resolveWhen(e.section(QLatin1Char(' '), 0, 0), end)) + QLatin1Char(' ') +
                   e.section(QLatin1Char(' '), 1);
    return out;
}

QStringList hoursAfterEnd(const QList<double>& hours, const QString& kind)
{
    QStringList out;
    for (const double h : hours)
        out << QStringLiteral("+%1 %2").arg(h).arg(kind);
    return out;
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void upcoming_data();
    void upcoming();
    void firstPromptIsDueOneHourAfterTheEnd();
    void advice_data();
    void advice();
};

void TestSchedule::upcoming_data()
{
    QTest::addColumn<QString>("end");
    QTest::addColumn<QStringList>("checkIns");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");

    const QString noQuiet = QStringLiteral("quietHours.enabled=false");
    const QString june = QStringLiteral("2026-06-01T10:00:00Z");

    // The taper: hourly 1..24 h, four-hourly 28..72 h, daily to day 7.
    QStringList taper = hoursAfterEnd(
        {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24},
        QStringLiteral("hourly"));
    taper << hoursAfterEnd({28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 72},
                           QStringLiteral("four-hourly"));
    taper << hoursAfterEnd({96, 120, 144, 168}, QStringLiteral("daily"));
    QTest::newRow("taper") << june << QStringList{} << "insufficient-data" << QStringList{}
                           << noQuiet << june << "UTC" << 100 << taper;
    QTest::newRow("taper, on-track status changes nothing")
        << june << QStringList{} << "on-track" << QStringList{} << noQuiet << june << "UTC" << 100
        << taper;
    QTest::newRow("taper with other intervals from settings")
        << june << QStringList{} << "insufficient-data" << QStringList{}
        << noQuiet + ";firstPromptMinutes=120;hourlyIntervalMinutes=120;hourlyUntilHours=6;"
                     "taperIntervalMinutes=360;taperUntilHours=18;stopAfterHours=48"
        << june << "UTC" << 100 << QStringList{"+2 hourly",       "+4 hourly",       "+6 hourly",
                                               "+12 four-hourly", "+18 four-hourly", "+42 daily"};

    // Quiet hours 22:00-08:00 (default) in UTC: the night's prompts become one
    // catch-up at 08:00; the one due exactly then is not repeated.
    QTest::newRow("quiet hours across midnight, catch-up at their end")
        << june << QStringList{} << "insufficient-data" << QStringList{} << QString() << june
        << "UTC" << 15
        << QStringList{"+1 hourly",
                       "+2 hourly",
                       "+3 hourly",
                       "+4 hourly",
                       "+5 hourly",
                       "+6 hourly",
                       "+7 hourly",
                       "+8 hourly",
                       "+9 hourly",
                       "+10 hourly",
                       "+11 hourly",
                       "2026-06-02T08:00:00Z catch-up",
                       "2026-06-02T09:00:00Z hourly",
                       "2026-06-02T10:00:00Z hourly",
                       "2026-06-02T14:00:00Z four-hourly"};
    QTest::newRow("quiet hours in Berlin (CEST), window across midnight")
        << "2026-06-10T18:00:00+02:00" << QStringList{} << "insufficient-data" << QStringList{}
        << QString() << "2026-06-10T18:00:00+02:00"
        << "Europe/Berlin" << 6
        << QStringList{"2026-06-10T19:00:00+02:00 hourly", "2026-06-10T20:00:00+02:00 hourly",
                       "2026-06-10T21:00:00+02:00 hourly", "2026-06-11T08:00:00+02:00 catch-up",
                       "2026-06-11T09:00:00+02:00 hourly", "2026-06-11T10:00:00+02:00 hourly"};
    QTest::newRow("quiet hours within a day (13:00-15:00 New York)")
        << "2026-06-10T10:30:00-04:00" << QStringList{} << "insufficient-data" << QStringList{}
        << "quietHours.start=13:00;quietHours.end=15:00"
        << "2026-06-10T10:30:00-04:00"
        << "America/New_York" << 5
        << QStringList{"2026-06-10T11:30:00-04:00 hourly", "2026-06-10T12:30:00-04:00 hourly",
                       "2026-06-10T15:00:00-04:00 catch-up", "2026-06-10T15:30:00-04:00 hourly",
                       "2026-06-10T16:30:00-04:00 hourly"};
    QTest::newRow("quiet hours off: prompts through the night")
        << "2026-06-10T21:00:00Z" << QStringList{} << "insufficient-data" << QStringList{}
        << noQuiet << "2026-06-10T21:00:00Z"
        << "UTC" << 3
        << QStringList{"2026-06-10T22:00:00Z hourly", "2026-06-10T23:00:00Z hourly",
                       "2026-06-11T00:00:00Z hourly"};
    QTest::newRow("equal start and end means no quiet hours")
        << "2026-06-10T21:00:00Z" << QStringList{} << "insufficient-data" << QStringList{}
        << "quietHours.start=22:00;quietHours.end=22:00"
        << "2026-06-10T21:00:00Z"
        << "UTC" << 2 << QStringList{"2026-06-10T22:00:00Z hourly", "2026-06-10T23:00:00Z hourly"};
    QTest::newRow("catch-up already delivered is not repeated")
        << june << QStringList{} << "insufficient-data"
        << QStringList{"delivered 2026-06-01T21:00:00Z hourly",
                       "delivered 2026-06-02T08:00:00Z catch-up"}
        << QString() << "2026-06-02T08:10:00Z"
        << "UTC" << 2 << QStringList{"2026-06-02T09:00:00Z hourly", "2026-06-02T10:00:00Z hourly"};

    // Missed prompts (the agent was stopped): the latest one is due now, once.
    QTest::newRow("missed prompts collapse into the latest, due now")
        << june << QStringList{} << "insufficient-data" << QStringList{} << noQuiet
        << "2026-06-01T15:20:00Z"
        << "UTC" << 2 << QStringList{"2026-06-01T15:00:00Z hourly", "2026-06-01T16:00:00Z hourly"};
    QTest::newRow("a delivered prompt is not shown again")
        << june << QStringList{} << "insufficient-data"
        << QStringList{"delivered 2026-06-01T15:00:00Z hourly"} << noQuiet << "2026-06-01T15:20:00Z"
        << "UTC" << 1 << QStringList{"2026-06-01T16:00:00Z hourly"};
    QTest::newRow("a dismissed prompt counts as handled")
        << june << QStringList{} << "insufficient-data"
        << QStringList{"dismissed 2026-06-01T15:00:00Z hourly"} << noQuiet << "2026-06-01T15:20:00Z"
        << "UTC" << 1 << QStringList{"2026-06-01T16:00:00Z hourly"};
    QTest::newRow("missed prompt during quiet hours waits for the catch-up")
        << june << QStringList{} << "insufficient-data"
        << QStringList{"delivered 2026-06-01T20:00:00Z hourly"} << QString()
        << "2026-06-01T23:30:00Z"
        << "UTC" << 2
        << QStringList{"2026-06-02T08:00:00Z catch-up", "2026-06-02T09:00:00Z hourly"};
    QTest::newRow("missed daily prompt during quiet hours becomes a catch-up")
        << "2026-06-01T20:30:00Z" << QStringList{"2026-06-04T20:30:00Z"} << "on-track"
        << QStringList{} << QString() << "2026-06-05T23:00:00Z"
        << "UTC" << 2 << QStringList{"2026-06-06T08:00:00Z catch-up", "2026-06-06T20:30:00Z daily"};
    QTest::newRow("the last prompt stays due for one day")
        << june << QStringList{} << "on-track" << QStringList{} << noQuiet << "2026-06-08T11:00:00Z"
        << "UTC" << 3 << QStringList{"+168 daily"};
    QTest::newRow("nothing after day 7 and its grace day")
        << june << QStringList{} << "on-track" << QStringList{} << noQuiet << "2026-06-09T10:00:00Z"
        << "UTC" << 3 << QStringList{};

    // Snooze: 15, 30 or 60 minutes from the press; prompts in between wait.
    const QStringList delivered15{QStringLiteral("delivered 2026-06-01T15:00:00Z hourly")};
    QTest::newRow("snooze 15") << june << QStringList{} << "insufficient-data"
                               << (delivered15 + QStringList{"snooze 15 at 2026-06-01T15:05:00Z"})
                               << noQuiet << "2026-06-01T15:06:00Z"
                               << "UTC" << 2
                               << QStringList{"2026-06-01T15:20:00Z snoozed",
                                              "2026-06-01T16:00:00Z hourly"};
    QTest::newRow("snooze 30") << june << QStringList{} << "insufficient-data"
                               << (delivered15 + QStringList{"snooze 30 at 2026-06-01T15:05:00Z"})
                               << noQuiet << "2026-06-01T15:06:00Z"
                               << "UTC" << 2
                               << QStringList{"2026-06-01T15:35:00Z snoozed",
                                              "2026-06-01T16:00:00Z hourly"};
    QTest::newRow("snooze 60 skips the prompt it overlaps")
        << june << QStringList{} << "insufficient-data"
        << (delivered15 + QStringList{"snooze 60 at 2026-06-01T15:05:00Z"}) << noQuiet
        << "2026-06-01T15:06:00Z"
        << "UTC" << 2 << QStringList{"2026-06-01T16:05:00Z snoozed", "2026-06-01T17:00:00Z hourly"};
    QTest::newRow("delivered snooze is done")
        << june << QStringList{} << "insufficient-data"
        << (delivered15 + QStringList{"snooze 30 at 2026-06-01T15:05:00Z",
                                      "delivered 2026-06-01T15:35:00Z snoozed"})
        << noQuiet << "2026-06-01T15:36:00Z"
        << "UTC" << 1 << QStringList{"2026-06-01T16:00:00Z hourly"};
    QTest::newRow("snooze into quiet hours becomes the catch-up")
        << june << QStringList{} << "insufficient-data"
        << QStringList{"delivered 2026-06-01T21:00:00Z hourly", "snooze 60 at 2026-06-01T21:10:00Z"}
        << QString() << "2026-06-01T21:11:00Z"
        << "UTC" << 2
        << QStringList{"2026-06-02T08:00:00Z catch-up", "2026-06-02T09:00:00Z hourly"};
    QTest::newRow("a check-in after the snooze cancels it")
        << june << QStringList{"2026-06-01T15:10:00Z"} << "on-track"
        << (delivered15 + QStringList{"snooze 60 at 2026-06-01T15:05:00Z"}) << noQuiet
        << "2026-06-01T15:11:00Z"
        << "UTC" << 2 << QStringList{"2026-06-01T16:10:00Z hourly", "2026-06-01T17:10:00Z hourly"};

    // A check-in resets the next prompt to one interval after it.
    QTest::newRow("check-in in the hourly phase")
        << june << QStringList{"2026-06-01T13:20:00Z"} << "on-track"
        << QStringList{"delivered 2026-06-01T13:00:00Z hourly"} << noQuiet << "2026-06-01T13:30:00Z"
        << "UTC" << 2 << QStringList{"2026-06-01T14:20:00Z hourly", "2026-06-01T15:20:00Z hourly"};
    QTest::newRow("check-in just before 24 h: one hour, then four")
        << june << QStringList{"+23.5"} << "on-track" << QStringList{} << noQuiet
        << "2026-06-02T09:40:00Z"
        << "UTC" << 3 << QStringList{"+24.5 hourly", "+28.5 four-hourly", "+32.5 four-hourly"};
    QTest::newRow("check-in in the four-hourly phase")
        << june << QStringList{"2026-06-02T16:30:00Z"} << "on-track" << QStringList{} << noQuiet
        << "2026-06-02T16:31:00Z"
        << "UTC" << 2
        << QStringList{"2026-06-02T20:30:00Z four-hourly", "2026-06-03T00:30:00Z four-hourly"};
    QTest::newRow("check-in in the daily phase")
        << june << QStringList{"2026-06-05T12:00:00Z"} << "on-track" << QStringList{} << noQuiet
        << "2026-06-05T12:01:00Z"
        << "UTC" << 3 << QStringList{"2026-06-06T12:00:00Z daily", "2026-06-07T12:00:00Z daily"};
    QTest::newRow("check-in during the session changes nothing")
        << june << QStringList{"2026-06-01T09:30:00Z"} << "on-track" << QStringList{} << noQuiet
        << june << "UTC" << 2 << QStringList{"+1 hourly", "+2 hourly"};

    // Stop rules.
    QTest::newRow("resolved with a check-in at 24 h: no more prompts")
        << june << QStringList{"+5", "+24"} << "resolved" << QStringList{} << noQuiet
        << "2026-06-02T10:30:00Z"
        << "UTC" << 3 << QStringList{};
    QTest::newRow("resolved before 24 h: prompts go on")
        << june << QStringList{"+5", "+12"} << "resolved" << QStringList{} << noQuiet
        << "2026-06-01T22:10:00Z"
        << "UTC" << 2 << QStringList{"+13 hourly", "+14 hourly"};
    QTest::newRow("emergency: no prompts") << june << QStringList{"+5"} << "emergency"
                                           << QStringList{} << noQuiet << "2026-06-01T15:10:00Z"
                                           << "UTC" << 3 << QStringList{};
    QTest::newRow("see a doctor today: prompts go on")
        << june << QStringList{"+5"} << "see-doctor-today" << QStringList{} << noQuiet
        << "2026-06-01T15:10:00Z"
        << "UTC" << 1 << QStringList{"+6 hourly"};
    QTest::newRow("reminders off") << june << QStringList{} << "on-track" << QStringList{}
                                   << "enabled=false" << june << "UTC" << 3 << QStringList{};

    // Clock changes in Europe/Berlin: prompts are absolute, one hour apart.
    QTest::newRow("spring forward 2026-03-29, no quiet hours")
        << "2026-03-28T23:30:00+01:00" << QStringList{} << "insufficient-data" << QStringList{}
        << noQuiet << "2026-03-28T23:30:00+01:00"
        << "Europe/Berlin" << 4
        << QStringList{"2026-03-29T00:30:00+01:00 hourly", "2026-03-29T01:30:00+01:00 hourly",
                       "2026-03-29T03:30:00+02:00 hourly", "2026-03-29T04:30:00+02:00 hourly"};
    QTest::newRow("spring forward 2026-03-29, catch-up at 08:00 summer time")
        << "2026-03-28T20:30:00+01:00" << QStringList{} << "insufficient-data" << QStringList{}
        << QString() << "2026-03-28T20:30:00+01:00"
        << "Europe/Berlin" << 3
        << QStringList{"2026-03-28T21:30:00+01:00 hourly", "2026-03-29T06:00:00Z catch-up",
                       "2026-03-29T06:30:00Z hourly"};
    QTest::newRow("spring forward: quiet end inside the gap")
        << "2026-03-28T21:00:00+01:00" << QStringList{} << "insufficient-data" << QStringList{}
        << "quietHours.end=02:30"
        << "2026-03-28T21:00:00+01:00"
        << "Europe/Berlin" << 2
        << QStringList{"2026-03-29T03:00:00+02:00 catch-up", "2026-03-29T04:00:00+02:00 hourly"};
    QTest::newRow("fall back 2026-10-25, no quiet hours: 02:30 twice")
        << "2026-10-24T23:30:00+02:00" << QStringList{} << "insufficient-data" << QStringList{}
        << noQuiet << "2026-10-24T23:30:00+02:00"
        << "Europe/Berlin" << 5
        << QStringList{"2026-10-25T00:30:00+02:00 hourly", "2026-10-25T01:30:00+02:00 hourly",
                       "2026-10-25T02:30:00+02:00 hourly", "2026-10-25T02:30:00+01:00 hourly",
                       "2026-10-25T03:30:00+01:00 hourly"};
    QTest::newRow("fall back 2026-10-25, catch-up at 08:00 winter time")
        << "2026-10-24T20:30:00+02:00" << QStringList{} << "insufficient-data" << QStringList{}
        << QString() << "2026-10-24T20:30:00+02:00"
        << "Europe/Berlin" << 3
        << QStringList{"2026-10-24T21:30:00+02:00 hourly", "2026-10-25T07:00:00Z catch-up",
                       "2026-10-25T07:30:00Z hourly"};
    QTest::newRow("fall back: quiet end in the repeated hour ends at its first 02:30")
        << "2026-10-24T20:30:00+02:00" << QStringList{} << "insufficient-data" << QStringList{}
        << "quietHours.end=02:30"
        << "2026-10-24T20:30:00+02:00"
        << "Europe/Berlin" << 3
        << QStringList{"2026-10-24T21:30:00+02:00 hourly", "2026-10-25T02:30:00+02:00 catch-up",
                       "2026-10-25T02:30:00+01:00 hourly"};

    // The device moves from Berlin to New York between two prompts: quiet
    // hours follow the zone it is in now.
    const QStringList inBerlin{QStringLiteral("delivered 2026-06-10T17:00:00Z hourly"),
                               QStringLiteral("delivered 2026-06-10T18:00:00Z hourly"),
                               QStringLiteral("delivered 2026-06-10T19:00:00Z hourly")};
    QTest::newRow("still in Berlin: night starts at 22:00 CEST")
        << "2026-06-10T16:00:00Z" << QStringList{} << "insufficient-data" << inBerlin << QString()
        << "2026-06-10T19:30:00Z"
        << "Europe/Berlin" << 2
        << QStringList{"2026-06-11T08:00:00+02:00 catch-up", "2026-06-11T09:00:00+02:00 hourly"};
    QTest::newRow("moved to New York: afternoon there, prompts go on")
        << "2026-06-10T16:00:00Z" << QStringList{} << "insufficient-data" << inBerlin << QString()
        << "2026-06-10T19:30:00Z"
        << "America/New_York" << 8
        << QStringList{"2026-06-10T16:00:00-04:00 hourly",   "2026-06-10T17:00:00-04:00 hourly",
                       "2026-06-10T18:00:00-04:00 hourly",   "2026-06-10T19:00:00-04:00 hourly",
                       "2026-06-10T20:00:00-04:00 hourly",   "2026-06-10T21:00:00-04:00 hourly",
                       "2026-06-11T08:00:00-04:00 catch-up", "2026-06-11T09:00:00-04:00 hourly"};
}

void TestSchedule::upcoming()
{
    QFETCH(QString, end);
    QFETCH(QStringList, checkIns);
    QFETCH(QString, status);
    QFETCH(QStringList, records);
    QFETCH(QString, settings);
    QFETCH(QString, now);
    QFETCH(QString, zone);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);

    const Session session = sessionEndingAt(end, checkIns);
    analysis::Result result;
    result.status = statusFromId(status);
    QList<PromptRecord> promptRecords;
    for (const QString& r : records)
        promptRecords << recordFrom(r);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());

    const QList<Prompt> prompts = upcomingPrompts(session, result, promptRecords,
                                                  settingsFrom(settings), instant(now), tz, limit);
    QStringList actual;
    for (const Prompt& p : prompts) {
        QCOMPARE(p.sessionId, session.id);
        actual << utcText(p.dueUtcMicros) + QLatin1Char(' ') + kindId(p.kind);
    }
    QCOMPARE(actual, expand(expected, end));

    // nextPrompt is the first of them.
    const std::optional<Prompt> next =
        nextPrompt(session, result, promptRecords, settingsFrom(settings), instant(now), tz);
    QCOMPARE(next.has_value(), !prompts.isEmpty());
    if (next)
        QCOMPARE(*next, prompts.first());
}

void TestSchedule::firstPromptIsDueOneHourAfterTheEnd()
{
    // A session that ended 59 min 55 s ago: its first prompt is due in 5 s.
    const qint64 now = instant(QStringLiteral("2026-06-01T12:00:00Z"));
    Session session = sessionEndingAt(QStringLiteral("2026-06-01T11:00:05Z"), {});
    const std::optional<Prompt> next = nextPrompt(session, analysis::Result{}, {}, Settings{}, now,
                                                  QTimeZone(QByteArrayLiteral("UTC")));
    QVERIFY(next);
    QCOMPARE(next->dueUtcMicros - now, qint64(5) * 1000000);
    QCOMPARE(next->kind, Kind::Hourly);
}

void TestSchedule::advice_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("emergencyFlagsAt");
    QTest::addColumn<QStringList>("adviceRecordedFor");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("expectedDue"); // empty: none

    QTest::newRow("emergency, not shown yet") << "emergency" << QStringList{"2026-06-01T15:00:00Z"}
                                              << QStringList{} << "2026-06-01T15:01:00Z"
                                              << "2026-06-01T15:00:00Z";
    QTest::newRow("emergency, already shown")
        << "emergency" << QStringList{"2026-06-01T15:00:00Z"} << QStringList{"2026-06-01T15:00:00Z"}
        << "2026-06-01T15:01:00Z" << QString();
    QTest::newRow("a later emergency flag is shown again")
        << "emergency" << QStringList{"2026-06-01T15:00:00Z", "2026-06-01T18:00:00Z"}
        << QStringList{"2026-06-01T15:00:00Z"} << "2026-06-01T18:01:00Z"
        << "2026-06-01T18:00:00Z";
    QTest::newRow("older than a day: not shown")
        << "emergency" << QStringList{"2026-06-01T15:00:00Z"} << QStringList{}
        << "2026-06-02T15:00:00Z" << QString();
    QTest::newRow("not an emergency") << "see-doctor-today" << QStringList{} << QStringList{}
                                      << "2026-06-01T15:01:00Z" << QString();
    // "screening": an emergency from a screening answer (no time): due at the session end.
    QTest::newRow("screening answer, the day after the session")
        << "emergency" << QStringList{"screening"} << QStringList{} << "2026-06-01T12:00:00Z"
        << "2026-06-01T10:00:00Z";
    QTest::newRow("screening answer, already shown")
        << "emergency" << QStringList{"screening"} << QStringList{"2026-06-01T10:00:00Z"}
        << "2026-06-01T12:00:00Z" << QString();
    QTest::newRow("screening answer, more than a day after the session")
        << "emergency" << QStringList{"screening"} << QStringList{} << "2026-06-02T10:00:00Z"
        << QString();
    QTest::newRow("screening answer, then a later check-in emergency")
        << "emergency" << QStringList{"screening", "2026-06-01T15:00:00Z"}
        << QStringList{"2026-06-01T10:00:00Z"} << "2026-06-01T15:01:00Z"
        << "2026-06-01T15:00:00Z";
}

void TestSchedule::advice()
{
    QFETCH(QString, status);
    QFETCH(QStringList, emergencyFlagsAt);
    QFETCH(QStringList, adviceRecordedFor);
    QFETCH(QString, now);
    QFETCH(QString, expectedDue);

    const Session session = sessionEndingAt(QStringLiteral("2026-06-01T10:00:00Z"), {});
    analysis::Result result;
    result.status = statusFromId(status);
    for (const QString& at : emergencyFlagsAt) {
        analysis::Flag flag;
        flag.severity = analysis::Severity::Emergency;
        if (at == QLatin1String("screening")) {
            flag.code = analysis::FlagCode::ScreenedCaudaEquina;
        } else {
            flag.code = analysis::FlagCode::CaudaEquina;
            flag.at = *Timestamp::parse(at);
        }
        result.flags << flag;
    }
    QList<PromptRecord> records;
    for (const QString& due : adviceRecordedFor)
        records << PromptRecord{session.id, instant(due), kindId(Kind::Advice),
                                QString::fromLatin1(event::delivered), instant(due)};

    const std::optional<Prompt> advice = pendingAdvice(session, result, records, instant(now));
    QCOMPARE(advice.has_value(), !expectedDue.isEmpty());
    if (advice) {
        QCOMPARE(utcText(advice->dueUtcMicros), utcText(instant(expectedDue)));
        QCOMPARE(advice->kind, Kind::Advice);
    }
    // An emergency session never gets check-in prompts.
    if (result.status == analysis::Status::Emergency)
        QVERIFY(upcomingPrompts(session, result, records, Settings{}, instant(now),
                                QTimeZone(QByteArrayLiteral("UTC")), 5)
                    .isEmpty());
}

QTEST_APPLESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
