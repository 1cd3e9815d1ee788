#include "linux/dbusappinstance.h"

#include <QDBusMessage>

namespace aftercare::platform {

const QString DBusAppInstance::objectPath = QStringLiteral("/org/aftercare/Aftercare");
const QString DBusAppInstance::interfaceName = QStringLiteral(AFTERCARE_APP_ID ".Links");

DBusAppInstance::DBusAppInstance(const QDBusConnection& bus, const QString& name, QObject* parent)
    : AppInstance(parent)
    , m_bus(bus)
    , m_name(name)
{}

DBusAppInstance::~DBusAppInstance()
{
    if (!m_registered)
        return;
    m_bus.unregisterService(m_name);
    m_bus.unregisterObject(objectPath);
}

bool DBusAppInstance::claim()
{
    if (m_registered || !m_bus.isConnected())
        return true;
    // The object first: once the name is ours, a call to it must find the method.
    if (!m_bus.registerObject(objectPath, this, QDBusConnection::ExportScriptableSlots))
        return true; // something else in this process holds the path: nothing to hand over to
    if (m_bus.registerService(m_name)) {
        m_registered = true;
        return true;
    }
    m_bus.unregisterObject(objectPath);
    return false;
}

bool DBusAppInstance::handOver(const QString& link)
{
    if (!m_bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(m_name, objectPath, interfaceName,
                                                       QStringLiteral("OpenLink"));
    call << link;
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, handOverTimeoutMs);
    return reply.type() == QDBusMessage::ReplyMessage;
}

void DBusAppInstance::OpenLink(const QString& link)
{
    emit linkReceived(link);
}

} // namespace aftercare::platform
