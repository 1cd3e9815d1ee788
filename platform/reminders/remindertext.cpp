#include "reminders/remindertext.h"

#include "model/vocabulary.h"

#include <QCoreApplication>

namespace aftercare::reminders {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Reminders", text);
}

constexpr qint64 microsPerHour = qint64(3600) * 1000000;

QString agoText(qint64 sinceEndMicros)
{
    const qint64 hours = sinceEndMicros / microsPerHour;
    if (hours < 1)
        return tr("less than an hour ago");
    if (hours == 1)
        return tr("1 hour ago");
    if (hours < 48)
        return tr("%1 hours ago").arg(hours);
    return tr("%1 hours (%2 days) ago").arg(hours).arg(hours / 24);
}

} // namespace

QString promptTitle()
{
    return tr("How do you feel after your massage?");
}

QString promptBody(const Session& session, qint64 now)
{
    const QString ago = agoText(std::max<qint64>(0, now - session.endUtcMicros()));
    if (session.technique.isEmpty() || session.technique == QLatin1String("other"))
        return tr("Massage, %1.").arg(ago);
    return tr("%1 massage, %2.")
        .arg(vocabulary::label(vocabulary::techniques(), session.technique), ago);
}

platform::Notification promptNotification(const Session& session, const schedule::Prompt&,
                                          int snoozeMinutes, qint64 now)
{
    platform::Notification n;
    n.id = QStringLiteral("prompt:") + session.id;
    n.title = promptTitle();
    n.body = promptBody(session, now);
    n.actions = {{QString::fromLatin1(action::logNow), tr("Log now")},
                 {QString::fromLatin1(action::noSoreness), tr("No soreness")},
                 {QString::fromLatin1(action::snooze), tr("Snooze %1 min").arg(snoozeMinutes)}};
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
    n.actions = {{QString::fromLatin1(action::logNow), tr("Open Aftercare")}};
    n.urgency = platform::Notification::Urgency::Critical;
    return n;
}

} // namespace aftercare::reminders
