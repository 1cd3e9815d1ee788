#pragma once
// `aftercare reminders run` and `reminders list` as library calls, so that the
// command line stays thin.

#include "storage/database.h"

#include <QByteArray>
#include <QString>

namespace aftercare::reminders {

enum class AgentOutcome
{
    Stopped,          // SIGTERM or SIGINT: a clean stop
    AlreadyRunning,   // another agent serves this data folder
    DatabaseUnusable, // corrupt, locked, newer, no permission
    NoSessionBus      // nothing to show notifications on
};

struct AgentResult
{
    AgentOutcome outcome = AgentOutcome::Stopped;
    QString message;
};

// Runs the agent for `dataDir` until SIGTERM/SIGINT. Needs a QCoreApplication.
// The "Log now" action starts this executable, or the program named by the
// environment variable AFTERCARE_REMINDERS_LAUNCHER (a test hook).
AgentResult runAgent(const QString& dataDir, const QString& defaultDataDir);

// The upcoming prompts as JSON (promptsJson), ten per session at most, in the
// device's zone. Opens the database read-only (storage::Access::ReadOnly: nothing is
// created, no write lock); `problem` says why when it cannot be used.
QByteArray listUpcoming(const QString& dataDir, storage::OpenResult* problem);

} // namespace aftercare::reminders
