#pragma once

#include "schedule/settings.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

Q_MOC_INCLUDE("reminderchoicemodel.h")

namespace aftercare {

namespace platform {
class Notifier;
struct NotificationServerInfo;
} // namespace platform

namespace platform {
class ReminderSetup;
} // namespace platform

class AppController;
class ReminderChoiceModel;

// The Settings page's reminder panel: whether reminders can work on this
// device (ReminderHealth: notification server, agent, recent and next prompts)
// and the reminder settings, written through the Repository keys the agent
// reads. The notification server is asked without waiting for it: a server
// that hangs does not hang the page.
class ReminderPanel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by AppController.reminderPanel()")
    Q_PROPERTY(bool serverFound READ serverFound NOTIFY healthChanged)
    // The notification server has not answered yet.
    Q_PROPERTY(bool checkingServer READ checkingServer NOTIFY healthChanged)
    Q_PROPERTY(QString serverText READ serverText NOTIFY healthChanged)
    Q_PROPERTY(bool actionsSupported READ actionsSupported NOTIFY healthChanged)
    Q_PROPERTY(QString actionsText READ actionsText NOTIFY healthChanged)
    Q_PROPERTY(bool agentRunning READ agentRunning NOTIFY healthChanged)
    Q_PROPERTY(QString agentText READ agentText NOTIFY healthChanged)
    Q_PROPERTY(QString agentAdvice READ agentAdvice NOTIFY healthChanged)
    // What "Turn reminders on" did: empty until pressed.
    Q_PROPERTY(QString turnOnMessage READ turnOnMessage NOTIFY turnOnChanged)
    Q_PROPERTY(bool turnOnFailed READ turnOnFailed NOTIFY turnOnChanged)
    // The button is offered while the agent is not running and it has not just worked.
    Q_PROPERTY(bool canTurnOn READ canTurnOn NOTIFY turnOnChanged)
    Q_PROPERTY(bool wakeServiceFound READ wakeServiceFound NOTIFY healthChanged)
    Q_PROPERTY(QString wakeText READ wakeText NOTIFY healthChanged)
    Q_PROPERTY(QString recentText READ recentText NOTIFY healthChanged)
    Q_PROPERTY(QString nextPromptText READ nextPromptText NOTIFY healthChanged)
    Q_PROPERTY(QString quietHoursText READ quietHoursText NOTIFY settingsChanged)

