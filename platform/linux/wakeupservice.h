#pragma once
// Asks the session's wake-up service to wake the device for the next prompt:
// Plasma's power management (PowerDevil), which KDE's clock uses for alarms. Its
// names, as in KDE's sources (powerdevil daemon/dbus/org.kde.Solid.PowerManagement.xml,
// kclock src/kclockd/powerdevilwakeupprovider.cpp):
//   session bus, service and path org.kde.Solid.PowerManagement,
//   /org/kde/Solid/PowerManagement, interface org.kde.Solid.PowerManagement:
//     scheduleWakeup(s service, o path, t seconds since the epoch) -> u cookie
//     clearWakeup(i cookie)
//   and at the wake-up it calls org.kde.PowerManagement.wakeupCallback(i cookie)
//   on the service and path it was given.
// One request at a time: a new instant clears the one before. Calls never block.

#include <QDBusConnection>
#include <QObject>

#include <optional>

namespace aftercare::platform {

class WakeupService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.PowerManagement")

public:
    static QString serviceName() { return QStringLiteral("org.kde.Solid.PowerManagement"); }
    static QString objectPath() { return QStringLiteral("/org/kde/Solid/PowerManagement"); }
    static QString interfaceName() { return QStringLiteral("org.kde.Solid.PowerManagement"); }
    // Where this object answers the callback.
    static QString callbackPath() { return QStringLiteral("/org/aftercare/Reminders/Wakeup"); }

    // `ownBusName`: a name this process owns on `bus`, to be called back on.
    WakeupService(const QDBusConnection& bus, const QString& ownBusName, QObject* parent = nullptr);
    ~WakeupService() override;

    // Whether a wake-up service runs on `bus` (asks the bus; blocks for that call).
    static bool isAvailable(const QDBusConnection& bus);

    // Wake the device at `utcMicros` (rounded up to a whole second); replaces the
    // request before. Nothing happens when no service runs.
    void requestAt(qint64 utcMicros);
    // Withdraws the request.
    void cancel();
    // The instant asked for (seconds since the epoch), if any.
    std::optional<quint64> requestedAt() const { return m_requestedAt; }

public slots:
    Q_SCRIPTABLE void wakeupCallback(int cookie);

signals:
    // The service woke the device for our request.
    void woken();

private:
    void clear(uint cookie);

    QDBusConnection m_bus;
    QString m_ownBusName;
    std::optional<quint64> m_requestedAt;
    std::optional<uint> m_cookie; // of the request that stands
    quint64 m_generation = 0;     // replies to requests since replaced are cleared
};

} // namespace aftercare::platform
