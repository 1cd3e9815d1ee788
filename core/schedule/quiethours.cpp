#include "schedule/quiethours.h"

#include <QDateTime>

#include <algorithm>

namespace aftercare::schedule {

namespace {

constexpr qint64 microsPerMilli = 1000;
constexpr qint64 microsPerSecond = 1000000;
constexpr qint64 hourSeconds = 3600;

QDateTime localDateTime(qint64 utcMicros, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMicros / microsPerMilli, zone);
}

bool inWindow(QTime t, QTime start, QTime end)
{
    if (start < end)
        return t >= start && t < end;
    return t >= start || t < end; // across midnight
}

} // namespace

QList<qint64> localToUtcMicros(QDate date, QTime time, const QTimeZone& zone)
{
    // The wall-clock reading as if it were UTC, then every offset the zone uses
    // around it: a reading maps to an instant when that instant reads back the same.
    const qint64 naiveSeconds = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    QList<int> offsets;
    for (const qint64 probe :
         {naiveSeconds - 36 * hourSeconds, naiveSeconds, naiveSeconds + 36 * hourSeconds}) {
        const int offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(probe, Qt::UTC));
        if (!offsets.contains(offset))
            offsets << offset;
    }
    QList<qint64> result;
    for (const int offset : offsets) {
        const qint64 candidate = (naiveSeconds - offset) * microsPerSecond;
        const QDateTime back = localDateTime(candidate, zone);
        if (back.date() == date && back.time() == time && !result.contains(candidate))
            result << candidate;
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool QuietHours::contains(qint64 utcMicros, const QTimeZone& zone) const
{
    if (isEmpty())
        return false;
    return inWindow(localDateTime(utcMicros, zone).time(), start, end);
}

qint64 QuietHours::endAfter(qint64 utcMicros, const QTimeZone& zone) const
{
    const QDateTime local = localDateTime(utcMicros, zone);
    // The window ends on the same local day, or the next one when it crosses
    // midnight and the instant is before midnight. Look at a few days to be
    // safe around clock changes.
    QDate day = local.date();
    if (start > end && local.time() >= start)
        day = day.addDays(1);
    for (int attempt = 0; attempt < 3; ++attempt, day = day.addDays(1)) {
        const QList<qint64> candidates = localToUtcMicros(day, end, zone);
        for (const qint64 candidate : candidates) {
            if (candidate > utcMicros)
                return candidate;
        }
        if (candidates.isEmpty()) {
            // `end` falls into a spring-forward gap: the window ends when the
            // clocks jump over it.
            const qint64 naiveSeconds = QDateTime(day, end, Qt::UTC).toSecsSinceEpoch();
            const QTimeZone::OffsetData jump = zone.nextTransition(
                QDateTime::fromSecsSinceEpoch(naiveSeconds - 36 * hourSeconds, Qt::UTC));
            if (jump.atUtc.isValid()) {
                const qint64 at = jump.atUtc.toMSecsSinceEpoch() * microsPerMilli;
                if (at > utcMicros)
                    return at;
            }
        }
    }
    // Not reachable for real zones; an hour later keeps callers moving forward.
    return utcMicros + hourSeconds * microsPerSecond;
}

} // namespace aftercare::schedule
