#include "gui/guientry.h"

#include "appshell.h"
#include "cli/invocation.h"
#include "gui/cardimage.h"
#include "gui/pdfexport.h"

extern "C" Q_DECL_EXPORT int aftercare_gui_main(int argc, char** argv,
                                                const aftercare::cli::Invocation* invocation)
{
    if (invocation->command == QLatin1String("card"))
        return aftercare::runCardPng(argc, argv, *invocation);
    if (invocation->command == QLatin1String("export"))
        return aftercare::runPdfExport(argc, argv, *invocation);
    return aftercare::runAppShell(argc, argv, *invocation);
}
