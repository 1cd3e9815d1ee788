#pragma once
// What the system bus says that moves reminders: logind's PrepareForSleep(false)
// (the device resumed from suspend) and timedated's property change of its
// Timezone (travel, or the zone set by hand), plus /etc/localtime changing where
// no timedated runs. Signals only; what to do is the caller's.

#include <QDBusConnection>
#include <QObject>

class QFileSystemWatcher;

namespace aftercare::platform {

class SystemWatch : public QObject
{
    Q_OBJECT

public:
    static QString logindService() { return QStringLiteral("org.freedesktop.login1"); }
    static QString timedatedService() { return QStringLiteral("org.freedesktop.timedate1"); }

    // `bus`: the system bus (QDBusConnection::systemBus() honours
    // DBUS_SYSTEM_BUS_ADDRESS). `localtime`: the file that names the zone; empty: none.
    explicit SystemWatch(const QDBusConnection& bus,
                         const QString& localtime = QStringLiteral("/etc/localtime"),
                         QObject* parent = nullptr);
    ~SystemWatch() override;

    // Whether the bus is there to listen on.
    bool isConnected() const { return m_bus.isConnected(); }

signals:
    void suspending();
    void resumed();
    void timeZoneChanged();

private slots:
    void onPrepareForSleep(bool start);
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                             const QStringList& invalidated);

private:
    void onLocaltimeChanged();
    QString localtimeTarget() const;

    QDBusConnection m_bus;
    QString m_localtime;
    QString m_localtimeTarget;
    QFileSystemWatcher* m_watcher = nullptr;
};

} // namespace aftercare::platform
