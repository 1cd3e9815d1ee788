#include "cli/commands.h"
#include "cli/exitcode.h"
#include "exchange/csvwriter.h"
#include "exchange/fhirwriter.h"
#include "exchange/logwriter.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QDateTime>
#include <QSaveFile>

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
    {"fhir", &exchange::writeFhirBundle},
};

const ExportFormat* findFormat(const QString& name)
{
    for (const ExportFormat& format : exportFormats) {
        if (name == QLatin1String(format.name))
            return &format;
    }
    return nullptr;
}

QString formatNames()
{
    QStringList names;
    for (const ExportFormat& format : exportFormats)
        names << QLatin1String(format.name);
    names << QStringLiteral("pdf");
    return names.join(QLatin1Char('|'));
}

struct ExportRequest
{
    QString format;
    std::optional<QString> sessionId;
    QString output;
};

// Parses `--format F [--session ID] -o FILE|-`; an empty string on success, else what is wrong.
QString parseRequest(const QStringList& args, ExportRequest* request)
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
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        }
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
        return QStringLiteral("export needs --format %1").arg(formatNames());
    if (!haveOutput)
        return QStringLiteral("export needs -o FILE (or -o - for standard output)");
    return {};
}

bool writeOutput(const QString& path, const QByteArray& bytes, QString* error)
{
    if (path == QLatin1String("-")) {
        writeOut(bytes);
        return true;
    }
    // Written beside the target and renamed over it, readable by the owner only.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int runExport(const CommandContext& context)
{
    ExportRequest request;
    if (const QString usage = parseRequest(context.args, &request); !usage.isEmpty()) {
        printError(usage + QStringLiteral("\nUsage: aftercare [--data-dir DIR] export --format %1 "
                                          "[--session ID] -o FILE|-")
                               .arg(formatNames()));
        return BadInput;
    }
    const ExportFormat* format = findFormat(request.format);
    if (!format) {
        printError(QStringLiteral("export: unknown format \"%1\" (choose %2)")
                       .arg(request.format, formatNames()));
        return BadInput;
    }
    if (!format->write) {
        printError(QStringLiteral("%1 export is not available yet").arg(request.format));
        return Unexpected;
    }

    storage::Database database;
    const storage::OpenResult opened = database.open(context.dataDir);
    if (!opened.ok()) {
        printError(opened.message);
        return DatabaseUnusable;
    }
    const storage::Repository repository(database);
    QList<Session> sessions;
    QString readError;
    if (request.sessionId) {
        std::optional<Session> one = repository.session(*request.sessionId, &readError);
        if (!one && readError.isEmpty()) {
            printError(QStringLiteral("--session: no session \"%1\" is stored in %2")
                           .arg(*request.sessionId, database.filePath()));
            return BadInput;
        }
        if (one)
            sessions << *one;
    } else if (std::optional<QList<Session>> all = repository.allSessions(&readError)) {
        sessions = *all;
    }
    if (!readError.isEmpty()) {
        printError(readError);
        return DatabaseUnusable;
    }

    const QByteArray bytes =
        format->write(sessions, Timestamp::fromDateTime(QDateTime::currentDateTime()));
    QString error;
    if (!writeOutput(request.output, bytes, &error)) {
        printError(error);
        return Unexpected;
    }
    return Success;
}

} // namespace aftercare::cli
