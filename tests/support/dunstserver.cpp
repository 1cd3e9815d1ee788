#include "dunstserver.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusReply>
#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

namespace aftercare::testsupport {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
// Generous: under the sanitizers every process is several times slower.
constexpr int startTimeoutMs = 20000;

bool writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

// Waits for `ready` while processing events, as QTRY_* does.
template <typename Ready> bool waitFor(Ready ready, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!ready()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

void finish(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

QByteArray runCommand(const QString& program, const QStringList& arguments, int* exitCode,
                      QByteArray* errors)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(startTimeoutMs) || p.exitStatus() != QProcess::NormalExit)
        qWarning() << program << arguments << "did not finish";
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (errors)
        *errors = p.readAllStandardError();
    return p.readAllStandardOutput();
}

DunstServer::DunstServer(const QString& dir)
    : m_dir(dir)
{}

DunstServer::~DunstServer()
{
    stop();
}

bool DunstServer::start(QString* error)
{
    if (isRunning())
        return true;
    if (QStandardPaths::findExecutable(QStringLiteral("dunst")).isEmpty()) {
        *error = QStringLiteral("dunst is not installed");
        return false;
    }
    if (!qEnvironmentVariableIsSet("DISPLAY")) {
        *error = QStringLiteral("dunst needs a display: run inside xvfb-run");
        return false;
    }
    // A context-menu "program" that picks the entry named in choice.txt.
    const QDir dir(m_dir);
    const QString menu = dir.filePath(QStringLiteral("menu.sh"));
    const QString config = dir.filePath(QStringLiteral("dunstrc"));
    if (!writeFile(menu, QStringLiteral("#!/bin/sh\ngrep -m1 -F \"$(cat '%1')\"\n")
                             .arg(dir.filePath(QStringLiteral("choice.txt")))) ||
        !QFile::setPermissions(menu, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner) ||
        !writeFile(config,
                   QStringLiteral("[global]\n    dmenu = %1\n[urgency_normal]\n    timeout = 0\n")
                       .arg(menu))) {
        *error = QStringLiteral("cannot write dunst's configuration in %1").arg(m_dir);
        return false;
    }
    m_dunst.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_dunst.start(QStringLiteral("dunst"), {QStringLiteral("-config"), config});
    if (!m_dunst.waitForStarted()) {
        *error = QStringLiteral("dunst did not start: %1").arg(m_dunst.errorString());
        return false;
    }
    if (!waitFor(
            [] {
                return QDBusConnection::sessionBus()
                    .interface()
                    ->isServiceRegistered(service)
                    .value();
            },
            startTimeoutMs)) {
        *error = QStringLiteral("dunst did not take the name %1").arg(service);
        return false;
    }
    return true;
}

void DunstServer::stop()
{
    finish(m_dunst);
}

void DunstServer::choose(const QByteArray& entry)
{
    QFile choice(QDir(m_dir).filePath(QStringLiteral("choice.txt")));
    if (!choice.open(QIODevice::WriteOnly) || choice.write(entry) != entry.size())
        qWarning() << "cannot write" << choice.fileName();
}

void DunstServer::openContextMenu()
{
    runCommand(QStringLiteral("dunstctl"), {QStringLiteral("context")});
}

void DunstServer::invokeAction(int index)
{
    runCommand(QStringLiteral("dunstctl"), {QStringLiteral("action"), QString::number(index)});
}

void DunstServer::closeAll()
{
    runCommand(QStringLiteral("dunstctl"), {QStringLiteral("close-all")});
}

void DunstServer::closeLatest()
{
    runCommand(QStringLiteral("dunstctl"), {QStringLiteral("close")});
}

int DunstServer::displayed()
{
    return runCommand(QStringLiteral("dunstctl"),
                      {QStringLiteral("count"), QStringLiteral("displayed")})
        .trimmed()
        .toInt();
}

QList<QVariantMap> DunstServer::history()
{
    static const bool registered = [] {
        qDBusRegisterMetaType<QList<QVariantMap>>(); // aa{sv}
        return true;
    }();
    Q_UNUSED(registered);
    // A plain method call: a QDBusInterface would introspect dunst and keep what it built.
    const QDBusMessage call = QDBusMessage::createMethodCall(
        service, QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.dunstproject.cmd0"), QStringLiteral("NotificationListHistory"));
    const QDBusReply<QList<QVariantMap>> reply = QDBusConnection::sessionBus().call(call);
    if (!reply.isValid())
        qWarning() << "NotificationListHistory:" << reply.error().message();
    return reply.value();
}

NotifyMonitor::~NotifyMonitor()
{
    finish(m_monitor);
}

bool NotifyMonitor::start(QString* error)
{
    m_monitor.start(
        QStringLiteral("dbus-monitor"),
        {QStringLiteral("--session"),
         QStringLiteral("type='method_call',interface='%1',member='Notify'").arg(service)});
    if (!m_monitor.waitForStarted()) {
        *error = QStringLiteral("dbus-monitor did not start: %1").arg(m_monitor.errorString());
        return false;
    }
    // dbus-monitor prints NameLost once it has become a monitor: calls after that are seen.
    if (!waitFor([this] { return log().contains("member=NameLost"); }, startTimeoutMs)) {
        *error = QStringLiteral("dbus-monitor did not attach to the bus");
        return false;
    }
    return true;
}

const QByteArray& NotifyMonitor::log()
{
    m_log += m_monitor.readAllStandardOutput();
    return m_log;
}

int NotifyMonitor::count(const QString& text)
{
    return int(log().count(QStringLiteral("string \"%1\"").arg(text).toUtf8()));
}

int NotifyMonitor::countNew(const QString& text)
{
    // dbus-monitor starts each message with "method call"; Notify's second argument is
    // replaces_id, on its own line after app_name.
    const QByteArray needle = QStringLiteral("string \"%1\"").arg(text).toUtf8();
    int n = 0;
    const QByteArray& all = log();
    qsizetype from = 0;
    while (true) {
        const qsizetype start = all.indexOf("method call", from);
        if (start < 0)
            break;
        qsizetype end = all.indexOf("method call", start + 1);
        if (end < 0)
            end = all.size();
        const QByteArray message = all.mid(start, end - start);
        if (message.contains(needle)) {
            const QList<QByteArray> lines = message.split('\n');
            // lines: header, app_name, replaces_id, …
            if (lines.size() > 2 && lines.at(2).trimmed() == "uint32 0")
                ++n;
        }
        from = end;
    }
    return n;
}

} // namespace aftercare::testsupport
