#pragma once
// A tiny org.freedesktop.Notifications server owned by the test: it records
// every call, reports the capabilities it is given, and can send the signals a
// real server sends. It runs on its own connection and thread, so that the
// blocking calls of the client under test get answered. Silent, it answers
// nothing about itself, as a hung server would not.

#include <QDBusConnection>
#include <QDBusContext>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QVariantMap>

class FakeNotificationServer : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct NotifyCall
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    explicit FakeNotificationServer(const QStringList& capabilities);
    ~FakeNotificationServer() override;

    // Registers the service; false (and `error`) when the name is taken.
    bool start(QString* error);
    void stop();
    // Silent: GetServerInformation and GetCapabilities get no reply.
    void setSilent(bool silent) { m_silent = silent; }

    QList<NotifyCall> notifyCalls() const;
    QList<uint> closeCalls() const;
    void sendActionInvoked(uint id, const QString& actionKey);
    void sendNotificationClosed(uint id, uint reason);

public slots:
    QStringList GetCapabilities();
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int expireTimeout);
    void CloseNotification(uint id);
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion);

private:
    QStringList m_capabilities;
    QThread m_thread;
    QDBusConnection m_bus;
    mutable QMutex m_mutex;
    QList<NotifyCall> m_notifyCalls;
    QList<uint> m_closeCalls;
    uint m_nextId = 1;
    bool m_silent = false;
};
