#include "cli/commands.h"
#include "cli/exitcode.h"

namespace aftercare::cli {

int runExport(const CommandContext&)
{
    printError(QStringLiteral("export is not available yet"));
    return Unexpected;
}

} // namespace aftercare::cli
