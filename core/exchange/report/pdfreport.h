#pragma once

#include "exchange/report/bodymap.h"
#include "exchange/report/chartpainter.h"
#include "model/session.h"

#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

class QIODevice;

namespace aftercare::report {

struct ReportOptions
{
    Timestamp generatedAt; // when the report is made; shown in every page's footer
    QString appVersion = QStringLiteral(AFTERCARE_VERSION);
    // Default: from the locale (US customary measurement: Letter; everywhere else: A4).
    std::optional<QPageSize::PageSizeId> pageSize;
    QLocale locale = QLocale::system(); // dates in the session header, page size
    ChartStyle chartStyle;
    BodyMapStyle bodyMapStyle;
};

// Letter where the locale measures in US customary units, A4 everywhere else.
QPageSize::PageSizeId pageSizeFor(const QLocale& locale);

// A summary for the therapist or doctor, one section per session (each starting on a
// new page): the session with its screening answers, the status and every flag with
// its time and guidance, the soreness chart, a body map of the peak soreness per
// region, and a table of all check-ins that breaks across pages with its header
// repeated. Every page carries "Page N of M", the app version, the generation time and
// the not-a-diagnosis sentence. Needs a QGuiApplication (offscreen is enough).
//
// Writes to an open device; `pageCount` (if given) receives the number of pages.
bool renderPdfReport(const QList<Session>& sessions, QIODevice* device,
                     const ReportOptions& options, QString* error, int* pageCount = nullptr);

// Writes the report to `path` atomically, readable and writable by the owner only
// (health data): 0600, also when replacing an existing file.
bool writePdfReport(const QList<Session>& sessions, const QString& path,
                    const ReportOptions& options, QString* error, int* pageCount = nullptr);

} // namespace aftercare::report
