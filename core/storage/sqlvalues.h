#pragma once

#include "model/session.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Internal to core/storage: how values go into and come out of SQLite rows.
namespace aftercare::storage {

// Every text value is bound through this: QSQLITE binds text as UTF-16, and SQLite takes a leading
// U+FEFF (or U+FFFE, the mark in the other byte order) for a byte-order mark, drops it and, for
// U+FFFE, reads the rest byte-swapped. A U+FEFF in front is the mark SQLite drops instead.
inline QString bound(const QString& text)
{
    constexpr QChar byteOrderMark(0xFEFF);
    constexpr QChar swappedMark(0xFFFE);
    return text.startsWith(byteOrderMark) || text.startsWith(swappedMark) ? byteOrderMark + text
                                                                          : text;
}

inline QVariant bound(const QVariant& value)
{
    return value.typeId() == QMetaType::QString ? QVariant(bound(value.toString())) : value;
}

// Empty text is stored as NULL ("not given").
inline QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A timestamp stored as three columns from `firstColumn` on: text, UTC microseconds and
// offset seconds.
inline Timestamp storedTimestamp(const QSqlQuery& query, int firstColumn)
{
    Timestamp result;
    result.text = query.value(firstColumn).toString();
    result.utcMicros = query.value(firstColumn + 1).toLongLong();
    result.offsetSeconds = query.value(firstColumn + 2).toInt();
    return result;
}

// The same for a timestamp that may be missing: nullopt when its text is NULL.
inline std::optional<Timestamp> storedOptionalTimestamp(const QSqlQuery& query, int firstColumn)
{
    if (query.isNull(firstColumn))
        return std::nullopt;
    return storedTimestamp(query, firstColumn);
}

inline QString instantText(qint64 utcMicros)
{
    return Timestamp::fromUtcMicros(utcMicros, 0).text;
}

} // namespace aftercare::storage
