#include "formrules.h"

#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QSet>

namespace aftercare::rules {

namespace {
// This file's texts. Named as its translation context, which lupdate files them under.
struct Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

bool inFuture(const Timestamp& t, const QDateTime& now)
{
    return t.utcMicros / 1000000 > now.toSecsSinceEpoch() + futureToleranceSeconds;
}

QString checkText(const QString& text, const char* what)
{
    if (codePoints(text) > limits::maxFreeTextCodePoints)
        return Rules::tr("The %1 is too long: at most %2 characters.")
            .arg(Rules::tr(what))
            .arg(limits::maxFreeTextCodePoints);
    return {};
}
} // namespace

int codePoints(const QString& text)
{
    return int(text.toUcs4().size());
}

QString checkSession(const Session& session, const QDateTime& now)
{
    if (session.id.trimmed().isEmpty())
        return Rules::tr("The session has no id.");
    if (inFuture(session.start, now))
        return Rules::tr(
            "The session time is in the future. Record a session once it has started.");
    if (session.durationMinutes < limits::minDurationMinutes ||
        session.durationMinutes > limits::maxDurationMinutes)
        return Rules::tr("The duration must be between %1 and %2 minutes.")
            .arg(limits::minDurationMinutes)
            .arg(limits::maxDurationMinutes);
    if (!vocabulary::contains(vocabulary::techniques(), session.technique))
        return Rules::tr("Choose a technique.");
    if (!session.pressure.isEmpty() &&
        !vocabulary::contains(vocabulary::pressures(), session.pressure))
        return Rules::tr("Choose a pressure, or leave it unset.");
    QSet<QString> seen;
    for (const QString& area : session.areasWorked) {
        if (!vocabulary::contains(vocabulary::regions(), area))
            return Rules::tr("Unknown body region.");
    }
    for (const BaselineEntry& b : session.baseline) {
        if (!vocabulary::contains(vocabulary::regions(), b.region))
            return Rules::tr("Unknown body region.");
        if (seen.contains(b.region))
            return Rules::tr("A region has two pain ratings.");
        seen.insert(b.region);
        if (b.intensity < limits::minIntensity || b.intensity > limits::maxIntensity)
            return Rules::tr("Pain ratings go from 0 (no pain) to 10 (worst imaginable).");
    }
    for (const QString& s : session.screening) {
        if (!vocabulary::contains(vocabulary::screening(), s))
            return Rules::tr("Unknown screening question.");
    }
    if (QString e = checkText(session.therapist, QT_TRANSLATE_NOOP("Rules", "therapist's name"));
        !e.isEmpty())
        return e;
    return checkText(session.notes, QT_TRANSLATE_NOOP("Rules", "note"));
}

QString checkCheckIn(const Session& session, const CheckIn& checkIn,
                     std::optional<qint64> replacing, const QDateTime& now)
{
    if (checkIn.at.utcMicros < session.start.utcMicros)
        return Rules::tr("A check-in cannot be before the session started.");
    if (inFuture(checkIn.at, now))
        return Rules::tr("The check-in time is in the future.");
    for (const CheckIn& other : session.checkIns) {
        if (replacing && other.at.utcMicros == *replacing)
            continue;
        if (other.at.utcMicros == checkIn.at.utcMicros)
            return Rules::tr(
                "There is already a check-in at this time. Change the time by a minute.");
    }
    QSet<QString> seen;
    for (const Symptom& s : checkIn.symptoms) {
        if (!vocabulary::contains(vocabulary::regions(), s.region))
            return Rules::tr("Unknown body region.");
        if (seen.contains(s.region))
            return Rules::tr("A region has two pain ratings.");
        seen.insert(s.region);
        if (s.intensity < limits::minIntensity || s.intensity > limits::maxIntensity)
            return Rules::tr("Rate the pain in %1 from 0 (no pain) to 10 (worst imaginable).")
                .arg(vocabulary::label(vocabulary::regions(), s.region));
        for (const QString& q : s.qualities) {
            if (!vocabulary::contains(vocabulary::qualities(), q))
                return Rules::tr("Unknown kind of pain.");
        }
    }
    for (const QString& f : checkIn.redFlags) {
        if (!vocabulary::contains(vocabulary::redFlags(), f))
            return Rules::tr("Unknown warning sign.");
    }
    return checkText(checkIn.note, QT_TRANSLATE_NOOP("Rules", "note"));
}

} // namespace aftercare::rules
