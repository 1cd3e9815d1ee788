// `aftercare reminders list|run`: thin; the work is in app/reminders.
#include "cli/commands.h"
#include "cli/exitcode.h"
#include "paths.h"
#include "reminders/agentrunner.h"

namespace aftercare::cli {

int runReminders(const CommandContext& context)
{
    const QString usage = QStringLiteral("usage: aftercare [--data-dir DIR] reminders list|run");
    if (context.args.size() != 1) {
        printError(context.args.isEmpty()
                       ? QStringLiteral("reminders needs \"list\" or \"run\"\n") + usage
                       : QStringLiteral("reminders takes one word, \"list\" or \"run\"\n") + usage);
        return BadInput;
    }
    const QString what = context.args.first();
    if (what == QLatin1String("list")) {
        storage::OpenResult problem;
        const QByteArray json = reminders::listUpcoming(context.dataDir, &problem);
        if (!problem.ok()) {
            printError(problem.message);
            return problem.error == storage::OpenError::NoData ? BadInput : DatabaseUnusable;
        }
        return writeOut(json) ? Success : Unexpected;
    }
    if (what == QLatin1String("run")) {
        const reminders::AgentResult result =
            reminders::runAgent(context.dataDir, platform::defaultDataDir());
        switch (result.outcome) {
        case reminders::AgentOutcome::Stopped:
            return Success;
        case reminders::AgentOutcome::AlreadyRunning:
            printError(result.message);
            return Success;
        case reminders::AgentOutcome::DatabaseUnusable:
            printError(result.message);
            return DatabaseUnusable;
        case reminders::AgentOutcome::NoSessionBus:
            printError(result.message);
            return Unexpected;
        }
        return Unexpected;
    }
    printError(QStringLiteral("unknown reminders command \"%1\"\n").arg(what) + usage);
    return BadInput;
}

} // namespace aftercare::cli
