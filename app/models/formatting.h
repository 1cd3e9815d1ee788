#pragma once

#include "model/session.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace aftercare::format {

// A QLocale time format without its seconds field (":ss", ".s"): "HH:mm:ss" → "HH:mm".
QString withoutSeconds(QString timeFormat);
// Hours and minutes in the locale's order, e.g. "14:05" or "2:05 PM".
QString clockTime(const QTime& time, const QLocale& locale = QLocale());
// A moment as every page shows it, in local time: "Yesterday, 09:00", "Today, 14:05",
// "Tomorrow, 08:00", otherwise `locale`'s short date and the time ("3.12.26, 08:00").
// `now` decides which day is today (the caller reads the clock).
QString when(const QDateTime& dateTime, const QDateTime& now, const QLocale& locale = QLocale());
QString when(const Timestamp& timestamp, const QDateTime& now, const QLocale& locale = QLocale());
// "during the session", "3 h after the session", "2 days 4 h after the session".
QString hoursAfter(double hours);
// "Lower back 6 (aching, stiff) · Left buttock 3"; "No soreness" when empty.
QString symptoms(const QList<Symptom>& symptoms);
// Translated labels of red-flag ids, joined with "; ".
QString redFlags(const QStringList& redFlagIds);
// A folder as a person reads it: "~/Documents" under the home folder, the full path
// elsewhere.
QString folder(const QString& path);
// Whole seconds, local offset: the form every timestamp the app writes has.
Timestamp timestamp(const QDateTime& dateTime);

} // namespace aftercare::format
