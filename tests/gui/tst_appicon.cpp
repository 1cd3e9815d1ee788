// The window's icon and desktop identity, as the app shell sets them before the window.
#include "appicon.h"

#include <QGuiApplication>
#include <QIcon>
#include <QTest>

using namespace aftercare;

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void windowIcon();
};

void TestAppIcon::windowIcon()
{
    applyAppIcon();
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("org.aftercare.Aftercare"));
    const QIcon icon = QGuiApplication::windowIcon();
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.pixmap(64, 64).isNull());
    // Built-in PNGs at every size a window manager or task bar asks for.
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    QCOMPARE(icon.pixmap(256, 256).size(), QSize(256, 256));
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
