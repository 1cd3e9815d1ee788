#include "cli/cardrequest.h"
#include "cli/commands.h"
#include "cli/exitcode.h"
#include "cli/exportrequest.h"
#include "cli/qrcode.h"

namespace aftercare::cli {

int runCard(const CommandContext& context, PngWriter png)
{
    CardRequest request;
    if (const QString usage = parseCardRequest(context.args, &request); !usage.isEmpty()) {
        printError(usage + QLatin1Char('\n') + cardUsage());
        return BadInput;
    }

    if (request.readLink) {
        const exchange::CardParseResult read =
            exchange::parseSessionCard(request.readLink->toUtf8());
        if (!read.ok()) {
            printError(read.error.toString());
            return BadInput;
        }
        writeOut(sessionCardJson(*read.card) + '\n');
        return Success;
    }

    QString problem;
    const QByteArray link = cardRequestLink(request, &problem);
    if (link.isEmpty()) {
        printError(problem);
        return BadInput;
    }
    if (request.output.isEmpty()) {
        writeOut(link + '\n');
        return Success;
    }
    if (request.writesPng() && !png) {
        // PNG needs QtGui: Invocation::needsGui() sends it to the interface module.
        printError(
            QStringLiteral("card: %1: PNG is written by the interface module").arg(request.output));
        return Unexpected;
    }
    const std::optional<QrCode> code = encodeQrCode(link);
    if (!code) {
        printError(QStringLiteral("card: the link does not fit in a QR code"));
        return Unexpected;
    }
    const QByteArray bytes = request.writesPng() ? png(*code) : qrCodeSvg(*code, cardTitle());
    if (bytes.isEmpty()) {
        printError(QStringLiteral("card: %1: the image could not be made").arg(request.output));
        return Unexpected;
    }
    return writeExport(request.output, bytes);
}

} // namespace aftercare::cli
