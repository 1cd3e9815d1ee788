#include "linux/wallclockalarm.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstdint>
#include <sys/timerfd.h>
#include <unistd.h>

namespace aftercare::platform {

namespace {
constexpr qint64 microsPerSecond = 1000000;
} // namespace

WallClockAlarm::WallClockAlarm(QObject* parent)
    : QObject(parent)
{
    m_fd = ::timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_fd < 0) {
        qWarning("cannot create a wall-clock timer: %s", strerror(errno));
        return;
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &WallClockAlarm::onReadable);
}

WallClockAlarm::~WallClockAlarm()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void WallClockAlarm::armAt(qint64 utcMicros)
{
    if (m_fd < 0)
        return;
    itimerspec spec{};
    // it_value 0 would disarm: an instant at or before the epoch fires a nanosecond after it.
    const qint64 at = std::max<qint64>(utcMicros, 1);
    spec.it_value.tv_sec = time_t(at / microsPerSecond);
    spec.it_value.tv_nsec = long(at % microsPerSecond) * 1000;
    if (::timerfd_settime(m_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr) != 0) {
        qWarning("cannot arm the wall-clock timer: %s", strerror(errno));
        m_armed = false;
        return;
    }
    m_armed = true;
}

void WallClockAlarm::stop()
{
    if (m_fd < 0)
        return;
    const itimerspec off{};
    ::timerfd_settime(m_fd, TFD_TIMER_ABSTIME, &off, nullptr);
    m_armed = false;
}

void WallClockAlarm::onReadable()
{
    std::uint64_t expirations = 0;
    const ssize_t n = ::read(m_fd, &expirations, sizeof expirations);
    if (n == sizeof expirations) {
        m_armed = false;
        emit fired();
    } else if (n < 0 && errno == ECANCELED) {
        // The clock was set: the timer is cancelled and must be armed again.
        m_armed = false;
        emit clockChanged();
    }
    // EAGAIN: re-armed between the notification and the read; nothing to do.
}

} // namespace aftercare::platform
