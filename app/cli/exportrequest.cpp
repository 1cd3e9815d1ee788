#include "cli/exportrequest.h"

#include "cli/commands.h"
#include "cli/exitcode.h"
#include "storage/database.h"
#include "storage/repository.h"

namespace aftercare::cli {

QString parseExportRequest(const QStringList& args, ExportRequest* request)
{
    bool haveFormat = false;
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
        if ((isFormat && haveFormat) || (isOutput && haveOutput) ||
            (isSession && request->sessionId))
            return QStringLiteral("export: %1 is given twice").arg(name);
        if (isFormat) {
            request->format = value;
            haveFormat = true;
        } else if (isSession) {
            request->sessionId = value;
        } else {
            request->output = value;
            haveOutput = true;
        }
    }
    if (!haveFormat)
        return QStringLiteral("export needs --format %1").arg(exportFormatNames());
    if (!haveOutput)
        return QStringLiteral("export needs -o FILE (or -o - for standard output)");
    return {};
}

int loadExportSessions(const QString& dataDir, const ExportRequest& request,
                       QList<Session>* sessions)
{
    storage::Database database;
    const storage::OpenResult opened = database.open(dataDir);
    if (!opened.ok()) {
        printError(opened.message);
        return DatabaseUnusable;
    }
    const storage::Repository repository(database);
    QString readError;
    if (request.sessionId) {
        std::optional<Session> one = repository.session(*request.sessionId, &readError);
        if (!one && readError.isEmpty()) {
            printError(QStringLiteral("--session: no session \"%1\" is stored in %2")
                           .arg(*request.sessionId, database.filePath()));
            return BadInput;
        }
        if (one)
            *sessions << *one;
    } else if (std::optional<QList<Session>> all = repository.allSessions(&readError)) {
        *sessions = *all;
    }
    if (!readError.isEmpty()) {
        printError(readError);
        return DatabaseUnusable;
    }
    return Success;
}

} // namespace aftercare::cli
