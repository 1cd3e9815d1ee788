#include "linux/systemwatch.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace aftercare::platform {

SystemWatch::SystemWatch(const QDBusConnection& bus, const QString& localtime, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_localtime(localtime)
{
    if (m_bus.isConnected()) {
        // Matched by sender name: a logind or timedated started later is heard too.
        m_bus.connect(logindService(), QStringLiteral("/org/freedesktop/login1"),
                      QStringLiteral("org.freedesktop.login1.Manager"),
                      QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
        m_bus.connect(timedatedService(), QStringLiteral("/org/freedesktop/timedate1"),
                      QStringLiteral("org.freedesktop.DBus.Properties"),
                      QStringLiteral("PropertiesChanged"), this,
                      SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    }
    if (!m_localtime.isEmpty()) {
        // /etc/localtime is a symbolic link replaced as a whole: watch its folder.
        const QString folder = QFileInfo(m_localtime).absolutePath();
        if (QFileInfo(folder).isDir()) {
            m_localtimeTarget = localtimeTarget();
            m_watcher = new QFileSystemWatcher({folder}, this);
            connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
                    &SystemWatch::onLocaltimeChanged);
        }
    }
}

SystemWatch::~SystemWatch() = default;

void SystemWatch::onPrepareForSleep(bool start)
{
    if (start)
        emit suspending();
    else
        emit resumed();
}

void SystemWatch::onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                                      const QStringList& invalidated)
{
    if (interface != QLatin1String("org.freedesktop.timedate1"))
        return;
    const QString key = QStringLiteral("Timezone");
    if (changed.contains(key) || invalidated.contains(key))
        emit timeZoneChanged();
}

QString SystemWatch::localtimeTarget() const
{
    const QFileInfo info(m_localtime);
    // A link names the zone; a copied file changes its size or time.
    return info.isSymLink() ? info.symLinkTarget()
                            : QStringLiteral("%1 %2")
                                  .arg(info.size())
                                  .arg(info.lastModified().toMSecsSinceEpoch());
}

void SystemWatch::onLocaltimeChanged()
{
    const QString target = localtimeTarget();
    if (target == m_localtimeTarget)
        return; // another file in the folder
    m_localtimeTarget = target;
    emit timeZoneChanged();
}

} // namespace aftercare::platform
