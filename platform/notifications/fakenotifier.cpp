#include "notifications/fakenotifier.h"

namespace aftercare::platform {

FakeNotifier::FakeNotifier(QObject* parent)
    : Notifier(parent)
    , m_capabilities{QStringLiteral("actions"), QStringLiteral("body")}
    , m_serverInfo{QStringLiteral("fake"), QStringLiteral("Aftercare tests"), QStringLiteral("1"),
                   QStringLiteral("1.2")}
{}

NotificationHandle FakeNotifier::notify(const Notification& notification)
{
    if (!m_available) {
        m_lastError = QStringLiteral("no notification server");
        return 0;
    }
    Notification shown = notification;
    if (!m_capabilities.contains(QLatin1String("actions")) && !shown.actions.isEmpty()) {
        shown.body = fallbackBodyFor(notification);
        shown.actions.clear();
    }
    NotificationHandle handle = m_handleById.value(notification.id, 0);
    if (handle == 0 || !m_open.contains(handle))
        handle = m_nextHandle++;
    if (!notification.id.isEmpty())
        m_handleById.insert(notification.id, handle);
    const Shown entry{handle, shown, true};
    m_open.insert(handle, entry);
    m_history << entry;
    return handle;
}

void FakeNotifier::close(NotificationHandle handle)
{
    if (m_open.remove(handle) > 0)
        emit closed(handle, CloseReason::Closed);
}

void FakeNotifier::queryServer()
{
    if (m_holdsQueries)
        ++m_heldQueries;
    else
        Notifier::queryServer();
}

void FakeNotifier::answerHeldQueries()
{
    for (; m_heldQueries > 0; --m_heldQueries)
        Notifier::queryServer();
}

void FakeNotifier::invokeAction(NotificationHandle handle, const QString& actionKey)
{
    if (m_open.contains(handle))
        emit actionInvoked(handle, actionKey);
}

void FakeNotifier::dismiss(NotificationHandle handle)
{
    if (m_open.remove(handle) > 0)
        emit closed(handle, CloseReason::Dismissed);
}

QList<FakeNotifier::Shown> FakeNotifier::openNotifications() const
{
    return m_open.values();
}

} // namespace aftercare::platform
