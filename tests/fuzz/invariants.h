#pragma once

// What must hold for every analysis and every log read, checked on whatever the fuzzer makes.
// A broken rule prints what broke and aborts, which libFuzzer reports as a crash.

#include "analysis/analysis.h"
#include "exchange/logreader.h"
#include "exchange/logwriter.h"
#include "model/vocabulary.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace fuzzcheck {

using namespace aftercare;

[[noreturn]] inline void broken(const char* rule, const QString& detail = {})
{
    std::fprintf(stderr, "invariant broken: %s %s\n", rule, qPrintable(detail));
    std::abort();
}

inline void require(bool holds, const char* rule, const QString& detail = {})
{
    if (!holds)
        broken(rule, detail);
}

// Spec section 3: max over regions of (intensity - that region's baseline), 0 when none is above.
inline int excessOf(const Session& session, const CheckIn& checkIn)
{
    int excess = 0;
    for (const Symptom& symptom : checkIn.symptoms)
        excess = std::max(excess, symptom.intensity - session.baselineFor(symptom.region));
    return excess;
}

inline bool reports(const CheckIn& checkIn, std::initializer_list<const char*> redFlags)
{
    for (const char* flag : redFlags) {
        if (checkIn.redFlags.contains(QLatin1String(flag)))
            return true;
    }
    return false;
}

inline bool hasQualityOfKind(const CheckIn& checkIn, QualityKind kind)
{
    for (const Symptom& symptom : checkIn.symptoms) {
        for (const QString& quality : symptom.qualities) {
            if (vocabulary::qualityKind(quality) == kind)
                return true;
        }
    }
    return false;
}

