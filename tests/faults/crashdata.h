#pragma once

#include "model/session.h"

#include <QString>

// What the crash writer stores, derived from a number alone, so that the test can tell exactly
// what every stored check-in must hold.
namespace faults::crash {

inline const QString sessionId = QStringLiteral("crash-writer");

inline aftercare::Session session()
{
    aftercare::Session session;
    session.id = sessionId;
    session.start = *aftercare::Timestamp::parse(QStringLiteral("2026-01-01T08:00:00+01:00"));
    session.durationMinutes = 60;
    session.technique = QStringLiteral("swedish");
    session.areasWorked = {QStringLiteral("neck"), QStringLiteral("upper-back")};
    return session;
}

// Check-in number `index`: one minute apart, in rotating offsets; notes of varying length
// (some spill into SQLite overflow pages, so the WAL fills and checkpoints often).
inline aftercare::CheckIn checkIn(int index)
{
    static const int offsets[] = {3600, 0, -5 * 3600, 5 * 3600 + 1800};
    const qint64 at = session().start.utcMicros + qint64(index + 1) * 60 * 1000000;
    aftercare::CheckIn checkIn;
    checkIn.at = aftercare::Timestamp::fromUtcMicros(at, offsets[index % 4]);
    checkIn.symptoms.append({QStringLiteral("neck"), index % 11, {QStringLiteral("aching")}});
    if (index % 3 == 0)
        checkIn.symptoms.append(
            {QStringLiteral("upper-back"), (index / 3) % 11, {QStringLiteral("stiff")}});
    if (index % 7 == 0)
        checkIn.redFlags = {QStringLiteral("bruising")};
    checkIn.note = QStringLiteral("check-in %1 ").arg(index) +
                   QString((index * 389) % 3900, QChar(u'a' + index % 26));
    return checkIn;
}

} // namespace faults::crash
