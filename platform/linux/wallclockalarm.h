#pragma once
// An alarm at an absolute wall-clock instant: a timerfd on CLOCK_REALTIME with
// TFD_TIMER_ABSTIME. A monotonic timer stops while the device is suspended and
// comes late by as long as it slept; this one fires at once on resume when its
// instant has passed. With TFD_TIMER_CANCEL_ON_SET the kernel cancels it when
// the wall clock is set (by hand, NTP stepping it), which is reported as
// clockChanged(). It costs no wake-up while it waits.

#include <QObject>

class QSocketNotifier;

namespace aftercare::platform {

class WallClockAlarm : public QObject
{
    Q_OBJECT

public:
    explicit WallClockAlarm(QObject* parent = nullptr);
    ~WallClockAlarm() override;

    // False where no timerfd could be made (then it never fires).
    bool isValid() const { return m_fd >= 0; }
    // Fires at `utcMicros` (microseconds since the epoch); at once when it has passed.
    void armAt(qint64 utcMicros);
    void stop();
    bool isArmed() const { return m_armed; }

signals:
    void fired();
    // The wall clock was set while the alarm was armed; it is disarmed now.
    void clockChanged();

private:
    void onReadable();

    int m_fd = -1;
    bool m_armed = false;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace aftercare::platform
