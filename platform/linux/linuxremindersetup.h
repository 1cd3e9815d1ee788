#pragma once
// Turning the reminder agent on under Linux: where a systemd user manager runs, a
// user unit in $XDG_CONFIG_HOME/systemd/user, enabled and started (`systemctl --user
// enable --now`); else an XDG autostart entry in $XDG_CONFIG_HOME/autostart and the
// agent started now as a detached process.

#include "autostart/remindersetup.h"

namespace aftercare::platform {

class LinuxReminderSetup final : public ReminderSetup
{
public:
    LinuxReminderSetup();

    ReminderSetupResult turnOn(const AgentCommand& command) override;

    // Tests: the systemctl program (empty: do not try systemd), and the configuration
    // folder (default: $XDG_CONFIG_HOME, else ~/.config).
    void setSystemctl(const QString& program) { m_systemctl = program; }
    void setConfigHome(const QString& folder) { m_configHome = folder; }

    // Whether a systemd user manager answers (`systemctl --user show-environment`).
    bool systemdUserRuns() const;

    // The texts written, pure: a desktop entry and a systemd unit that run `command`.
    static QString desktopEntry(const AgentCommand& command);
    static QString systemdUnit(const AgentCommand& command);
    // A command line as a desktop entry's Exec key and as systemd's ExecStart take it.
    static QString desktopExec(const QString& program, const QStringList& arguments);
    static QString systemdExec(const QString& program, const QStringList& arguments);
    // "aftercare-reminders.service" for the default folder, else with "-d<hash>".
    static QString unitName(const AgentCommand& command);

    ReminderSetupResult viaSystemd(const AgentCommand& command) const;
    ReminderSetupResult viaAutostart(const AgentCommand& command) const;

private:
    bool systemctl(const QStringList& arguments, QString* error) const;
    QString configHome() const;

    QString m_systemctl = QStringLiteral("systemctl");
    QString m_configHome;
};

} // namespace aftercare::platform
