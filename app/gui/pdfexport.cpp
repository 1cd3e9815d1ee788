#include "gui/pdfexport.h"

#include "cli/commands.h"
#include "cli/exitcode.h"

namespace aftercare {

int runPdfExport(int, char**, const cli::Invocation&)
{
    cli::printError(QStringLiteral("PDF export is not available yet"));
    return cli::Unexpected;
}

} // namespace aftercare
