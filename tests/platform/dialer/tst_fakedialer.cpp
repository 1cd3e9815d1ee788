// platform/dialer: the fake the app's tests hand in, and the tel: links every backend
// makes.
#include "dialer/fakedialer.h"

#include <QSignalSpy>
#include <QTest>

using namespace aftercare::platform;

class TestFakeDialer : public QObject
{
    Q_OBJECT
private slots:
    void callsOnlyWhenItCan()
    {
        FakeDialer dialer(false);
        QSignalSpy changed(&dialer, &FakeDialer::changed);
        QVERIFY(!dialer.canCall());
        QVERIFY(!dialer.call(QStringLiteral("112")));
        QVERIFY(dialer.calls().isEmpty());
        dialer.setCanCall(true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(dialer.call(QStringLiteral("112")));
        QVERIFY(!dialer.call(QStringLiteral("not a number")));
        QCOMPARE(dialer.calls(), QStringList{"112"});
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFakeDialer)
#include "tst_fakedialer.moc"
