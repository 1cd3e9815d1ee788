#include "qrscan.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSvgRenderer>

namespace testsupport {

QByteArray decodeWithZbar(const QString& imagePath, QString* error)
{
    QProcess zbar;
    zbar.start(QStringLiteral(ZBARIMG), {"--raw", "-q", imagePath});
    if (!zbar.waitForStarted()) {
        *error = QStringLiteral("%1 does not start (%2): install zbar-tools with "
                                "platform/linux/install-deps.sh")
                     .arg(QStringLiteral(ZBARIMG), zbar.errorString());
        return {};
    }
    if (!zbar.waitForFinished(60000) || zbar.exitStatus() != QProcess::NormalExit ||
        zbar.exitCode() != 0) {
        *error = QStringLiteral("zbarimg found no code in %1 (exit %2): %3")
                     .arg(imagePath)
                     .arg(zbar.exitCode())
                     .arg(QString::fromUtf8(zbar.readAllStandardError()));
        return {};
    }
    QByteArray data = zbar.readAllStandardOutput();
    if (data.endsWith('\n')) // --raw ends each code's data with a newline
        data.chop(1);
    return data;
}

QString drawSvg(const QString& svgPath, int side, const QString& pngPath)
{
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid())
        return QStringLiteral("%1 is not a valid SVG").arg(svgPath);
    QImage pixels(side, side, QImage::Format_RGB32);
    pixels.fill(Qt::red);
    QPainter painter(&pixels);
    renderer.render(&painter);
    painter.end();
    if (pixels.pixelColor(0, 0) != QColor(Qt::white))
        return QStringLiteral("%1 leaves its corner undrawn").arg(svgPath);
    if (!pixels.save(pngPath))
        return QStringLiteral("cannot write %1").arg(pngPath);
    return {};
}

} // namespace testsupport
