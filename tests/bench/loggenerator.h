#pragma once

#include "model/session.h"

#include <QByteArray>
#include <QList>

namespace aftercare::bench {

// Deterministic, realistic logs for benchmarks: sessions a week apart, each with
// `checkInsPerSession` check-ins spread over five days (the last session takes the rest),
// one to three sore regions, some with qualities, an occasional red flag and note.
QList<Session> generateSessions(int checkIns, int checkInsPerSession);
// The same sessions as a log v1 file.
QByteArray generateLogFile(int checkIns, int checkInsPerSession);

} // namespace aftercare::bench
