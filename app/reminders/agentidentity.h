#pragma once
// How one reminder agent per data folder is recognised: a D-Bus well-known
// name and a lock file in the folder.

#include <QString>

namespace aftercare::reminders {

// org.aftercare.Aftercare.Reminders for the default data folder; for any other
// folder that name plus ".d" and 16 hex digits of a hash of its absolute path.
QString agentBusName(const QString& dataDir, const QString& defaultDataDir);
// The running app's name (a second start hands its link to it, platform/instance):
// org.aftercare.Aftercare for the default data folder, else with ".d" and the same hash.
QString appBusName(const QString& dataDir, const QString& defaultDataDir);
QString agentLockFilePath(const QString& dataDir);

} // namespace aftercare::reminders
