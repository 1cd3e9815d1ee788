// Timestamps written as in the log format ("2026-03-01T18:00:00+01:00"), for test data.
#pragma once

#include "model/timestamp.h"

#include <QString>

namespace aftercare::testsupport {

// The timestamp `text` names; a text that does not parse stops the test run (a bad fixture).
Timestamp at(const char* text);
Timestamp at(const QString& text);

// The instant `text` names, in microseconds since the epoch (UTC); stops the run like at().
qint64 instant(const QString& text);

} // namespace aftercare::testsupport
