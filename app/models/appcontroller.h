#pragma once

#include "dialer/dialer.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

Q_MOC_INCLUDE("sessionlistmodel.h")
Q_MOC_INCLUDE("sessiondetails.h")
Q_MOC_INCLUDE("newsessionform.h")
Q_MOC_INCLUDE("checkinform.h")
Q_MOC_INCLUDE("exportform.h")
Q_MOC_INCLUDE("promptwatcher.h")
Q_MOC_INCLUDE("reminderpanel.h")
Q_MOC_INCLUDE("techniquehistorymodel.h")
Q_MOC_INCLUDE("sessioncardform.h")
Q_MOC_INCLUDE("emergencycall.h")

namespace aftercare {

namespace platform {
class ReminderSetup;
class Notifier;
} // namespace platform

class SessionListModel;
class SessionDetails;
class NewSessionForm;
class CheckInForm;
class ExportForm;
class PromptWatcher;
class ReminderPanel;
class TechniqueHistoryModel;
class SessionCardForm;
class EmergencyCall;

// The app's root object for QML: owns the database and the repository, the
// sessions list, and hands out one controller per page (intent methods).
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app shell")
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    Q_PROPERTY(QString problemTitle READ problemTitle NOTIFY readyChanged)
    Q_PROPERTY(QString problemMessage READ problemMessage NOTIFY readyChanged)
    Q_PROPERTY(QString problemAdvice READ problemAdvice NOTIFY readyChanged)
    Q_PROPERTY(aftercare::SessionListModel* sessions READ sessions CONSTANT)
    Q_PROPERTY(aftercare::TechniqueHistoryModel* techniques READ techniques CONSTANT)
    Q_PROPERTY(aftercare::PromptWatcher* prompts READ prompts CONSTANT)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool themeFixedByEnvironment READ themeFixedByEnvironment CONSTANT)
    Q_PROPERTY(QString startCheckInSession READ startCheckInSession CONSTANT)
    // A session-card link the app was started with (empty: none).
    Q_PROPERTY(QString startLink READ startLink CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString notADiagnosis READ notADiagnosis CONSTANT)
    Q_PROPERTY(bool animations READ animations WRITE setAnimations NOTIFY animationsChanged)
    // A session deleted moments ago that Undo can still bring back ("" when none).
    Q_PROPERTY(QString removalText READ removalText NOTIFY removalChanged)
