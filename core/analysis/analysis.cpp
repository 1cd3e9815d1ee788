#include "analysis/analysis.h"

#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace aftercare::analysis {

namespace {

constexpr qint64 microsPerHour = qint64(3600) * 1000000;
constexpr qint64 earlyLimit = 6 * microsPerHour;         // "before 6 h"
constexpr qint64 lateOnsetLimit = 24 * microsPerHour;    // "after 24 h"
constexpr qint64 settledCheckLimit = 24 * microsPerHour; // no onset, latest "at >= 24 h"
constexpr qint64 worseningLimit = 48 * microsPerHour;    // "before 48 h" / "at >= 48 h"
constexpr qint64 persistentLimit = 72 * microsPerHour;   // "at >= 72 h", resolved "by 72 h"
constexpr int onsetExcess = 2;
constexpr int resolvedExcess = 1;
constexpr int severeIntensity = 7;

constexpr int flagCodeCount = int(FlagCode::NewRegion) + 1;

using Triggers = quint32;
static_assert(flagCodeCount <= 32, "one bit per flag code");

constexpr Triggers bit(FlagCode code)
{
    return Triggers(1) << int(code);
}

// What the red flags answered at one check-in trigger.
Triggers redFlagTriggers(const QStringList& redFlags)
{
    Triggers triggers = 0;
    for (const QString& id : redFlags) {
        if (id == QLatin1String("saddle-numbness") || id == QLatin1String("bladder-bowel-change") ||
            id == QLatin1String("leg-weakness"))
            triggers |= bit(FlagCode::CaudaEquina);
        else if (id == QLatin1String("breathlessness") || id == QLatin1String("chest-pain") ||
                 id == QLatin1String("coughing-blood"))
            triggers |= bit(FlagCode::PulmonaryEmbolism);
        else if (id == QLatin1String("stroke-signs"))
            triggers |= bit(FlagCode::Stroke);
        else if (id == QLatin1String("calf-swelling"))
            triggers |= bit(FlagCode::Dvt);
        else if (id == QLatin1String("fever") || id == QLatin1String("spreading-redness"))
            triggers |= bit(FlagCode::Infection);
        else if (id == QLatin1String("bruising"))
            triggers |= bit(FlagCode::Bruising);
    }
    return triggers;
}

// Readers hand out one shared QString per id, so most comparisons end at the pointer.
bool sameId(const QString& a, const QString& b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

// Quality kinds remembered by string data: the session is not modified during one
// analysis, so the same data and size always hold the same id.
class QualityKinds
{
public:
    QualityKind of(const QString& quality)
    {
        const auto key = reinterpret_cast<quintptr>(quality.constData());
        Slot& slot = m_slots[(key >> 4) % m_slots.size()];
        if (slot.data != key || slot.size != quality.size())
            slot = {key, quality.size(), vocabulary::qualityKind(quality)};
        return slot.kind;
    }

private:
    struct Slot
    {
        quintptr data = 0;
        qsizetype size = -1;
        QualityKind kind = QualityKind::Other;
    };
    std::array<Slot, 64> m_slots{};
};

// The session's baseline and worked areas, looked up once per symptom.
class RegionContext
{
public:
    explicit RegionContext(const Session& session)
        : m_baseline(session.baseline)
        , m_worked(session.areasWorked)
        , m_neckWorked(std::any_of(m_worked.begin(), m_worked.end(), [](const QString& area) {
            return area == QLatin1String("neck") || area == QLatin1String("head");
        }))
    {
        // A log may repeat an area without limit: past a few, one hash lookup per symptom
        // instead of a scan of the list (which made the analysis quadratic).
        if (m_worked.size() > maxScannedAreas)
            m_workedSet = QSet<QString>(m_worked.cbegin(), m_worked.cend());
    }

    // The baseline of `region`, or -1 when the baseline does not list it.
    int listedBaseline(const QString& region) const
    {
        for (const BaselineEntry& entry : m_baseline) {
            if (sameId(entry.region, region))
                return entry.intensity;
        }
        return -1;
    }
    bool worked(const QString& region) const
    {
        if (m_worked.size() > maxScannedAreas)
            return m_workedSet.contains(region);
        return std::any_of(m_worked.begin(), m_worked.end(),
                           [&region](const QString& area) { return sameId(area, region); });
    }
    QualityKind qualityKind(const QString& quality) const { return m_qualityKinds.of(quality); }
    // Whether the neck or the head was worked (the `neck-headache` rule).
    bool neckWorked() const { return m_neckWorked; }

private:
    static constexpr qsizetype maxScannedAreas = 16;
    const QList<BaselineEntry>& m_baseline;
    const QStringList& m_worked;
    QSet<QString> m_workedSet; // only past maxScannedAreas
    const bool m_neckWorked;
    mutable QualityKinds m_qualityKinds;
};

// How much the check-in's answer about usual activities counts for the grade.
enum class ImpactLevel
{
    NoneOrUnanswered,
    Mild,    // a-little
    Moderate // a-lot, unable
};

ImpactLevel impactLevel(const QString& impact)
{
    if (impact == QLatin1String("a-lot") || impact == QLatin1String("unable"))
        return ImpactLevel::Moderate;
    if (impact == QLatin1String("a-little"))
        return ImpactLevel::Mild;
    return ImpactLevel::NoneOrUnanswered;
}

// A headache together with dizziness or nausea, after neck or head work.
bool neckHeadache(const RegionContext& regions, const QStringList& reactions)
{
    if (!regions.neckWorked() || !reactions.contains(QLatin1String("headache")))
        return false;
    return reactions.contains(QLatin1String("dizziness")) ||
           reactions.contains(QLatin1String("nausea"));
}

// One check-in reduced to what the rules need.
struct Point
{
    qint64 utcMicros = 0;
    qint64 elapsedMicros = 0; // since the session end, 0 during the session
    int excess = 0;
    int index = 0;         // into Session::checkIns as given
    Triggers triggers = 0; // flags this check-in triggers on its own
    ImpactLevel impact = ImpactLevel::NoneOrUnanswered;
    bool anyReaction = false;
};

Point reduce(const RegionContext& regions, const CheckIn& checkIn, qint64 endUtcMicros, int index)
{
    Point point;
    point.utcMicros = checkIn.at.utcMicros;
    point.elapsedMicros = std::max<qint64>(0, checkIn.at.utcMicros - endUtcMicros);
    point.index = index;
    point.triggers = redFlagTriggers(checkIn.redFlags);
    point.impact = impactLevel(checkIn.impact);
    point.anyReaction = !checkIn.reactions.isEmpty();
    if (neckHeadache(regions, checkIn.reactions))
        point.triggers |= bit(FlagCode::NeckHeadache);
    bool severe = false;
    bool nerveLeft = false;
    bool nerveRight = false;
    for (const Symptom& symptom : checkIn.symptoms) {
        const int listed = regions.listedBaseline(symptom.region);
        const int regionExcess = symptom.intensity - std::max(listed, 0);
        point.excess = std::max(point.excess, regionExcess);
        severe = severe || symptom.intensity >= severeIntensity;
        if (regionExcess >= onsetExcess && listed < 0 && !regions.worked(symptom.region))
            point.triggers |= bit(FlagCode::NewRegion);
        for (const QString& quality : symptom.qualities) {
            switch (regions.qualityKind(quality)) {
            case QualityKind::Nerve:
                point.triggers |= bit(FlagCode::NerveIrritation);
                switch (vocabulary::legSide(symptom.region)) {
                case vocabulary::LegSide::Left:
                    nerveLeft = true;
                    break;
                case vocabulary::LegSide::Right:
                    nerveRight = true;
                    break;
                case vocabulary::LegSide::None:
                    break;
                }
                break;
            case QualityKind::Sharp:
                point.triggers |= bit(FlagCode::SharpPain);
                break;
            case QualityKind::Other:
                break;
            }
        }
    }
    if (severe && point.excess >= onsetExcess && point.elapsedMicros < earlyLimit)
        point.triggers |= bit(FlagCode::EarlySevere);
    if (nerveLeft && nerveRight)
        point.triggers |= bit(FlagCode::BilateralNervePain);
    return point;
}

double hoursOf(const Point& point)
{
    return double(point.elapsedMicros) / double(microsPerHour);
}

CoursePoint coursePoint(const Point& point)
{
    return CoursePoint{point.index, hoursOf(point), point.excess};
}

QString translated(const char* text)
{
    return QCoreApplication::translate("Analysis", text);
}

} // namespace

double hoursSinceEnd(const Session& session, qint64 utcMicros)
{
    return double(std::max<qint64>(0, utcMicros - session.endUtcMicros())) / double(microsPerHour);
}

int excessAt(const Session& session, const CheckIn& checkIn)
{
    return reduce(RegionContext(session), checkIn, session.endUtcMicros(), 0).excess;
}

Severity flagSeverity(FlagCode code)
{
    switch (code) {
    case FlagCode::ScreenedCaudaEquina:
    case FlagCode::CaudaEquina:
    case FlagCode::PulmonaryEmbolism:
    case FlagCode::Stroke:
        return Severity::Emergency;
    case FlagCode::ScreenedInfection:
    case FlagCode::ScreenedDvt:
    case FlagCode::Dvt:
    case FlagCode::Infection:
    case FlagCode::BilateralNervePain:
        return Severity::SeeDoctorToday;
    case FlagCode::ScreenedCancer:
    case FlagCode::Persistent:
    case FlagCode::Worsening:
        return Severity::SeeDoctor;
    case FlagCode::ScreenedInjury:
    case FlagCode::NerveIrritation:
    case FlagCode::SharpPain:
    case FlagCode::EarlySevere:
    case FlagCode::Bruising:
        return Severity::ContactTherapist;
    case FlagCode::LateOnset:
    case FlagCode::SlowResolution:
    case FlagCode::NeckHeadache:
        return Severity::Watch;
    case FlagCode::ScreenedDisc:
    case FlagCode::ScreenedBleeding:
    case FlagCode::ScreenedPregnancy:
    case FlagCode::EarlyOnset:
    case FlagCode::NewRegion:
        return Severity::Info;
    }
    return Severity::Info;
}

bool isScreeningFlag(FlagCode code)
{
    return code <= FlagCode::ScreenedPregnancy;
}

std::optional<FlagCode> screeningFlag(const QString& screeningId)
{
    static const std::array<std::pair<const char*, FlagCode>, 8> table{{
        {"cauda-equina-symptoms", FlagCode::ScreenedCaudaEquina},
        {"fever-or-infection", FlagCode::ScreenedInfection},
        {"dvt-history-or-signs", FlagCode::ScreenedDvt},
        {"recent-fracture-sprain-dislocation", FlagCode::ScreenedInjury},
        {"active-cancer-or-undiagnosed-mass", FlagCode::ScreenedCancer},
        {"disc-herniation", FlagCode::ScreenedDisc},
        {"blood-thinners-or-bleeding-disorder", FlagCode::ScreenedBleeding},
        {"pregnancy", FlagCode::ScreenedPregnancy},
    }};
    for (const auto& [id, code] : table) {
        if (screeningId == QLatin1String(id))
            return code;
    }
    return std::nullopt;
}

std::optional<Status> statusFor(Severity severity)
{
    switch (severity) {
    case Severity::Emergency:
        return Status::Emergency;
    case Severity::SeeDoctorToday:
        return Status::SeeDoctorToday;
    case Severity::SeeDoctor:
        return Status::SeeDoctor;
    case Severity::ContactTherapist:
        return Status::ContactTherapist;
    case Severity::Watch:
        return Status::Watch;
    case Severity::Info:
        return std::nullopt;
    }
    return std::nullopt;
}

namespace {

// The flags of the screening answers: in table order, each once, with no time.
QList<Flag> screeningFlags(const QStringList& screening)
{
    Triggers answered = 0;
    for (const QString& id : screening) {
        if (const std::optional<FlagCode> code = screeningFlag(id))
            answered |= bit(*code);
    }
    QList<Flag> flags;
    for (Triggers pending = answered; pending != 0; pending &= pending - 1) {
        const auto code = FlagCode(std::countr_zero(pending));
        flags.append(Flag{.code = code,
                          .severity = flagSeverity(code),
                          .at = {},
                          .hours = 0,
                          .checkInIndex = -1,
                          .message = flagMessage(code)});
    }
    return flags;
}

std::optional<Status> moreUrgent(std::optional<Status> status, Severity severity)
{
    const std::optional<Status> raisedTo = statusFor(severity);
    if (!raisedTo)
        return status;
    return status ? std::min(*status, *raisedTo) : *raisedTo;
}

// The grade from the check-in flags and the check-ins (section 3, "Grade").
Grade gradeOf(const QList<Flag>& flags, const std::vector<Point>& points, bool onset)
{
    Grade grade = onset ? Grade::Mild : Grade::None;
    for (const Point& point : points) {
        if (point.impact == ImpactLevel::Moderate)
            grade = std::max(grade, Grade::Moderate);
        else if (point.impact == ImpactLevel::Mild || point.anyReaction)
            grade = std::max(grade, Grade::Mild);
    }
    for (const Flag& flag : flags) {
        if (isScreeningFlag(flag.code))
            continue;
        switch (flag.severity) {
        case Severity::Emergency:
        case Severity::SeeDoctorToday:
            return Grade::Severe;
        case Severity::SeeDoctor:
            grade = std::max(grade, Grade::Moderate);
            break;
        case Severity::ContactTherapist:
        case Severity::Watch:
            grade = std::max(grade, Grade::Mild);
            break;
        case Severity::Info:
            break;
        }
    }
    return grade;
}

} // namespace

Result analyze(const Session& session)
{
    Result result;
    // Screening answers count with or without check-ins, and come first.
    result.flags = screeningFlags(session.screening);
    std::optional<Status> mostUrgent;
    for (const Flag& flag : std::as_const(result.flags))
        mostUrgent = moreUrgent(mostUrgent, flag.severity);
    const qsizetype count = session.checkIns.size();
    if (count == 0) {
        result.status = mostUrgent.value_or(Status::InsufficientData);
        return result;
    }

    const qint64 end = session.endUtcMicros();
    const RegionContext regions(session);
    std::vector<Point> points;
    points.reserve(size_t(count));
    for (qsizetype i = 0; i < count; ++i)
        points.push_back(reduce(regions, session.checkIns.at(i), end, int(i)));
    // Instants are unique in a valid log; the index only makes the order total.
    const auto earlier = [](const Point& a, const Point& b) {
        return a.utcMicros != b.utcMicros ? a.utcMicros < b.utcMicros : a.index < b.index;
    };
    if (!std::is_sorted(points.begin(), points.end(), earlier))
        std::sort(points.begin(), points.end(), earlier);

    // Position in time order of the check-in each flag is shown at; -1 when not raised.
    std::array<qsizetype, flagCodeCount> flagAt;
    flagAt.fill(-1);
    const auto raiseOnce = [&flagAt](FlagCode code, qsizetype position) {
        if (flagAt[size_t(code)] < 0)
            flagAt[size_t(code)] = position;
    };

    qsizetype onset = -1;
    qsizetype peak = 0;
    qsizetype lastAtOnsetLevel = -1;
    bool anyBeforeWorseningLimit = false;
    int largestExcessBeforeWorseningLimit = 0;
    for (qsizetype p = 0; p < qsizetype(points.size()); ++p) {
        const Point& point = points[size_t(p)];
        for (Triggers pending = point.triggers; pending != 0; pending &= pending - 1)
            raiseOnce(FlagCode(std::countr_zero(pending)), p);
        if (point.excess >= onsetExcess) {
            if (onset < 0)
                onset = p;
            lastAtOnsetLevel = p;
        }
        if (point.excess > points[size_t(peak)].excess)
            peak = p;
        if (point.elapsedMicros < worseningLimit) {
            anyBeforeWorseningLimit = true;
            largestExcessBeforeWorseningLimit =
                std::max(largestExcessBeforeWorseningLimit, point.excess);
        } else if (anyBeforeWorseningLimit &&
                   point.excess >= std::max(largestExcessBeforeWorseningLimit + 1, onsetExcess)) {
            raiseOnce(FlagCode::Worsening, p);
        }
    }

    const qsizetype latest = qsizetype(points.size()) - 1;
    qsizetype resolved = -1;
    if (onset >= 0 && lastAtOnsetLevel < latest)
        resolved = lastAtOnsetLevel + 1; // its excess is <= 1: it follows the last one >= 2
    Q_ASSERT(resolved < 0 || points[size_t(resolved)].excess <= resolvedExcess);

    result.peak = coursePoint(points[size_t(peak)]);
    if (onset >= 0) {
        result.onset = coursePoint(points[size_t(onset)]);
        const qint64 onsetElapsed = points[size_t(onset)].elapsedMicros;
        if (onsetElapsed > lateOnsetLimit)
            flagAt[size_t(FlagCode::LateOnset)] = onset;
        if (onsetElapsed < earlyLimit)
            flagAt[size_t(FlagCode::EarlyOnset)] = onset;
    }
    if (resolved >= 0) {
        result.resolved = coursePoint(points[size_t(resolved)]);
        if (points[size_t(resolved)].elapsedMicros > persistentLimit)
            flagAt[size_t(FlagCode::SlowResolution)] = resolved;
    }
    const Point& latestPoint = points[size_t(latest)];
    if (latestPoint.elapsedMicros >= persistentLimit && latestPoint.excess >= onsetExcess)
        flagAt[size_t(FlagCode::Persistent)] = latest;

    // Time order, ties in table order: flag codes are already in table order.
    std::vector<std::pair<qsizetype, int>> raised;
    for (int code = 0; code < flagCodeCount; ++code) {
        if (flagAt[size_t(code)] >= 0)
            raised.emplace_back(flagAt[size_t(code)], code);
    }
    std::sort(raised.begin(), raised.end());

    result.flags.reserve(result.flags.size() + qsizetype(raised.size()));
    for (const auto& [position, codeValue] : raised) {
        const Point& point = points[size_t(position)];
        const FlagCode code = FlagCode(codeValue);
        Flag flag{.code = code,
                  .severity = flagSeverity(code),
                  .at = session.checkIns.at(point.index).at,
                  .hours = hoursOf(point),
                  .checkInIndex = point.index,
                  .message = flagMessage(code)};
        mostUrgent = moreUrgent(mostUrgent, flag.severity);
        result.flags.append(std::move(flag));
    }
    result.grade = gradeOf(result.flags, points, onset >= 0);

    if (mostUrgent)
        result.status = *mostUrgent;
    else if (onset >= 0 ? resolved >= 0 && points[size_t(resolved)].elapsedMicros <= persistentLimit
                        : latestPoint.elapsedMicros >= settledCheckLimit)
        result.status = Status::Resolved;
    else
        result.status = Status::OnTrack;
    return result;
}

QString statusId(Status status)
{
    switch (status) {
    case Status::Emergency:
        return QStringLiteral("emergency");
    case Status::SeeDoctorToday:
        return QStringLiteral("see-doctor-today");
    case Status::SeeDoctor:
        return QStringLiteral("see-doctor");
    case Status::ContactTherapist:
        return QStringLiteral("contact-therapist");
    case Status::Watch:
        return QStringLiteral("watch");
    case Status::OnTrack:
        return QStringLiteral("on-track");
    case Status::Resolved:
        return QStringLiteral("resolved");
    case Status::InsufficientData:
        return QStringLiteral("insufficient-data");
    }
    return {};
}

std::optional<Status> statusFromId(const QString& id)
{
    for (const Status status :
         {Status::Emergency, Status::SeeDoctorToday, Status::SeeDoctor, Status::ContactTherapist,
          Status::Watch, Status::OnTrack, Status::Resolved, Status::InsufficientData}) {
        if (statusId(status) == id)
            return status;
    }
    return std::nullopt;
}

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    default:
        return statusId(*statusFor(severity));
    }
}

