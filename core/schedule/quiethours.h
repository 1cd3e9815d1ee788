#pragma once
// Quiet hours: a daily window of local wall-clock time, evaluated in a given
// time zone. Instants are microseconds since the epoch (UTC). Pure.

#include <QDate>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace aftercare::schedule {

struct QuietHours
{
    QTime start; // inclusive
    QTime end;   // exclusive; earlier than `start` for a window across midnight

    bool isEmpty() const { return !start.isValid() || !end.isValid() || start == end; }
    // Whether the local time of `utcMicros` in `zone` lies inside the window.
    bool contains(qint64 utcMicros, const QTimeZone& zone) const;
    // The first instant after `utcMicros` at which the window that contains it
    // ends: the next time the local clock shows `end` (the earlier one when the
    // clock shows it twice, as in a fall-back hour), or the moment the clocks
    // jump past it (a spring-forward gap). Only meaningful when contains().
    qint64 endAfter(qint64 utcMicros, const QTimeZone& zone) const;
};

// Every instant at which the local clock in `zone` shows `date` `time`,
// earliest first: none in a spring-forward gap, two in a fall-back hour.
QList<qint64> localToUtcMicros(QDate date, QTime time, const QTimeZone& zone);

} // namespace aftercare::schedule
