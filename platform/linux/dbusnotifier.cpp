#include "linux/dbusnotifier.h"

#include "notificationsproxy.h"

#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>

namespace aftercare::platform {

namespace {
constexpr int callTimeoutMs = 5000;
const QString objectPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

DBusNotifier::DBusNotifier(const QDBusConnection& bus, QObject* parent)
    : Notifier(parent)
    , m_bus(bus)
    , m_proxy(new OrgFreedesktopNotificationsInterface(serviceName(), objectPath, bus, this))
    , m_watcher(new QDBusServiceWatcher(serviceName(), bus,
                                        QDBusServiceWatcher::WatchForOwnerChange, this))
{
    m_proxy->setTimeout(callTimeoutMs);
    connect(m_proxy, &OrgFreedesktopNotificationsInterface::NotificationClosed, this,
            &DBusNotifier::onClosed);
    connect(m_proxy, &OrgFreedesktopNotificationsInterface::ActionInvoked, this,
            &DBusNotifier::onActionInvoked);
    // A new server may be able to do other things, and knows none of our handles.
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString&, const QString&, const QString& newOwner) {
                m_owner = newOwner;
                m_haveOwner = true;
                m_haveCapabilities = false;
                m_capabilities.clear();
                m_handleById.clear();
                m_idByHandle.clear();
            });
}

DBusNotifier::~DBusNotifier() = default;

QStringList DBusNotifier::capabilities()
{
    if (m_haveCapabilities)
        return m_capabilities;
    QDBusPendingReply<QStringList> reply = m_proxy->GetCapabilities();
    reply.waitForFinished();
    if (reply.isError()) {
        m_lastError = reply.error().message();
        return {};
    }
    m_capabilities = reply.value();
    m_haveCapabilities = true;
    return m_capabilities;
}

NotificationServerInfo DBusNotifier::serverInfo()
{
    QString vendor, version, specVersion;
    QDBusReply<QString> reply = m_proxy->GetServerInformation(vendor, version, specVersion);
    if (!reply.isValid()) {
        m_lastError = reply.error().message();
        return {};
    }
    return {reply.value(), vendor, version, specVersion};
}

void DBusNotifier::queryServer()
{
    auto* infoCall = new QDBusPendingCallWatcher(m_proxy->GetServerInformation(), this);
    connect(
        infoCall, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
            call->deleteLater();
            const QDBusPendingReply<QString, QString, QString, QString> info = *call;
            if (info.isError()) {
                m_lastError = info.error().message();
                emit serverQueried({}, {});
                return;
            }
            const NotificationServerInfo server{info.argumentAt<0>(), info.argumentAt<1>(),
                                                info.argumentAt<2>(), info.argumentAt<3>()};
            auto* capabilitiesCall = new QDBusPendingCallWatcher(m_proxy->GetCapabilities(), this);
            connect(capabilitiesCall, &QDBusPendingCallWatcher::finished, this,
                    [this, server](QDBusPendingCallWatcher* call) {
                        call->deleteLater();
                        const QDBusPendingReply<QStringList> capabilities = *call;
                        if (capabilities.isError()) {
                            m_lastError = capabilities.error().message();
                            emit serverQueried({}, {});
                            return;
                        }
                        // What notify() would otherwise ask for again.
                        m_capabilities = capabilities.value();
                        m_haveCapabilities = true;
                        emit serverQueried(server, m_capabilities);
                    });
        });
}

NotificationHandle DBusNotifier::notify(const Notification& n)
{
    const QStringList caps = capabilities();
    if (!m_haveCapabilities)
        return 0; // no server: lastError says why
    const bool withActions = caps.contains(QLatin1String("actions"));

    QString body = withActions || n.actions.isEmpty() ? n.body : fallbackBodyFor(n);
    if (caps.contains(QLatin1String("body-markup")))
        body = body.toHtmlEscaped();
    QStringList actions;
    if (withActions) {
        for (const NotificationAction& action : n.actions)
            actions << action.key << action.label;
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(AFTERCARE_APP_ID));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(n.urgency)));
    hints.insert(QStringLiteral("category"), QStringLiteral("x-aftercare.reminder"));

    const NotificationHandle replaces = m_handleById.value(n.id, 0);
    QDBusPendingReply<uint> reply =
        m_proxy->Notify(QStringLiteral("Aftercare"), replaces,
                        n.iconName.isEmpty() ? QStringLiteral(AFTERCARE_APP_ID) : n.iconName,
                        n.title, body, actions, hints, n.timeoutMs);
    reply.waitForFinished();
    if (reply.isError()) {
        m_lastError = reply.error().message();
        return 0;
    }
    const NotificationHandle handle = reply.value();
    if (handle == 0) {
        m_lastError = QStringLiteral("the notification server returned no id");
        return 0;
    }
    if (replaces != 0 && replaces != handle)
        forget(replaces);
    if (!n.id.isEmpty()) {
        m_handleById.insert(n.id, handle);
        m_idByHandle.insert(handle, n.id);
    } else {
        m_idByHandle.insert(handle, QString());
    }
    return handle;
}

void DBusNotifier::close(NotificationHandle handle)
{
    if (handle != 0)
        m_proxy->CloseNotification(handle); // no need to wait: NotificationClosed follows
}

void DBusNotifier::adopt(NotificationHandle handle, const QString& id)
{
    if (handle == 0)
        return;
    m_idByHandle.insert(handle, id);
    if (!id.isEmpty())
        m_handleById.insert(id, handle);
}

QString DBusNotifier::serverInstance()
{
    if (!m_haveOwner && m_bus.isConnected() && m_bus.interface()) {
        const QDBusReply<QString> owner = m_bus.interface()->serviceOwner(serviceName());
        m_owner = owner.isValid() ? owner.value() : QString();
        m_haveOwner = true;
    }
    return m_owner;
}

void DBusNotifier::forget(NotificationHandle handle)
{
    const auto it = m_idByHandle.constFind(handle);
    if (it == m_idByHandle.cend())
        return;
    if (m_handleById.value(*it) == handle)
        m_handleById.remove(*it);
    m_idByHandle.erase(it);
}

void DBusNotifier::onClosed(uint id, uint reason)
{
    if (!m_idByHandle.contains(id))
        return; // another application's
    forget(id);
    const CloseReason why =
        reason >= 1 && reason <= 3 ? CloseReason(reason) : CloseReason::Undefined;
    emit closed(id, why);
}

void DBusNotifier::onActionInvoked(uint id, const QString& actionKey)
{
    if (m_idByHandle.contains(id))
        emit actionInvoked(id, actionKey);
}

} // namespace aftercare::platform
