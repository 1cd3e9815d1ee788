#pragma once
// The reminder agent: delivers due check-in prompts as notifications while the
// app is closed, and carries out what their actions promise.
//
// It sleeps on one single-shot timer until the next due prompt (at most
// `safetyNetMs`, a coarse re-check), and, where one is given, on a wall-clock
// alarm at the same instant, which a suspend does not delay. It plans again at
// once when the device resumes, the wall clock is set or the time zone changes
// (resumed(), clockChanged(), timeZoneChanged(): the caller connects them to
// what reports them). A prompt still on screen is closed once its session gets a
// check-in, from the app or anywhere else. It
// wakes early when the database changes (a file watcher on the folder and the
// -wal file, confirmed with Repository::changeCounter), and records every
// delivered prompt as a PromptEvent before it counts as shown, so a restart
// neither repeats nor loses one. An event that cannot be stored yet (another
// program holds the write lock past the busy timeout) is kept, counted as stored,
// and written again every `recordRetryMs` until it is.

#include "linux/wakeupservice.h"
#include "linux/wallclockalarm.h"
#include "notifications/notifier.h"
#include "schedule/schedule.h"
#include "storage/repository.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <optional>

namespace aftercare::reminders {

struct AgentEnvironment
{
    QString dataDir;
    // The clock and the device's current zone; the system's by default.
    std::function<qint64()> nowUtcMicros;
    std::function<QTimeZone()> zone;
    // "Log now": runs `program` with `arguments`, detached. By default
    // QProcess::startDetached.
    std::function<bool(const QString& program, const QStringList& arguments)> launch;
    QString program; // the aftercare executable
    // Armed at every instant the timer is (not owned); null: the timer alone (tests
    // with their own clock). Its clockChanged() is taken as clockChanged().
    platform::WallClockAlarm* alarm = nullptr;
    // Asked to wake the device for the next prompt, and told again when the plan
    // changes (not owned); null: none. Its woken() makes the agent look at once.
    platform::WakeupService* wakeup = nullptr;
    int safetyNetMs = 5 * 60 * 1000;
    int debounceMs = 200;
    int retryMs = 60 * 1000;      // after a failed delivery (no notification server)
    int recordRetryMs = 5 * 1000; // while an event waits to be stored (database busy)
};

class ReminderAgent : public QObject
{
    Q_OBJECT

public:
    ReminderAgent(storage::Repository& repository, platform::Notifier& notifier,
                  AgentEnvironment environment, QObject* parent = nullptr);
    ~ReminderAgent() override;

    // Delivers what is due, starts watching the database and arms the timer.
    void start();
    // Delivers what is due now and re-arms the timer.
    void recheck();
    // The device woke from suspend, the wall clock was set, the zone changed: each
    // plans again at once (what fell due meanwhile is shown, once; quiet hours
    // follow the new local time).
    void resumed();
    void clockChanged();
    void timeZoneChanged();

    // The notifications still on screen, by session.
    QStringList shownSessions() const;

    // The earliest prompt still to come, as of the last re-check.
    std::optional<schedule::Prompt> nextPrompt() const { return m_next; }
    // When the timer fires next (ms from now), -1 when stopped.
    int msUntilWake() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }
    // Events not stored yet (the database was busy); written again at each re-check.
    qsizetype unrecordedEvents() const { return m_unrecorded.size(); }

signals:
    void delivered(const aftercare::schedule::Prompt& prompt);
    void deliveryFailed(const aftercare::schedule::Prompt& prompt, const QString& error);
    void actionHandled(const QString& sessionId, const QString& actionKey);
    void rechecked();

private:
    struct Shown
    {
        schedule::Prompt prompt;
        qsizetype checkIns = 0; // the session's check-ins when it was shown
        QString notificationId;
        // Shown by an earlier run: the server sends its actions to that run's connection
        // until it is shown again (replaced in place) from this one.
        bool adopted = false;
    };

    void onTimer();
    void onFileChanged();
    void onAction(platform::NotificationHandle handle, const QString& actionKey);
    void onClosed(platform::NotificationHandle handle, platform::CloseReason reason);
    bool deliver(const Session& session, const schedule::Prompt& prompt,
                 const schedule::Settings& settings, qint64 now);
    bool record(const schedule::PromptRecord& record);
    // Writes the events kept by record(); those that fail again stay.
    void storeUnrecorded();
    // Closes the prompt of `session` still on screen when it got a check-in since.
    void closeAnswered(const Session& session);
    // Shows an adopted notification of `session` again in its place, so that its actions
    // come to this run.
    void reclaim(const Session& session, const schedule::Settings& settings, qint64 now);
    void watchFiles();
    // What is on screen, kept in the data folder for the next run of the agent (a
    // restart, a crash): its notifications' actions keep working. Adopted only from
    // the same notification server process.
    QString shownFilePath() const;
    void saveShown();
    void loadShown();
    void arm(qint64 now, std::optional<qint64> dueAt, bool retry, bool recordPending);
    qint64 now() const;

    storage::Repository& m_repository;
    platform::Notifier& m_notifier;
    AgentEnvironment m_env;
    QTimer m_timer; // the one timer: next due prompt, safety net or debounce
    QFileSystemWatcher m_watcher;
    qint64 m_seenChanges = -1;
    // Looks left after a file change that showed no commit yet: a writer's commit becomes
    // visible only after its fsync, which may come well after its last write to the WAL.
    int m_settleChecksLeft = 0;
    qint64 m_wakeAt = 0;   // when the armed timer is meant to fire (µs)
    qint64 m_safetyAt = 0; // next coarse re-check (µs)
    std::optional<schedule::Prompt> m_next;
    QHash<platform::NotificationHandle, Shown> m_shown;
    QList<schedule::PromptRecord> m_unrecorded;
};

} // namespace aftercare::reminders
