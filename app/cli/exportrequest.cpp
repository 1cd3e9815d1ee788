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
        const CommandOption option = splitOption(args.at(i));
        const QString& name = option.name;
        const bool isFormat = name == QLatin1String("--format");
        const bool isSession = name == QLatin1String("--session");
        const bool isOutput = name == QLatin1String("-o") || name == QLatin1String("--output");
        if (!isFormat && !isSession && !isOutput)
            return unexpectedArgument("export", args.at(i));
        const QString value = option.takeValue(args, i);
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
