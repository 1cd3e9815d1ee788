#pragma once

#include "instance/appinstance.h"

#include <QDBusConnection>

namespace aftercare::platform {

// The running app owns a well-known name on the session bus and answers
// org.aftercare.Aftercare.Links.OpenLink(s) on /org/aftercare/Aftercare; a second start
// calls that method and exits. Without a session bus every start runs on its own.
class DBusAppInstance final : public AppInstance
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.aftercare.Aftercare.Links")
public:
    static const QString objectPath;
    static const QString interfaceName;
    // How long a second start waits for the running app to take the link.
    static constexpr int handOverTimeoutMs = 10000;

    DBusAppInstance(const QDBusConnection& bus, const QString& name, QObject* parent = nullptr);
    ~DBusAppInstance() override;

    bool claim() override;
    bool handOver(const QString& link) override;

public slots:
    // Called over D-Bus by a later start. Opening a link saves nothing, so any caller on the
    // person's own session bus may ask.
    Q_SCRIPTABLE void OpenLink(const QString& link);

private:
    QDBusConnection m_bus;
    QString m_name;
    bool m_registered = false;
};

} // namespace aftercare::platform
