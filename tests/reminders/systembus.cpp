#include "systembus.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QVariantMap>

namespace aftercare::testing {

namespace {
constexpr int startTimeoutMs = 20000;
} // namespace

PrivateSystemBus::~PrivateSystemBus()
{
    if (m_daemon.state() == QProcess::NotRunning)
        return;
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(5000))
        m_daemon.kill();
    m_daemon.waitForFinished(5000);
}

bool PrivateSystemBus::start(const QString& dir, QString* error)
{
    const QString socket = QDir(dir).filePath(QStringLiteral("system_bus_socket"));
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--session"), QStringLiteral("--nofork"),
                    QStringLiteral("--nopidfile"), QStringLiteral("--print-address"),
                    QStringLiteral("--address=unix:path=%1").arg(socket)});
    if (!m_daemon.waitForStarted(startTimeoutMs)) {
        *error = QStringLiteral("dbus-daemon did not start: %1").arg(m_daemon.errorString());
        return false;
    }
    // It prints its address once it listens.
    QByteArray out;
    while (!out.contains('\n')) {
        if (!m_daemon.waitForReadyRead(startTimeoutMs)) {
            *error = QStringLiteral("dbus-daemon printed no address");
            return false;
        }
        out += m_daemon.readAllStandardOutput();
    }
    m_address = QString::fromUtf8(out.left(out.indexOf('\n')).trimmed());
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address.toUtf8());
    return true;
}

FakeSystemService::FakeSystemService(const QString& address, const QString& serviceName)
    : m_name(serviceName)
    , m_bus(QDBusConnection::connectToBus(address, QStringLiteral("fake ") + serviceName))
{
    m_registered = m_bus.isConnected() && m_bus.registerService(serviceName);
}

FakeSystemService::~FakeSystemService()
{
    if (m_registered)
        m_bus.unregisterService(m_name);
    QDBusConnection::disconnectFromBus(QStringLiteral("fake ") + m_name);
}

bool FakeSystemService::prepareForSleep(bool start)
{
    QDBusMessage signal = QDBusMessage::createSignal(
        QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
        QStringLiteral("PrepareForSleep"));
    signal << start;
    return m_bus.send(signal);
}

bool FakeSystemService::timezoneChanged(const QString& zone)
{
    QDBusMessage signal = QDBusMessage::createSignal(
        QStringLiteral("/org/freedesktop/timedate1"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("PropertiesChanged"));
    signal << QStringLiteral("org.freedesktop.timedate1")
           << QVariantMap{{QStringLiteral("Timezone"), zone}} << QStringList();
    return m_bus.send(signal);
}

} // namespace aftercare::testing
