#include "linux/linuxremindersetup.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace aftercare::platform {

namespace {

constexpr int systemctlTimeoutMs = 10000;
const QString agentPrefix = QStringLiteral("org.aftercare.Aftercare.Reminders");

// Characters that make a desktop entry's Exec argument need quotes (the Desktop Entry
// Specification, "The Exec key").
bool needsDesktopQuotes(const QString& argument)
{
    if (argument.isEmpty())
        return true;
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    for (QChar c : argument) {
        if (reserved.contains(c))
            return true;
    }
    return false;
}

QString desktopArgument(QString argument)
{
    argument.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (!needsDesktopQuotes(argument))
        return argument;
    QString quoted;
    for (QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A string value of a desktop entry: backslashes and line breaks escaped.
QString desktopValue(const QString& text)
{
    QString value;
    for (QChar c : text) {
        if (c == u'\\')
            value += QStringLiteral("\\\\");
        else if (c == u'\n')
            value += QStringLiteral("\\n");
        else if (c == u'\t')
            value += QStringLiteral("\\t");
        else if (c == u'\r')
            value += QStringLiteral("\\r");
        else
            value += c;
    }
    return value;
}

QString systemdArgument(const QString& argument)
{
    QString quoted;
    for (QChar c : argument) {
        if (c == u'\\' || c == u'"')
            quoted += QLatin1Char('\\');
        if (c == u'%')
            quoted += QLatin1Char('%');
        if (c == u'$')
            quoted += QLatin1Char('$');
        quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool writeFile(const QString& path, const QString& text, QString* error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot make the folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

LinuxReminderSetup::LinuxReminderSetup() = default;

QString LinuxReminderSetup::configHome() const
{
    if (!m_configHome.isEmpty())
        return m_configHome;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

QString LinuxReminderSetup::desktopExec(const QString& program, const QStringList& arguments)
{
    QStringList parts{desktopArgument(program)};
    for (const QString& a : arguments)
        parts << desktopArgument(a);
    return desktopValue(parts.join(QLatin1Char(' ')));
}

QString LinuxReminderSetup::systemdExec(const QString& program, const QStringList& arguments)
{
    QStringList parts{systemdArgument(program)};
    for (const QString& a : arguments)
        parts << systemdArgument(a);
    return parts.join(QLatin1Char(' '));
}

QString LinuxReminderSetup::unitName(const AgentCommand& command)
{
    QString suffix =
        command.name.startsWith(agentPrefix) ? command.name.mid(agentPrefix.size()) : QString();
    if (suffix.startsWith(QLatin1Char('.')))
        suffix = QLatin1Char('-') + suffix.mid(1);
    return QStringLiteral("aftercare-reminders%1.service").arg(suffix);
}

QString LinuxReminderSetup::desktopEntry(const AgentCommand& command)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Aftercare reminders\n"
                          "Comment=Reminds you to log how you feel after a massage\n"
                          "Exec=%1\n"
                          "Icon=org.aftercare.Aftercare\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "Categories=Utility;\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(desktopExec(command.program, command.arguments));
}

QString LinuxReminderSetup::systemdUnit(const AgentCommand& command)
{
    return QStringLiteral("[Unit]\n"
                          "Description=Aftercare check-in reminders\n"
                          "PartOf=graphical-session.target\n"
                          "After=graphical-session.target\n"
                          "\n"
                          "[Service]\n"
                          "ExecStart=%1\n"
                          "Restart=on-failure\n"
                          "RestartSec=30\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=graphical-session.target\n")
        .arg(systemdExec(command.program, command.arguments));
}

bool LinuxReminderSetup::systemctl(const QStringList& arguments, QString* error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_systemctl, QStringList{QStringLiteral("--user")} + arguments);
    if (!process.waitForStarted(systemctlTimeoutMs)) {
        if (error)
            *error = QStringLiteral("%1 did not start: %2").arg(m_systemctl, process.errorString());
        return false;
    }
    if (!process.waitForFinished(systemctlTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        if (error)
            *error = QStringLiteral("systemctl --user %1 did not finish").arg(arguments.join(' '));
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error =
                QStringLiteral("systemctl --user %1: %2")
                    .arg(arguments.join(' '), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool LinuxReminderSetup::systemdUserRuns() const
{
    if (m_systemctl.isEmpty())
        return false;
    return systemctl({QStringLiteral("show-environment")}, nullptr);
}

ReminderSetupResult LinuxReminderSetup::viaSystemd(const AgentCommand& command) const
{
    ReminderSetupResult result;
    const QString unit = unitName(command);
    const QString path = configHome() + QStringLiteral("/systemd/user/") + unit;
    if (!writeFile(path, systemdUnit(command), &result.error))
        return result;
    if (!systemctl({QStringLiteral("daemon-reload")}, &result.error) ||
        !systemctl({QStringLiteral("enable"), QStringLiteral("--now"), unit}, &result.error))
        return result;
    result.way = ReminderSetupResult::Way::SystemdUser;
    result.file = path;
    return result;
}

ReminderSetupResult LinuxReminderSetup::viaAutostart(const AgentCommand& command) const
{
    ReminderSetupResult result;
    const QString path =
        configHome() + QStringLiteral("/autostart/") + command.name + QStringLiteral(".desktop");
    if (!writeFile(path, desktopEntry(command), &result.error))
        return result;
    // The agent for this session: a second one for the same folder exits at once.
    if (!QProcess::startDetached(command.program, command.arguments)) {
        result.error = QStringLiteral("cannot start %1").arg(command.program);
        return result;
    }
    result.way = ReminderSetupResult::Way::Autostart;
    result.file = path;
    return result;
}

ReminderSetupResult LinuxReminderSetup::turnOn(const AgentCommand& command)
{
    if (systemdUserRuns()) {
        ReminderSetupResult result = viaSystemd(command);
        if (result.ok())
            return result;
        // A user manager that would not take the unit: the autostart entry still works.
        ReminderSetupResult fallback = viaAutostart(command);
        if (!fallback.ok())
            fallback.error = result.error + QStringLiteral("; ") + fallback.error;
        return fallback;
    }
    return viaAutostart(command);
}

} // namespace aftercare::platform
