#pragma once

#include <QString>

namespace aftercare::platform {

// Organisation, application name and desktop file name from the one app id.
void setApplicationIdentity();
// The per-user folder for the database, e.g. ~/.local/share/org.aftercare.Aftercare.
QString defaultDataDir();

} // namespace aftercare::platform