// The analysis of a valid session (as the reader delivers it) against the spec's structure.
inline void checkAnalysis(const Session& session)
{
    using namespace analysis;
    const Result result = analyze(session);
    const auto& checkIns = session.checkIns;
    require(!statusId(result.status).isEmpty(), "status has an id");

    // Screening flags (v2): first, in table order, one per answered id, without a time.
    QList<FlagCode> screened;
    for (const QString& id : session.screening) {
        if (const std::optional<FlagCode> code = screeningFlag(id);
            code && !screened.contains(*code))
            screened << *code;
    }
    std::sort(screened.begin(), screened.end());
    std::optional<Status> screenedStatus;
    for (int f = 0; f < screened.size(); ++f) {
        require(f < result.flags.size() && result.flags.at(f).code == screened.at(f),
                "screening flags first, in table order", flagCodeId(screened.at(f)));
        require(!result.flags.at(f).hasTime(), "screening flags have no time");
        if (const std::optional<Status> raised = statusFor(flagSeverity(screened.at(f))))
            screenedStatus = screenedStatus ? std::min(*screenedStatus, *raised) : *raised;
    }
    QList<Flag> checkInFlags = result.flags.mid(screened.size());

    if (checkIns.isEmpty()) {
        require(result.status == screenedStatus.value_or(Status::InsufficientData),
                "no check-ins: the screening's status, else insufficient-data");
        require(!result.onset && !result.peak && !result.resolved, "no check-ins: no points");
        require(!result.grade, "no check-ins: no grade");
        require(checkInFlags.isEmpty(), "no check-ins: only screening flags");
        return;
    }
    require(result.status != Status::InsufficientData, "check-ins: never insufficient-data");
    require(result.grade.has_value(), "check-ins: a grade");

    // Check-ins by instant.
    QList<int> order(checkIns.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return checkIns.at(a).at.utcMicros < checkIns.at(b).at.utcMicros;
    });
    const auto excessAtIndex = [&](int i) { return excessOf(session, checkIns.at(i)); };
    const auto hoursAt = [&](int i) { return hoursSinceEnd(session, checkIns.at(i).at.utcMicros); };
    const auto validIndex = [&](int i) { return i >= 0 && i < checkIns.size(); };

    for (int i : order) {
        require(hoursAt(i) >= 0, "hours are never negative");
        require(excessAt(session, checkIns.at(i)) == excessAtIndex(i), "excessAt follows the spec");
    }

    // peak: the largest excess, the earliest on ties.
    require(result.peak.has_value(), "check-ins: a peak");
    int best = order.first();
    for (int i : order) {
        if (excessAtIndex(i) > excessAtIndex(best))
            best = i;
    }
    require(validIndex(result.peak->checkInIndex), "peak index valid");
    require(result.peak->checkInIndex == best, "peak is the earliest largest excess",
            QStringLiteral("got %1, expected %2").arg(result.peak->checkInIndex).arg(best));
    require(result.peak->excess == excessAtIndex(best), "peak excess");
    require(result.peak->hours == hoursAt(best), "peak hours");

    // onset: the first check-in with excess >= 2.
    int onset = -1;
    for (int i : order) {
        if (excessAtIndex(i) >= 2) {
            onset = i;
            break;
        }
    }
    require(result.onset.has_value() == (onset >= 0), "onset exists iff an excess >= 2 does");
    if (result.onset) {
        require(result.onset->checkInIndex == onset, "onset is the first excess >= 2");
        require(result.onset->hours == hoursAt(onset), "onset hours");
    }

    // resolved: after onset, the first check-in with excess <= 1 after which all stay <= 1.
    int resolved = -1;
    if (onset >= 0) {
        const int onsetPosition = int(order.indexOf(onset));
        for (int p = int(order.size()) - 1; p > onsetPosition; --p) {
            if (excessAtIndex(order.at(p)) > 1)
                break;
            resolved = order.at(p);
        }
    }
    require(result.resolved.has_value() == (resolved >= 0), "resolved exists as the spec says");
    if (result.resolved)
        require(result.resolved->checkInIndex == resolved, "resolved is the right check-in");

    // flags: valid, once per code, in time order then table order.
    QList<FlagCode> seen;
    std::optional<Status> flagged = screenedStatus;
    for (int f = 0; f < checkInFlags.size(); ++f) {
        const Flag& flag = checkInFlags.at(f);
        require(!isScreeningFlag(flag.code), "screening flags only first");
        require(!seen.contains(flag.code), "each flag code at most once", flagCodeId(flag.code));
        seen << flag.code;
        require(flag.severity == flagSeverity(flag.code), "flag severity from the table");
        require(validIndex(flag.checkInIndex), "flag check-in index valid");
        require(flag.at == checkIns.at(flag.checkInIndex).at, "flag at is its check-in's text");
        require(flag.hours == hoursAt(flag.checkInIndex), "flag hours");
        require(!flag.message.isEmpty(), "flag has a message");
        if (f > 0) {
            const Flag& previous = checkInFlags.at(f - 1);
            const qint64 a = previous.at.utcMicros, b = flag.at.utcMicros;
            require(a < b || (a == b && previous.code < flag.code),
                    "flags in time, then table order",
                    flagCodeId(previous.code) + QStringLiteral(" before ") + flagCodeId(flag.code));
        }
        if (const std::optional<Status> raised = statusFor(flag.severity))
            flagged = flagged ? std::min(*flagged, *raised) : *raised;
    }

    // Flags triggered by a single answer: present iff some check-in gives it, at the first one.
    const auto expectFirst = [&](FlagCode code, const auto& triggers) {
        int first = -1;
        for (int i : order) {
            if (triggers(checkIns.at(i))) {
                first = i;
                break;
            }
        }
        const auto found = std::find_if(checkInFlags.begin(), checkInFlags.end(),
                                        [code](const Flag& flag) { return flag.code == code; });
        require((found != checkInFlags.end()) == (first >= 0), "answer-triggered flag present",
                flagCodeId(code));
        if (first >= 0)
            require(found->checkInIndex == first, "answer-triggered flag at the first answer",
                    flagCodeId(code));
    };
    expectFirst(FlagCode::CaudaEquina, [](const CheckIn& c) {
        return reports(c, {"saddle-numbness", "bladder-bowel-change", "leg-weakness"});
    });
    expectFirst(FlagCode::PulmonaryEmbolism, [](const CheckIn& c) {
        return reports(c, {"breathlessness", "chest-pain", "coughing-blood"});
    });
    expectFirst(FlagCode::Stroke, [](const CheckIn& c) { return reports(c, {"stroke-signs"}); });
    expectFirst(FlagCode::Dvt, [](const CheckIn& c) { return reports(c, {"calf-swelling"}); });
    expectFirst(FlagCode::Infection, [](const CheckIn& c) {
        return reports(c, {"fever", "spreading-redness"});
    });
    expectFirst(FlagCode::Bruising, [](const CheckIn& c) { return reports(c, {"bruising"}); });
    expectFirst(FlagCode::NerveIrritation,
                [](const CheckIn& c) { return hasQualityOfKind(c, QualityKind::Nerve); });
    expectFirst(FlagCode::SharpPain,
                [](const CheckIn& c) { return hasQualityOfKind(c, QualityKind::Sharp); });

    // status: the most urgent flag, else resolved / on-track.
    if (flagged) {
        require(result.status == *flagged, "status is the most urgent flag's");
    } else {
        const double latestHours = hoursAt(order.last());
        const bool isResolved =
            result.onset ? (result.resolved && result.resolved->hours <= 72) : latestHours >= 24;
        require(result.status == (isResolved ? Status::Resolved : Status::OnTrack),
                "status without flags", statusId(result.status));
    }
}

