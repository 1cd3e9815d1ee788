#include "reminders/agentidentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace aftercare::reminders {

namespace {

QString normalised(const QString& dir)
{
    const QFileInfo info(dir);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

QString perFolderName(const QString& base, const QString& dataDir, const QString& defaultDataDir)
{
    const QString dir = normalised(dataDir);
    if (!defaultDataDir.isEmpty() && dir == normalised(defaultDataDir))
        return base;
    const QByteArray hash = QCryptographicHash::hash(dir.toUtf8(), QCryptographicHash::Sha256);
    return base + QStringLiteral(".d") + QString::fromLatin1(hash.toHex().left(16));
}

} // namespace

QString agentBusName(const QString& dataDir, const QString& defaultDataDir)
{
    return perFolderName(QStringLiteral(AFTERCARE_APP_ID ".Reminders"), dataDir, defaultDataDir);
}

QString appBusName(const QString& dataDir, const QString& defaultDataDir)
{
    return perFolderName(QStringLiteral(AFTERCARE_APP_ID), dataDir, defaultDataDir);
}

QString agentLockFilePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("reminders.lock"));
}

} // namespace aftercare::reminders
