#include "cli/commands.h"
#include "cli/exitcode.h"
#include "storage/database.h"
#include "storage/repository.h"

namespace aftercare::cli {

namespace {

QString counted(int count, const char* singular, const char* plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? singular : plural));
}

QString summary(const storage::ImportOutcome& outcome)
{
    QString line = QStringLiteral("imported %1 and %2")
                       .arg(counted(outcome.newSessions, "new session", "new sessions"),
                            counted(outcome.newCheckIns, "check-in", "check-ins"));
    if (outcome.sessionsAlreadyHere > 0)
        line += QStringLiteral("; %1 already here")
                    .arg(counted(outcome.sessionsAlreadyHere, "session", "sessions"));
    return line;
}

} // namespace

int runImport(const CommandContext& context)
{
    if (context.args.size() != 1 ||
        (context.args.first().startsWith(QLatin1Char('-')) && context.args.first() != "-")) {
        printError(QStringLiteral("import needs exactly one FILE to read, or - for standard "
                                  "input: aftercare [--data-dir DIR] import FILE|-"));
        return BadInput;
    }
    const QString path = context.args.first();
    const QString shownName = inputName(path);

    // The file is read and checked in full before the database is touched.
    const std::optional<Log> log = readLogInput(path);
    if (!log)
        return BadInput;

    storage::Database database;
    const storage::OpenResult opened = database.open(context.dataDir);
    if (!opened.ok()) {
        printError(opened.message);
        return DatabaseUnusable;
    }
    if (!opened.notice.isEmpty())
        printError(QStringLiteral("note: ") + opened.notice);
    storage::Repository repository(database);
    const storage::StoreValue<storage::ImportOutcome> imported = repository.importLog(*log);
    const storage::ImportOutcome& outcome = imported.value;
    const QString& error = imported.message;
    if (!imported.ok()) {
        if (outcome.conflict) {
            printError(QStringLiteral("%1: %2; nothing was imported").arg(shownName, error));
            return BadInput;
        }
        printError(error);
        return DatabaseUnusable;
    }
    printError(summary(outcome));
    return Success;
}

} // namespace aftercare::cli
