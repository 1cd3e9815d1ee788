#include "linux/xdgdialer.h"

#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>

namespace aftercare::platform {

namespace {

QStringList pathList(const char* variable, const QString& fallback)
{
    QString value = qEnvironmentVariable(variable);
    if (value.isEmpty())
        value = fallback;
    QStringList paths;
    for (const QString& path : value.split(u':', Qt::SkipEmptyParts)) {
        if (QDir::isAbsolutePath(path))
            paths << QDir::cleanPath(path);
    }
    return paths;
}

// The groups of a desktop entry or mimeapps.list file: group → key → value. Localised
// keys ("Name[de]") are kept as they are; nothing here looks them up.
using KeyFile = QHash<QString, QHash<QString, QString>>;

KeyFile readKeyFile(const QString& path)
{
    KeyFile groups;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return groups;
    QString group;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            group = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0 || group.isEmpty())
            continue;
        const QString key = line.left(equals).trimmed();
        // The first value of a key counts, as for a duplicated key in a desktop entry.
        if (!groups[group].contains(key))
            groups[group].insert(key, line.mid(equals + 1).trimmed());
    }
    return groups;
}

QStringList listValue(const QString& value)
{
    QStringList items;
    for (const QString& item : value.split(u';', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

struct Entry
{
    bool usable = false;
    QStringList mimeTypes;
};

Entry readEntry(const QString& path)
{
    const QHash<QString, QString> e = readKeyFile(path).value(QStringLiteral("Desktop Entry"));
    const auto isTrue = [&](const char* key) {
        return e.value(QLatin1String(key)) == QLatin1String("true");
    };
    Entry entry;
    entry.mimeTypes = listValue(e.value(QStringLiteral("MimeType")));
    entry.usable = e.value(QStringLiteral("Type")) == QLatin1String("Application") &&
                   !isTrue("Hidden") &&
                   (!e.value(QStringLiteral("Exec")).isEmpty() || isTrue("DBusActivatable"));
    const QString tryExec = e.value(QStringLiteral("TryExec"));
    if (entry.usable && !tryExec.isEmpty()) {
        entry.usable = QDir::isAbsolutePath(tryExec)
                           ? QFileInfo(tryExec).isExecutable()
                           : !QStandardPaths::findExecutable(tryExec).isEmpty();
    }
    return entry;
}

// Every installed desktop entry by its id: the path under applications/ with '/' as '-'.
// The first data dir that has an id wins.
QHash<QString, Entry> installedEntries(const QStringList& dataDirs)
{
    QHash<QString, Entry> entries;
    for (const QString& dataDir : dataDirs) {
        const QDir applications(dataDir + QStringLiteral("/applications"));
        if (!applications.exists())
            continue;
        QDirIterator it(applications.path(), {QStringLiteral("*.desktop")}, QDir::Files,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString path = it.next();
            QString id = applications.relativeFilePath(path);
            id.replace(u'/', u'-');
            if (!entries.contains(id))
                entries.insert(id, readEntry(path));
        }
    }
    return entries;
}

} // namespace

XdgDirs XdgDirs::fromEnvironment()
{
    const QString home = QDir::homePath();
    XdgDirs dirs;
    dirs.dataDirs = pathList("XDG_DATA_HOME", home + QStringLiteral("/.local/share")) +
                    pathList("XDG_DATA_DIRS", QStringLiteral("/usr/local/share:/usr/share"));
    dirs.configDirs = pathList("XDG_CONFIG_HOME", home + QStringLiteral("/.config")) +
                      pathList("XDG_CONFIG_DIRS", QStringLiteral("/etc/xdg"));
    for (const QString& desktop :
         qEnvironmentVariable("XDG_CURRENT_DESKTOP").split(u':', Qt::SkipEmptyParts))
        dirs.desktops << desktop.toLower();
    return dirs;
}

QStringList schemeHandlers(const QString& scheme, const XdgDirs& dirs)
{
    const QString mimeType = QStringLiteral("x-scheme-handler/") + scheme.toLower();
    const QHash<QString, Entry> entries = installedEntries(dirs.dataDirs);
    const auto usable = [&](const QString& id) {
        const auto it = entries.constFind(id);
        return it != entries.constEnd() && it->usable;
    };

    QStringList listFiles;
    const auto addListFiles = [&](const QString& dir) {
        for (const QString& desktop : dirs.desktops)
            listFiles << dir + QLatin1Char('/') + desktop + QStringLiteral("-mimeapps.list");
        listFiles << dir + QStringLiteral("/mimeapps.list");
    };
    for (const QString& dir : dirs.configDirs)
        addListFiles(dir);
    for (const QString& dir : dirs.dataDirs)
        addListFiles(dir + QStringLiteral("/applications"));

    QStringList defaults;
    QStringList associated;
    QSet<QString> removed;
    for (const QString& path : listFiles) {
        const KeyFile list = readKeyFile(path);
        defaults << listValue(list.value(QStringLiteral("Default Applications")).value(mimeType));
        associated << listValue(list.value(QStringLiteral("Added Associations")).value(mimeType));
        for (const QString& id :
             listValue(list.value(QStringLiteral("Removed Associations")).value(mimeType)))
            removed.insert(id);
    }
    QStringList declaring; // sorted: the order of a hash is no preference
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (it->mimeTypes.contains(mimeType, Qt::CaseInsensitive))
            declaring << it.key();
    }
    declaring.sort();
    associated << declaring;

    QStringList handlers;
    for (const QString& id : std::as_const(defaults)) {
        if (usable(id) && !handlers.contains(id))
            handlers << id;
    }
    for (const QString& id : std::as_const(associated)) {
        if (usable(id) && !removed.contains(id) && !handlers.contains(id))
            handlers << id;
    }
    return handlers;
}

bool XdgDialer::canCall() const
{
    return !schemeHandlers(QStringLiteral("tel"), XdgDirs::fromEnvironment()).isEmpty();
}

bool XdgDialer::call(const QString& number)
{
    const QUrl url = telUrl(number);
    return !url.isEmpty() && QDesktopServices::openUrl(url);
}

} // namespace aftercare::platform
