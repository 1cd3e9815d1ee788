#pragma once

#include "model/session.h"

#include <QSqlError>
#include <QString>
#include <QVariant>

#include <initializer_list>

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

inline Timestamp storedTimestamp(const QVariant& text, const QVariant& utcMicros,
                                 const QVariant& offset)
{
    Timestamp result;
    result.text = text.toString();
    result.utcMicros = utcMicros.toLongLong();
    result.offsetSeconds = offset.toInt();
    return result;
}

inline QString instantText(qint64 utcMicros)
{
    return Timestamp::fromUtcMicros(utcMicros, 0).text;
}

} // namespace aftercare::storage
