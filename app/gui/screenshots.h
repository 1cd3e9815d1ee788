#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QStringList>

namespace aftercare {

class AppController;

// --screenshots DIR: shows each main page in turn, grabs the window once the
// page has rendered, writes DIR/<page>.png, then quits the application
// (exit 0 when every PNG was written, 1 otherwise).
class ScreenshotWalker : public QObject
{
    Q_OBJECT
public:
    ScreenshotWalker(AppController* controller, QQuickWindow* window, const QString& directory,
                     QObject* parent = nullptr);

    // The pages walked, in order.
    static QStringList pages();

    void start();

private:
    void showNext();
    void grab();

    QPointer<AppController> m_controller;
    QPointer<QQuickWindow> m_window;
    QString m_directory;
    QStringList m_pending;
    QString m_current;
    bool m_failed = false;
};

} // namespace aftercare
