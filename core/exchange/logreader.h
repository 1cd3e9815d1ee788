#pragma once

#include "model/session.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace aftercare::exchange {

// Where and what: `path` is the JSON path of the offending value, e.g.
// `sessions[0].checkIns[3].symptoms[0].intensity`, empty for the whole file.
struct LogError
{
    QString path;
    QString message;
    // "sessions[0].checkIns[3].symptoms[0].intensity: 11 is outside 0..10"
    QString toString() const;
};

struct LogReadResult
{
    std::optional<Log> log; // set when the file is valid
    LogError error;         // set when it is not
    bool ok() const { return log.has_value(); }
};

// Reads and validates a log file of version 1 or 2 (the log format's section 1): strict
// JSON, every rule of the format, the first error found reported with its path. In a
// version-1 file the members only version 2 defines are unknown members and ignored.
LogReadResult readLog(const QByteArray& bytes);

} // namespace aftercare::exchange