public:
    enum Theme
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Theme)

    explicit AppController(const QString& dataDir, QObject* parent = nullptr);
    ~AppController() override;

    // Opens <dataDir>/aftercare.sqlite. On failure the app shows the problem and
    // never touches the file again.
    storage::OpenResult open();
    Q_INVOKABLE bool retryOpen();

    // --demo: adds one demo session when the database has none. True when added.
    bool addDemoSessionIfEmpty(QString* error = nullptr);
    // --check-in ID: the page to open first.
    void setStartCheckInSession(const QString& sessionId) { m_startCheckInSession = sessionId; }
    // LINK: the session card to open first.
    void setStartLink(const QString& link) { m_startLink = link; }
    // A session card handed over while the window is open (a second start with a link):
    // the window shows it (linkOpened). Saves nothing.
    Q_INVOKABLE void openLink(const QString& link);
    // What places a call from the emergency page, handed in by whoever builds the app (the
    // app shell: the platform's dialer; tests: a fake). Not owned; none: no call button.
    void setDialer(platform::Dialer* dialer) { m_dialer = dialer; }
    // AFTERCARE_THEME=light|dark: fixed for this run (screenshots, tests).
    void setThemeOverride(Theme theme);

    QString dataDir() const { return m_dataDir; }
    // The platform services behind the Settings page's reminders (not owned): the app
    // shell's, fakes in tests. Asked for when reminderPanel() is first called, so that
    // their D-Bus connection is made only when someone opens Settings.
    struct ReminderServices
    {
        platform::Notifier* notifier = nullptr;
        platform::ReminderSetup* setup = nullptr;
    };
    void setReminderServices(std::function<ReminderServices()> provide)
    {
        m_provideReminderServices = std::move(provide);
    }
    QString databasePath() const;
    bool isReady() const { return m_ready; }
    QString problemTitle() const { return m_problemTitle; }
    QString problemMessage() const { return m_problemMessage; }
    QString problemAdvice() const { return m_problemAdvice; }
    SessionListModel* sessions() const { return m_sessions; }
    TechniqueHistoryModel* techniques() const { return m_techniques; }
    PromptWatcher* prompts() const { return m_prompts; }
    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    bool themeFixedByEnvironment() const { return m_themeFixed; }
    QString startCheckInSession() const { return m_startCheckInSession; }
    QString startLink() const { return m_startLink; }
    QString version() const;
    QString notADiagnosis() const;

    bool animations() const { return m_animations; }
    void setAnimations(bool on);

    Q_INVOKABLE bool hasSession(const QString& sessionId) const;
    // The newest session's id, empty when there is none.
    Q_INVOKABLE QString newestSessionId() const;
    // Asks the window to show a page: "home", "new-session", "session",
    // "check-in", "export", "settings", "backup", "session-card", "session-card-code" or
    // "urgent" (a cauda equina sign on the session's check-in, shown but not saved)
    // (screenshots, --check-in).
    Q_INVOKABLE void navigate(const QString& page, const QString& sessionId = {});
    // One controller per page; QML owns what these return.
    Q_INVOKABLE aftercare::SessionDetails* sessionDetails(const QString& sessionId);
    Q_INVOKABLE aftercare::NewSessionForm* newSessionForm();
    // The same form, filled in from a stored session; null when it is unknown.
    Q_INVOKABLE aftercare::NewSessionForm* editSessionForm(const QString& sessionId);
    Q_INVOKABLE aftercare::CheckInForm* checkInForm(const QString& sessionId);
    // Empty id: all sessions.
    Q_INVOKABLE aftercare::ExportForm* exportForm(const QString& sessionId);
    // The Settings page's reminder panel, probed when made.
    Q_INVOKABLE aftercare::ReminderPanel* reminderPanel();
    // For therapists: the form that makes a session card (nothing of it is stored).
    Q_INVOKABLE aftercare::SessionCardForm* sessionCardForm();
    // The urgent page's emergency number and call button, for the system locale's
    // territory and the dialer handed in.
    Q_INVOKABLE aftercare::EmergencyCall* emergencyCall();

    // Deleting a session: it leaves the lists at once, and the database only when
    // finishRemoval() runs (the Undo time is over, another delete, or the app closes).
    // Undo in between leaves it as it was. False when it is unknown.
    Q_INVOKABLE bool removeSession(const QString& sessionId);
    Q_INVOKABLE bool undoRemoval();
    Q_INVOKABLE bool finishRemoval();
    QString removalText() const { return m_removalText; }

    // For the page controllers: valid only while ready.
    storage::Repository& repository() { return *m_repository; }
    const storage::Repository& repository() const { return *m_repository; }
    // Every write goes through a page controller, which then calls this.
    void notifyContentChanged();

signals:
    void readyChanged();
    void themeChanged();
    void animationsChanged();
    void removalChanged();
    void navigationRequested(const QString& page, const QString& sessionId);
    void linkOpened(const QString& link);
    // Something was written: lists and pages reload.
    void contentChanged();

private:
    void reloadSessions();
    bool commitRemoval();
    void setProblem(const storage::OpenResult& result);

    QString m_dataDir;
    std::function<ReminderServices()> m_provideReminderServices;
    storage::Database m_database;
    std::unique_ptr<storage::Repository> m_repository;
    SessionListModel* m_sessions = nullptr;
    TechniqueHistoryModel* m_techniques = nullptr;
    PromptWatcher* m_prompts = nullptr;
    bool m_ready = false;
    QString m_problemTitle;
    QString m_problemMessage;
    QString m_problemAdvice;
    Theme m_theme = System;
    bool m_themeFixed = false;
    QString m_startCheckInSession;
    QString m_startLink;
    bool m_animations = true;
    QString m_removingId;
    QString m_removalText;
    QPointer<platform::Dialer> m_dialer;
};

} // namespace aftercare
