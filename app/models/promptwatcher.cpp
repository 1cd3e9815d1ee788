#include "promptwatcher.h"

#include "appcontroller.h"
#include "formatting.h"
#include "model/vocabulary.h"
#include "reminders/reminderplan.h"
#include "schedule/schedule.h"

#include <QDateTime>

#include <algorithm>

namespace aftercare {

namespace {
// Wake at least this often, so a changed time zone or a suspended machine
// is noticed (µs).
constexpr qint64 maxSleepMicros = qint64(6) * 3600 * 1000 * 1000;

QDateTime local(qint64 utcMicros)
{
    return QDateTime::fromMSecsSinceEpoch(utcMicros / 1000);
}
} // namespace

PromptWatcher::PromptWatcher(AppController* app, QObject* parent)
    : QObject(parent)
    , m_app(app)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PromptWatcher::refresh);
    connect(m_app, &AppController::contentChanged, this, &PromptWatcher::refresh);
}

void PromptWatcher::setClock(std::function<qint64()> clock, const QTimeZone& zone)
{
    m_clock = std::move(clock);
    m_zone = zone;
    refresh();
}

qint64 PromptWatcher::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch() * 1000;
}

void PromptWatcher::refresh()
{
    const qint64 t = now();
    struct Due
    {
        QString id;
        qint64 at;
        QString text;
    };
    QList<Due> due;
    QVariantMap texts;
    qint64 wake = t + maxSleepMicros;
    if (m_app->isReady()) {
        const storage::Repository& repository = m_app->repository();
        const schedule::Settings settings = reminders::loadSettings(repository);
        // From the stored summaries: no session's check-ins are read here.
        for (reminders::CourseState& s : reminders::loadActiveCourses(repository, settings, t)) {
            // "delivered" does not answer a prompt: the person has not logged yet.
            s.records.removeIf([](const schedule::PromptRecord& r) {
                return r.event == QLatin1String(schedule::event::delivered);
            });
            const QList<schedule::Prompt> prompts =
                schedule::upcomingPrompts(s.course, s.records, settings, t, m_zone, 2);
            if (prompts.isEmpty())
                continue;
            const schedule::Prompt& next = prompts.first();
            if (next.dueUtcMicros <= t) {
                due << Due{
                    s.summary.id, next.dueUtcMicros,
                    tr("%1 massage, %2")
                        .arg(vocabulary::label(vocabulary::techniques(), s.summary.technique),
                             format::when(s.summary.start, local(t)))};
                texts.insert(s.summary.id, tr("Check-in due now"));
            } else {
                texts.insert(
                    s.summary.id,
                    tr("Next check-in: %1").arg(format::when(local(next.dueUtcMicros), local(t))));
            }
            for (const schedule::Prompt& p : prompts) {
                if (p.dueUtcMicros > t)
                    wake = std::min(wake, p.dueUtcMicros);
            }
            // A due prompt is dropped one interval after it at the latest.
            if (next.dueUtcMicros <= t)
                wake = std::min(wake, t + qint64(settings.dailyIntervalMinutes) * 60 * 1000 * 1000);
        }
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const Due& a, const Due& b) { return a.at < b.at; });
    QStringList ids;
    for (const Due& d : due)
        ids << d.id;
    const QString text = due.isEmpty() ? QString() : due.first().text;

    m_wake = wake;
    // One millisecond late, so the due instant has passed when it fires.
    m_timer.start(int(std::max<qint64>(0, (wake - t) / 1000) + 1));

    if (ids != m_due || text != m_dueText || texts != m_nextTexts) {
        m_due = ids;
        m_dueText = text;
        m_nextTexts = texts;
        emit changed();
    }
}

} // namespace aftercare
