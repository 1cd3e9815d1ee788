#include "gui/cardimage.h"

#include "cli/cardrequest.h"
#include "cli/commands.h"
#include "cli/invocation.h"
#include "cli/qrcode.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

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

namespace {
// The printed card's texts. Named as their translation context, which lupdate files them under.
struct SessionCardPdf
{
    Q_DECLARE_TR_FUNCTIONS(SessionCardPdf)
};
} // namespace

QByteArray sessionCardPdf(const cli::QrCode& code, const QByteArray& link,
                          const QStringList& details)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        constexpr int dpi = 600;
        writer.setResolution(dpi);
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(cli::cardTitle());
        writer.setCreator(QStringLiteral("Aftercare %1").arg(QStringLiteral(AFTERCARE_VERSION)));
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        const auto mm = [](double millimetres) { return int(millimetres * dpi / 25.4); };
        const QRect page = painter.viewport();
        int y = 0;

        QFont title(QStringLiteral("sans-serif"));
        title.setPointSizeF(16);
        title.setBold(true);
        painter.setFont(title);
        QRect box = painter.boundingRect(QRect(0, y, page.width(), page.height()),
                                         Qt::AlignHCenter | Qt::TextWordWrap,
                                         SessionCardPdf::tr("Your session card"));
        painter.drawText(box, Qt::AlignHCenter | Qt::TextWordWrap,
                         SessionCardPdf::tr("Your session card"));
        y = box.bottom() + mm(2);

        QFont body(QStringLiteral("sans-serif"));
        body.setPointSizeF(10);
        painter.setFont(body);
        const QString scan =
            SessionCardPdf::tr("Scan the code with your phone's camera to record this "
                               "session in Aftercare, with your therapist's advice.");
        box = painter.boundingRect(QRect(0, y, page.width(), page.height()),
                                   Qt::AlignHCenter | Qt::TextWordWrap, scan);
        painter.drawText(box, Qt::AlignHCenter | Qt::TextWordWrap, scan);
        y = box.bottom() + mm(4);

        // The code: black modules on white with the quiet zone, whole device pixels a module.
        const int sideModules = cli::qrSideModules(code);
        const int module = qMax(1, qMin(mm(90), page.width()) / sideModules);
        const int side = module * sideModules;
        const int left = (page.width() - side) / 2;
        painter.fillRect(QRect(left, y, side, side), Qt::white);
        const int origin = cli::qrQuietZoneModules * module;
        for (int row = 0; row < code.size; ++row) {
            for (int column = 0; column < code.size; ++column) {
                if (code.dark(column, row))
                    painter.fillRect(QRect(left + origin + column * module,
                                           y + origin + row * module, module, module),
                                     Qt::black);
            }
        }
        y += side + mm(3);

        // The link as text, for a reader without a camera: broken anywhere, monospace.
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPointSizeF(7);
        painter.setFont(mono);
        const QString linkText = QString::fromLatin1(link);
        const int flags = Qt::AlignLeft | Qt::TextWrapAnywhere;
        box = painter.boundingRect(QRect(0, y, page.width(), page.height()), flags, linkText);
        painter.drawText(box, flags, linkText);
        y = box.bottom() + mm(4);

        painter.setFont(body);
        for (const QString& line : details) {
            box = painter.boundingRect(QRect(0, y, page.width(), page.height()), Qt::TextWordWrap,
                                       line);
            if (box.bottom() > page.height())
                break;
            painter.drawText(box, Qt::TextWordWrap, line);
            y = box.bottom() + mm(1.5);
        }
        painter.end();
    }
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
