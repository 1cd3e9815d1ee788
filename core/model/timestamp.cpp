#include "model/timestamp.h"

namespace aftercare {

namespace {
constexpr qint64 microsPerSecond = 1000000;
constexpr qint64 secondsPerDay = 86400;
// Days from 0001-01-01 to 1970-01-01 in the proleptic Gregorian calendar.
constexpr qint64 daysFromYearOneToEpoch = 719162;

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Days since 1970-01-01 of a valid date with year >= 1.
qint64 daysSinceEpoch(int year, int month, int day)
{
    static constexpr int daysBeforeMonth[12] = {0,   31,  59,  90,  120, 151,
                                                181, 212, 243, 273, 304, 334};
    const qint64 yearsBefore = year - 1;
    const qint64 leapDaysBefore = yearsBefore / 4 - yearsBefore / 100 + yearsBefore / 400;
    const int leapDayThisYear = month > 2 && isLeapYear(year) ? 1 : 0;
    return yearsBefore * 365 + leapDaysBefore + daysBeforeMonth[month - 1] + leapDayThisYear +
           (day - 1) - daysFromYearOneToEpoch;
}

// Reads the text character by character; every accessor is bounds-checked.
class Cursor
{
public:
    explicit Cursor(const QString& text)
        : m_chars(reinterpret_cast<const char16_t*>(text.utf16()))
        , m_size(text.size())
    {}

    bool atEnd() const { return m_position >= m_size; }
    qsizetype position() const { return m_position; }

    bool skipChar(char16_t c)
    {
        if (m_position < m_size && m_chars[m_position] == c) {
            ++m_position;
            return true;
        }
        return false;
    }

    bool skipOneOf(char16_t a, char16_t b) { return skipChar(a) || skipChar(b); }

    // Reads exactly `count` ASCII digits as a number; false (and no move) otherwise.
    bool readDigits(int count, int* value)
    {
        if (m_size - m_position < count)
            return false;
        int result = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = m_chars[m_position + i];
            if (c < u'0' || c > u'9')
                return false;
            result = result * 10 + (c - u'0');
        }
        m_position += count;
        *value = result;
        return true;
    }

    // Reads one or more digits: the first six (zero-padded) as microseconds.
    bool readFraction(qint64* micros)
    {
        const qsizetype first = m_position;
        qint64 result = 0;
        int used = 0;
        while (m_position < m_size && m_chars[m_position] >= u'0' && m_chars[m_position] <= u'9') {
            if (used < 6) {
                result = result * 10 + (m_chars[m_position] - u'0');
                ++used;
            }
            ++m_position;
        }
        for (; used < 6; ++used)
            result *= 10;
        *micros = result;
        return m_position > first;
    }

private:
    const char16_t* m_chars;
    qsizetype m_size;
    qsizetype m_position = 0;
};

// `YYYY-MM-DD[Tt ]hh:mm[:ss[.fraction]]` with nothing after it: a date-time lacking only the
// offset, which deserves its own message.
bool isDateTimeWithoutOffset(const QString& text)
{
    Cursor cursor(text);
    int ignored = 0;
    if (!(cursor.readDigits(4, &ignored) && cursor.skipChar(u'-') &&
          cursor.readDigits(2, &ignored) && cursor.skipChar(u'-') &&
          cursor.readDigits(2, &ignored) &&
          (cursor.skipOneOf(u'T', u't') || cursor.skipChar(u' ')) &&
          cursor.readDigits(2, &ignored) && cursor.skipChar(u':') &&
          cursor.readDigits(2, &ignored)))
        return false;
    if (cursor.skipChar(u':')) {
        if (!cursor.readDigits(2, &ignored))
            return false;
        qint64 fraction = 0;
        if (cursor.skipChar(u'.') && !cursor.readFraction(&fraction))
            return false;
    }
    return cursor.atEnd();
}

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
    const auto fail = [why](const QString& reason) -> std::optional<Timestamp> {
        if (why)
            *why = reason;
        return std::nullopt;
    };

    Cursor cursor(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    int offsetHours = 0, offsetMinutes = 0;
    char16_t offsetSign = u'Z';
    qint64 fractionMicros = 0;
    bool wellFormed =
        cursor.readDigits(4, &year) && cursor.skipChar(u'-') && cursor.readDigits(2, &month) &&
        cursor.skipChar(u'-') && cursor.readDigits(2, &day) && cursor.skipOneOf(u'T', u't') &&
        cursor.readDigits(2, &hour) && cursor.skipChar(u':') && cursor.readDigits(2, &minute) &&
        cursor.skipChar(u':') && cursor.readDigits(2, &second);
    if (wellFormed && cursor.skipChar(u'.'))
        wellFormed = cursor.readFraction(&fractionMicros);
    if (wellFormed) {
        if (cursor.skipOneOf(u'Z', u'z')) {
            offsetSign = u'Z';
        } else if (cursor.skipChar(u'+')) {
            offsetSign = u'+';
        } else if (cursor.skipChar(u'-')) {
            offsetSign = u'-';
        } else {
            wellFormed = false;
        }
    }
    if (wellFormed && offsetSign != u'Z')
        wellFormed = cursor.readDigits(2, &offsetHours) && cursor.skipChar(u':') &&
                     cursor.readDigits(2, &offsetMinutes);
    if (!wellFormed || !cursor.atEnd()) {
        if (isDateTimeWithoutOffset(text))
            return fail(QStringLiteral("\"%1\" has no UTC offset (add Z or ±hh:mm)").arg(text));
        return fail(QStringLiteral("\"%1\" is not an RFC 3339 date-time with seconds and an offset")
                        .arg(text.left(64)));
    }

    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return fail(QStringLiteral("\"%1\" is not a calendar date").arg(text));
    // RFC 3339 allows a leap second (60); instants here have no use for it.
    if (hour > 23 || minute > 59 || second > 59)
        return fail(QStringLiteral("\"%1\" is not a valid time of day").arg(text));
    if (offsetHours > 23 || offsetMinutes > 59)
        return fail(QStringLiteral("\"%1\" has an invalid UTC offset").arg(text));
    const int offsetSeconds =
        (offsetHours * 3600 + offsetMinutes * 60) * (offsetSign == u'-' ? -1 : 1);

    const qint64 wallSeconds =
        daysSinceEpoch(year, month, day) * secondsPerDay + hour * 3600 + minute * 60 + second;

    Timestamp result;
    result.utcMicros = (wallSeconds - offsetSeconds) * microsPerSecond + fractionMicros;
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
