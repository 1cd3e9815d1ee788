// The D-Bus notification backend against real servers on a private session
// bus (ctest runs it inside dbus-run-session and xvfb-run): first a
// test-owned server (no "actions", markup, signals), then dunst.
#include "dunstserver.h"
#include "fakenotificationserver.h"
#include "linux/dbusnotifier.h"

#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace aftercare::platform;

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");

Notification reminder()
{
    Notification n;
    n.id = QStringLiteral("prompt:s1");
    n.title = QStringLiteral("How do you feel after your massage?");
    n.body = QStringLiteral("Deep tissue massage, 5 hours ago.");
    n.actions = {{QStringLiteral("default"), QStringLiteral("Log now")},
                 {QStringLiteral("no-soreness"), QStringLiteral("No soreness")},
                 {QStringLiteral("snooze"), QStringLiteral("Snooze 30 min")}};
    return n;
}

} // namespace

class TestDBusNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // A test-owned server.
    void fallbackWithoutActions();
    void fullNotificationWithActions();
    void markupIsEscaped();
    void sameIdReplaces();
    void signalsForOwnNotificationsOnly();
    void queryServerAnswers();
    void queryServerDoesNotWaitForASilentServer();

    // dunst.
    void dunstCapabilitiesAndServerInfo();
    void dunstShowsTheNotification();
    void dunstDefaultAction();
    void dunstContextMenuAction();
    void dunstCloseByApp();
    void dunstDismissedByUser();

private:
    void startDunst();

    QTemporaryDir m_dir;
    aftercare::testsupport::DunstServer m_dunst{m_dir.path()};
    aftercare::testsupport::NotifyMonitor m_monitor;
};

void TestDBusNotifier::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "needs a session bus: run inside dbus-run-session (ctest does)");
    QVERIFY(m_dir.isValid());
    // Nobody serves notifications on this private bus yet.
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(service));
}

void TestDBusNotifier::cleanupTestCase()
{
    m_dunst.stop();
}

void TestDBusNotifier::queryServerAnswers()
{
    FakeNotificationServer server({QStringLiteral("body"), QStringLiteral("actions")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    DBusNotifier notifier(QDBusConnection::sessionBus());
    QSignalSpy answered(&notifier, &Notifier::serverQueried);
    notifier.queryServer();
    QTRY_COMPARE(answered.count(), 1);
    const auto info = answered.at(0).at(0).value<NotificationServerInfo>();
    QCOMPARE(info.name, QStringLiteral("fake-server"));
    QCOMPARE(info.vendor, QStringLiteral("Aftercare tests"));
    QCOMPARE(info.specVersion, QStringLiteral("1.2"));
    QCOMPARE(answered.at(0).at(1).toStringList(),
             (QStringList{QStringLiteral("body"), QStringLiteral("actions")}));
    server.stop();

    // No server at all: an invalid info, and why.
    notifier.queryServer();
    QTRY_COMPARE(answered.count(), 2);
    QVERIFY(!answered.at(1).at(0).value<NotificationServerInfo>().isValid());
    QVERIFY(answered.at(1).at(1).toStringList().isEmpty());
    QVERIFY(!notifier.lastError().isEmpty());
}

// A server that takes the call and never answers: the caller's event loop keeps turning
// (a blocking query would hold it for the calls' 5 s timeout), then "not found".
void TestDBusNotifier::queryServerDoesNotWaitForASilentServer()
{
    FakeNotificationServer server({QStringLiteral("actions")});
    server.setSilent(true);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    DBusNotifier notifier(QDBusConnection::sessionBus());
    QSignalSpy answered(&notifier, &Notifier::serverQueried);
    int turns = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++turns; });
    ticker.start(10);
    notifier.queryServer();
    QTRY_VERIFY_WITH_TIMEOUT(turns >= 20, 4000);
    QVERIFY(answered.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 15000);
    QVERIFY(!answered.at(0).at(0).value<NotificationServerInfo>().isValid());
    QVERIFY(!notifier.lastError().isEmpty());
}

