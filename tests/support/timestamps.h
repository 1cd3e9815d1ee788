// Timestamps written as in the log format ("2026-03-01T18:00:00+01:00"), for test data.
#pragma once

#include "model/timestamp.h"

namespace aftercare::testsupport {

// The timestamp `text` names; a text that does not parse stops the test run (a bad fixture).
Timestamp at(const char* text);

} // namespace aftercare::testsupport
