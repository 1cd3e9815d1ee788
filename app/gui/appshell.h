#pragma once

namespace aftercare {
namespace cli {
struct Invocation;
}
class AppController;

int runAppShell(int argc, char** argv, const cli::Invocation& invocation);
// AFTERCARE_THEME=light|dark fixes the theme for this run (screenshots, tests).
void applyThemeFromEnvironment(AppController& controller);

} // namespace aftercare
