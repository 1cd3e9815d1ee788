#pragma once

#include "model/session.h"

#include <QList>
#include <QString>

#include <optional>

namespace aftercare::analysis {

// Most urgent first; the order is the comparison (lower value = more urgent).
enum class Status
{
    Emergency,
    SeeDoctorToday,
    SeeDoctor,
    ContactTherapist,
    Watch,
    OnTrack,
    Resolved,
    InsufficientData
};

enum class Severity
{
    Emergency,
    SeeDoctorToday,
    SeeDoctor,
    ContactTherapist,
    Watch,
    Info // information only: never changes the status
};

// log-format-v1.md section 3, in table order (ties in time are listed in this order).
enum class FlagCode
{
    CaudaEquina,
    PulmonaryEmbolism,
    Dvt,
    Infection,
    Persistent,
    Worsening,
    NerveIrritation,
    SharpPain,
    EarlySevere,
    Bruising,
    LateOnset,
    SlowResolution,
    EarlyOnset,
    NewRegion
};

struct Flag
{
    FlagCode code;
    Severity severity;
    Timestamp at;          // the triggering check-in's time, as written
    double hours = 0;      // hours since the session end (0 during the session)
    int checkInIndex = -1; // index into Session::checkIns as given
    QString message;       // what it means and what to do, plain words (translated)
};

// A point of the course: the check-in, its hours since the end and its excess.
struct CoursePoint
{
    int checkInIndex = -1;
    double hours = 0;
    int excess = 0;
};

struct Result
{
    Status status = Status::InsufficientData;
    std::optional<CoursePoint> onset;
    std::optional<CoursePoint> peak;
    std::optional<CoursePoint> resolved;
    QList<Flag> flags; // time order, ties in table order
};

// The analysis of one session. Pure: depends on nothing but its argument.
Result analyze(const Session& session);

// Hours from the session end to `utcMicros`; 0 for an instant before the end
// (a check-in during the session counts as hour 0).
double hoursSinceEnd(const Session& session, qint64 utcMicros);
// Largest (intensity - that region's baseline) over the check-in's symptoms, 0 when
// no region is above its baseline.
int excessAt(const Session& session, const CheckIn& checkIn);
// The severity a flag carries (the table of section 3).
Severity flagSeverity(FlagCode code);
// The status a flag of this severity raises a session to; nullopt for Info.
std::optional<Status> statusFor(Severity severity);

// Stable ids of the spec ("emergency", "cauda-equina", "info", …).
QString statusId(Status status);
QString severityId(Severity severity);
QString flagCodeId(FlagCode code);
// The status of a statusId; nullopt for any other text.
std::optional<Status> statusFromId(const QString& id);

// Plain-words texts for the app and reports (translated).
QString statusTitle(Status status);  // e.g. "Go to an emergency department now"
QString statusAdvice(Status status); // what it means and what to do
QString flagMessage(FlagCode code);
// The one sentence every screen and report showing a status carries.
QString notADiagnosis();

} // namespace aftercare::analysis
