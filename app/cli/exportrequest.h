#pragma once

#include "model/session.h"

#include <QList>
#include <QString>
#include <QStringList>

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

} // namespace aftercare::cli