QString flagCodeId(FlagCode code)
{
    switch (code) {
    case FlagCode::ScreenedCaudaEquina:
        return QStringLiteral("screened-cauda-equina");
    case FlagCode::ScreenedInfection:
        return QStringLiteral("screened-infection");
    case FlagCode::ScreenedDvt:
        return QStringLiteral("screened-dvt");
    case FlagCode::ScreenedInjury:
        return QStringLiteral("screened-injury");
    case FlagCode::ScreenedCancer:
        return QStringLiteral("screened-cancer");
    case FlagCode::ScreenedDisc:
        return QStringLiteral("screened-disc");
    case FlagCode::ScreenedBleeding:
        return QStringLiteral("screened-bleeding");
    case FlagCode::ScreenedPregnancy:
        return QStringLiteral("screened-pregnancy");
    case FlagCode::CaudaEquina:
        return QStringLiteral("cauda-equina");
    case FlagCode::PulmonaryEmbolism:
        return QStringLiteral("pulmonary-embolism");
    case FlagCode::Stroke:
        return QStringLiteral("stroke");
    case FlagCode::Dvt:
        return QStringLiteral("dvt");
    case FlagCode::Infection:
        return QStringLiteral("infection");
    case FlagCode::BilateralNervePain:
        return QStringLiteral("bilateral-nerve-pain");
    case FlagCode::Persistent:
        return QStringLiteral("persistent");
    case FlagCode::Worsening:
        return QStringLiteral("worsening");
    case FlagCode::NerveIrritation:
        return QStringLiteral("nerve-irritation");
    case FlagCode::SharpPain:
        return QStringLiteral("sharp-pain");
    case FlagCode::EarlySevere:
        return QStringLiteral("early-severe");
    case FlagCode::Bruising:
        return QStringLiteral("bruising");
    case FlagCode::LateOnset:
        return QStringLiteral("late-onset");
    case FlagCode::SlowResolution:
        return QStringLiteral("slow-resolution");
    case FlagCode::NeckHeadache:
        return QStringLiteral("neck-headache");
    case FlagCode::EarlyOnset:
        return QStringLiteral("early-onset");
    case FlagCode::NewRegion:
        return QStringLiteral("new-region");
    }
    return {};
}

