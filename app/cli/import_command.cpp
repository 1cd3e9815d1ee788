#include "cli/commands.h"
#include "cli/exitcode.h"

namespace aftercare::cli {

int runImport(const CommandContext&)
{
    printError(QStringLiteral("import is not available yet"));
    return Unexpected;
}

} // namespace aftercare::cli
