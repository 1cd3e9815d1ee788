#include "reminders/reminderagent.h"

#include "reminders/reminderplan.h"
#include "reminders/remindertext.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>

#include <algorithm>

namespace aftercare::reminders {

namespace {

constexpr qint64 microsPerMilli = 1000;
// A prompt due within this much counts as due (timers may fire a little early).
constexpr qint64 dueToleranceMicros = 500 * microsPerMilli;
constexpr int settleChecks = 5; // after a file change: about 12 s of looks at 200 ms debounce

QString sessionLabel(const schedule::Prompt& p)
{
    return QStringLiteral("session \"%1\"").arg(p.sessionId);
}

} // namespace

ReminderAgent::ReminderAgent(storage::Repository& repository, platform::Notifier& notifier,
                             AgentEnvironment environment, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_notifier(notifier)
    , m_env(std::move(environment))
{
    if (!m_env.nowUtcMicros)
        m_env.nowUtcMicros = [] { return QDateTime::currentMSecsSinceEpoch() * microsPerMilli; };
    if (!m_env.zone)
        m_env.zone = [] { return QTimeZone::systemTimeZone(); };
    if (!m_env.launch)
        m_env.launch = [](const QString& program, const QStringList& arguments) {
            return QProcess::startDetached(program, arguments);
        };
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderAgent::onTimer);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ReminderAgent::onFileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ReminderAgent::onFileChanged);
    connect(&m_notifier, &platform::Notifier::actionInvoked, this, &ReminderAgent::onAction);
    connect(&m_notifier, &platform::Notifier::closed, this, &ReminderAgent::onClosed);
    if (m_env.alarm) {
        connect(m_env.alarm, &platform::WallClockAlarm::fired, this, &ReminderAgent::onTimer);
        connect(m_env.alarm, &platform::WallClockAlarm::clockChanged, this,
                &ReminderAgent::clockChanged);
    }
    if (m_env.wakeup)
        connect(m_env.wakeup, &platform::WakeupService::woken, this, &ReminderAgent::recheck);
}

ReminderAgent::~ReminderAgent()
{
    storeUnrecorded(); // a last try before stopping
}

qint64 ReminderAgent::now() const
{
    return m_env.nowUtcMicros();
}

void ReminderAgent::start()
{
    loadShown();
    watchFiles();
    recheck();
}

QString ReminderAgent::shownFilePath() const
{
    return QDir(m_env.dataDir).filePath(QStringLiteral("reminders-shown.json"));
}

void ReminderAgent::saveShown()
{
    QJsonArray shown;
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
        shown.append(QJsonObject{{QStringLiteral("handle"), qint64(it.key())},
                                 {QStringLiteral("id"), it->notificationId},
                                 {QStringLiteral("session"), it->prompt.sessionId},
                                 {QStringLiteral("due"), QString::number(it->prompt.dueUtcMicros)},
                                 {QStringLiteral("kind"), schedule::kindId(it->prompt.kind)},
                                 {QStringLiteral("checkIns"), qint64(it->checkIns)}});
    }
    const QJsonObject root{{QStringLiteral("server"), m_notifier.serverInstance()},
                           {QStringLiteral("shown"), shown}};
    QSaveFile file(shownFilePath());
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qWarning().noquote() << QStringLiteral("cannot keep the reminders on screen in %1: %2")
                                    .arg(file.fileName(), file.errorString());
}