void TestDBusNotifier::fallbackWithoutActions()
{
    FakeNotificationServer server({QStringLiteral("body")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    DBusNotifier notifier(QDBusConnection::sessionBus());
    QCOMPARE(notifier.capabilities(), QStringList{QStringLiteral("body")});
    QCOMPARE(notifier.serverInfo().name, QStringLiteral("fake-server"));
    const NotificationHandle handle = notifier.notify(reminder());
    QVERIFY2(handle != 0, qPrintable(notifier.lastError()));

    const QList<FakeNotificationServer::NotifyCall> calls = server.notifyCalls();
    QCOMPARE(calls.size(), 1);
    const auto& call = calls.first();
    QCOMPARE(call.summary, QStringLiteral("How do you feel after your massage?"));
    QCOMPARE(call.body, QStringLiteral("Deep tissue massage, 5 hours ago.\n"
                                       "Open Aftercare to log how you feel."));
    QVERIFY(call.actions.isEmpty());
    QCOMPARE(call.appName, QStringLiteral("Aftercare"));
    QCOMPARE(call.appIcon, QStringLiteral("org.aftercare.Aftercare"));
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("org.aftercare.Aftercare"));
}

void TestDBusNotifier::fullNotificationWithActions()
{
    FakeNotificationServer server({QStringLiteral("actions"), QStringLiteral("body")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    DBusNotifier notifier(QDBusConnection::sessionBus());
    QVERIFY(notifier.notify(reminder()) != 0);
    const auto call = server.notifyCalls().value(0);
    QCOMPARE(call.body, QStringLiteral("Deep tissue massage, 5 hours ago."));
    QCOMPARE(call.actions, (QStringList{"default", "Log now", "no-soreness", "No soreness",
                                        "snooze", "Snooze 30 min"}));
    QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 1);
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.expireTimeout, -1);
}

void TestDBusNotifier::markupIsEscaped()
{
    FakeNotificationServer server(
        {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    DBusNotifier notifier(QDBusConnection::sessionBus());
    Notification n = reminder();
    n.body = QStringLiteral("<b>sore</b> & stiff");
    QVERIFY(notifier.notify(n) != 0);
    QCOMPARE(server.notifyCalls().value(0).body,
             QStringLiteral("&lt;b&gt;sore&lt;/b&gt; &amp; stiff"));
}

void TestDBusNotifier::sameIdReplaces()
{
    FakeNotificationServer server({QStringLiteral("actions")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    DBusNotifier notifier(QDBusConnection::sessionBus());
    const NotificationHandle first = notifier.notify(reminder());
    const NotificationHandle second = notifier.notify(reminder());
    Notification other = reminder();
    other.id = QStringLiteral("prompt:s2");
    const NotificationHandle third = notifier.notify(other);
    QCOMPARE(server.notifyCalls().value(1).replacesId, first);
    QCOMPARE(second, first);
    QCOMPARE(server.notifyCalls().value(2).replacesId, 0u);
    QVERIFY(third != first);

    notifier.close(third);
    QTRY_COMPARE(server.closeCalls(), QList<uint>{third});
}

void TestDBusNotifier::signalsForOwnNotificationsOnly()
{
    FakeNotificationServer server({QStringLiteral("actions")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    DBusNotifier notifier(QDBusConnection::sessionBus());
    QSignalSpy actions(&notifier, &Notifier::actionInvoked);
    QSignalSpy closed(&notifier, &Notifier::closed);
    const NotificationHandle handle = notifier.notify(reminder());
    QVERIFY(handle != 0);

    server.sendActionInvoked(handle + 100, QStringLiteral("default")); // someone else's
    server.sendActionInvoked(handle, QStringLiteral("no-soreness"));
    QTRY_COMPARE(actions.size(), 1);
    QCOMPARE(actions.at(0).at(0).value<NotificationHandle>(), handle);
    QCOMPARE(actions.at(0).at(1).toString(), QStringLiteral("no-soreness"));

    server.sendNotificationClosed(handle, 2);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).value<NotificationHandle>(), handle);
    QCOMPARE(closed.at(0).at(1).value<CloseReason>(), CloseReason::Dismissed);

    // Once closed it is forgotten: later signals for it are not ours.
    server.sendActionInvoked(handle, QStringLiteral("default"));
    QTest::qWait(200);
    QCOMPARE(actions.size(), 1);
}

void TestDBusNotifier::startDunst()
{
    if (m_dunst.isRunning())
        return;
    QString error;
    QVERIFY2(m_dunst.start(&error), qPrintable(error));
    QVERIFY2(m_monitor.start(&error), qPrintable(error));
}

void TestDBusNotifier::dunstCapabilitiesAndServerInfo()
{
    startDunst();
    DBusNotifier notifier(QDBusConnection::sessionBus());
    QVERIFY(notifier.capabilities().contains(QStringLiteral("actions")));
    QVERIFY(notifier.capabilities().contains(QStringLiteral("body")));
    const NotificationServerInfo info = notifier.serverInfo();
    QCOMPARE(info.name, QStringLiteral("dunst"));
    QVERIFY(!info.version.isEmpty());
    QVERIFY(info.isValid());
}

void TestDBusNotifier::dunstShowsTheNotification()
{
    startDunst();
    DBusNotifier notifier(QDBusConnection::sessionBus());
    QSignalSpy closed(&notifier, &Notifier::closed);
    const NotificationHandle handle = notifier.notify(reminder());
    QVERIFY2(handle != 0, qPrintable(notifier.lastError()));
    QTRY_COMPARE(m_dunst.displayed(), 1);

    // On the bus: summary, body, icon, actions and the desktop-entry hint.
    QTRY_VERIFY(m_monitor.log().contains("string \"How do you feel after your massage?\""));
    const QByteArray& seen = m_monitor.log();
    QVERIFY(seen.contains("string \"Deep tissue massage, 5 hours ago.\""));
    QVERIFY(seen.contains("string \"org.aftercare.Aftercare\""));
    QVERIFY(seen.contains("string \"desktop-entry\""));
    QVERIFY(seen.contains("string \"No soreness\""));

    // In dunst's history once closed.
    m_dunst.closeAll();
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).value<NotificationHandle>(), handle);
    // dunst files a closed notification in its history on its own schedule: wait for it.
    QList<QVariantMap> history;
    QTRY_VERIFY_WITH_TIMEOUT(!(history = m_dunst.history()).isEmpty(), 10000);
    QCOMPARE(history.first().value(QStringLiteral("summary")).toString(),
             QStringLiteral("How do you feel after your massage?"));
    QCOMPARE(history.first().value(QStringLiteral("body")).toString(),
             QStringLiteral("Deep tissue massage, 5 hours ago."));
    QCOMPARE(history.first().value(QStringLiteral("appname")).toString(),
             QStringLiteral("Aftercare"));
}

void TestDBusNotifier::dunstDefaultAction()
{
    startDunst();
    DBusNotifier notifier(QDBusConnection::sessionBus());
    QSignalSpy actions(&notifier, &Notifier::actionInvoked);
    const NotificationHandle handle = notifier.notify(reminder());
    QVERIFY(handle != 0);
    QTRY_COMPARE(m_dunst.displayed(), 1);
    m_dunst.invokeAction(0);
    QTRY_COMPARE(actions.size(), 1);
    QCOMPARE(actions.at(0).at(0).value<NotificationHandle>(), handle);
    QCOMPARE(actions.at(0).at(1).toString(), QStringLiteral("default"));
    notifier.close(handle);
    QTRY_COMPARE(m_dunst.displayed(), 0);
}

void TestDBusNotifier::dunstContextMenuAction()
{
    startDunst();
    m_dunst.choose("No soreness");

    DBusNotifier notifier(QDBusConnection::sessionBus());
    QSignalSpy actions(&notifier, &Notifier::actionInvoked);
    const NotificationHandle handle = notifier.notify(reminder());
    QVERIFY(handle != 0);
    QTRY_COMPARE(m_dunst.displayed(), 1);
    m_dunst.openContextMenu();
    QTRY_COMPARE(actions.size(), 1);
    QCOMPARE(actions.at(0).at(0).value<NotificationHandle>(), handle);
    QCOMPARE(actions.at(0).at(1).toString(), QStringLiteral("no-soreness"));
    notifier.close(handle);
    QTRY_COMPARE(m_dunst.displayed(), 0);
}

void TestDBusNotifier::dunstCloseByApp()
{
    startDunst();
    DBusNotifier notifier(QDBusConnection::sessionBus());
    QSignalSpy closed(&notifier, &Notifier::closed);
    const NotificationHandle handle = notifier.notify(reminder());
    QTRY_COMPARE(m_dunst.displayed(), 1);
    notifier.close(handle);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(1).value<CloseReason>(), CloseReason::Closed);
    QCOMPARE(m_dunst.displayed(), 0);
}

void TestDBusNotifier::dunstDismissedByUser()
{
    startDunst();
    DBusNotifier notifier(QDBusConnection::sessionBus());
    QSignalSpy closed(&notifier, &Notifier::closed);
    const NotificationHandle handle = notifier.notify(reminder());
    QTRY_COMPARE(m_dunst.displayed(), 1);
    m_dunst.closeLatest();
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).value<NotificationHandle>(), handle);
    QCOMPARE(closed.at(0).at(1).value<CloseReason>(), CloseReason::Dismissed);
}

QTEST_GUILESS_MAIN(TestDBusNotifier)
#include "tst_dbusnotifier.moc"
