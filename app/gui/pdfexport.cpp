#include "gui/pdfexport.h"

#include "cli/commands.h"
#include "cli/exitcode.h"
#include "cli/exportrequest.h"
#include "cli/invocation.h"
#include "exchange/report/pdfreport.h"
#include "i18n/translations.h"
#include "paths.h"

#include <QBuffer>
#include <QDateTime>
#include <QGuiApplication>

#include <optional>

namespace aftercare {

namespace {

QString usage()
{
    return QStringLiteral(
        "Usage: aftercare [--data-dir DIR] export --format pdf [--session ID] -o FILE|-");
}

} // namespace

int runPdfExport(int argc, char** argv, const cli::Invocation& invocation)
{
    cli::ExportRequest request;
    QString problem = cli::parseExportRequest(invocation.commandArgs, &request);
    if (problem.isEmpty() && request.format != QLatin1String("pdf"))
        problem = QStringLiteral("export: this path writes --format pdf only");
    if (!problem.isEmpty()) {
        cli::printError(problem + QLatin1Char('\n') + usage());
        return cli::BadInput;
    }

    // Writing a PDF needs fonts and QtGui, never a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt sees only the program name: the command's own options (e.g. --session) are ours.
    static int qtArgc = 1;
    static char* qtArgv[] = {argc > 0 ? argv[0] : nullptr, nullptr};
    QGuiApplication app(qtArgc, qtArgv);
    platform::setApplicationIdentity();
    // The report is for a person: in their language, as the app writes it.
    i18n::installTranslations();
    const QString dataDir =
        cli::resolveDataDir(invocation.dataDirOption, qEnvironmentVariable("AFTERCARE_DATA_DIR"),
                            platform::defaultDataDir());

    QList<Session> sessions;
    if (const int status = cli::loadExportSessions(dataDir, request, &sessions);
        status != cli::Success)
        return status;

    report::ReportOptions options;
    options.generatedAt = Timestamp::fromDateTime(QDateTime::currentDateTime());
    // Rendered first, then written as every format is (cli::writeExport).
    QString error;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!report::renderPdfReport(sessions, &buffer, options, &error)) {
        cli::printError(error);
        return cli::Unexpected;
    }
    return cli::writeExport(request.output, buffer.data());
}

} // namespace aftercare
