#pragma once
// One running window per data folder: a second start hands its session-card link to the
// window that is already open instead of opening a window of its own.

#include <QObject>
#include <QString>

#include <memory>

namespace aftercare::platform {

class AppInstance : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AppInstance() override;

    // Makes this process the running app. True: it is (or no other can be reached, and it
    // runs on its own). False: another process already is; handOver() reaches it.
    virtual bool claim() = 0;
    // Asks the running app to open `link`. True when it took it; false when it did not
    // answer (then this process opens a window of its own).
    virtual bool handOver(const QString& link) = 0;

signals:
    // A later start handed this link over (only after claim() returned true).
    void linkReceived(const QString& link);
};

// `name`: the well-known name for the data folder (reminders/agentidentity.h, appBusName).
// On Linux the D-Bus backend (linux/dbusappinstance.*); elsewhere every start runs on its own.
std::unique_ptr<AppInstance> createAppInstance(const QString& name, QObject* parent = nullptr);

} // namespace aftercare::platform
