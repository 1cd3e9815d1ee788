#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace aftercare {

// An RFC 3339 instant as written: the absolute time plus the text it came from,
// so that exports reproduce the writer's offset and fraction exactly.
struct Timestamp
{
    qint64 utcMicros = 0;  // microseconds since 1970-01-01T00:00:00Z
    int offsetSeconds = 0; // the UTC offset it was written with
    QString text;          // canonical RFC 3339 text

    // Parses `YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)`; nullopt when malformed.
    // On failure `why` (if given) says what is wrong in plain words.
    static std::optional<Timestamp> parse(const QString& text, QString* why = nullptr);
    // The instant written with the given offset, whole seconds, e.g. 2026-11-20T15:00:00+01:00.
    static Timestamp fromUtcMicros(qint64 utcMicros, int offsetSeconds);
    static Timestamp fromDateTime(const QDateTime& dateTime);

    QDateTime toDateTime() const; // with the written offset
    qint64 utcMillis() const { return utcMicros / 1000; }

    friend bool operator==(const Timestamp& a, const Timestamp& b) { return a.text == b.text; }
    friend bool operator!=(const Timestamp& a, const Timestamp& b) { return !(a == b); }
};

// Hours from `from` to `to` as a real number (negative when `to` is earlier).
double hoursBetween(qint64 fromUtcMicros, qint64 toUtcMicros);

} // namespace aftercare
