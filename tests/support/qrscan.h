#pragma once
// Reading back the QR codes Aftercare writes with an independent decoder: zbarimg from
// zbar-tools (installed by platform/linux/install-deps.sh).

#include <QByteArray>
#include <QString>

namespace testsupport {

// The data of the one code zbarimg finds in the image, or an empty array and `error`.
QByteArray decodeWithZbar(const QString& imagePath, QString* error);

// Draws an SVG file to a PNG of `side` × `side` pixels on red (anything the SVG leaves
// undrawn would break the code), as a viewer or printer would. Empty string when fine.
QString drawSvg(const QString& svgPath, int side, const QString& pngPath);

} // namespace testsupport
