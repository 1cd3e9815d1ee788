#pragma once

namespace aftercare {
namespace cli {
struct Invocation;
}

// `aftercare export --format pdf …`: needs QtGui (offscreen is enough).
int runPdfExport(int argc, char** argv, const cli::Invocation& invocation);

} // namespace aftercare
