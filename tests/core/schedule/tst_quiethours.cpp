// Quiet hours in a time zone: membership, where the window ends, and local
// wall-clock readings across clock changes.
#include "schedule/quiethours.h"
#include "timestamps.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::schedule;

using testsupport::instant;

class TestQuietHours : public QObject
{
    Q_OBJECT

private slots:
    void window_data();
    void window();
    void localReadings_data();
    void localReadings();
};

void TestQuietHours::window_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("inside");
    QTest::addColumn<QString>("endsAt"); // when inside

    QTest::newRow("before the start") << "22:00"
                                      << "08:00"
                                      << "UTC"
                                      << "2026-06-01T21:59:59Z" << false << QString();
    QTest::newRow("at the start is inside")
        << "22:00"
        << "08:00"
        << "UTC"
        << "2026-06-01T22:00:00Z" << true << "2026-06-02T08:00:00Z";
    QTest::newRow("after midnight") << "22:00"
                                    << "08:00"
                                    << "UTC"
                                    << "2026-06-02T03:00:00Z" << true << "2026-06-02T08:00:00Z";
    QTest::newRow("at the end is outside") << "22:00"
                                           << "08:00"
                                           << "UTC"
                                           << "2026-06-02T08:00:00Z" << false << QString();
    QTest::newRow("local time, not UTC (Berlin summer)")
        << "22:00"
        << "08:00"
        << "Europe/Berlin"
        << "2026-06-01T21:00:00Z" << true << "2026-06-02T06:00:00Z";
    QTest::newRow("local time, not UTC (New York summer)")
        << "22:00"
        << "08:00"
        << "America/New_York"
        << "2026-06-01T21:00:00Z" << false << QString();
    QTest::newRow("same-day window") << "13:00"
                                     << "15:00"
                                     << "UTC"
                                     << "2026-06-01T14:00:00Z" << true << "2026-06-01T15:00:00Z";
    QTest::newRow("same-day window, evening outside")
        << "13:00"
        << "15:00"
        << "UTC"
        << "2026-06-01T23:00:00Z" << false << QString();
    QTest::newRow("empty window") << "08:00"
                                  << "08:00"
                                  << "UTC"
                                  << "2026-06-01T08:00:00Z" << false << QString();
    QTest::newRow("spring forward night, ends at 08:00 CEST")
        << "22:00"
        << "08:00"
        << "Europe/Berlin"
        << "2026-03-29T00:30:00Z" << true << "2026-03-29T06:00:00Z";
    QTest::newRow("end inside the spring-forward gap: when the clocks jump")
        << "22:00"
        << "02:30"
        << "Europe/Berlin"
        << "2026-03-28T22:00:00Z" << true << "2026-03-29T01:00:00Z";
    QTest::newRow("fall back night, ends at 08:00 CET")
        << "22:00"
        << "08:00"
        << "Europe/Berlin"
        << "2026-10-25T01:30:00Z" << true << "2026-10-25T07:00:00Z";
    QTest::newRow("end inside the repeated hour: its first 02:30")
        << "22:00"
        << "02:30"
        << "Europe/Berlin"
        << "2026-10-24T22:00:00Z" << true << "2026-10-25T00:30:00Z";
    QTest::newRow("repeated hour, second 02:10 is inside again")
        << "22:00"
        << "02:30"
        << "Europe/Berlin"
        << "2026-10-25T01:10:00Z" << true << "2026-10-25T01:30:00Z";
}

void TestQuietHours::window()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, zone);
    QFETCH(QString, at);
    QFETCH(bool, inside);
    QFETCH(QString, endsAt);

    const QuietHours quiet{QTime::fromString(start, QStringLiteral("HH:mm")),
                           QTime::fromString(end, QStringLiteral("HH:mm"))};
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    QCOMPARE(quiet.contains(instant(at), tz), inside);
    if (inside)
        QCOMPARE(quiet.endAfter(instant(at), tz), instant(endsAt));
}

void TestQuietHours::localReadings_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("instants");

    QTest::newRow("ordinary") << "2026-06-01"
                              << "08:00"
                              << "Europe/Berlin" << QStringList{"2026-06-01T06:00:00Z"};
    QTest::newRow("in the spring-forward gap: none") << "2026-03-29"
                                                     << "02:30"
                                                     << "Europe/Berlin" << QStringList{};
    QTest::newRow("in the fall-back hour: two")
        << "2026-10-25"
        << "02:30"
        << "Europe/Berlin" << QStringList{"2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"};
    QTest::newRow("New York fall back")
        << "2026-11-01"
        << "01:30"
        << "America/New_York" << QStringList{"2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z"};
}

void TestQuietHours::localReadings()
{
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(QString, zone);
    QFETCH(QStringList, instants);

    QList<qint64> expected;
    for (const QString& i : instants)
        expected << instant(i);
    QCOMPARE(localToUtcMicros(QDate::fromString(date, Qt::ISODate),
                              QTime::fromString(time, QStringLiteral("HH:mm")),
                              QTimeZone(zone.toUtf8())),
             expected);
}

QTEST_APPLESS_MAIN(TestQuietHours)
#include "tst_quiethours.moc"
