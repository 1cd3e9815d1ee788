#pragma once

#include "model/session.h"
#include "model/timestamp.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace aftercare::exchange {

// The columns of the CSV export, in order.
QStringList csvColumns();

// How the table separates fields and writes decimals. The default is RFC 4180 (comma,
// decimal point): the command line's export. A spreadsheet in a locale whose decimal
// mark is a comma (German, French, …) expects ';' between fields, and "0,50".
struct CsvDialect
{
    QChar separator = QLatin1Char(',');
    QChar decimalPoint = QLatin1Char('.');
};
// The dialect a spreadsheet in `locale` opens without an import dialog.
CsvDialect csvDialectFor(const QLocale& locale);

// Writes the sessions as one CSV table (RFC 4180: a header row, CRLF line ends, fields
// with the separator, a quote, CR or LF quoted, quotes doubled). UTF-8 with a byte-order
// mark, without which spreadsheets read the text as Latin-1 and garble umlauts.
//
// One row per symptom of a check-in; a check-in without soreness is one row with
// intensity 0 and an empty region. Sessions in the given order, check-ins by instant,
// symptoms as given. Times are written exactly as recorded (RFC 3339); the hours since
// the session end are a decimal with two places (0 during the session). Qualities and
// red flags are their ids joined by ';'. The check-in's red flags and note are repeated
// on each of its rows so that every row stands alone.
//
// The log v2 columns follow: the session's source ("manual" when not given) and the
// therapist's advice; when the check-in was entered, and "yes" in entered_later when
// that was more than 2 h after its time; the impact id; reactions and benefits as ids
// joined by ';'; self-care as "kind=helped" (just "kind" when not answered) joined by ';'.
//
// Values are written as recorded, except that a text a spreadsheet would run as a formula
// (it starts with =, +, -, @, a tab or a carriage return, and is not a plain number) gets
// a leading apostrophe, as OWASP advises against CSV injection: "=1+2" is written '=1+2.
QByteArray writeCsv(const QList<Session>& sessions, const CsvDialect& dialect = {});

// The same, with the signature of the command line's table of export formats (the CSV
// itself carries no export time).
QByteArray writeCsvExport(const QList<Session>& sessions, const Timestamp& exportedAt);

} // namespace aftercare::exchange
