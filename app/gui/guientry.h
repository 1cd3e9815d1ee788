#pragma once

namespace aftercare::cli {
struct Invocation;
}

namespace aftercare {

// The GUI module's one entry point, resolved by name with QLibrary.
using GuiEntryFunction = int (*)(int argc, char** argv, const cli::Invocation* invocation);
inline constexpr const char guiEntrySymbol[] = "aftercare_gui_main";

} // namespace aftercare
