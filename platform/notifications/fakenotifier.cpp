#include "notifications/fakenotifier.h"

#include <algorithm>

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
    const bool replacing = handle != 0 && m_open.contains(handle);
    if (!replacing)
        handle = m_nextHandle++;
    if (!notification.id.isEmpty())
        m_handleById.insert(notification.id, handle);
    const Shown entry{handle, shown, true, replacing};
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

void FakeNotifier::adopt(NotificationHandle handle, const QString& id)
{
    m_adopted << handle;
    if (!id.isEmpty() && m_open.contains(handle))
        m_handleById.insert(id, handle);
}

void FakeNotifier::restartServer()
{
    m_open.clear();
    m_handleById.clear();
    m_instance = QStringLiteral(":1.%1").arg(m_instance.mid(3).toInt() + 1);
}

int FakeNotifier::shownAnew() const
{
    return int(std::count_if(m_history.cbegin(), m_history.cend(),
                             [](const Shown& s) { return !s.replacedOpen; }));
}

QList<FakeNotifier::Shown> FakeNotifier::openNotifications() const
{
    return m_open.values();
}

} // namespace aftercare::platform
