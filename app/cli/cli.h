#pragma once

namespace aftercare::cli {

// Parses the command line and runs the command, or loads the GUI module.
int run(int argc, char** argv);

} // namespace aftercare::cli
