#include "model/session.h"

namespace aftercare {

bool CheckIn::operator==(const CheckIn& other) const
{
    return at == other.at && recordedAt == other.recordedAt && symptoms == other.symptoms &&
           redFlags == other.redFlags && impact == other.impact && reactions == other.reactions &&
           benefits == other.benefits && selfCare == other.selfCare && note == other.note;
}

bool CheckIn::enteredLater() const
{
    constexpr qint64 twoHoursMicros = qint64(2) * 3600 * 1000 * 1000;
    return recordedAt && recordedAt->utcMicros - at.utcMicros > twoHoursMicros;
}

int Session::baselineFor(const QString& region) const
{
    for (const BaselineEntry& entry : baseline) {
        if (entry.region == region)
            return entry.intensity;
    }
    return 0;
}

bool Session::sameDetails(const Session& other) const
{
    return id == other.id && start == other.start && durationMinutes == other.durationMinutes &&
           technique == other.technique && pressure == other.pressure &&
           areasWorked == other.areasWorked && therapist == other.therapist &&
           advice == other.advice && source == other.source && baseline == other.baseline &&
           screening == other.screening && notes == other.notes;
}

bool Session::operator==(const Session& other) const
{
    return sameDetails(other) && checkIns == other.checkIns;
}

} // namespace aftercare
