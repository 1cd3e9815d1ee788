// Qt Quick Test over the real QML module and C++ models: every test file
// under quick/ loads the app's Main.qml with a controller on a real SQLite
// file in a temporary folder (see testenv.h).
#include "testenv.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Aftercare_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Aftercare_ItemsPlugin)
Q_IMPORT_QML_PLUGIN(AftercarePlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        aftercare::test::TestEnv::registerForQml();
    }
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_quick, Setup)

#include "tst_quick.moc"
