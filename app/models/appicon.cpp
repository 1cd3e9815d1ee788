#include "appicon.h"

#include <QGuiApplication>

namespace aftercare {

namespace {
const QString appId = QStringLiteral("org.aftercare.Aftercare");
} // namespace

QIcon appIcon()
{
    const QIcon builtIn(QStringLiteral(":/aftercare/icons/org.aftercare.Aftercare.svg"));
    return QIcon::hasThemeIcon(appId) ? QIcon::fromTheme(appId, builtIn) : builtIn;
}

void applyAppIcon()
{
    QGuiApplication::setDesktopFileName(appId);
    QGuiApplication::setWindowIcon(appIcon());
}

} // namespace aftercare
