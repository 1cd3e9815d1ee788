#pragma once
// A private system bus for tests: a second dbus-daemon started by the test, its
// address put into DBUS_SYSTEM_BUS_ADDRESS (before anything in the process asks
// for the system bus), and stand-ins for the system services the reminder agent
// listens to: logind (PrepareForSleep) and timedated (its Timezone property).

#include <QDBusConnection>
#include <QProcess>
#include <QString>

namespace aftercare::testing {

class PrivateSystemBus
{
public:
    ~PrivateSystemBus();
    // Starts the daemon in `dir`, waits for its address and sets DBUS_SYSTEM_BUS_ADDRESS.
    // Call it before the process connects to any bus: libdbus reads the address once.
    bool start(const QString& dir, QString* error);
    QString address() const { return m_address; }

private:
    QProcess m_daemon;
    QString m_address;
};

// A connection of its own to the private bus that owns `serviceName` and emits
// its signals, as the real service would.
class FakeSystemService
{
public:
    FakeSystemService(const QString& address, const QString& serviceName);
    ~FakeSystemService();
    bool isRegistered() const { return m_registered; }

    // logind: org.freedesktop.login1.Manager.PrepareForSleep(start).
    bool prepareForSleep(bool start);
    // timedated: PropertiesChanged of org.freedesktop.timedate1 with Timezone = `zone`.
    bool timezoneChanged(const QString& zone);

private:
    QString m_name;
    QDBusConnection m_bus;
    bool m_registered = false;
};

} // namespace aftercare::testing
