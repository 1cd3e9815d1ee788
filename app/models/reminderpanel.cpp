#include "reminderpanel.h"

#include "appcontroller.h"
#include "formatting.h"
#include "notifications/notifier.h"
#include "paths.h"
#include "promptwatcher.h"
#include "reminders/reminderhealth.h"
#include "reminders/reminderplan.h"

#include <QDBusConnection>
#include <QDateTime>

namespace aftercare {

namespace {
const QString timeFormat = QStringLiteral("HH:mm");

QString localWhen(qint64 utcMicros, qint64 nowUtcMicros)
{
    return format::when(QDateTime::fromMSecsSinceEpoch(utcMicros / 1000),
                        QDateTime::fromMSecsSinceEpoch(nowUtcMicros / 1000));
}
} // namespace

ReminderPanel::ReminderPanel(AppController* app, platform::Notifier* notifier, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_notifier(notifier)
{
    if (!m_notifier) {
        m_ownNotifier = platform::createNotifier();
        m_notifier = m_ownNotifier.get();
    }
    connect(m_notifier, &platform::Notifier::serverQueried, this, &ReminderPanel::onServerQueried);
    refresh();
}

ReminderPanel::~ReminderPanel() = default;

qint64 ReminderPanel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch() * 1000;
}

void ReminderPanel::loadSettings()
{
    m_settings =
        m_app->isReady() ? reminders::loadSettings(m_app->repository()) : schedule::Settings();
}

void ReminderPanel::refresh()
{
    loadSettings();
    if (m_app->isReady()) {
        const reminders::ReminderHealthReport report =
            reminders::ReminderHealth::probeWithoutServer(
                m_app->repository(), m_app->dataDir(), platform::defaultDataDir(),
                QDBusConnection::sessionBus(), now(), QTimeZone::systemTimeZone());
        m_agentRunning = report.agentRunning;
        m_wakeServiceFound = report.wakeServiceFound;
        QStringList recent;
        for (const storage::PromptEvent& e : report.recentDeliveries)
            recent << localWhen(e.atUtcMicros ? e.atUtcMicros : e.dueUtcMicros, now());
        m_recentText = recent.isEmpty() ? tr("None yet") : recent.join(QStringLiteral("; "));
        m_nextPromptText = report.nextPrompt ? localWhen(report.nextPrompt->dueUtcMicros, now())
                                             : tr("None planned");
        ++m_pendingQueries;
        m_notifier->queryServer();
    } else {
        m_serverFound = m_actionsSupported = m_agentRunning = m_wakeServiceFound = false;
        m_serverName.clear();
        m_recentText.clear();
        m_nextPromptText.clear();
    }
    emit healthChanged();
    emit settingsChanged();
}

void ReminderPanel::onServerQueried(const platform::NotificationServerInfo& info,
                                    const QStringList& capabilities)
{
    if (m_pendingQueries == 0)
        return; // another user of the notifier asked
    --m_pendingQueries;
    reminders::ReminderHealthReport report;
    reminders::ReminderHealth::addServer(report, info, capabilities);
    m_serverFound = report.notificationServerFound;
    m_serverName = report.server.name;
    m_actionsSupported = report.actionsSupported;
    emit healthChanged();
}

QString ReminderPanel::serverText() const
{
    if (checkingServer() && !m_serverFound)
        return tr("Looking for the notification server…");
    return m_serverFound ? tr("Notification server: %1").arg(m_serverName)
                         : tr("No notification server found: reminders cannot be shown.");
}

QString ReminderPanel::actionsText() const
{
    if (!m_serverFound)
        return {};
    return m_actionsSupported
               ? tr("Reminders show buttons (Log now, Snooze).")
               : tr("This server shows no buttons: reminders say \"Open Aftercare to log how you "
                    "feel\".");
}

QString ReminderPanel::agentText() const
{
    return m_agentRunning ? tr("The reminder agent is running.")
                          : tr("The reminder agent is not running.");
}

QString ReminderPanel::agentAdvice() const
{
    return m_agentRunning ? QString()
                          : tr("Run `aftercare reminders run`, or log out and in: it starts "
                               "with your session.");
}

QString ReminderPanel::wakeText() const
{
    return m_wakeServiceFound
               ? tr("The device is woken for each reminder (Plasma power management).")
               : tr("No wake-up service found: on a phone that is asleep, a reminder may wait "
                    "until the phone is woken.");
}

QString ReminderPanel::quietHoursText() const
{
    if (!m_settings.hasQuietHours())
        return tr("No quiet hours: reminders may come at any time.");
    return tr("Quiet hours %1 to %2: no reminders then.")
        .arg(format::clockTime(m_settings.quietStart), format::clockTime(m_settings.quietEnd));
}

QString ReminderPanel::quietStart() const
{
    return m_settings.quietStart.toString(timeFormat);
}

QString ReminderPanel::quietEnd() const
{
    return m_settings.quietEnd.toString(timeFormat);
}

QStringList ReminderPanel::timeChoices() const
{
    QStringList choices;
    for (int minutes = 0; minutes < 24 * 60; minutes += 30)
        choices << QTime(minutes / 60, minutes % 60).toString(timeFormat);
    // A time set elsewhere (the command line) stays choosable.
    for (const QString& t : {quietStart(), quietEnd()}) {
        if (!choices.contains(t))
            choices << t;
    }
    choices.sort();
    return choices;
}

void ReminderPanel::setError(const QString& error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

bool ReminderPanel::apply(const schedule::Settings& settings)
{
    if (!m_app->isReady())
        return false;
    if (settings == m_settings) {
        setError({});
        return true;
    }
    const QList<std::pair<QString, QString>> values = schedule::settingsToValues(settings);
    const schedule::Settings readBack = schedule::settingsFromValues([&](const QString& key) {
        for (const auto& [k, v] : values) {
            if (k == key)
                return v;
        }
        return QString();
    });
    if (!(readBack == settings)) {
        setError(tr("That does not fit: reminders every hour must end before the taper ends, "
                    "and the taper before the last daily reminder."));
        emit settingsChanged(); // the controls show the stored value again
        return false;
    }
    for (const auto& [key, value] : values) {
        QString error;
        if (m_app->repository().setting(key) == value)
            continue;
        if (!m_app->repository().setSetting(key, value, &error)) {
            setError(tr("The setting could not be saved: %1").arg(error));
            loadSettings();
            emit settingsChanged();
            return false;
        }
    }
    setError({});
    m_settings = settings;
    emit settingsChanged();
    if (PromptWatcher* prompts = m_app->prompts())
        prompts->refresh();
    refresh();
    return true;
}

void ReminderPanel::setRemindersEnabled(bool on)
{
    schedule::Settings s = m_settings;
    s.enabled = on;
    apply(s);
}

void ReminderPanel::setQuietHoursEnabled(bool on)
{
    schedule::Settings s = m_settings;
    s.quietHoursEnabled = on;
    apply(s);
}

void ReminderPanel::setQuietStart(const QString& hhmm)
{
    const QTime t = QTime::fromString(hhmm, timeFormat);
    if (!t.isValid())
        return;
    schedule::Settings s = m_settings;
    s.quietStart = t;
    apply(s);
}

void ReminderPanel::setQuietEnd(const QString& hhmm)
{
    const QTime t = QTime::fromString(hhmm, timeFormat);
    if (!t.isValid())
        return;
    schedule::Settings s = m_settings;
    s.quietEnd = t;
    apply(s);
}

void ReminderPanel::setSnoozeMinutes(int minutes)
{
    schedule::Settings s = m_settings;
    s.snoozeMinutes = minutes;
    apply(s);
}

#define AFTERCARE_SETTER(Name, field)                                                              \
    void ReminderPanel::Name(int value)                                                            \
    {                                                                                              \
        schedule::Settings s = m_settings;                                                         \
        s.field = value;                                                                           \
        apply(s);                                                                                  \
    }
AFTERCARE_SETTER(setFirstPromptMinutes, firstPromptMinutes)
AFTERCARE_SETTER(setHourlyIntervalMinutes, hourlyIntervalMinutes)
AFTERCARE_SETTER(setHourlyUntilHours, hourlyUntilHours)
AFTERCARE_SETTER(setTaperIntervalMinutes, taperIntervalMinutes)
AFTERCARE_SETTER(setTaperUntilHours, taperUntilHours)
AFTERCARE_SETTER(setDailyIntervalMinutes, dailyIntervalMinutes)
AFTERCARE_SETTER(setStopAfterHours, stopAfterHours)
#undef AFTERCARE_SETTER

} // namespace aftercare