    Q_PROPERTY(bool remindersEnabled READ remindersEnabled WRITE setRemindersEnabled NOTIFY
                   settingsChanged)
    Q_PROPERTY(bool quietHoursEnabled READ quietHoursEnabled WRITE setQuietHoursEnabled NOTIFY
                   settingsChanged)
    Q_PROPERTY(QString quietStart READ quietStart WRITE setQuietStart NOTIFY settingsChanged)
    Q_PROPERTY(QString quietEnd READ quietEnd WRITE setQuietEnd NOTIFY settingsChanged)
    Q_PROPERTY(QStringList timeChoices READ timeChoices NOTIFY settingsChanged)
    // Where quietStart and quietEnd are in timeChoices.
    Q_PROPERTY(int quietStartIndex READ quietStartIndex NOTIFY settingsChanged)
    Q_PROPERTY(int quietEndIndex READ quietEndIndex NOTIFY settingsChanged)
    Q_PROPERTY(int snoozeMinutes READ snoozeMinutes WRITE setSnoozeMinutes NOTIFY settingsChanged)
    Q_PROPERTY(int firstPromptMinutes READ firstPromptMinutes WRITE setFirstPromptMinutes NOTIFY
                   settingsChanged)
    Q_PROPERTY(int hourlyIntervalMinutes READ hourlyIntervalMinutes WRITE setHourlyIntervalMinutes
                   NOTIFY settingsChanged)
    Q_PROPERTY(
        int hourlyUntilHours READ hourlyUntilHours WRITE setHourlyUntilHours NOTIFY settingsChanged)
    Q_PROPERTY(int taperIntervalMinutes READ taperIntervalMinutes WRITE setTaperIntervalMinutes
                   NOTIFY settingsChanged)
    Q_PROPERTY(
        int taperUntilHours READ taperUntilHours WRITE setTaperUntilHours NOTIFY settingsChanged)
    Q_PROPERTY(int dailyIntervalMinutes READ dailyIntervalMinutes WRITE setDailyIntervalMinutes
                   NOTIFY settingsChanged)
    Q_PROPERTY(
        int stopAfterHours READ stopAfterHours WRITE setStopAfterHours NOTIFY settingsChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // The same settings as choices in words, for combo boxes.
    Q_PROPERTY(aftercare::ReminderChoiceModel* firstPromptChoices READ firstPromptChoices CONSTANT)
    Q_PROPERTY(
        aftercare::ReminderChoiceModel* hourlyIntervalChoices READ hourlyIntervalChoices CONSTANT)
    Q_PROPERTY(aftercare::ReminderChoiceModel* hourlyUntilChoices READ hourlyUntilChoices CONSTANT)
    Q_PROPERTY(
        aftercare::ReminderChoiceModel* taperIntervalChoices READ taperIntervalChoices CONSTANT)
    Q_PROPERTY(aftercare::ReminderChoiceModel* taperUntilChoices READ taperUntilChoices CONSTANT)
    Q_PROPERTY(
        aftercare::ReminderChoiceModel* dailyIntervalChoices READ dailyIntervalChoices CONSTANT)
    Q_PROPERTY(aftercare::ReminderChoiceModel* stopAfterChoices READ stopAfterChoices CONSTANT)
public:
    // `notifier` and `setup` are the platform's (handed in by the app shell, through
    // AppController) or fakes; not owned, and they outlive the panel.
    ReminderPanel(AppController* app, platform::Notifier* notifier, platform::ReminderSetup* setup,
                  QObject* parent = nullptr);
    ~ReminderPanel() override;

    // Probes again (the page calls it when opened and from its button).
    Q_INVOKABLE void refresh();
    // Starts the reminder agent now and with every session (platform::ReminderSetup),
    // and says what it did in turnOnMessage.
    Q_INVOKABLE void turnOnReminders();
    // Fixes the clock (tests); microseconds since the epoch.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    bool serverFound() const { return m_serverFound; }
    bool checkingServer() const { return m_pendingQueries > 0; }
    QString serverText() const;
    bool actionsSupported() const { return m_actionsSupported; }
    QString actionsText() const;
    bool agentRunning() const { return m_agentRunning; }
    QString agentText() const;
    QString agentAdvice() const;
    QString turnOnMessage() const { return m_turnOnMessage; }
    bool turnOnFailed() const { return m_turnOnFailed; }
    bool canTurnOn() const;
    ReminderChoiceModel* firstPromptChoices() const { return m_choices[0]; }
    ReminderChoiceModel* hourlyIntervalChoices() const { return m_choices[1]; }
    ReminderChoiceModel* hourlyUntilChoices() const { return m_choices[2]; }
    ReminderChoiceModel* taperIntervalChoices() const { return m_choices[3]; }
    ReminderChoiceModel* taperUntilChoices() const { return m_choices[4]; }
    ReminderChoiceModel* dailyIntervalChoices() const { return m_choices[5]; }
    ReminderChoiceModel* stopAfterChoices() const { return m_choices[6]; }
    bool wakeServiceFound() const { return m_wakeServiceFound; }
    QString wakeText() const;
    QString recentText() const { return m_recentText; }
    QString nextPromptText() const { return m_nextPromptText; }
    QString quietHoursText() const;

    const schedule::Settings& settings() const { return m_settings; }
    bool remindersEnabled() const { return m_settings.enabled; }
    bool quietHoursEnabled() const { return m_settings.quietHoursEnabled; }
    QString quietStart() const;
    QString quietEnd() const;
    QStringList timeChoices() const;
    int quietStartIndex() const { return int(timeChoices().indexOf(quietStart())); }
    int quietEndIndex() const { return int(timeChoices().indexOf(quietEnd())); }
    int snoozeMinutes() const { return m_settings.snoozeMinutes; }
    int firstPromptMinutes() const { return m_settings.firstPromptMinutes; }
    int hourlyIntervalMinutes() const { return m_settings.hourlyIntervalMinutes; }
    int hourlyUntilHours() const { return m_settings.hourlyUntilHours; }
    int taperIntervalMinutes() const { return m_settings.taperIntervalMinutes; }
    int taperUntilHours() const { return m_settings.taperUntilHours; }
    int dailyIntervalMinutes() const { return m_settings.dailyIntervalMinutes; }
    int stopAfterHours() const { return m_settings.stopAfterHours; }
    QString error() const { return m_error; }

    void setRemindersEnabled(bool on);
    void setQuietHoursEnabled(bool on);
    void setQuietStart(const QString& hhmm);
    void setQuietEnd(const QString& hhmm);
    void setSnoozeMinutes(int minutes);
    void setFirstPromptMinutes(int minutes);
    void setHourlyIntervalMinutes(int minutes);
    void setHourlyUntilHours(int hours);
    void setTaperIntervalMinutes(int minutes);
    void setTaperUntilHours(int hours);
    void setDailyIntervalMinutes(int minutes);
    void setStopAfterHours(int hours);

signals:
    void healthChanged();
    void settingsChanged();
    void errorChanged();
    void turnOnChanged();

private:
    // Stores `settings` when they are valid as they are (the agent would read
    // them back unchanged); otherwise says why not and keeps the old ones.
    bool apply(const schedule::Settings& settings);
    void loadSettings();
    void setError(const QString& error);
    void syncChoices();
    qint64 now() const;
    void onServerQueried(const platform::NotificationServerInfo& info,
                         const QStringList& capabilities);

    AppController* m_app;
    platform::Notifier* m_notifier;
    platform::ReminderSetup* m_setup;
    std::function<qint64()> m_clock;
    ReminderChoiceModel* m_choices[7] = {};
    QString m_turnOnMessage;
    bool m_turnOnFailed = false;
    bool m_turnedOn = false;
    schedule::Settings m_settings;
    int m_pendingQueries = 0;
    bool m_serverFound = false;
    QString m_serverName;
    bool m_actionsSupported = false;
    bool m_agentRunning = false;
    bool m_wakeServiceFound = false;
    QString m_recentText;
    QString m_nextPromptText;
    QString m_error;
};

} // namespace aftercare
