#pragma once

#include <QIcon>

namespace aftercare {

// The app's icon: the theme's "org.aftercare.Aftercare" when the icon theme
// has it, otherwise the SVG built into the app.
QIcon appIcon();
// Window icon and desktop file name of the QGuiApplication (call after it exists).
void applyAppIcon();

} // namespace aftercare
