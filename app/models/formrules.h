#pragma once

#include "model/session.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The rules a form checks before it writes: the limits and vocabularies of
// the log format (core/model), plus the app's own sense checks (no times in
// the future). Each returns an empty string when fine, else plain words.
namespace aftercare::rules {

// How far ahead of the clock a time may be (clocks drift; typing takes time).
constexpr qint64 futureToleranceSeconds = 5 * 60;

QString checkSession(const Session& session, const QDateTime& now);
// `replacing`: the instant of the check-in being edited, if any.
QString checkCheckIn(const Session& session, const CheckIn& checkIn,
                     std::optional<qint64> replacing, const QDateTime& now);
int codePoints(const QString& text);

} // namespace aftercare::rules
