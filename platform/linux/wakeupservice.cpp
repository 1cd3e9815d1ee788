#include "linux/wakeupservice.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace aftercare::platform {

namespace {
constexpr qint64 microsPerSecond = 1000000;
constexpr int callTimeoutMs = 5000;

QDBusMessage call(const QString& method)
{
    return QDBusMessage::createMethodCall(WakeupService::serviceName(), WakeupService::objectPath(),
                                          WakeupService::interfaceName(), method);
}
} // namespace

WakeupService::WakeupService(const QDBusConnection& bus, const QString& ownBusName, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_ownBusName(ownBusName)
{
    if (m_bus.isConnected())
        m_bus.registerObject(callbackPath(), this, QDBusConnection::ExportScriptableSlots);
}

WakeupService::~WakeupService()
{
    cancel();
    if (m_bus.isConnected())
        m_bus.unregisterObject(callbackPath());
}

bool WakeupService::isAvailable(const QDBusConnection& bus)
{
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(serviceName()).value();
}

void WakeupService::requestAt(qint64 utcMicros)
{
    const quint64 seconds =
        quint64(std::max<qint64>(0, utcMicros + microsPerSecond - 1) / microsPerSecond);
    if (m_requestedAt == seconds)
        return;
    cancel();
    m_requestedAt = seconds;
    if (!m_bus.isConnected())
        return;
    QDBusMessage message = call(QStringLiteral("scheduleWakeup"));
    message << m_ownBusName << QVariant::fromValue(QDBusObjectPath(callbackPath()))
            << QVariant::fromValue(qulonglong(seconds));
    const quint64 generation = ++m_generation;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, generation](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    // No service (a desktop without one): reminders come when the device is awake.
                    if (reply.error().type() != QDBusError::ServiceUnknown)
                        qWarning().noquote() << QStringLiteral("cannot ask for a wake-up: %1")
                                                    .arg(reply.error().message());
                    return;
                }
                if (generation != m_generation) {
                    clear(reply.value()); // replaced while it was on its way
                    return;
                }
                m_cookie = reply.value();
            });
}

void WakeupService::cancel()
{
    ++m_generation;
    m_requestedAt.reset();
    if (m_cookie) {
        clear(*m_cookie);
        m_cookie.reset();
    }
}

void WakeupService::clear(uint cookie)
{
    QDBusMessage message = call(QStringLiteral("clearWakeup"));
    message << int(cookie);
    m_bus.send(message);
}

void WakeupService::wakeupCallback(int cookie)
{
    if (!m_cookie || int(*m_cookie) != cookie)
        return; // not the request that stands
    m_cookie.reset();
    m_requestedAt.reset();
    emit woken();
}

} // namespace aftercare::platform
