// The fake notifier the agent tests rely on: it must behave like a server
// (replace by id, fallback without actions, signals only for open ones).
#include "notifications/fakenotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace aftercare::platform;

class TestFakeNotifier : public QObject
{
    Q_OBJECT

private slots:
    void replacesById();
    void fallbackWithoutActions();
    void actionsAndDismissal();
    void unavailable();
};

namespace {
Notification withActions(const QString& id)
{
    Notification n;
    n.id = id;
    n.title = QStringLiteral("Title");
    n.body = QStringLiteral("Body.");
    n.actions = {{QStringLiteral("default"), QStringLiteral("Log now")}};
    return n;
}
} // namespace

void TestFakeNotifier::replacesById()
{
    FakeNotifier notifier;
    const NotificationHandle a = notifier.notify(withActions(QStringLiteral("x")));
    const NotificationHandle b = notifier.notify(withActions(QStringLiteral("x")));
    const NotificationHandle c = notifier.notify(withActions(QStringLiteral("y")));
    QCOMPARE(a, b);
    QVERIFY(c != a);
    QCOMPARE(notifier.history().size(), 3);
    QCOMPARE(notifier.openNotifications().size(), 2);
}

void TestFakeNotifier::fallbackWithoutActions()
{
    FakeNotifier notifier;
    notifier.setCapabilities({QStringLiteral("body")});
    notifier.notify(withActions(QStringLiteral("x")));
    const Notification shown = notifier.history().last().notification;
    QVERIFY(shown.actions.isEmpty());
    QCOMPARE(shown.body, QStringLiteral("Body.\nOpen Aftercare to log how you feel."));
}

void TestFakeNotifier::actionsAndDismissal()
{
    FakeNotifier notifier;
    QSignalSpy actions(&notifier, &Notifier::actionInvoked);
    QSignalSpy closed(&notifier, &Notifier::closed);
    const NotificationHandle h = notifier.notify(withActions(QStringLiteral("x")));
    notifier.invokeAction(h, QStringLiteral("default"));
    QCOMPARE(actions.size(), 1);
    notifier.dismiss(h);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(1).value<CloseReason>(), CloseReason::Dismissed);
    notifier.invokeAction(h, QStringLiteral("default")); // gone: nothing
    QCOMPARE(actions.size(), 1);
    QVERIFY(notifier.openNotifications().isEmpty());
}

void TestFakeNotifier::unavailable()
{
    FakeNotifier notifier;
    notifier.setAvailable(false);
    QCOMPARE(notifier.notify(withActions(QStringLiteral("x"))), 0u);
    QVERIFY(!notifier.lastError().isEmpty());
    QVERIFY(notifier.history().isEmpty());
}

QTEST_GUILESS_MAIN(TestFakeNotifier)
#include "tst_fakenotifier.moc"
