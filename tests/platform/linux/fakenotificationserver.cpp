#include "fakenotificationserver.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString connectionName = QStringLiteral("fake-notification-server");
} // namespace

FakeNotificationServer::FakeNotificationServer(const QStringList& capabilities)
    : m_capabilities(capabilities)
    , m_bus(QString())
{}

FakeNotificationServer::~FakeNotificationServer()
{
    stop();
}

bool FakeNotificationServer::start(QString* error)
{
    m_thread.start();
    moveToThread(&m_thread);
    m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
    if (!m_bus.isConnected()) {
        *error = m_bus.lastError().message();
        return false;
    }
    if (!m_bus.registerObject(path, this, QDBusConnection::ExportAllSlots)) {
        *error = QStringLiteral("cannot register the object");
        return false;
    }
    if (!m_bus.registerService(service)) {
        *error = QStringLiteral("%1 is taken: %2").arg(service, m_bus.lastError().message());
        return false;
    }
    return true;
}

void FakeNotificationServer::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_bus.isConnected()) {
        m_bus.unregisterService(service);
        m_bus.unregisterObject(path);
    }
    QDBusConnection::disconnectFromBus(connectionName);
    // Back to the thread that owns the test, then stop the server's thread.
    QMetaObject::invokeMethod(
        this, [this, target = QThread::currentThread()] { moveToThread(target); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QList<FakeNotificationServer::NotifyCall> FakeNotificationServer::notifyCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_notifyCalls;
}

QList<uint> FakeNotificationServer::closeCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_closeCalls;
}

void FakeNotificationServer::sendActionInvoked(uint id, const QString& actionKey)
{
    QDBusMessage signal =
        QDBusMessage::createSignal(path, service, QStringLiteral("ActionInvoked"));
    signal << id << actionKey;
    m_bus.send(signal);
}

void FakeNotificationServer::sendNotificationClosed(uint id, uint reason)
{
    QDBusMessage signal =
        QDBusMessage::createSignal(path, service, QStringLiteral("NotificationClosed"));
    signal << id << reason;
    m_bus.send(signal);
}

QStringList FakeNotificationServer::GetCapabilities()
{
    if (m_silent)
        setDelayedReply(true); // and never replies
    return m_capabilities;
}

uint FakeNotificationServer::Notify(const QString& appName, uint replacesId, const QString& appIcon,
                                    const QString& summary, const QString& body,
                                    const QStringList& actions, const QVariantMap& hints,
                                    int expireTimeout)
{
    QMutexLocker lock(&m_mutex);
    m_notifyCalls << NotifyCall{appName, replacesId, appIcon, summary,
                                body,    actions,    hints,   expireTimeout};
    return replacesId != 0 ? replacesId : m_nextId++;
}

void FakeNotificationServer::CloseNotification(uint id)
{
    QMutexLocker lock(&m_mutex);
    m_closeCalls << id;
}

QString FakeNotificationServer::GetServerInformation(QString& vendor, QString& version,
                                                     QString& specVersion)
{
    if (m_silent)
        setDelayedReply(true); // and never replies
    vendor = QStringLiteral("Aftercare tests");
    version = QStringLiteral("0");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake-server");
}
