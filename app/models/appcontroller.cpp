#include "appcontroller.h"

namespace aftercare {

AppController::AppController(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{}

} // namespace aftercare
