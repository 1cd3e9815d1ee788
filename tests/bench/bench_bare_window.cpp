// The baseline for the app's startup: a bare Qt Quick window of the app's size and
// style (Material ApplicationWindow, 412x915), built in the same tree, quitting after
// its first frame is swapped, exactly as `aftercare --quit-after-first-frame` does, and
// printing the same "first-frame-ns <CLOCK_REALTIME>" line when it is.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include "firstframe.h"

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.loadData(QByteArrayLiteral("import QtQuick\n"
                                      "import QtQuick.Controls\n"
                                      "import QtQuick.Controls.Material\n"
                                      "ApplicationWindow { width: 412; height: 915; "
                                      "visible: true }\n"));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, &aftercare::reportFirstFrameAndQuit,
                     Qt::SingleShotConnection);
    return app.exec();
}
