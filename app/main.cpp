// Composition root: everything else lives in libraries (see app/cli).
#include "cli/cli.h"

int main(int argc, char** argv)
{
    return aftercare::cli::run(argc, argv);
}