inline QString quoted(const QString& text)
{
    QString out;
    for (const QChar c : text.left(60))
        out += c.unicode() < 0x20 || c.unicode() > 0x7e
                   ? QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))
                   : QString(c);
    return QLatin1Char('"') + out + QLatin1Char('"') +
           (text.size() > 60 ? QStringLiteral("...") : QString());
}

// Which part of two sessions differs, for the crash report.
inline QString difference(const Session& a, const Session& b)
{
    if (a.id != b.id)
        return QStringLiteral("id %1 / %2").arg(quoted(a.id), quoted(b.id));
    if (a.start != b.start)
        return QStringLiteral("start %1 / %2").arg(quoted(a.start.text), quoted(b.start.text));
    if (a.therapist != b.therapist)
        return QStringLiteral("therapist %1 / %2").arg(quoted(a.therapist), quoted(b.therapist));
    if (a.notes != b.notes)
        return QStringLiteral("notes %1 / %2").arg(quoted(a.notes), quoted(b.notes));
    if (!a.sameDetails(b))
        return QStringLiteral("other details");
    if (a.checkIns.size() != b.checkIns.size())
        return QStringLiteral("%1 / %2 check-ins").arg(a.checkIns.size()).arg(b.checkIns.size());
    for (int i = 0; i < a.checkIns.size(); ++i) {
        const CheckIn& x = a.checkIns.at(i);
        const CheckIn& y = b.checkIns.at(i);
        if (x.at != y.at)
            return QStringLiteral("checkIns[%1].at %2 / %3")
                .arg(i)
                .arg(quoted(x.at.text), quoted(y.at.text));
        if (x.note != y.note)
            return QStringLiteral("checkIns[%1].note %2 / %3")
                .arg(i)
                .arg(quoted(x.note), quoted(y.note));
        if (!(x == y))
            return QStringLiteral("checkIns[%1] symptoms or red flags").arg(i);
    }
    return QStringLiteral("nothing visible");
}

// A log the reader accepted is written and read again unchanged (cli.md: json export
// round-trips through import losslessly), and writing is deterministic.
inline void checkRoundTrip(const QList<Session>& sessions)
{
    const Timestamp exportedAt = *Timestamp::parse(QStringLiteral("2026-11-22T09:00:00+01:00"));
    const QByteArray written = exchange::writeLog(sessions, exportedAt);
    const exchange::LogReadResult again = exchange::readLog(written);
    require(again.ok(), "the reader accepts what the writer wrote", again.error.toString());
    require(again.log->sessions.size() == sessions.size(), "round trip keeps every session");
    for (int i = 0; i < sessions.size(); ++i) {
        Session expected = sessions.at(i);
        // The writer puts check-ins in time order.
        std::sort(
            expected.checkIns.begin(), expected.checkIns.end(),
            [](const CheckIn& a, const CheckIn& b) { return a.at.utcMicros < b.at.utcMicros; });
        require(again.log->sessions.at(i) == expected, "round trip keeps the session",
                difference(expected, again.log->sessions.at(i)));
    }
    require(exchange::writeLog(again.log->sessions, exportedAt) == written,
            "writing again gives the same bytes");
}

} // namespace fuzzcheck
