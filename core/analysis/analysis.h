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

// The log format's section 3 (version 2): first the flags from the screening answers, in
// the order of their table, then the flags from the check-ins in the order of theirs (ties
// in time are listed in this order). NewRegion stays last.
enum class FlagCode
{
    ScreenedCaudaEquina,
    ScreenedInfection,
    ScreenedDvt,
    ScreenedInjury,
    ScreenedCancer,
    ScreenedDisc,
    ScreenedBleeding,
    ScreenedPregnancy,
    CaudaEquina,
    PulmonaryEmbolism,
    Stroke,
    Dvt,
    Infection,
    BilateralNervePain,
    Persistent,
    Worsening,
    NerveIrritation,
    SharpPain,
    EarlySevere,
    Bruising,
    LateOnset,
    SlowResolution,
    NeckHeadache,
    EarlyOnset,
    NewRegion
};

// How strong the reaction to a session was (section 3, "Grade"); `serious` is never computed.
enum class Grade
{
    None,
    Mild,
    Moderate,
    Severe
};

struct Flag
{
    FlagCode code;
    Severity severity;
    Timestamp at;          // the triggering check-in's time, as written; empty for screening
    double hours = 0;      // hours since the session end (0 during the session, and untimed)
    int checkInIndex = -1; // index into Session::checkIns as given; -1 for screening
    QString message;       // what it means and what to do, plain words (translated)

    // A flag from a screening answer describes the person before the session: no time.
    bool hasTime() const { return checkInIndex >= 0; }
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
    std::optional<Grade> grade; // nullopt when the session has no check-ins
    QList<Flag> flags;          // screening flags, then the others in time order
};

// The analysis of one session. Pure: depends on nothing but its argument.
Result analyze(const Session& session);

// Hours from the session end to `utcMicros`; 0 for an instant before the end
// (a check-in during the session counts as hour 0).
double hoursSinceEnd(const Session& session, qint64 utcMicros);
// Largest (intensity - that region's baseline) over the check-in's symptoms, 0 when
// no region is above its baseline.
int excessAt(const Session& session, const CheckIn& checkIn);
// The severity a flag carries (the tables of section 3).
Severity flagSeverity(FlagCode code);
// Whether the flag comes from a screening answer (and so has no time).
bool isScreeningFlag(FlagCode code);
// The flag a screening answer raises; nullopt for an unknown id.
std::optional<FlagCode> screeningFlag(const QString& screeningId);
// The status a flag of this severity raises a session to; nullopt for Info.
std::optional<Status> statusFor(Severity severity);

// Stable ids of the spec ("emergency", "cauda-equina", "info", …).
QString statusId(Status status);
QString severityId(Severity severity);
QString flagCodeId(FlagCode code);
QString gradeId(Grade grade); // "none", "mild", "moderate", "severe"
// The grade of a gradeId; nullopt for any other text.
std::optional<Grade> gradeFromId(const QString& id);
// The status of a statusId; nullopt for any other text.
std::optional<Status> statusFromId(const QString& id);

// Plain-words texts for the app and reports (translated).
QString statusTitle(Status status);  // e.g. "Go to an emergency department now"
QString statusAdvice(Status status); // what it means and what to do
QString flagMessage(FlagCode code);
// The one sentence every screen and report showing a status carries.
QString notADiagnosis();

} // namespace aftercare::analysis
