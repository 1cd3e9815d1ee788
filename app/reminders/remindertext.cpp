#include "reminders/remindertext.h"

#include "model/vocabulary.h"

#include <QCoreApplication>

namespace aftercare::reminders {

namespace {

// This file's texts. Named as its translation context, which lupdate files them under.
struct Reminders
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)
};

constexpr qint64 microsPerHour = qint64(3600) * 1000000;

QString agoText(qint64 sinceEndMicros)
{
    const qint64 hours = sinceEndMicros / microsPerHour;
    if (hours < 1)
        return Reminders::tr("less than an hour ago");
    if (hours == 1)
        return Reminders::tr("1 hour ago");
    if (hours < 48)
        return Reminders::tr("%1 hours ago").arg(hours);
    return Reminders::tr("%1 hours (%2 days) ago").arg(hours).arg(hours / 24);
}

} // namespace

QString promptTitle()
{
    return Reminders::tr("How do you feel after your massage?");
}

QString promptBody(const Session& session, qint64 now)
{
    const QString ago = agoText(std::max<qint64>(0, now - session.endUtcMicros()));
    if (session.technique.isEmpty() || session.technique == QLatin1String("other"))
        return Reminders::tr("Massage, %1.").arg(ago);
    return Reminders::tr("%1 massage, %2.")
        .arg(vocabulary::label(vocabulary::techniques(), session.technique), ago);
}

platform::Notification promptNotification(const Session& session, const schedule::Prompt&,
                                          int snoozeMinutes, qint64 now)
{
    platform::Notification n;
    n.id = QStringLiteral("prompt:") + session.id;
    n.title = promptTitle();
    n.body = promptBody(session, now);
    n.actions = {
        {QString::fromLatin1(action::logNow), Reminders::tr("Log now")},
        {QString::fromLatin1(action::noSoreness), Reminders::tr("No soreness")},
        {QString::fromLatin1(action::snooze), Reminders::tr("Snooze %1 min").arg(snoozeMinutes)}};
    return n;
}

platform::Notification adviceNotification(const Session& session)
{
    platform::Notification n;
    n.id = QStringLiteral("advice:") + session.id;
    n.title = analysis::statusTitle(analysis::Status::Emergency);
    n.body = analysis::statusAdvice(analysis::Status::Emergency) + QLatin1Char('\n') +
             analysis::notADiagnosis();
    n.fallbackBody = n.body;
    n.actions = {{QString::fromLatin1(action::logNow), Reminders::tr("Open Aftercare")}};
    n.urgency = platform::Notification::Urgency::Critical;
    return n;
}

} // namespace aftercare::reminders
