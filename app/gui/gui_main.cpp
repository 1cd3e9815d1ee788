#include "gui/guientry.h"

#include "appshell.h"
#include "cli/invocation.h"

extern "C" Q_DECL_EXPORT int aftercare_gui_main(int argc, char** argv,
                                                const aftercare::cli::Invocation* invocation)
{
    return aftercare::runAppShell(argc, argv, *invocation);
}
