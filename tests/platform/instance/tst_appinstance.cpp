// One running window per data folder over a real session bus (ctest runs this inside
// dbus-run-session): the first instance claims the name, a later one hands its link over
// and the first receives it exactly; without a bus every start runs on its own.
#include "instance/appinstance.h"
#include "linux/dbusappinstance.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

#include <future>

using namespace aftercare::platform;

namespace {
const QString name = QStringLiteral("org.aftercare.Aftercare.dtest0123456789ab");
} // namespace

class TestAppInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondStartHandsTheLinkOver_data();
    void secondStartHandsTheLinkOver();
    void nameIsFreeOnceTheFirstHasGone();
    void noBusRunsAlone();
    void noOneAnswering();
};

void TestAppInstance::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
}

void TestAppInstance::secondStartHandsTheLinkOver_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("example") << QStringLiteral(
        "aftercare:session?v=1&duration=60&therapist=Anna%20K.");
    QTest::newRow("raw non-ASCII, as a bad link may be")
        << QStringLiteral("aftercare:session?v=1&therapist=Zoë Ångström 松本");
    QTest::newRow("empty") << QString();
}

void TestAppInstance::secondStartHandsTheLinkOver()
{
    QFETCH(QString, link);
    const std::unique_ptr<AppInstance> first = createAppInstance(name);
    QVERIFY(first->claim());
    QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(name));
    QSignalSpy received(first.get(), &AppInstance::linkReceived);

    // A second start is a second connection to the bus.
    const QDBusConnection other =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("second"));
    QVERIFY(other.isConnected());
    {
        DBusAppInstance second(other, name);
        QVERIFY(!second.claim());
        // The call blocks until the first answers, which it does from this thread's loop.
        std::future<bool> handed =
            std::async(std::launch::async, [&second, &link] { return second.handOver(link); });
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toString(), link);
        QVERIFY(handed.get());
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("second"));
}

void TestAppInstance::nameIsFreeOnceTheFirstHasGone()
{
    {
        const std::unique_ptr<AppInstance> first = createAppInstance(name);
        QVERIFY(first->claim());
    }
    QTRY_VERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(name));
    const std::unique_ptr<AppInstance> next = createAppInstance(name);
    QVERIFY(next->claim());
}

void TestAppInstance::noBusRunsAlone()
{
    const QDBusConnection none = QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/aftercare-bus"), QStringLiteral("none"));
    QVERIFY(!none.isConnected());
    DBusAppInstance alone(none, name);
    QVERIFY(alone.claim()); // opens its own window
    QVERIFY(!alone.handOver(QStringLiteral("aftercare:session?v=1")));
    QDBusConnection::disconnectFromBus(QStringLiteral("none"));
}

void TestAppInstance::noOneAnswering()
{
    // Nobody holds the name: a hand-over fails at once, and the start opens its own window.
    DBusAppInstance lone(QDBusConnection::sessionBus(),
                         QStringLiteral("org.aftercare.Aftercare.dnobody00000000"));
    QVERIFY(!lone.handOver(QStringLiteral("aftercare:session?v=1")));
}

QTEST_GUILESS_MAIN(TestAppInstance)
#include "tst_appinstance.moc"
