#include "cli/commands.h"
#include "cli/exitcode.h"

namespace aftercare::cli {

int runAnalyze(const CommandContext&)
{
    printError(QStringLiteral("analyze is not available yet"));
    return Unexpected;
}

} // namespace aftercare::cli
