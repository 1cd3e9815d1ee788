#pragma once
// A real SQLite database in a temporary folder, with helpers to store sessions.

#include "storage/database.h"
#include "storage/repository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace aftercare::testing {

constexpr qint64 second = 1000000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;

inline qint64 instant(const char* text)
{
    return Timestamp::parse(QString::fromLatin1(text))->utcMicros;
}

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<storage::Repository> repository;

    bool open()
    {
        if (!dir.isValid())
            return false;
        database = std::make_unique<storage::Database>();
        const storage::OpenResult result = database->open(dir.path());
        if (!result.ok()) {
            qWarning() << result.message;
            return false;
        }
        repository = std::make_unique<storage::Repository>(*database);
        return true;
    }

    // A one-hour deep-tissue session that ended at `endUtcMicros`.
    bool addSession(const QString& id, qint64 endUtcMicros, const QList<CheckIn>& checkIns = {})
    {
        Session s;
        s.id = id;
        s.start = Timestamp::fromUtcMicros(endUtcMicros - hour, 0);
        s.durationMinutes = 60;
        s.technique = QStringLiteral("deep-tissue");
        s.checkIns = checkIns;
        if (const auto added = repository->addSession(s); !added) {
            qWarning() << added.message;
            return false;
        }
        return true;
    }

    QList<storage::PromptEvent> events(const QString& event) const
    {
        QList<storage::PromptEvent> result;
        for (const storage::PromptEvent& e : repository->promptEvents().value)
            if (e.event == event)
                result << e;
        return result;
    }
};

inline CheckIn checkInAt(qint64 utcMicros, const QStringList& redFlags = {})
{
    CheckIn c;
    c.at = Timestamp::fromUtcMicros(utcMicros, 0);
    c.redFlags = redFlags;
    return c;
}

} // namespace aftercare::testing
