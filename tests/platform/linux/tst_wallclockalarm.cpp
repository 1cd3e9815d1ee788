// The wall-clock alarm (timerfd on CLOCK_REALTIME, absolute): it fires at the
// instant it is given, at once for one that has passed (as after a resume), and
// not when stopped. Setting the wall clock (TFD_TIMER_CANCEL_ON_SET) needs a
// privilege the tests do not have: the agent's side of it is tested through
// ReminderAgent::clockChanged in tst_reminderagent.
#include "linux/wallclockalarm.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using aftercare::platform::WallClockAlarm;

namespace {
qint64 nowMicros()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}
} // namespace

class TestWallClockAlarm : public QObject
{
    Q_OBJECT

private slots:
    void firesAtTheWallClockInstant();
    void firesAtOnceForAnInstantPassed();
    void stoppedItStaysQuiet();
    void armingAgainMovesIt();
};

void TestWallClockAlarm::firesAtTheWallClockInstant()
{
    WallClockAlarm alarm;
    QVERIFY(alarm.isValid());
    QSignalSpy fired(&alarm, &WallClockAlarm::fired);
    const qint64 at = nowMicros() + 300 * 1000;
    alarm.armAt(at);
    QVERIFY(alarm.isArmed());
    QVERIFY2(fired.wait(5000), "fires");
    QVERIFY2(nowMicros() >= at, "not before its instant");
    QCOMPARE(fired.size(), 1);
    QVERIFY(!alarm.isArmed());
}

void TestWallClockAlarm::firesAtOnceForAnInstantPassed()
{
    WallClockAlarm alarm;
    QSignalSpy fired(&alarm, &WallClockAlarm::fired);
    QElapsedTimer elapsed;
    elapsed.start();
    alarm.armAt(nowMicros() - qint64(3) * 3600 * 1000000); // three hours ago
    QVERIFY2(fired.wait(5000), "fires");
    QVERIFY2(elapsed.elapsed() < 1000, qPrintable(QString::number(elapsed.elapsed())));
}

void TestWallClockAlarm::stoppedItStaysQuiet()
{
    WallClockAlarm alarm;
    QSignalSpy fired(&alarm, &WallClockAlarm::fired);
    alarm.armAt(nowMicros() + 200 * 1000);
    alarm.stop();
    QVERIFY(!alarm.isArmed());
    QVERIFY2(!fired.wait(600), "a stopped alarm does not fire");
}

void TestWallClockAlarm::armingAgainMovesIt()
{
    WallClockAlarm alarm;
    QSignalSpy fired(&alarm, &WallClockAlarm::fired);
    alarm.armAt(nowMicros() + 200 * 1000);
    const qint64 later = nowMicros() + 700 * 1000;
    alarm.armAt(later);
    QVERIFY2(fired.wait(5000), "fires");
    QVERIFY2(nowMicros() >= later, "at the later instant, not the first");
    QCOMPARE(fired.size(), 1);
}

QTEST_GUILESS_MAIN(TestWallClockAlarm)
#include "tst_wallclockalarm.moc"
