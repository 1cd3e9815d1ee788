// The one place that chooses the notification backend. CMake defines at most
// one AFTERCARE_NOTIFIER_* and builds that backend's sources.
#include "notifications/notifier.h"

#if defined(AFTERCARE_NOTIFIER_DBUS)

#include "linux/dbusnotifier.h"

namespace aftercare::platform {

std::unique_ptr<Notifier> createNotifier(QObject* parent)
{
    return std::make_unique<DBusNotifier>(QDBusConnection::sessionBus(), parent);
}

} // namespace aftercare::platform

#else

namespace aftercare::platform {

namespace {

// Where no backend is built: shows nothing and says so.
class NoNotifier final : public Notifier
{
public:
    using Notifier::Notifier;
    NotificationHandle notify(const Notification&) override { return 0; }
    void close(NotificationHandle) override {}
    QStringList capabilities() override { return {}; }
    NotificationServerInfo serverInfo() override { return {}; }
    QString lastError() const override
    {
        return QStringLiteral("notifications are not available on this platform");
    }
};

} // namespace

std::unique_ptr<Notifier> createNotifier(QObject* parent)
{
    return std::make_unique<NoNotifier>(parent);
}

} // namespace aftercare::platform

#endif
