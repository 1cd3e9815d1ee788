#pragma once

#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace aftercare {

class AppController;

// Which sessions have a check-in prompt due now, and when each session's next
// one comes (core/schedule nextPrompt over the open sessions, the clock passed
// in). A prompt the agent delivered still counts as due here until it is
// answered, snoozed or replaced by the next one. A single-shot timer wakes at
// the next instant at which this changes; no polling.
class PromptWatcher : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(bool hasDue READ hasDue NOTIFY changed)
    // Sessions with a prompt due now, the longest due first.
    Q_PROPERTY(QStringList dueSessionIds READ dueSessionIds NOTIFY changed)
    // "Deep tissue massage, Today, 14:00": the first due session.
    Q_PROPERTY(QString dueSessionText READ dueSessionText NOTIFY changed)
    // Session id → "Next check-in: Today, 15:00" or "Check-in due now".
    Q_PROPERTY(QVariantMap nextCheckInTexts READ nextCheckInTexts NOTIFY changed)
public:
    explicit PromptWatcher(AppController* app, QObject* parent = nullptr);

    // Tests: a fixed clock (microseconds since the epoch) and time zone.
    void setClock(std::function<qint64()> clock, const QTimeZone& zone);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE bool isDue(const QString& sessionId) const { return m_due.contains(sessionId); }

    bool hasDue() const { return !m_due.isEmpty(); }
    QStringList dueSessionIds() const { return m_due; }
    QString dueSessionText() const { return m_dueText; }
    QVariantMap nextCheckInTexts() const { return m_nextTexts; }
    // When the timer fires next, in microseconds since the epoch; 0: not armed.
    qint64 nextWakeUtcMicros() const { return m_wake; }

signals:
    void changed();

private:
    qint64 now() const;

    AppController* m_app;
    std::function<qint64()> m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimer m_timer;
    QStringList m_due;
    QString m_dueText;
    QVariantMap m_nextTexts;
    qint64 m_wake = 0;
};

} // namespace aftercare
