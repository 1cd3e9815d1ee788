#include "appshell.h"

#include "appcontroller.h"
#include "appicon.h"
#include "cli/exitcode.h"
#include "cli/invocation.h"
#include "i18n/translations.h"
#include "paths.h"
#include "screenshots.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Aftercare_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(AftercarePlugin)

namespace aftercare {

namespace {
// AFTERCARE_WINDOW_SIZE=360x640 (screenshots at other phone sizes).
QVariantMap windowSizeFromEnvironment()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const QRegularExpressionMatch m = pattern.match(qEnvironmentVariable("AFTERCARE_WINDOW_SIZE"));
    if (!m.hasMatch())
        return {};
    return {{QStringLiteral("width"), m.captured(1).toInt()},
            {QStringLiteral("height"), m.captured(2).toInt()}};
}
} // namespace

void applyThemeFromEnvironment(AppController& controller)
{
    const QString theme = qEnvironmentVariable("AFTERCARE_THEME").trimmed().toLower();
    if (theme == QLatin1String("light"))
        controller.setThemeOverride(AppController::Light);
    else if (theme == QLatin1String("dark"))
        controller.setThemeOverride(AppController::Dark);
}

int runAppShell(int argc, char** argv, const cli::Invocation& invocation)
{
    QGuiApplication app(argc, argv);
    i18n::installTranslations();
    platform::setApplicationIdentity();
    // The app id is needed before the window is shown; the icon (an SVG, which loads
    // Qt Svg and its icon engine) waits until the first frame is on screen.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.aftercare.Aftercare"));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    const QString dataDir =
        cli::resolveDataDir(invocation.dataDirOption, qEnvironmentVariable("AFTERCARE_DATA_DIR"),
                            platform::defaultDataDir());
    AppController controller(dataDir);
    applyThemeFromEnvironment(controller);
    const storage::OpenResult opened = controller.open();
    if (!opened.ok())
        std::fprintf(stderr, "aftercare: %s\n", qPrintable(opened.message));
    if (opened.ok() && invocation.demo) {
        QString error;
        if (!controller.addDemoSessionIfEmpty(&error) && !error.isEmpty())
            std::fprintf(stderr, "aftercare: the demo session could not be added: %s\n",
                         qPrintable(error));
    }
    controller.setStartCheckInSession(invocation.checkInSession);

    QQmlApplicationEngine engine;
    QVariantMap properties = windowSizeFromEnvironment();
    properties.insert(QStringLiteral("controller"), QVariant::fromValue(&controller));
    engine.setInitialProperties(properties);
    engine.load(QUrl(QStringLiteral("qrc:/Aftercare/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return cli::Unexpected;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window)
        return cli::Unexpected;
    if (invocation.quitAfterFirstFrame) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    }
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app, &applyAppIcon,
        static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    ScreenshotWalker walker(&controller, window, invocation.screenshotsDir);
    if (!invocation.screenshotsDir.isEmpty())
        walker.start();
    return app.exec();
}

} // namespace aftercare
