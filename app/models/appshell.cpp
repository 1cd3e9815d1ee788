#include "appshell.h"

#include "appcontroller.h"
#include "cli/exitcode.h"
#include "cli/invocation.h"
#include "paths.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Aftercare_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(AftercarePlugin)

namespace aftercare {

int runAppShell(int argc, char** argv, const cli::Invocation& invocation)
{
    QGuiApplication app(argc, argv);
    platform::setApplicationIdentity();
    QQuickStyle::setStyle(QStringLiteral("Material"));

    const QString dataDir =
        cli::resolveDataDir(invocation.dataDirOption, qEnvironmentVariable("AFTERCARE_DATA_DIR"),
                            platform::defaultDataDir());
    AppController controller(dataDir);

    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/Aftercare/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return cli::Unexpected;
    if (invocation.quitAfterFirstFrame) {
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    }
    return app.exec();
}

} // namespace aftercare
