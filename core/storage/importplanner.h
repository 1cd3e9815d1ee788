#pragma once

#include "model/session.h"
#include "storage/database.h"
#include "storage/storeresult.h"

namespace aftercare::storage {

// What an import would do / did.
struct ImportOutcome
{
    int sessionsInFile = 0;
    int checkInsInFile = 0;
    int newSessions = 0;
    int newCheckIns = 0;
    int sessionsAlreadyHere = 0; // same id already stored (check-ins merged by instant)
    // Set when the log was refused because it conflicts with what is stored (bad
    // input); a failure without it is the database's own.
    bool conflict = false;
};

// Plans a log's import against what is stored, and imports it. A session whose id is
// stored with other details, or a check-in at a stored instant with other content, is a
// conflict: the message names it (log path) and the import is refused.
class ImportPlanner
{
public:
    explicit ImportPlanner(Database& database);

    // Counts without writing. The outcome is filled in also when refused.
    StoreValue<ImportOutcome> previewImport(const Log& log) const;
    // All or nothing; importing the same log twice changes nothing (not even a commit).
    // On a database failure while writing, only the file's counts are kept.
    StoreValue<ImportOutcome> importLog(const Log& log);

private:
    Database& m_database;
};

} // namespace aftercare::storage