QString gradeId(Grade grade)
{
    switch (grade) {
    case Grade::None:
        return QStringLiteral("none");
    case Grade::Mild:
        return QStringLiteral("mild");
    case Grade::Moderate:
        return QStringLiteral("moderate");
    case Grade::Severe:
        return QStringLiteral("severe");
    }
    return {};
}

std::optional<Grade> gradeFromId(const QString& id)
{
    for (const Grade grade : {Grade::None, Grade::Mild, Grade::Moderate, Grade::Severe}) {
        if (gradeId(grade) == id)
            return grade;
    }
    return std::nullopt;
}

QString statusTitle(Status status)
{
    switch (status) {
    case Status::Emergency:
        return translated(QT_TRANSLATE_NOOP("Analysis", "Get emergency help now"));
    case Status::SeeDoctorToday:
        return translated(QT_TRANSLATE_NOOP("Analysis", "See a doctor today"));
    case Status::SeeDoctor:
        return translated(QT_TRANSLATE_NOOP("Analysis", "Book a doctor's appointment"));
    case Status::ContactTherapist:
        return translated(QT_TRANSLATE_NOOP("Analysis", "Tell your therapist"));
    case Status::Watch:
        return translated(QT_TRANSLATE_NOOP("Analysis", "Keep an eye on it"));
    case Status::OnTrack:
        return translated(QT_TRANSLATE_NOOP("Analysis", "On track"));
    case Status::Resolved:
        return translated(QT_TRANSLATE_NOOP("Analysis", "Soreness has settled"));
    case Status::InsufficientData:
        return translated(QT_TRANSLATE_NOOP("Analysis", "No check-ins yet"));
    }
    return {};
}

