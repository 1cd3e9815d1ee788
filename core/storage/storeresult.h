#pragma once

#include <QString>
#include <QtDebug>

#include <utility>

namespace aftercare::storage {

// What a store's read or write came to, as OpenResult is for opening: ok, or a message in
// plain words saying where (the file, the session, the log path) and what went wrong. A
// failure always has a message, so "no message" and "ok" are the same.
struct StoreResult
{
    QString message; // empty when ok

    bool ok() const { return message.isEmpty(); }
    explicit operator bool() const { return ok(); }
    static StoreResult success() { return {}; }
    static StoreResult failure(const QString& message)
    {
        return {message.isEmpty() ? QStringLiteral("the database failed without saying why")
                                  : message};
    }
};

// A read's answer with its result. A failed read's value is what could be read: its empty
// answer (no rows, nullopt, false, the fallback), or the rows read before a later step
// failed (where the store says so), so a caller that shows it anyway can say so.
template <typename T> struct StoreValue : StoreResult
{
    T value{};

    StoreValue() = default;
    StoreValue(T read, StoreResult result)
        : StoreResult(std::move(result))
        , value(std::move(read))
    {}

    // The value, a failure logged (qWarning): for callers that really want "empty on
    // error" (lists, counters, the reminder agent), as every read did before StoreValue.
    T orEmpty() const
    {
        if (!ok())
            qWarning().noquote() << message;
        return value;
    }
};

} // namespace aftercare::storage
