// Check-ins for test data: a time as in the log format and what was felt.
#pragma once

#include "model/session.h"
#include "timestamps.h"

namespace aftercare::testsupport {

inline CheckIn checkIn(const Timestamp& when, QList<Symptom> symptoms = {},
                       QStringList redFlags = {}, QString note = {})
{
    CheckIn result;
    result.at = when;
    result.symptoms = std::move(symptoms);
    result.redFlags = std::move(redFlags);
    result.note = std::move(note);
    return result;
}

inline CheckIn checkIn(const char* when, QList<Symptom> symptoms = {}, QStringList redFlags = {},
                       QString note = {})
{
    return checkIn(at(when), std::move(symptoms), std::move(redFlags), std::move(note));
}

} // namespace aftercare::testsupport
