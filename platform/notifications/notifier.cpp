#include "notifications/notifier.h"

#include <QCoreApplication>

namespace aftercare::platform {

Notifier::~Notifier() = default;

void Notifier::queryServer()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            const NotificationServerInfo info = serverInfo();
            emit serverQueried(info, info.isValid() ? capabilities() : QStringList());
        },
        Qt::QueuedConnection);
}

void Notifier::adopt(NotificationHandle, const QString&) {}

QString Notifier::fallbackBodyFor(const Notification& notification)
{
    if (!notification.fallbackBody.isEmpty())
        return notification.fallbackBody;
    const QString hint =
        QCoreApplication::translate("Notifier", "Open Aftercare to log how you feel.");
    return notification.body.isEmpty() ? hint : notification.body + QLatin1Char('\n') + hint;
}

} // namespace aftercare::platform
