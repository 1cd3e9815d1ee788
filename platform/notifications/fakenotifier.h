#pragma once
// A notifier for tests: remembers what it was asked to show and lets the test
// play the user (invoke an action, dismiss) or the server (no actions).

#include "notifications/notifier.h"

#include <QHash>
#include <QMap>

namespace aftercare::platform {

class FakeNotifier final : public Notifier
{
    Q_OBJECT

public:
    struct Shown
    {
        NotificationHandle handle = 0;
        Notification notification;
        bool open = true;
        bool replacedOpen = false; // took the place of one still open (same id)
    };

    explicit FakeNotifier(QObject* parent = nullptr);

    NotificationHandle notify(const Notification& notification) override;
    void close(NotificationHandle handle) override;
    QStringList capabilities() override { return m_available ? m_capabilities : QStringList(); }
    NotificationServerInfo serverInfo() override
    {
        return m_available ? m_serverInfo : NotificationServerInfo();
    }
    QString lastError() const override { return m_lastError; }
    void queryServer() override;
    void adopt(NotificationHandle handle, const QString& id) override;
    QString serverInstance() override { return m_available ? m_instance : QString(); }

    // Test controls.
    void setCapabilities(const QStringList& capabilities) { m_capabilities = capabilities; }
    // Unavailable: no server (notify fails, no capabilities or server info).
    void setAvailable(bool available) { m_available = available; }
    // Holding: queries wait, as they would for a slow server, until answered.
    void setHoldsQueries(bool holds) { m_holdsQueries = holds; }
    void answerHeldQueries();
    int heldQueries() const { return m_heldQueries; }
    void invokeAction(NotificationHandle handle, const QString& actionKey);
    void dismiss(NotificationHandle handle);
    // A server restarted: another instance, and nothing of the old one on screen.
    void restartServer();
    // Handles given to adopt(), in order.
    const QList<NotificationHandle>& adopted() const { return m_adopted; }

    // Every notify() that succeeded, in order (a replacement is a new entry).
    const QList<Shown>& history() const { return m_history; }
    QList<Shown> openNotifications() const;
    // How many of history() came up anew, not in the place of one still open.
    int shownAnew() const;

private:
    QStringList m_capabilities;
    NotificationServerInfo m_serverInfo;
    bool m_available = true;
    bool m_holdsQueries = false;
    int m_heldQueries = 0;
    QString m_lastError;
    NotificationHandle m_nextHandle = 1;
    QList<Shown> m_history;
    QMap<NotificationHandle, Shown> m_open;
    QHash<QString, NotificationHandle> m_handleById;
    QString m_instance = QStringLiteral(":1.1");
    QList<NotificationHandle> m_adopted;
};

} // namespace aftercare::platform
