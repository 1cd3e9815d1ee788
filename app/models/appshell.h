#pragma once

namespace aftercare {
namespace cli {
struct Invocation;
}

int runAppShell(int argc, char** argv, const cli::Invocation& invocation);

} // namespace aftercare
