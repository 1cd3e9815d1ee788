#include "appicon.h"

#include <QGuiApplication>
#include <QImage>
#include <QPixmap>

namespace aftercare {

namespace {
const QString appId = QStringLiteral("org.aftercare.Aftercare");
} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {32, 48, 64, 128, 256}) {
        // Read as PNG by name: QIcon::addFile would probe every image format plugin.
        const QImage image(QStringLiteral(":/aftercare/icons/%1x%1/%2.png").arg(size).arg(appId),
                           "PNG");
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

void applyAppIcon()
{
    QGuiApplication::setDesktopFileName(appId);
    QGuiApplication::setWindowIcon(appIcon());
}

} // namespace aftercare
