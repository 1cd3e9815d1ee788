#pragma once

#include "model/session.h"
#include "storage/repository.h"

#include <QDateTime>

namespace aftercare::demo {

// One realistic session relative to `now`: deep tissue on the lower back,
// check-ins every few hours, soreness rising to 6 at about 20 h and easing.
// Marked as demo data in its notes.
Session demoSession(const QDateTime& now);

// Writes demoSession(now), check-ins included, through the repository.
storage::StoreResult addDemoSession(storage::Repository& repository, const QDateTime& now);

} // namespace aftercare::demo
