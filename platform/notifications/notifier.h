#pragma once
// Desktop and mobile notifications behind one interface. One backend per OS,
// chosen by CMake; createNotifier() is the only place that names one.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace aftercare::platform {

// The server's id of a shown notification; 0 means "not shown".
using NotificationHandle = quint32;

struct NotificationAction
{
    QString key;   // "default" is activating the notification itself
    QString label; // shown on the button
};

struct Notification
{
    // The caller's name for it: notifying again with the same id replaces the
    // one still shown instead of adding a second.
    QString id;
    QString title;
    QString body; // plain text
    QList<NotificationAction> actions;
    QString iconName; // empty: the app's icon (the app id)
    // What the body says when the server cannot show actions; empty: the body
    // followed by "Open Aftercare to log how you feel."
    QString fallbackBody;
    enum class Urgency
    {
        Low = 0,
        Normal = 1,
        Critical = 2
    } urgency = Urgency::Normal;
    int timeoutMs = -1; // -1: the server's default, 0: until dismissed
};

struct NotificationServerInfo
{
    QString name;
    QString vendor;
    QString version;
    QString specVersion;
    bool isValid() const { return !name.isEmpty(); }
};

// Why a notification went away (the freedesktop.org reasons).
enum class CloseReason
{
    Expired = 1,
    Dismissed = 2,
    Closed = 3,
    Undefined = 4
};

class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Notifier() override;

    // Shows (or replaces, same id) a notification; 0 when it could not be shown
    // (lastError() says why). Without the "actions" capability the actions are
    // left out and the fallback body is shown.
    virtual NotificationHandle notify(const Notification& notification) = 0;
    virtual void close(NotificationHandle handle) = 0;
    // What the notification server can do ("actions", "body-markup", …); empty
    // when there is no server.
    virtual QStringList capabilities() = 0;
    virtual NotificationServerInfo serverInfo() = 0;
    virtual QString lastError() const = 0;
    // Asks for serverInfo() and capabilities() without waiting for the server: serverQueried
    // follows, with an invalid info when there is no server or it did not answer. This
    // default answers from the two calls above, a turn later.
    virtual void queryServer();

    // A notification that an earlier process showed through the same server (see
    // serverInstance): its actions and its closing are reported from now on, and
    // notifying again with `id` replaces it. This default does nothing.
    virtual void adopt(NotificationHandle handle, const QString& id);
    // Which server process shows notifications now (on D-Bus, the unique name that
    // owns the service); handles of another one mean nothing. Empty: none, unknown.
    virtual QString serverInstance() { return {}; }

    // The default body when actions cannot be shown.
    static QString fallbackBodyFor(const Notification& notification);

signals:
    // Only for notifications shown through this notifier.
    void actionInvoked(aftercare::platform::NotificationHandle handle, const QString& actionKey);
    void closed(aftercare::platform::NotificationHandle handle,
                aftercare::platform::CloseReason reason);
    void serverQueried(const aftercare::platform::NotificationServerInfo& info,
                       const QStringList& capabilities);
};

// The backend of this platform: the org.freedesktop.Notifications D-Bus
// service on Linux, or one that shows nothing where no backend is built.
std::unique_ptr<Notifier> createNotifier(QObject* parent = nullptr);

} // namespace aftercare::platform
