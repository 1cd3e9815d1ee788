#include "gui/pdfexport.h"

#include "cli/commands.h"
#include "cli/exitcode.h"
#include "cli/invocation.h"
#include "exchange/report/pdfreport.h"
#include "paths.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QBuffer>
#include <QDateTime>
#include <QGuiApplication>

#include <optional>

namespace aftercare {

namespace {

struct PdfRequest
{
    QString format;
    std::optional<QString> sessionId;
    QString output;
};

QString usage()
{
    return QStringLiteral(
        "Usage: aftercare [--data-dir DIR] export --format pdf [--session ID] -o FILE|-");
}

// `--format pdf [--session ID] -o FILE|-`, also as --format=pdf, --session=ID, --output FILE.
// Returns what is wrong, or an empty string.
QString parseRequest(const QStringList& args, PdfRequest* request)
{
    bool haveOutput = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        QString name = arg;
        std::optional<QString> inlineValue;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            name = arg.section(QLatin1Char('='), 0, 0);
            inlineValue = arg.section(QLatin1Char('='), 1);
        }
        const bool isFormat = name == QLatin1String("--format");
        const bool isSession = name == QLatin1String("--session");
        const bool isOutput = name == QLatin1String("-o") || name == QLatin1String("--output");
        if (!isFormat && !isSession && !isOutput) {
            if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-"))
                return QStringLiteral("export: unknown option %1").arg(arg);
            return QStringLiteral("export: unexpected argument \"%1\"").arg(arg);
        }
        QString value;
        if (inlineValue)
            value = *inlineValue;
        else if (i + 1 < args.size())
            value = args.at(++i);
        if (value.isEmpty())
            return QStringLiteral("export: %1 needs a value").arg(name);
        if ((isFormat && !request->format.isEmpty()) || (isOutput && haveOutput) ||
            (isSession && request->sessionId))
            return QStringLiteral("export: %1 is given twice").arg(name);
        if (isFormat) {
            request->format = value;
        } else if (isSession) {
            request->sessionId = value;
        } else {
            request->output = value;
            haveOutput = true;
        }
    }
    if (request->format != QLatin1String("pdf"))
        return QStringLiteral("export: this path writes --format pdf only");
    if (!haveOutput)
        return QStringLiteral("export needs -o FILE (or -o - for standard output)");
    return {};
}

} // namespace

int runPdfExport(int argc, char** argv, const cli::Invocation& invocation)
{
    PdfRequest request;
    if (const QString problem = parseRequest(invocation.commandArgs, &request);
        !problem.isEmpty()) {
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
    const QString dataDir =
        cli::resolveDataDir(invocation.dataDirOption, qEnvironmentVariable("AFTERCARE_DATA_DIR"),
                            platform::defaultDataDir());

    storage::Database database;
    const storage::OpenResult opened = database.open(dataDir);
    if (!opened.ok()) {
        cli::printError(opened.message);
        return cli::DatabaseUnusable;
    }
    const storage::Repository repository(database);
    QList<Session> sessions;
    QString readError;
    if (request.sessionId) {
        std::optional<Session> one = repository.session(*request.sessionId, &readError);
        if (!one && readError.isEmpty()) {
            cli::printError(QStringLiteral("--session: no session \"%1\" is stored in %2")
                                .arg(*request.sessionId, database.filePath()));
            return cli::BadInput;
        }
        if (one)
            sessions << *one;
    } else if (std::optional<QList<Session>> all = repository.allSessions(&readError)) {
        sessions = *all;
    }
    if (!readError.isEmpty()) {
        cli::printError(readError);
        return cli::DatabaseUnusable;
    }

    report::ReportOptions options;
    options.generatedAt = Timestamp::fromDateTime(QDateTime::currentDateTime());
    QString error;
    if (request.output == QLatin1String("-")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!report::renderPdfReport(sessions, &buffer, options, &error)) {
            cli::printError(error);
            return cli::Unexpected;
        }
        cli::writeOut(buffer.data());
        return cli::Success;
    }
    if (!report::writePdfReport(sessions, request.output, options, &error)) {
        cli::printError(error);
        return cli::Unexpected;
    }
    return cli::Success;
}

} // namespace aftercare
