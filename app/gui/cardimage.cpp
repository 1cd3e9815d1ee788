#include "gui/cardimage.h"

#include "cli/cardrequest.h"
#include "cli/commands.h"
#include "cli/invocation.h"
#include "cli/qrcode.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>

#include <cstring>

namespace aftercare {

QByteArray qrCodePng(const cli::QrCode& code)
{
    const int scale = cli::qrPixelsPerModule(code);
    const int side = cli::qrSideModules(code) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    image.fill(255);
    const int margin = cli::qrQuietZoneModules * scale;
    for (int y = 0; y < code.size; ++y) {
        // One module row is `scale` identical pixel rows: draw the first, copy it.
        uchar* first = image.scanLine(margin + y * scale);
        for (int x = 0; x < code.size; ++x) {
            if (code.dark(x, y))
                std::memset(first + margin + x * scale, 0, size_t(scale));
        }
        for (int copy = 1; copy < scale; ++copy)
            std::memcpy(image.scanLine(margin + y * scale + copy), first, size_t(side));
    }
    QImage mono = image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    constexpr int dotsPerMetre = cli::qrPixelsPerMillimetre * 1000;
    mono.setDotsPerMeterX(dotsPerMetre);
    mono.setDotsPerMeterY(dotsPerMetre);
    mono.setText(QStringLiteral("Title"), cli::cardTitle());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!mono.save(&buffer, "PNG"))
        return {};
    return buffer.data();
}

int runCardPng(int argc, char** argv, const cli::Invocation& invocation)
{
    // Qt sees only the program name: the command's own options are ours.
    static int qtArgc = 1;
    static char* qtArgv[] = {argc > 0 ? argv[0] : nullptr, nullptr};
    QCoreApplication app(qtArgc, qtArgv);
    cli::CommandContext context;
    context.args = invocation.commandArgs;
    return cli::runCard(context, &qrCodePng);
}

} // namespace aftercare
