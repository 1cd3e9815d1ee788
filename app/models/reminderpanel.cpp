#include "reminderpanel.h"

#include "appcontroller.h"
#include "autostart/remindersetup.h"
#include "formatting.h"
#include "notifications/notifier.h"
#include "paths.h"
#include "promptwatcher.h"
#include "reminderchoicemodel.h"
#include "reminders/agentidentity.h"
#include "reminders/reminderhealth.h"
#include "reminders/reminderplan.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDateTime>
#include <QDir>
#include <QTimer>

namespace aftercare {

namespace {
const QString timeFormat = QStringLiteral("HH:mm");

QString localWhen(qint64 utcMicros, qint64 nowUtcMicros)
{
    return format::when(QDateTime::fromMSecsSinceEpoch(utcMicros / 1000),
                        QDateTime::fromMSecsSinceEpoch(nowUtcMicros / 1000));
}
} // namespace

ReminderPanel::ReminderPanel(AppController* app, platform::Notifier* notifier,
                             platform::ReminderSetup* setup, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_notifier(notifier)
    , m_setup(setup)
{
    Q_ASSERT(m_notifier && m_setup);
    using Kind = ReminderChoiceModel::Kind;
    const QList<int> intervals{15, 30, 60, 120, 180, 240, 360, 480, 720, 24 * 60};
    const QList<int> untilHours{6, 12, 24, 36, 48, 72, 96, 120};
    const std::pair<Kind, QList<int>> choices[7] = {
        {Kind::FirstPrompt, {15, 30, 60, 120, 180, 240, 360}},
        {Kind::Interval, intervals},
        {Kind::Until, untilHours},
        {Kind::Interval, intervals},
        {Kind::Until, untilHours},
        {Kind::Interval, {360, 480, 720, 24 * 60, 2 * 24 * 60}},
        {Kind::StopAfter, {24, 48, 72, 96, 120, 168, 240, 336}},
    };
    void (ReminderPanel::*setters[7])(int) = {
        &ReminderPanel::setFirstPromptMinutes, &ReminderPanel::setHourlyIntervalMinutes,
        &ReminderPanel::setHourlyUntilHours,   &ReminderPanel::setTaperIntervalMinutes,
        &ReminderPanel::setTaperUntilHours,    &ReminderPanel::setDailyIntervalMinutes,
        &ReminderPanel::setStopAfterHours};
    for (int i = 0; i < 7; ++i) {
        m_choices[i] = new ReminderChoiceModel(choices[i].first, choices[i].second, this);
        connect(m_choices[i], &ReminderChoiceModel::chosen, this, setters[i]);
    }
    connect(this, &ReminderPanel::settingsChanged, this, &ReminderPanel::syncChoices);
    connect(m_notifier, &platform::Notifier::serverQueried, this, &ReminderPanel::onServerQueried);
    refresh();
}

ReminderPanel::~ReminderPanel() = default;

qint64 ReminderPanel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch() * 1000;
}

void ReminderPanel::syncChoices()
{
    const int values[7] = {m_settings.firstPromptMinutes, m_settings.hourlyIntervalMinutes,
                           m_settings.hourlyUntilHours,   m_settings.taperIntervalMinutes,
                           m_settings.taperUntilHours,    m_settings.dailyIntervalMinutes,
                           m_settings.stopAfterHours};
    for (int i = 0; i < 7; ++i)
        m_choices[i]->setValue(values[i]);
}

bool ReminderPanel::canTurnOn() const
{
    return m_app->isReady() && !m_agentRunning && !m_turnedOn;
}

void ReminderPanel::turnOnReminders()
{
    if (!m_app->isReady())
        return;
    platform::AgentCommand command;
    command.program = QCoreApplication::applicationFilePath();
    const QString dataDir = m_app->dataDir();
    const QString defaultDir = platform::defaultDataDir();
    if (QDir(dataDir).absolutePath() != QDir(defaultDir).absolutePath())
        command.arguments << QStringLiteral("--data-dir") << QDir(dataDir).absolutePath();
    command.arguments << QStringLiteral("reminders") << QStringLiteral("run");
    command.name = reminders::agentBusName(dataDir, defaultDir);
    const platform::ReminderSetupResult result = m_setup->turnOn(command);
    m_turnedOn = result.ok();
    m_turnOnFailed = !result.ok();
    m_turnOnMessage = result.ok() ? tr("Reminders are on: they will run after you restart too.")
                                  : tr("Reminders could not be turned on (%1).").arg(result.error);
    emit turnOnChanged();
    emit healthChanged(); // the advice to turn them on goes
    // The agent takes a moment to start: look again then.
    QTimer::singleShot(1500, this, &ReminderPanel::refresh);
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
    emit turnOnChanged();
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
    return m_agentRunning ? tr("Reminders are running.")
                          : tr("Reminders are not running: nothing will remind you to check in.");
}

QString ReminderPanel::agentAdvice() const
{
    if (m_agentRunning || m_turnedOn || !m_app->isReady())
        return {};
    return tr("Turn them on to be reminded, also after you restart.");
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
        if (m_app->repository().setting(key).orEmpty() == value)
            continue;
        if (const storage::StoreResult stored = m_app->repository().setSetting(key, value);
            !stored) {
            setError(tr("The setting could not be saved: %1").arg(stored.message));
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
