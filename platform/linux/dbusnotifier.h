#pragma once
// Notifications through the org.freedesktop.Notifications D-Bus service
// (dunst, GNOME Shell, KDE Plasma, …), with a proxy generated from
// org.freedesktop.Notifications.xml.

#include "notifications/notifier.h"

#include <QDBusConnection>
#include <QHash>

class OrgFreedesktopNotificationsInterface;
class QDBusServiceWatcher;

namespace aftercare::platform {

class DBusNotifier final : public Notifier
{
    Q_OBJECT

public:
    static QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }

    explicit DBusNotifier(const QDBusConnection& bus, QObject* parent = nullptr);
    ~DBusNotifier() override;

    NotificationHandle notify(const Notification& notification) override;
    void close(NotificationHandle handle) override;
    // Asked once and kept until the service changes hands.
    QStringList capabilities() override;
    NotificationServerInfo serverInfo() override;
    QString lastError() const override { return m_lastError; }
    // Both calls without blocking; a server that does not answer is given the calls'
    // timeout (5 s) and then reported as not found.
    void queryServer() override;
    void adopt(NotificationHandle handle, const QString& id) override;
    // The unique name owning org.freedesktop.Notifications (asked once, then followed).
    QString serverInstance() override;

private:
    void onClosed(uint id, uint reason);
    void onActionInvoked(uint id, const QString& actionKey);
    void forget(NotificationHandle handle);

    QDBusConnection m_bus;
    OrgFreedesktopNotificationsInterface* m_proxy;
    QDBusServiceWatcher* m_watcher;
    bool m_haveCapabilities = false;
    bool m_haveOwner = false;
    QString m_owner;
    QStringList m_capabilities;
    QHash<QString, NotificationHandle> m_handleById;
    QHash<NotificationHandle, QString> m_idByHandle;
    QString m_lastError;
};

} // namespace aftercare::platform
