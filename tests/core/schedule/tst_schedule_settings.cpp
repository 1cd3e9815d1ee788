// Reminder settings from stored key-value text: defaults, valid values, and
// invalid ones falling back.
#include "schedule/settings.h"

#include <QTest>

using namespace aftercare::schedule;

class TestScheduleSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void parse_data();
    void parse();
    void roundTrip();
};

void TestScheduleSettings::defaults()
{
    const Settings s = settingsFromValues([](const QString&) { return QString(); });
    QCOMPARE(s.enabled, true);
    QCOMPARE(s.firstPromptMinutes, 60);
    QCOMPARE(s.hourlyIntervalMinutes, 60);
    QCOMPARE(s.hourlyUntilHours, 24);
    QCOMPARE(s.taperIntervalMinutes, 240);
    QCOMPARE(s.taperUntilHours, 72);
    QCOMPARE(s.dailyIntervalMinutes, 1440);
    QCOMPARE(s.stopAfterHours, 168);
    QCOMPARE(s.quietStart, QTime(22, 0));
    QCOMPARE(s.quietEnd, QTime(8, 0));
    QVERIFY(s.hasQuietHours());
    QCOMPARE(s.snoozeMinutes, 30);
    QCOMPARE(settingKeys().size(), 12);
}

void TestScheduleSettings::parse_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected"); // the field's value as text

    QTest::newRow("snooze 15") << "reminders.snoozeMinutes"
                               << "15"
                               << "snooze"
                               << "15";
    QTest::newRow("snooze 60") << "reminders.snoozeMinutes"
                               << "60"
                               << "snooze"
                               << "60";
    QTest::newRow("snooze 45 is not offered") << "reminders.snoozeMinutes"
                                              << "45"
                                              << "snooze"
                                              << "30";
    QTest::newRow("snooze not a number") << "reminders.snoozeMinutes"
                                         << "soon"
                                         << "snooze"
                                         << "30";
    QTest::newRow("quiet start") << "reminders.quietHours.start"
                                 << "21:30"
                                 << "quietStart"
                                 << "21:30";
    QTest::newRow("quiet start malformed") << "reminders.quietHours.start"
                                           << "9pm"
                                           << "quietStart"
                                           << "22:00";
    QTest::newRow("quiet end") << "reminders.quietHours.end"
                               << "07:15"
                               << "quietEnd"
                               << "07:15";
    QTest::newRow("quiet off") << "reminders.quietHours.enabled"
                               << "false"
                               << "quiet"
                               << "false";
    QTest::newRow("reminders off") << "reminders.enabled"
                                   << "false"
                                   << "enabled"
                                   << "false";
    QTest::newRow("reminders garbage stays on") << "reminders.enabled"
                                                << "maybe"
                                                << "enabled"
                                                << "true";
    QTest::newRow("interval") << "reminders.hourlyIntervalMinutes"
                              << "90"
                              << "hourly"
                              << "90";
    QTest::newRow("interval too short") << "reminders.hourlyIntervalMinutes"
                                        << "1"
                                        << "hourly"
                                        << "60";
    QTest::newRow("taper") << "reminders.taperIntervalMinutes"
                           << "180"
                           << "taper"
                           << "180";
    QTest::newRow("first prompt") << "reminders.firstPromptMinutes"
                                  << "30"
                                  << "first"
                                  << "30";
    QTest::newRow("first prompt negative") << "reminders.firstPromptMinutes"
                                           << "-5"
                                           << "first"
                                           << "60";
    QTest::newRow("unordered taper falls back") << "reminders.hourlyUntilHours"
                                                << "100"
                                                << "hourlyUntil"
                                                << "24";
}

void TestScheduleSettings::parse()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const Settings s =
        settingsFromValues([&](const QString& k) { return k == key ? value : QString(); });
    const auto boolText = [](bool b) {
        return b ? QStringLiteral("true") : QStringLiteral("false");
    };
    QString actual;
    if (field == QLatin1String("snooze"))
        actual = QString::number(s.snoozeMinutes);
    else if (field == QLatin1String("quietStart"))
        actual = s.quietStart.toString(QStringLiteral("HH:mm"));
    else if (field == QLatin1String("quietEnd"))
        actual = s.quietEnd.toString(QStringLiteral("HH:mm"));
    else if (field == QLatin1String("quiet"))
        actual = boolText(s.hasQuietHours());
    else if (field == QLatin1String("enabled"))
        actual = boolText(s.enabled);
    else if (field == QLatin1String("hourly"))
        actual = QString::number(s.hourlyIntervalMinutes);
    else if (field == QLatin1String("taper"))
        actual = QString::number(s.taperIntervalMinutes);
    else if (field == QLatin1String("first"))
        actual = QString::number(s.firstPromptMinutes);
    else if (field == QLatin1String("hourlyUntil"))
        actual = QString::number(s.hourlyUntilHours);
    QCOMPARE(actual, expected);
}

void TestScheduleSettings::roundTrip()
{
    Settings s;
    s.enabled = false;
    s.quietStart = QTime(23, 15);
    s.quietEnd = QTime(6, 45);
    s.snoozeMinutes = 15;
    s.taperIntervalMinutes = 180;
    QHash<QString, QString> stored;
    for (const auto& [key, value] : settingsToValues(s))
        stored.insert(key, value);
    const QStringList keys = settingKeys();
    QCOMPARE(QSet<QString>(stored.keyBegin(), stored.keyEnd()),
             QSet<QString>(keys.begin(), keys.end()));
    QCOMPARE(settingsFromValues([&](const QString& k) { return stored.value(k); }), s);
}

QTEST_APPLESS_MAIN(TestScheduleSettings)
#include "tst_schedule_settings.moc"
