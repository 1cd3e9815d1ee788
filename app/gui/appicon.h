#pragma once

#include <QIcon>

namespace aftercare {

// The app's icon, from the PNGs rendered from app/desktop/org.aftercare.Aftercare.svg
// at build time and built into the app (32 to 256 px).
QIcon appIcon();
// Window icon and desktop file name of the QGuiApplication (call after it exists).
void applyAppIcon();

} // namespace aftercare
