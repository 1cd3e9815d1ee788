#include "appshell.h"

#include "appcontroller.h"
#include "appicon.h"
#include "autostart/remindersetup.h"
#include "cli/exitcode.h"
#include "cli/invocation.h"
#include "dialer/dialer.h"
#include "firstframe.h"
#include "fontpreparer.h"
#include "i18n/translations.h"
#include "instance/appinstance.h"
#include "notifications/notifier.h"
#include "paths.h"
#include "reminders/agentidentity.h"
#include "screenshots.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Aftercare_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Aftercare_ItemsPlugin)
Q_IMPORT_QML_PLUGIN(AftercarePlugin)

namespace aftercare {

namespace {
// AFTERCARE_WINDOW_SIZE=360x640 (screenshots at other phone sizes).
QVariantMap windowSizeFromEnvironment()
{
    // "<3-4 digits>x<3-4 digits>", read by hand: a QRegularExpression loads PCRE2.
    const QStringList parts = qEnvironmentVariable("AFTERCARE_WINDOW_SIZE").split(u'x');
    const auto dimension = [](const QString& text) {
        bool digits = text.size() >= 3 && text.size() <= 4;
        for (const QChar c : text)
            digits = digits && c >= u'0' && c <= u'9';
        return digits ? text.toInt() : 0;
    };
    if (parts.size() != 2 || dimension(parts.at(0)) == 0 || dimension(parts.at(1)) == 0)
        return {};
    return {{QStringLiteral("width"), dimension(parts.at(0))},
            {QStringLiteral("height"), dimension(parts.at(1))}};
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
    // The fonts are read on a thread of their own, alongside the QML loading and the
    // database work below; the style import on the loader's thread needs them too.
    FontPreparer fonts;
    // tests/bench/run.sh starts without the warm-up too: it must keep gaining 3 %.
    if (!qEnvironmentVariableIsSet("AFTERCARE_BENCH_NO_FONT_WARMUP"))
        fonts.start();
    platform::setApplicationIdentity();
    // The app id is needed before the window is shown; the icon (reading PNGs loads the
    // image format plugins) waits until the first frame is on screen.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.aftercare.Aftercare"));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    const QString dataDir =
        cli::resolveDataDir(invocation.dataDirOption, qEnvironmentVariable("AFTERCARE_DATA_DIR"),
                            platform::defaultDataDir());

    // One window per data folder: a start with a link while the app runs hands the link
    // over and quits. Screenshots and startup measurements always run on their own.
    std::unique_ptr<platform::AppInstance> instance;
    if (invocation.screenshotsDir.isEmpty() && !invocation.quitAfterFirstFrame) {
        instance =
            platform::createAppInstance(reminders::appBusName(dataDir, platform::defaultDataDir()));
        if (!instance->claim()) {
            if (!invocation.link.isEmpty()) {
                if (instance->handOver(invocation.link))
                    return cli::Success;
                std::fprintf(stderr, "aftercare: the open Aftercare window did not take the "
                                     "link; opening it in a window of its own\n");
            }
            instance.reset();
        }
    }

    // Declared before the engine, so that they outlive everything QML holds of them.
    const std::unique_ptr<platform::Dialer> dialer = platform::createDialer();
    // Made when Settings first shows the reminders: nothing before needs them.
    std::unique_ptr<platform::Notifier> notifier;
    std::unique_ptr<platform::ReminderSetup> reminderSetup;
    AppController controller(dataDir);
    controller.setDialer(dialer.get());
    controller.setReminderServices([&notifier, &reminderSetup] {
        if (!notifier) {
            notifier = platform::createNotifier();
            reminderSetup = platform::createReminderSetup();
        }
        return AppController::ReminderServices{notifier.get(), reminderSetup.get()};
    });
    applyThemeFromEnvironment(controller);

    // The QML type loader reads the pages and their imports on its own thread, started
    // first: everything below overlaps it, and the window is created once it is done.
    QQmlApplicationEngine engine;
    QQmlComponent component(&engine);
    component.loadUrl(QUrl(QStringLiteral("qrc:/Aftercare/Main.qml")), QQmlComponent::Asynchronous);

    // Translations are looked up when the window is created, not while it loads.
    i18n::installTranslations();
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
    controller.setStartLink(invocation.link);
    if (instance) {
        QObject::connect(instance.get(), &platform::AppInstance::linkReceived, &controller,
                         &AppController::openLink);
    }

    std::unique_ptr<QQuickWindow> window;
    std::unique_ptr<ScreenshotWalker> walker;
    const auto createWindow = [&]() -> bool {
        if (component.isError()) {
            for (const QQmlError& error : component.errors())
                std::fprintf(stderr, "aftercare: %s\n", qPrintable(error.toString()));
            return false;
        }
        fonts.stop();
        QVariantMap properties = windowSizeFromEnvironment();
        properties.insert(QStringLiteral("controller"), QVariant::fromValue(&controller));
        std::unique_ptr<QObject> root(component.createWithInitialProperties(properties));
        window.reset(qobject_cast<QQuickWindow*>(root.get()));
        if (!window)
            return false;
        root.release();
        if (invocation.quitAfterFirstFrame) {
            // The window closes with its first frame: no one would see its icon.
            QObject::connect(window.get(), &QQuickWindow::frameSwapped, &app,
                             &reportFirstFrameAndQuit, Qt::SingleShotConnection);
        } else {
            QObject::connect(
                window.get(), &QQuickWindow::frameSwapped, &app, &applyAppIcon,
                static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
        }
        walker = std::make_unique<ScreenshotWalker>(&controller, window.get(),
                                                    invocation.screenshotsDir);
        if (!invocation.screenshotsDir.isEmpty())
            walker->start();
        return true;
    };
    if (component.isLoading()) {
        QObject::connect(&component, &QQmlComponent::statusChanged, &app, [&] {
            if (!component.isLoading() && !createWindow())
                QCoreApplication::exit(cli::Unexpected);
        });
    } else if (!createWindow()) {
        return cli::Unexpected;
    }
    return app.exec();
}

} // namespace aftercare