QString statusAdvice(Status status)
{
    switch (status) {
    case Status::Emergency:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "You reported a sign that needs emergency care. Do what the warning "
                        "says now: go to an emergency department or call the emergency number."));
    case Status::SeeDoctorToday:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "You reported a sign that a doctor should check today, such as a "
                        "possible clot or infection. See a doctor today; if you feel very "
                        "unwell, get emergency help."));
    case Status::SeeDoctor:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Something you reported needs a doctor, though not as an emergency: "
                        "soreness that lasts beyond three days or gets worse after two days, or "
                        "a lump not yet checked. Book a doctor's appointment."));
    case Status::ContactTherapist:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Something you reported is worth telling your therapist, so they can "
                        "adjust the technique or pressure next time."));
    case Status::Watch:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Something you reported is not the usual pattern after massage. Read "
                        "the note below and keep checking in; if it gets worse or lasts beyond "
                        "three days, book a doctor's appointment."));
    case Status::OnTrack:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Soreness after massage usually starts within a day and settles within "
                        "one to three days. Drink water, take a short gentle walk and keep "
                        "checking in."));
    case Status::Resolved:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Your soreness is back to how you felt before the session. Nothing "
                        "more to do for this session."));
    case Status::InsufficientData:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Check in a few times over the next three days to see how your "
                        "recovery is going."));
    }
    return {};
}