void ReminderAgent::loadShown()
{
    QFile file(shownFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.read(1 << 20)).object();
    const QString server = m_notifier.serverInstance();
    if (server.isEmpty() || root.value(QStringLiteral("server")).toString() != server)
        return; // another server (or none): those handles are not ours
    for (const QJsonValue& value : root.value(QStringLiteral("shown")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto handle =
            platform::NotificationHandle(o.value(QStringLiteral("handle")).toInteger());
        const std::optional<schedule::Kind> kind =
            schedule::kindFromId(o.value(QStringLiteral("kind")).toString());
        bool dueOk = false;
        const qint64 due = o.value(QStringLiteral("due")).toString().toLongLong(&dueOk);
        const QString session = o.value(QStringLiteral("session")).toString();
        if (handle == 0 || !kind || !dueOk || session.isEmpty())
            continue;
        Shown shown{{session, due, *kind},
                    qsizetype(o.value(QStringLiteral("checkIns")).toInteger()),
                    o.value(QStringLiteral("id")).toString(),
                    true};
        m_notifier.adopt(handle, shown.notificationId);
        m_shown.insert(handle, shown);
    }
    if (!m_shown.isEmpty())
        qInfo().noquote() << QStringLiteral("reminders: %1 notification(s) of the last run still "
                                            "answer")
                                 .arg(m_shown.size());
}

void ReminderAgent::watchFiles()
{
    const QString database = QDir(m_env.dataDir).filePath(storage::Database::fileName());
    const QStringList wanted{m_env.dataDir, database, database + QStringLiteral("-wal")};
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    for (const QString& path : wanted) {
        if (!watched.contains(path) && QFileInfo::exists(path))
            m_watcher.addPath(path);
    }
}

void ReminderAgent::recheck()
{
    storeUnrecorded();
    const qint64 t = now();
    const QTimeZone zone = m_env.zone();
    const schedule::Settings settings = loadSettings(m_repository);
    std::optional<qint64> earliest;
    bool failed = false;
    m_next.reset();

    for (SessionState& s : loadActiveSessions(m_repository, settings, t)) {
        closeAnswered(s.session);
        reclaim(s.session, settings, t);
        // What is shown but not stored yet counts: it is not shown twice.
        for (const schedule::PromptRecord& r : std::as_const(m_unrecorded)) {
            if (r.sessionId == s.session.id)
                s.records << r;
        }
        if (const auto advice = schedule::pendingAdvice(s.session, s.analysis, s.records, t)) {
            if (deliver(s.session, *advice, settings, t))
                s.records << schedule::PromptRecord{
                    s.session.id, advice->dueUtcMicros, schedule::kindId(advice->kind),
                    QString::fromLatin1(schedule::event::delivered), t};
            else
                failed = true;
        }
        // Normally one pass; a second one finds the prompt after a delivered one.
        for (int pass = 0; pass < 3; ++pass) {
            const std::optional<schedule::Prompt> next =
                schedule::nextPrompt(s.session, s.analysis, s.records, settings, t, zone);
            if (!next)
                break;
            if (next->dueUtcMicros > t + dueToleranceMicros) {
                if (!earliest || next->dueUtcMicros < *earliest) {
                    earliest = next->dueUtcMicros;
                    m_next = next;
                }
                break;
            }
            if (!deliver(s.session, *next, settings, t)) {
                failed = true;
                break;
            }
            s.records << schedule::PromptRecord{s.session.id, next->dueUtcMicros,
                                                schedule::kindId(next->kind),
                                                QString::fromLatin1(schedule::event::delivered), t};
        }
    }
    if (m_env.wakeup) {
        if (earliest)
            m_env.wakeup->requestAt(*earliest);
        else
            m_env.wakeup->cancel();
    }
    m_seenChanges = m_repository.changeCounter().orEmpty();
    m_settleChecksLeft = 0;
    m_safetyAt = t + qint64(m_env.safetyNetMs) * microsPerMilli;
    arm(t, earliest, failed, !m_unrecorded.isEmpty());
    emit rechecked();
}

void ReminderAgent::resumed()
{
    qInfo().noquote() << QStringLiteral("reminders: resumed from suspend, planning again");
    recheck();
}

void ReminderAgent::clockChanged()
{
    qInfo().noquote() << QStringLiteral("reminders: the clock was set, planning again");
    recheck();
}

void ReminderAgent::timeZoneChanged()
{
    qInfo().noquote() << QStringLiteral("reminders: the time zone is now %1, planning again")
                             .arg(QString::fromUtf8(m_env.zone().id()));
    recheck();
}

QStringList ReminderAgent::shownSessions() const
{
    QStringList sessions;
    for (const Shown& shown : m_shown)
        sessions << shown.prompt.sessionId;
    sessions.sort();
    return sessions;
}

void ReminderAgent::closeAnswered(const Session& session)
{
    QList<platform::NotificationHandle> answered;
    for (auto it = m_shown.begin(); it != m_shown.end();) {
        if (it->prompt.sessionId == session.id && it->prompt.kind != schedule::Kind::Advice &&
            session.checkIns.size() > it->checkIns) {
            answered << it.key();
            it = m_shown.erase(it);
        } else {
            ++it;
        }
    }
    if (answered.isEmpty())
        return;
    saveShown();
    // Forgotten first: the notifier may report the close at once.
    for (const platform::NotificationHandle handle : std::as_const(answered)) {
        qInfo().noquote() << QStringLiteral("closing the reminder for session \"%1\": checked in")
                                 .arg(session.id);
        m_notifier.close(handle);
    }
}

void ReminderAgent::reclaim(const Session& session, const schedule::Settings& settings, qint64 t)
{
    QList<platform::NotificationHandle> adopted;
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
        if (it->adopted && it->prompt.sessionId == session.id)
            adopted << it.key();
    }
    for (const platform::NotificationHandle oldHandle : std::as_const(adopted)) {
        Shown mine = m_shown.value(oldHandle);
        const platform::Notification notification =
            mine.prompt.kind == schedule::Kind::Advice
                ? adviceNotification(session)
                : promptNotification(session, mine.prompt, settings.snoozeMinutes, t);
        const platform::NotificationHandle handle = m_notifier.notify(notification);
        if (handle == 0)
            continue; // still the last run's; tried again at the next look
        m_shown.remove(oldHandle);
        mine.adopted = false;
        m_shown.insert(handle, mine);
        qInfo().noquote() << QStringLiteral("the reminder of the last run for %1 now answers here")
                                 .arg(sessionLabel(mine.prompt));
        saveShown();
    }
}

