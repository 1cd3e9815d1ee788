#include "screenshots.h"

#include "appcontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QTimer>

#include <cstdio>

namespace aftercare {

namespace {
// Long enough for a page to load its data, lay out and render a frame.
constexpr int settleMilliseconds = 700;

void say(const QString& text)
{
    std::fprintf(stderr, "aftercare: %s\n", qPrintable(text));
}
} // namespace

ScreenshotWalker::ScreenshotWalker(AppController* controller, QQuickWindow* window,
                                   const QString& directory, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_window(window)
    , m_directory(directory)
{}

QStringList ScreenshotWalker::pages()
{
    return {QStringLiteral("home"),         QStringLiteral("new-session"),
            QStringLiteral("check-in"),     QStringLiteral("session"),
            QStringLiteral("export"),       QStringLiteral("file-chooser"),
            QStringLiteral("settings"),     QStringLiteral("backup"),
            QStringLiteral("session-card"), QStringLiteral("session-card-code"),
            QStringLiteral("urgent")};
}

void ScreenshotWalker::start()
{
    if (!QDir().mkpath(m_directory)) {
        say(QStringLiteral("cannot create %1").arg(m_directory));
        QCoreApplication::exit(1);
        return;
    }
    m_controller->setAnimations(false);
    m_pending = pages();
    if (!m_controller->isReady()) {
        // Only the database problem can be shown: that is the one page.
        m_pending = {QStringLiteral("database-problem")};
    }
    QTimer::singleShot(settleMilliseconds, this, &ScreenshotWalker::showNext);
}

void ScreenshotWalker::showNext()
{
    if (m_pending.isEmpty()) {
        QCoreApplication::exit(m_failed ? 1 : 0);
        return;
    }
    m_current = m_pending.takeFirst();
    const bool needsSession = m_current == QLatin1String("session") ||
                              m_current == QLatin1String("check-in") ||
                              m_current == QLatin1String("urgent");
    const QString sessionId = m_controller->newestSessionId();
    if (needsSession && sessionId.isEmpty()) {
        say(QStringLiteral("no session to show on the %1 page: skipped (try --demo)")
                .arg(m_current));
        QTimer::singleShot(0, this, &ScreenshotWalker::showNext);
        return;
    }
    if (m_current != QLatin1String("database-problem"))
        m_controller->navigate(m_current, sessionId);
    QTimer::singleShot(settleMilliseconds, this, &ScreenshotWalker::grab);
}

void ScreenshotWalker::grab()
{
    if (!m_window) {
        QCoreApplication::exit(1);
        return;
    }
    const QImage image = m_window->grabWindow();
    const QString path = QDir(m_directory).filePath(m_current + QStringLiteral(".png"));
    if (image.isNull() || !image.save(path)) {
        say(QStringLiteral("cannot write %1").arg(path));
        m_failed = true;
    }
    showNext();
}

} // namespace aftercare
