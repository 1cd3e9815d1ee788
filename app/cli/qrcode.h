#pragma once

#include <QByteArray>

#include <optional>

namespace aftercare::cli {

// A QR code's modules (ISO/IEC 18004), error correction level M: a code that lost 15 % of
// itself (a crease, a glare) still reads.
struct QrCode
{
    int version = 0;    // 1..40
    int size = 0;       // modules per side, without the quiet zone
    QByteArray modules; // size × size, row by row; non-zero is dark

    bool dark(int x, int y) const { return modules.at(qsizetype(y) * size + x) != 0; }
};

// The light margin around the code that readers need (the standard's minimum).
inline constexpr int qrQuietZoneModules = 4;
// Images are meant for 10 px per millimetre (254 dpi) when printed.
inline constexpr int qrPixelsPerMillimetre = 10;

// The code for `text`, or nothing when it does not fit in a QR code (about 2,300 bytes).
std::optional<QrCode> encodeQrCode(const QByteArray& text);

// Modules plus the quiet zone on both sides.
inline int qrSideModules(const QrCode& code)
{
    return code.size + 2 * qrQuietZoneModules;
}

// Pixels per module for an image a phone reads from arm's length: at least 8 (0.8 mm printed),
// and at least 600 px for the whole side with its quiet zone.
int qrPixelsPerModule(const QrCode& code);

// The code as an SVG document: a viewBox in modules (quiet zone included), black modules on
// white, and a printed size of qrPixelsPerModule() / qrPixelsPerMillimetre mm per module.
QByteArray qrCodeSvg(const QrCode& code, const QString& title);

} // namespace aftercare::cli
