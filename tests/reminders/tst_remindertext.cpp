// What a reminder says: the technique and the hours since the session.
#include "reminders/remindertext.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::reminders;

namespace {
constexpr qint64 minute = qint64(60) * 1000000;

Session sessionWith(const QString& technique)
{
    Session s;
    s.id = QStringLiteral("s1");
    s.start = *Timestamp::parse(QStringLiteral("2026-06-01T09:00:00Z"));
    s.durationMinutes = 60;
    s.technique = technique;
    return s;
}
} // namespace

class TestReminderText : public QObject
{
    Q_OBJECT

private slots:
    void body_data();
    void body();
    void promptActions();
    void advice();
};

void TestReminderText::body_data()
{
    QTest::addColumn<QString>("technique");
    QTest::addColumn<int>("minutesSinceEnd");
    QTest::addColumn<QString>("expected");

    QTest::newRow("under an hour") << "swedish" << 59 << "Swedish massage, less than an hour ago.";
    QTest::newRow("one hour") << "deep-tissue" << 60 << "Deep tissue massage, 1 hour ago.";
    QTest::newRow("hours round down") << "sports" << 5 * 60 + 59 << "Sports massage, 5 hours ago.";
    QTest::newRow("47 hours") << "myofascial" << 47 * 60
                              << "Myofascial release massage, 47 hours ago.";
    QTest::newRow("days as well from 48 hours")
        << "trigger-point" << 100 * 60 << "Trigger point massage, 100 hours (4 days) ago.";
    QTest::newRow("other technique") << "other" << 3 * 60 << "Massage, 3 hours ago.";
}

void TestReminderText::body()
{
    QFETCH(QString, technique);
    QFETCH(int, minutesSinceEnd);
    QFETCH(QString, expected);
    const Session s = sessionWith(technique);
    QCOMPARE(promptBody(s, s.endUtcMicros() + minutesSinceEnd * minute), expected);
}

void TestReminderText::promptActions()
{
    const Session s = sessionWith(QStringLiteral("swedish"));
    const platform::Notification n =
        promptNotification(s, schedule::Prompt{s.id, s.endUtcMicros(), schedule::Kind::Hourly}, 15,
                           s.endUtcMicros() + 60 * minute);
    QCOMPARE(n.id, QStringLiteral("prompt:s1"));
    QCOMPARE(n.title, QStringLiteral("How do you feel after your massage?"));
    QStringList keys, labels;
    for (const auto& a : n.actions) {
        keys << a.key;
        labels << a.label;
    }
    QCOMPARE(keys, (QStringList{"default", "no-soreness", "snooze"}));
    QCOMPARE(labels, (QStringList{"Log now", "No soreness", "Snooze 15 min"}));
    QCOMPARE(n.urgency, platform::Notification::Urgency::Normal);
}

void TestReminderText::advice()
{
    const platform::Notification n = adviceNotification(sessionWith(QStringLiteral("swedish")));
    QCOMPARE(n.id, QStringLiteral("advice:s1"));
    QCOMPARE(n.urgency, platform::Notification::Urgency::Critical);
    QCOMPARE(n.title, analysis::statusTitle(analysis::Status::Emergency));
    QVERIFY(n.body.contains(analysis::notADiagnosis()));
    QCOMPARE(n.fallbackBody, n.body); // no "Open Aftercare to log…" for advice
}

QTEST_APPLESS_MAIN(TestReminderText)
#include "tst_remindertext.moc"
