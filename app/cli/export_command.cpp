#include "cli/commands.h"
#include "cli/exitcode.h"
#include "cli/exportrequest.h"
#include "exchange/csvwriter.h"
#include "exchange/fhirwriter.h"
#include "exchange/logwriter.h"

#include <QDateTime>

#include <iterator>
#include <optional>

namespace aftercare::cli {

namespace {

using FormatWriter = QByteArray (*)(const QList<Session>& sessions, const Timestamp& exportedAt);

struct ExportFormat
{
    const char* name;
    FormatWriter write; // null: not available yet
};

// One line per format. pdf never gets here: it needs the GUI module.
constexpr ExportFormat exportFormats[] = {
    {"json", &exchange::writeLog},
    {"csv", &exchange::writeCsvExport},
    {"fhir", static_cast<FormatWriter>(&exchange::writeFhirBundle)},
};

const ExportFormat* findFormat(const QString& name)
{
    for (const ExportFormat& format : exportFormats) {
        if (name == QLatin1String(format.name))
            return &format;
    }
    return nullptr;
}

} // namespace

int runExport(const CommandContext& context)
{
    ExportRequest request;
    if (const QString usage = parseExportRequest(context.args, &request); !usage.isEmpty()) {
        printError(usage + QStringLiteral("\nUsage: aftercare [--data-dir DIR] export --format %1 "
                                          "[--session ID] -o FILE|-")
                               .arg(exportFormatNames()));
        return BadInput;
    }
    const ExportFormat* format = findFormat(request.format);
    if (!format) {
        printError(QStringLiteral("export: unknown format \"%1\" (choose %2)")
                       .arg(request.format, exportFormatNames()));
        return BadInput;
    }
    if (!format->write) {
        printError(QStringLiteral("%1 export is not available yet").arg(request.format));
        return Unexpected;
    }

    QList<Session> sessions;
    if (const int status = loadExportSessions(context.dataDir, request, &sessions);
        status != Success)
        return status;

    const Timestamp now = Timestamp::fromDateTime(QDateTime::currentDateTime());
    // FHIR is about 4 KB a check-in: streamed, it is never in memory whole.
    if (request.format == QLatin1String("fhir")) {
        return writeExport(request.output, [&](const exchange::ExportSink& sink) {
            return exchange::writeFhirBundle(sessions, now, sink);
        });
    }
    return writeExport(request.output, format->write(sessions, now));
}

} // namespace aftercare::cli
