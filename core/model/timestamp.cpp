#include "model/timestamp.h"

#include <QRegularExpression>

namespace aftercare {

namespace {
constexpr qint64 microsPerSecond = 1000000;

QString offsetText(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("Z");
    const QChar sign = offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = qAbs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

std::optional<Timestamp> Timestamp::parse(const QString& text, QString* why)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"));
    const auto fail = [why](const QString& reason) -> std::optional<Timestamp> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        static const QRegularExpression withoutOffset(
            QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$)"));
        if (withoutOffset.match(text).hasMatch())
            return fail(QStringLiteral("\"%1\" has no UTC offset (add Z or ±hh:mm)").arg(text));
        return fail(QStringLiteral("\"%1\" is not an RFC 3339 date-time with seconds and an offset")
                        .arg(text.left(64)));
    }
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).toInt();
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1)
        return fail(QStringLiteral("\"%1\" is not a calendar date").arg(text));
    // RFC 3339 allows a leap second (60); instants here have no use for it.
    if (hour > 23 || minute > 59 || second > 59)
        return fail(QStringLiteral("\"%1\" is not a valid time of day").arg(text));
    int offsetSeconds = 0;
    if (m.captured(8).isEmpty()) {
        const int offsetHours = m.captured(10).toInt();
        const int offsetMinutes = m.captured(11).toInt();
        if (offsetHours > 23 || offsetMinutes > 59)
            return fail(QStringLiteral("\"%1\" has an invalid UTC offset").arg(text));
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) *
                        (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    qint64 fractionMicros = 0;
    const QString fraction = m.captured(7);
    if (!fraction.isEmpty())
        fractionMicros = fraction.mid(1).leftJustified(6, QLatin1Char('0')).left(6).toLongLong();

    const QDateTime local(date, QTime(hour, minute, second), Qt::UTC);
    const qint64 utcSeconds = local.toSecsSinceEpoch() - offsetSeconds;

    Timestamp result;
    result.utcMicros = utcSeconds * microsPerSecond + fractionMicros;
    result.offsetSeconds = offsetSeconds;
    result.text = text;
    return result;
}

Timestamp Timestamp::fromUtcMicros(qint64 utcMicros, int offsetSeconds)
{
    Timestamp result;
    result.utcMicros = utcMicros;
    result.offsetSeconds = offsetSeconds;
    const qint64 seconds = utcMicros >= 0 ? utcMicros / microsPerSecond
                                          : -((-utcMicros + microsPerSecond - 1) / microsPerSecond);
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(seconds + offsetSeconds, Qt::UTC);
    result.text = wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + offsetText(offsetSeconds);
    return result;
}

Timestamp Timestamp::fromDateTime(const QDateTime& dateTime)
{
    return fromUtcMicros(dateTime.toMSecsSinceEpoch() * 1000, dateTime.offsetFromUtc());
}

QDateTime Timestamp::toDateTime() const
{
    return QDateTime::fromMSecsSinceEpoch(utcMillis(), Qt::OffsetFromUTC, offsetSeconds);
}

double hoursBetween(qint64 fromUtcMicros, qint64 toUtcMicros)
{
    return double(toUtcMicros - fromUtcMicros) / (3600.0 * microsPerSecond);
}

} // namespace aftercare