void ReminderAgent::arm(qint64 t, std::optional<qint64> dueAt, bool retry, bool recordPending)
{
    qint64 target = m_safetyAt;
    if (dueAt)
        target = std::min(target, *dueAt);
    if (retry)
        target = std::min(target, t + qint64(m_env.retryMs) * microsPerMilli);
    if (recordPending)
        target = std::min(target, t + qint64(m_env.recordRetryMs) * microsPerMilli);
    m_wakeAt = target;
    const qint64 ms = std::max<qint64>(0, (target - t + microsPerMilli - 1) / microsPerMilli);
    m_timer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    if (m_env.alarm)
        m_env.alarm->armAt(target);
}

void ReminderAgent::onTimer()
{
    const qint64 t = now();
    if (t + dueToleranceMicros >= m_wakeAt ||
        m_repository.changeCounter().orEmpty() != m_seenChanges || !m_unrecorded.isEmpty()) {
        recheck();
        return;
    }
    // Woken by a file change that was not a commit (or was our own): look again a few
    // times, each wait twice the last (debounce × 2, 4, 8, 16, 32), then sleep on.
    qint64 ms = (m_wakeAt - t + microsPerMilli - 1) / microsPerMilli;
    if (m_settleChecksLeft > 0) {
        --m_settleChecksLeft;
        ms = std::min<qint64>(ms, qint64(m_env.debounceMs) << (settleChecks - m_settleChecksLeft));
    }
    m_timer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void ReminderAgent::onFileChanged()
{
    watchFiles(); // the -wal file comes and goes
    m_settleChecksLeft = settleChecks;
    if (!m_timer.isActive() || m_timer.remainingTime() > m_env.debounceMs)
        m_timer.start(m_env.debounceMs);
}

bool ReminderAgent::deliver(const Session& session, const schedule::Prompt& prompt,
                            const schedule::Settings& settings, qint64 t)
{
    const platform::Notification notification =
        prompt.kind == schedule::Kind::Advice
            ? adviceNotification(session)
            : promptNotification(session, prompt, settings.snoozeMinutes, t);
    const platform::NotificationHandle handle = m_notifier.notify(notification);
    if (handle == 0) {
        qWarning().noquote() << QStringLiteral("cannot show the reminder for %1: %2")
                                    .arg(sessionLabel(prompt), m_notifier.lastError());
        emit deliveryFailed(prompt, m_notifier.lastError());
        return false;
    }
    // Shown: from now on it counts as delivered, also after a restart.
    record({session.id, prompt.dueUtcMicros, schedule::kindId(prompt.kind),
            QString::fromLatin1(schedule::event::delivered), t});
    // The one it replaced (same session, same kind of notification) is gone.
    for (auto it = m_shown.begin(); it != m_shown.end();) {
        const bool sameKind =
            (it->prompt.kind == schedule::Kind::Advice) == (prompt.kind == schedule::Kind::Advice);
        it = it->prompt.sessionId == prompt.sessionId && sameKind ? m_shown.erase(it) : ++it;
    }
    m_shown.insert(handle, {prompt, session.checkIns.size(), notification.id});
    saveShown();
    qInfo().noquote() << QStringLiteral("reminder shown for %1 (%2, due %3)")
                             .arg(sessionLabel(prompt), schedule::kindId(prompt.kind),
                                  localTimestamp(prompt.dueUtcMicros, m_env.zone()).text);
    emit delivered(prompt);
    return true;
}

bool ReminderAgent::record(const schedule::PromptRecord& r)
{
    const storage::StoreResult recorded = m_repository.recordPromptEvent(toEvent(r));
    if (recorded)
        return true;
    qWarning().noquote() << QStringLiteral("cannot record the reminder event \"%1\" for session "
                                           "\"%2\" yet (kept, tried again in %3 s): %4")
                                .arg(r.event, r.sessionId)
                                .arg(m_env.recordRetryMs / 1000.0)
                                .arg(recorded.message);
    m_unrecorded << r;
    return false;
}

void ReminderAgent::storeUnrecorded()
{
    QList<schedule::PromptRecord> waiting;
    waiting.swap(m_unrecorded);
    for (const schedule::PromptRecord& r : std::as_const(waiting)) {
        // Once one waits for the lock in vain, the rest would too: they wait with it.
        if (!m_unrecorded.isEmpty() || !m_repository.recordPromptEvent(toEvent(r)))
            m_unrecorded << r;
    }
    if (!waiting.isEmpty() && m_unrecorded.isEmpty())
        qInfo().noquote() << QStringLiteral("stored %1 reminder event(s) kept while the "
                                            "database was busy")
                                 .arg(waiting.size());
}

void ReminderAgent::onAction(platform::NotificationHandle handle, const QString& key)
{
    const auto it = m_shown.constFind(handle);
    if (it == m_shown.cend())
        return;
    const Shown shown = *it;
    const schedule::Prompt prompt = shown.prompt;
    m_shown.erase(it);
    const qint64 t = now();
    const auto answer = [&](const char* event) {
        record({prompt.sessionId, prompt.dueUtcMicros, schedule::kindId(prompt.kind),
                QString::fromLatin1(event), t});
    };

    if (prompt.kind == schedule::Kind::Advice) {
        if (key == QLatin1String(action::logNow))
            m_env.launch(m_env.program, {QStringLiteral("--data-dir"), m_env.dataDir});
    } else if (key == QLatin1String(action::logNow) || key == QLatin1String("log-now")) {
        const QStringList arguments{QStringLiteral("--data-dir"), m_env.dataDir,
                                    QStringLiteral("--check-in"), prompt.sessionId};
        if (!m_env.launch(m_env.program, arguments))
            qWarning().noquote() << QStringLiteral("cannot start %1").arg(m_env.program);
        answer(schedule::event::logNow);
    } else if (key == QLatin1String(action::noSoreness)) {
        CheckIn checkIn;
        checkIn.at = localTimestamp(t, m_env.zone());
        checkIn.recordedAt = checkIn.at; // entered from the notification as it is answered
        if (const storage::StoreResult added = m_repository.addCheckIn(prompt.sessionId, checkIn);
            !added)
            qWarning().noquote() << QStringLiteral("cannot record \"no soreness\" for session "
                                                   "\"%1\": %2")
                                        .arg(prompt.sessionId, added.message);
        answer(schedule::event::noSoreness);
    } else if (key.startsWith(QLatin1String(action::snooze))) {
        int minutes = loadSettings(m_repository).snoozeMinutes;
        if (key == QLatin1String(action::snooze15))
            minutes = 15;
        else if (key == QLatin1String(action::snooze30))
            minutes = 30;
        else if (key == QLatin1String(action::snooze60))
            minutes = 60;
        record(schedule::snoozeRecord(prompt.sessionId, t, minutes));
    } else {
        m_shown.insert(handle, shown); // not one of ours: leave it
        return;
    }
    saveShown();
    m_notifier.close(handle);
    emit actionHandled(prompt.sessionId, key);
    recheck();
}

void ReminderAgent::onClosed(platform::NotificationHandle handle, platform::CloseReason reason)
{
    const auto it = m_shown.constFind(handle);
    if (it == m_shown.cend())
        return;
    const schedule::Prompt prompt = it->prompt;
    m_shown.erase(it);
    saveShown();
    if (reason == platform::CloseReason::Dismissed)
        record({prompt.sessionId, prompt.dueUtcMicros, schedule::kindId(prompt.kind),
                QString::fromLatin1(schedule::event::dismissed), now()});
}

} // namespace aftercare::reminders
