#pragma once

#include "model/timestamp.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace aftercare {

// Pain present in one region before the session.
struct BaselineEntry
{
    QString region;
    int intensity = 0;
    friend bool operator==(const BaselineEntry&, const BaselineEntry&) = default;
};

// How one region feels at a check-in.
struct Symptom
{
    QString region;
    int intensity = 0;     // 0 = no pain, 10 = worst imaginable
    QStringList qualities; // quality ids, in the order given
    friend bool operator==(const Symptom&, const Symptom&) = default;
};

// Something done for oneself since the last check-in (log v2).
struct SelfCare
{
    QString kind;   // a self-care kind id ("walk")
    QString helped; // an answer id ("yes"); empty: not answered
    friend bool operator==(const SelfCare&, const SelfCare&) = default;
};

struct CheckIn
{
    Timestamp at;            // when the person felt what the check-in says
    QList<Symptom> symptoms; // empty: no soreness anywhere
    QStringList redFlags;    // red-flag ids answered yes
    QString note;
    // Log v2 (last, so that v1-style aggregate initialisation keeps its meaning).
    std::optional<Timestamp> recordedAt; // when it was entered; not earlier than `at`
    QString impact;                      // an impact id; empty: not answered
    QStringList reactions;               // reaction ids felt since the last check-in
    QStringList benefits;                // benefit ids
    QList<SelfCare> selfCare;            // one entry per kind at most

    // Entered more than 2 h after its time: reports mark it "entered later".
    bool enteredLater() const;

    bool operator==(const CheckIn& other) const;
    bool operator!=(const CheckIn& other) const { return !(*this == other); }
};

struct Session
{
    QString id;
    Timestamp start;
    int durationMinutes = 60;
    QString technique = QStringLiteral("other");
    QString pressure; // empty: not given
    QStringList areasWorked;
    QString therapist;
    QList<BaselineEntry> baseline;
    QStringList screening;
    QString notes;
    QList<CheckIn> checkIns; // any order
    // Log v2.
    QString advice; // the therapist's aftercare advice
    QString source; // a source id; empty: not given (manual)

    qint64 endUtcMicros() const { return start.utcMicros + qint64(durationMinutes) * 60 * 1000000; }
    int baselineFor(const QString& region) const;
    // The session without its check-ins compares equal when the details match.
    bool sameDetails(const Session& other) const;
    bool operator==(const Session& other) const;
    bool operator!=(const Session& other) const { return !(*this == other); }
};

struct Log
{
    std::optional<Timestamp> exportedAt;
    QList<Session> sessions;
};

// Limits of the log format (core/exchange/README.md; version 1 has the same).
namespace limits {
constexpr int minDurationMinutes = 1;
constexpr int maxDurationMinutes = 600;
constexpr int defaultDurationMinutes = 60;
constexpr int minIntensity = 0;
constexpr int maxIntensity = 10;
constexpr int maxFreeTextCodePoints = 4000;
} // namespace limits

} // namespace aftercare
