#pragma once

#include <QCoreApplication>

#include <cstdio>
#include <ctime>

namespace aftercare {

// --quit-after-first-frame: prints "first-frame-ns <CLOCK_REALTIME>" when the first frame
// is on screen, then quits. tests/bench/run.sh times startup from this line, printed the
// same way by its bare-window baseline (header only, so that baseline links nothing of ours).
inline void reportFirstFrameAndQuit()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    std::printf("first-frame-ns %lld\n",
                static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
    std::fflush(stdout);
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                              Qt::QueuedConnection);
}

} // namespace aftercare
