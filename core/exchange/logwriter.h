#pragma once

#include "model/session.h"

#include <QByteArray>

namespace aftercare::exchange {

// Writes a log file of version 2 (the log format's section 1). Deterministic: the same sessions
// give the same bytes (sessions in the given order, check-ins by instant, optional fields only when
// set), so export → import → export reproduces everything but `exportedAt`.
QByteArray writeLog(const QList<Session>& sessions, const Timestamp& exportedAt);

} // namespace aftercare::exchange
