#pragma once

// Sessions shared by the export tests: a short realistic session and a 7-day hourly log.

#include "model/session.h"
#include "timestamps.h"

#include <QList>
#include <QString>

#include <cmath>

namespace aftercare::testdata {

using testsupport::at;

inline Symptom symptom(const char* region, int intensity, QStringList qualities = {})
{
    Symptom s;
    s.region = QString::fromLatin1(region);
    s.intensity = intensity;
    s.qualities = qualities;
    return s;
}

inline CheckIn checkIn(const char* time, QList<Symptom> symptoms, QStringList redFlags = {},
                       const QString& note = {})
{
    CheckIn c;
    c.at = at(time);
    c.symptoms = symptoms;
    c.redFlags = redFlags;
    c.note = note;
    return c;
}

// A session as a fixture starts one: what was done, when, and where.
inline Session session(const char* id, const char* start, int durationMinutes,
                       const char* technique, const char* pressure, const QStringList& areasWorked)
{
    Session s;
    s.id = QString::fromLatin1(id);
    s.start = at(start);
    s.durationMinutes = durationMinutes;
    s.technique = QString::fromLatin1(technique);
    s.pressure = QString::fromLatin1(pressure);
    s.areasWorked = areasWorked;
    return s;
}

// A deep-tissue session with six check-ins given out of order: one during the session
// with no soreness, nerve-type and sharp words, bruising, and notes that need quoting.
inline Session shortSession()
{
    Session s = session("s-2026-11-20", "2026-11-20T15:00:00+01:00", 60, "deep-tissue", "firm",
                        {QStringLiteral("lower-back"), QStringLiteral("gluteal-left"),
                         QStringLiteral("upper-back")});
    s.therapist = QStringLiteral("Zoë Brandt, RMT");
    s.baseline = {{QStringLiteral("lower-back"), 3}};
    s.screening = {QStringLiteral("disc-herniation")};
    s.notes = QStringLiteral("Asked for \"firm\" pressure, then lighter on the left side");
    s.checkIns = {
        checkIn("2026-11-21T09:00:00+01:00", {symptom("lower-back", 4, {QStringLiteral("aching")})},
                {QStringLiteral("bruising")},
                QStringLiteral("Blue mark, about 2 cm — ça va, ne fait pas mal")),
        checkIn("2026-11-20T15:30:00+01:00", {}, {}, QStringLiteral("Relaxed, no soreness")),
        checkIn("2026-11-20T19:00:00+01:00",
                {symptom("lower-back", 5, {QStringLiteral("aching"), QStringLiteral("stiff")}),
                 symptom("gluteal-left", 3, {QStringLiteral("tender")})},
                {}, QStringLiteral("Sore, \"tight\" after driving,\nbetter after a walk")),
        checkIn("2026-11-20T23:00:00+01:00",
                {symptom("lower-back", 7, {QStringLiteral("aching"), QStringLiteral("shooting")}),
                 symptom("calf-left", 4, {QStringLiteral("cramping")})}),
        checkIn("2026-11-21T20:00:00+01:00", {symptom("lower-back", 4, {QStringLiteral("dull")})}),
        checkIn("2026-11-22T09:00:00+01:00", {}, {}, QStringLiteral("Back to normal")),
    };
    return s;
}

// The short session as log v2 holds it: from a therapist's card with advice, each
// check-in with when it was entered (one 3 h later), how much it got in the way, other
// reactions, benefits, and what the person did for it and whether it helped.
inline Session v2Session()
{
    Session s = shortSession();
    s.source = QStringLiteral("session-card");
    s.advice = QStringLiteral("Heat tonight; no heavy lifting for 24 h, then \"easy\" walks");
    for (CheckIn& c : s.checkIns) {
        c.recordedAt = Timestamp::fromUtcMicros(c.at.utcMicros + 60 * 1000000LL, 3600);
        c.impact = QStringLiteral("a-little");
    }
    // Sorted by instant: 15:30, 19:00, 23:00, 09:00, 20:00, 09:00 (the list is out of order).
    CheckIn& evening = s.checkIns[2]; // 19:00
    evening.reactions = {QStringLiteral("tiredness"), QStringLiteral("headache")};
    evening.selfCare = {{QStringLiteral("heat"), QStringLiteral("yes")},
                        {QStringLiteral("walk"), QString()}};
    CheckIn& night = s.checkIns[3]; // 23:00, entered the next morning
    night.recordedAt = Timestamp::fromUtcMicros(night.at.utcMicros + 3 * 3600 * 1000000LL, 3600);
    night.impact = QStringLiteral("a-lot");
    night.selfCare = {{QStringLiteral("heat"), QStringLiteral("no")},
                      {QStringLiteral("painkiller"), QStringLiteral("a-little")}};
    CheckIn& morning = s.checkIns[0]; // 09:00 the next day
    morning.benefits = {QStringLiteral("slept-better"), QStringLiteral("relaxed")};
    morning.selfCare = {{QStringLiteral("heat"), QStringLiteral("yes")}};
    s.checkIns[5].impact = QStringLiteral("none");
    return s;
}

// Seven days of hourly check-ins (170) across the spring daylight-saving change, with a
// calf-swelling report on day 2, a fever on day 3 and a few long notes.
inline Session weekLog()
{
    Session s = session("week-2026-03-27", "2026-03-27T17:00:00+01:00", 90, "sports", "deep",
                        {QStringLiteral("thigh-back-left"), QStringLiteral("thigh-back-right"),
                         QStringLiteral("calf-left"), QStringLiteral("calf-right"),
                         QStringLiteral("lower-back")});
    s.therapist = QStringLiteral("Sports clinic");
    s.baseline = {{QStringLiteral("lower-back"), 2}, {QStringLiteral("calf-right"), 1}};
    s.screening = {QStringLiteral("blood-thinners-or-bleeding-disorder"),
                   QStringLiteral("pregnancy")};
    const qint64 hour = qint64(3600) * 1000000;
    const qint64 end = s.endUtcMicros();
    // Clocks in Europe/Berlin go forward on 2026-03-29 at 01:00 UTC.
    const qint64 dstChange = at("2026-03-29T01:00:00Z").utcMicros;
    for (int i = 0; i < 170; ++i) {
        const qint64 when = end + qint64(i) * hour;
        CheckIn c;
        c.at = Timestamp::fromUtcMicros(when, when < dstChange ? 3600 : 7200);
        // Rises to a peak near 30 h, then fades over the week.
        const double h = double(i);
        const double course = 7.0 * (h / 30.0) * std::exp(1.0 - h / 30.0);
        const int wobble = ((i / 5) * 7) % 3 - 1; // changes every few hours
        const int thigh = std::clamp(int(std::lround(course)) + wobble, 0, 10);
        const int calf = std::clamp(int(std::lround(course * 0.7)), 0, 10);
        if (thigh > 0)
            c.symptoms << symptom("thigh-back-left", thigh, {QStringLiteral("aching")});
        if (calf > 0)
            c.symptoms << symptom(
                "calf-left", calf,
                i % 5 == 0 ? QStringList{QStringLiteral("cramping"), QStringLiteral("tender")}
                           : QStringList{QStringLiteral("tender")});
        if (i % 24 == 12)
            c.symptoms << symptom("lower-back", 3, {QStringLiteral("stiff")});
        if (i == 30)
            c.redFlags << QStringLiteral("calf-swelling");
        if (i == 50)
            c.redFlags << QStringLiteral("fever");
        if (i == 20)
            c.note = QStringLiteral(
                "Long day at work, standing most of the time. The back of the left thigh feels "
                "heavy when climbing stairs and the calf tightens after sitting for a while; "
                "stretching gently helps for about an hour, then it comes back. Drank plenty "
                "of water and walked for twenty minutes in the evening as the therapist "
                "suggested. Slept well.");
        else if (i % 17 == 3)
            c.note = QStringLiteral("Check-in %1, feeling \"ok\"").arg(i);
        s.checkIns << c;
    }
    return s;
}

} // namespace aftercare::testdata
