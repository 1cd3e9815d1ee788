#pragma once

#include "exchange/fhirwriter.h"
#include "model/session.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace aftercare::cli {

// `export --format F [--session ID] -o FILE|-`, shared by every format.
struct ExportRequest
{
    QString format;
    std::optional<QString> sessionId;
    QString output;
};

inline QString exportFormatNames()
{
    return QStringLiteral("json|csv|fhir|pdf");
}

// Also accepts --format=F, --session=ID and --output FILE. Returns what is
// wrong, or an empty string; the format name itself is checked by the caller.
QString parseExportRequest(const QStringList& args, ExportRequest* request);

// Opens the database in `dataDir` and loads the requested sessions. Prints
// what went wrong and returns its exit code; Success fills `sessions`.
int loadExportSessions(const QString& dataDir, const ExportRequest& request,
                       QList<Session>* sessions);

// Writes an export to `output` (README, "Command line"), prints what went wrong and
// returns the exit code:
// - "-" and /dev/stdout: standard output;
// - a device, FIFO or socket (also through a symbolic link): written in place;
// - a regular file or a new name: written beside it and renamed over it, mode 0600, so
//   that a failed export leaves the old file whole;
// - a symbolic link: the file it points to, replaced the same way but keeping its mode.
// Exit 2 when the path cannot be written at all (a missing folder, a folder, no
// permission); exit 1 when writing fails part way (a full disk, an I/O error).
int writeExport(const QString& output, const QByteArray& bytes);

// The same for an export made a piece at a time: `produce` hands each piece to the sink
// it is given, and stops when the sink returns false. Pieces are written in blocks of
// about 1 MiB, so that the export is never in memory whole.
using ExportProducer = std::function<bool(const exchange::ExportSink& sink)>;
int writeExport(const QString& output, const ExportProducer& produce);

} // namespace aftercare::cli
