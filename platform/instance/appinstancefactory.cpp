// The one place that chooses how a second start finds the running app. CMake defines
// AFTERCARE_INSTANCE_DBUS where the D-Bus backend is built.
#include "instance/appinstance.h"

#if defined(AFTERCARE_INSTANCE_DBUS)
#include "linux/dbusappinstance.h"
#endif

namespace aftercare::platform {

AppInstance::~AppInstance() = default;

#if defined(AFTERCARE_INSTANCE_DBUS)

std::unique_ptr<AppInstance> createAppInstance(const QString& name, QObject* parent)
{
    return std::make_unique<DBusAppInstance>(QDBusConnection::sessionBus(), name, parent);
}

#else

namespace {

// Where no backend is built: every start opens its own window.
class LoneInstance final : public AppInstance
{
public:
    using AppInstance::AppInstance;
    bool claim() override { return true; }
    bool handOver(const QString&) override { return false; }
};

} // namespace

std::unique_ptr<AppInstance> createAppInstance(const QString&, QObject* parent)
{
    return std::make_unique<LoneInstance>(parent);
}

#endif

} // namespace aftercare::platform