QString flagMessage(FlagCode code)
{
    switch (code) {
    case FlagCode::ScreenedCaudaEquina:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Before the session you said you had numbness between the legs, bladder "
                        "or bowel changes, or leg weakness. Whatever the massage did, these signs "
                        "need an emergency department now; do not drive yourself."));
    case FlagCode::ScreenedInfection:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Before the session you said you had a fever or an infection. See a "
                        "doctor today; get emergency help if you feel very unwell. Wait until it "
                        "has gone before your next massage."));
    case FlagCode::ScreenedDvt:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Before the session you said you had a blood clot in a leg, or signs of "
                        "one. If a leg is swollen, painful, warm or red now, see a doctor today "
                        "(in the UK, call NHS 111). If you are breathless, have chest pain or "
                        "cough up blood, call the emergency number now. If it was an old clot "
                        "that was treated, tell your doctor before your next massage."));
    case FlagCode::ScreenedInjury:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Before the session you said you had a recent fracture, bad sprain or "
                        "dislocation. Tell your therapist where it is, so that it is not "
                        "massaged; if it hurts more since the session, see a doctor."));
    case FlagCode::ScreenedCancer:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Before the session you said you have cancer being treated, or a lump "
                        "not yet checked. Massage does not spread cancer, but a therapist cannot "
                        "judge a lump: see a doctor about it, and ask them before your next "
                        "massage."));
    case FlagCode::ScreenedDisc:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "You have a known slipped disc. Tell your therapist before each "
                        "session: no vigorous work or spinal manipulation."));
    case FlagCode::ScreenedBleeding:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "You take blood thinners or have a bleeding disorder, so firm pressure "
                        "can bruise. Tell your therapist, and ask your doctor before your next "
                        "massage."));
    case FlagCode::ScreenedPregnancy:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "You are pregnant. Ask your midwife or doctor before your next massage, "
                        "and tell your therapist."));
    case FlagCode::CaudaEquina:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Numbness between the legs, new trouble with your bladder or bowel, or "
                        "weakness in the legs can mean the nerves at the base of the spine are "
                        "squeezed. Go to an emergency department now; do not drive yourself."));
    case FlagCode::PulmonaryEmbolism:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Sudden breathlessness, chest pain or coughing up blood can mean a "
                        "blood clot in the lungs. Call the emergency number now."));
    case FlagCode::Stroke:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "A sudden severe headache, a drooping face, weakness or numbness on one "
                        "side, slurred speech, trouble seeing or loss of balance can mean a "
                        "stroke. Call the emergency number now."));
    case FlagCode::Dvt:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Swelling, warmth or throbbing pain in one calf can mean a blood clot in "
                        "a leg vein. See a doctor today, and do not have that leg massaged."));
    case FlagCode::Infection:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "A fever, or red, hot, swollen skin that spreads, can mean an infection. "
                        "See a doctor today; get emergency help if you feel very unwell."));
    case FlagCode::BilateralNervePain:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Shooting, electric, burning or tingling pain in both legs can mean the "
                        "nerves at the base of the spine are squeezed. See a doctor today. Go to "
                        "an emergency department now if numbness between the legs, bladder or "
                        "bowel changes or leg weakness join it."));
    case FlagCode::Persistent:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Soreness that lasts beyond three days is more than the usual ache "
                        "after massage. Book a doctor's appointment."));
    case FlagCode::Worsening:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Soreness that gets worse after the first two days is not the usual "
                        "pattern after massage. Book a doctor's appointment."));
    case FlagCode::NerveIrritation:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Shooting, electric, burning or tingling pain can mean a nerve is "
                        "irritated. Tell your therapist right away; they adjust the technique "
                        "next time."));
    case FlagCode::SharpPain:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Sharp or stabbing pain is not the dull ache expected after massage and "
                        "can mean a muscle was aggravated. Tell your therapist; they adjust the "
                        "technique next time."));
    case FlagCode::EarlySevere:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Strong pain this soon after the session can mean the pressure was too "
                        "much. Tell your therapist; they adjust the technique next time."));
    case FlagCode::Bruising:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Bruising means the pressure was more than the tissue could take. Tell "
                        "your therapist; they adjust the technique next time."));
    case FlagCode::LateOnset:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Soreness that starts more than a day after the session is less typical "
                        "of massage. Keep checking in; if it lasts beyond three days or gets "
                        "worse, book a doctor's appointment."));
    case FlagCode::SlowResolution:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Your soreness took more than three days to settle, longer than usual "
                        "after massage. Tell your therapist before your next session; lighter "
                        "pressure may suit you better."));
    case FlagCode::NeckHeadache:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "A headache with dizziness or nausea after neck work is usually harmless: "
                        "rest and drink water. Call the emergency number now if a sudden severe "
                        "headache, a drooping face, weakness or numbness on one side, slurred "
                        "speech, trouble seeing or loss of balance appears."));
    case FlagCode::EarlyOnset:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Soreness that starts within a few hours is common after massage. Drink "
                        "water and take a short gentle walk."));
    case FlagCode::NewRegion:
        return translated(QT_TRANSLATE_NOOP(
            "Analysis", "Soreness in a place that was not worked is often muscles that "
                        "compensated while your posture adjusted. It usually settles by itself; "
                        "keep checking in."));
    }
    return {};
}

QString notADiagnosis()
{
    return translated(QT_TRANSLATE_NOOP("Analysis", "This is guidance, not a diagnosis."));
}

} // namespace aftercare::analysis
