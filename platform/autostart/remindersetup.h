#pragma once
// Turning the reminder agent on for good: started now and again with every session
// (after a restart too). One backend per OS behind this interface, and a fake.

#include <QString>
#include <QStringList>

#include <memory>

namespace aftercare::platform {

// The agent as the OS should start it.
struct AgentCommand
{
    QString program;       // absolute path of the aftercare executable
    QStringList arguments; // e.g. {"--data-dir", DIR, "reminders", "run"}
    // A name for this agent's unit or entry, one per data folder:
    // "org.aftercare.Aftercare.Reminders" or "org.aftercare.Aftercare.Reminders.d<hash>".
    QString name;
};

struct ReminderSetupResult
{
    enum class Way
    {
        None,          // nothing was turned on: see `error`
        SystemdUser,   // a systemd user unit, enabled and started
        Autostart,     // an XDG autostart entry, and the agent started now
        AlwaysRunning, // the OS runs reminders by itself (no agent to start)
    };
    Way way = Way::None;
    QString file;  // the unit or entry written, if any
    QString error; // why not, in words for a log or a person
    bool ok() const { return way != Way::None; }
};

class ReminderSetup
{
public:
    virtual ~ReminderSetup() = default;
    // Makes the agent start with every session and starts it now. Blocks for at most a
    // few seconds (it may run a service manager).
    virtual ReminderSetupResult turnOn(const AgentCommand& command) = 0;
};

// This platform's backend: systemd --user or XDG autostart on Linux.
std::unique_ptr<ReminderSetup> createReminderSetup();

} // namespace aftercare::platform
