#include "filechooser.h"

#include "formatting.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

namespace aftercare {

FileChooser::FileChooser(QObject* parent)
    : RowListModel(parent)
{
    setFolder(QDir::homePath());
}

QVariant FileChooser::rowData(int index, int role) const
{
    const QFileInfo& entry = m_entries.at(index);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return entry.fileName();
    case PathRole:
        return entry.absoluteFilePath();
    case IsFolderRole:
        return entry.isDir();
    case DetailRole:
        if (entry.isDir())
            return QString();
        return tr("%1 · %2").arg(format::when(entry.lastModified(), QDateTime::currentDateTime()),
                                 QLocale().formattedDataSize(entry.size()));
    }
    return {};
}

QHash<int, QByteArray> FileChooser::roleNames() const
{
    return {
        {NameRole, "name"}, {PathRole, "path"}, {IsFolderRole, "isFolder"}, {DetailRole, "detail"}};
}

void FileChooser::setSaving(bool saving)
{
    if (m_saving == saving)
        return;
    m_saving = saving;
    emit settingsChanged();
    emit fileNameChanged();
}

void FileChooser::setSuffix(const QString& suffix)
{
    if (m_suffix == suffix)
        return;
    m_suffix = suffix;
    reload();
    emit settingsChanged();
    emit fileNameChanged();
}

void FileChooser::setFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return;
    const QString path = info.canonicalFilePath();
    if (path == m_folder)
        return;
    m_folder = path;
    reload();
    emit folderChanged();
    emit fileNameChanged(); // whether the name replaces a file changes with the folder
}

QString FileChooser::folderName() const
{
    if (m_folder == QDir::homePath())
        return tr("Home folder");
    const QString name = QFileInfo(m_folder).fileName();
    return name.isEmpty() ? m_folder : name;
}

bool FileChooser::canGoUp() const
{
    return !QDir(m_folder).isRoot();
}

void FileChooser::setFileName(const QString& name)
{
    if (m_fileName == name)
        return;
    m_fileName = name;
    emit fileNameChanged();
}

QString FileChooser::nameWithSuffix() const
{
    const QString name = m_fileName.trimmed();
    if (name.isEmpty() || m_suffix.isEmpty() ||
        name.endsWith(QLatin1Char('.') + m_suffix, Qt::CaseInsensitive))
        return name;
    return name + QLatin1Char('.') + m_suffix;
}

QString FileChooser::problem() const
{
    const QString name = nameWithSuffix();
    if (name.isEmpty())
        return m_saving ? tr("Give the file a name.") : tr("Choose a file.");
    if (name.contains(QLatin1Char('/')) || name == QLatin1String(".") ||
        name == QLatin1String(".."))
        return tr("A file name cannot contain “/”.");
    const QFileInfo file(QDir(m_folder).filePath(name));
    if (file.isDir())
        return tr("“%1” is a folder.").arg(name);
    if (!m_saving && !file.isFile())
        return tr("There is no file “%1” here.").arg(name);
    if (m_saving && !QFileInfo(m_folder).isWritable())
        return tr("Aftercare cannot write in this folder. Choose another one.");
    return {};
}

bool FileChooser::replaces() const
{
    return m_saving && problem().isEmpty() &&
           QFileInfo::exists(QDir(m_folder).filePath(nameWithSuffix()));
}

QVariantList FileChooser::places() const
{
    QVariantList result;
    const auto add = [&result](const QString& label, const QString& path) {
        if (path.isEmpty() || !QFileInfo(path).isDir())
            return;
        for (const QVariant& place : std::as_const(result)) {
            if (place.toMap().value(QStringLiteral("path")) == path)
                return;
        }
        result << QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("path"), path}};
    };
    add(tr("Documents"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    add(tr("Downloads"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    add(tr("Home folder"), QDir::homePath());
    return result;
}

void FileChooser::choose(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const QFileInfo entry = m_entries.at(row);
    if (entry.isDir())
        setFolder(entry.absoluteFilePath());
    else
        setFileName(entry.fileName());
}

void FileChooser::goUp()
{
    QDir dir(m_folder);
    if (dir.cdUp())
        setFolder(dir.absolutePath());
}

void FileChooser::openFolderUrl(const QUrl& folder)
{
    if (folder.isLocalFile())
        setFolder(folder.toLocalFile());
}

QUrl FileChooser::chosenFile() const
{
    if (!problem().isEmpty())
        return {};
    return QUrl::fromLocalFile(QDir(m_folder).filePath(nameWithSuffix()));
}

void FileChooser::reload()
{
    beginResetModel();
    // Hidden files stay hidden: the app's own data lives in one.
    QDir dir(m_folder);
    m_entries =
        dir.entryInfoList(QDir::AllDirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    if (!m_suffix.isEmpty()) {
        m_entries += dir.entryInfoList({QStringLiteral("*.") + m_suffix}, QDir::Files, QDir::Time);
    }
    endResetModel();
}

} // namespace aftercare
