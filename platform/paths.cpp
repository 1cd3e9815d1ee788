#include "paths.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace aftercare::platform {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Aftercare"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("aftercare.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AFTERCARE_VERSION));
}

QString defaultDataDir()
{
    // GenericDataLocation + app id, so the folder carries the reverse-DNS id.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/" AFTERCARE_APP_ID);
}

} // namespace aftercare::platform
