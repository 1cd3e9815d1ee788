// A real notification server for tests: dunst on the test's private session bus (ctest runs
// such tests inside dbus-run-session and xvfb-run), and dbus-monitor watching what the code
// under test asks it to show. Every wait on these outside processes is explicit.
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace aftercare::testsupport {

// Runs a short command to its end and returns its standard output.
QByteArray runCommand(const QString& program, const QStringList& arguments, int* exitCode = nullptr,
                      QByteArray* errors = nullptr);

class DunstServer
{
public:
    // `dir` holds dunst's configuration and the context-menu program.
    explicit DunstServer(const QString& dir);
    ~DunstServer();

    // Starts dunst and waits until it owns org.freedesktop.Notifications; false with `error`.
    bool start(QString* error);
    bool isRunning() const { return m_dunst.state() == QProcess::Running; }
    void stop();

    // The context menu (dunstctl context) picks the first entry that contains `entry`.
    void choose(const QByteArray& entry);
    void openContextMenu();
    void invokeAction(int index);
    void closeAll();
    void closeLatest();
    // dunstctl count displayed.
    int displayed();
    // dunst's history, newest first, asked over D-Bus (dunstctl's "history" needs busctl from
    // systemd, which a minimal system does not have).
    QList<QVariantMap> history();

private:
    QString m_dir;
    QProcess m_dunst;
};

// dbus-monitor on the session bus, watching Notify calls.
class NotifyMonitor
{
public:
    ~NotifyMonitor();
    // Starts the monitor and waits until it is attached; false with `error`.
    bool start(QString* error);
    // All output so far.
    const QByteArray& log();
    // How often Notify carried the string `text`.
    int count(const QString& text);
    // How often Notify carried `text` to show a new notification (replaces_id 0), not
    // to replace one in its place.
    int countNew(const QString& text);

private:
    QProcess m_monitor;
    QByteArray m_log;
};

} // namespace aftercare::testsupport
