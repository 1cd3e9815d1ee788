#include "cli/qrcode.h"

#include <QString>

#include <qrencode.h>

#include <memory>

namespace aftercare::cli {

std::optional<QrCode> encodeQrCode(const QByteArray& text)
{
    // libqrencode picks the smallest version and mixes numeric, alphanumeric and 8-bit
    // segments; case-sensitive, so lower-case letters stay 8-bit data as written.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!encoded)
        return std::nullopt;
    QrCode code;
    code.version = encoded->version;
    code.size = encoded->width;
    code.modules.resize(qsizetype(code.size) * code.size);
    for (qsizetype i = 0; i < code.modules.size(); ++i)
        code.modules[i] = char(encoded->data[i] & 1); // bit 0: dark module
    return code;
}

int qrPixelsPerModule(const QrCode& code)
{
    constexpr int minimumPerModule = 8;
    constexpr int minimumSide = 600;
    const int side = qrSideModules(code);
    return qMax(minimumPerModule, (minimumSide + side - 1) / side);
}

QByteArray qrCodeSvg(const QrCode& code, const QString& title)
{
    const int side = qrSideModules(code);
    const double millimetres = double(side * qrPixelsPerModule(code)) / qrPixelsPerMillimetre;
    QByteArray svg;
    svg.reserve(4096 + code.modules.size() * 4);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
    svg.append(QByteArray::number(side)).append(' ').append(QByteArray::number(side));
    svg.append("\" width=\"").append(QByteArray::number(millimetres, 'f', 1));
    svg.append("mm\" height=\"").append(QByteArray::number(millimetres, 'f', 1));
    svg.append("mm\" shape-rendering=\"crispEdges\">\n<title>");
    svg.append(title.toHtmlEscaped().toUtf8());
    svg.append("</title>\n<rect width=\"").append(QByteArray::number(side));
    svg.append("\" height=\"").append(QByteArray::number(side));
    svg.append("\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\"");
    // One rectangle per run of dark modules in a row.
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size;) {
            if (!code.dark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < code.size && code.dark(x + run, y))
                ++run;
            svg.append('M').append(QByteArray::number(x + qrQuietZoneModules));
            svg.append(' ').append(QByteArray::number(y + qrQuietZoneModules));
            svg.append('h').append(QByteArray::number(run));
            svg.append("v1h-").append(QByteArray::number(run)).append('z');
            x += run;
        }
    }
    svg.append("\"/>\n</svg>\n");
    return svg;
}

} // namespace aftercare::cli
