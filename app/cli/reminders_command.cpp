#include "cli/commands.h"
#include "cli/exitcode.h"

namespace aftercare::cli {

int runReminders(const CommandContext&)
{
    printError(QStringLiteral("reminders is not available yet"));
    return Unexpected;
}

} // namespace aftercare::cli
