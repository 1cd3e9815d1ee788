// LineIcon: the icon outlines parse, arcs land where SVG puts them, drawing puts the
// stroke in the given colour at any size, and items with the same look share one image.
#include "lineicon.h"

#include <QImage>
#include <QPainter>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using aftercare::LineIcon;

class TestLineIcon : public QObject
{
    Q_OBJECT

private slots:
    void everyIconParsesInsideTheGrid()
    {
        const QStringList names = LineIcon::names();
        QCOMPARE(names.size(), 22);
        for (const QString& name : names) {
            const QPainterPath path = LineIcon::outline(name);
            QVERIFY2(!path.isEmpty(), qPrintable(name));
            const QRectF bounds = path.boundingRect();
            QVERIFY2(QRectF(0, 0, 24, 24).contains(bounds), qPrintable(name));
        }
    }

    void unknownNamesShowInfo()
    {
        QCOMPARE(LineIcon::outline(QStringLiteral("no-such-icon")),
                 LineIcon::outline(QStringLiteral("info")));
        QVERIFY(LineIcon::outline(QStringLiteral("add")) !=
                LineIcon::outline(QStringLiteral("info")));
    }

    // Two half circles through (3,12) and (21,12) make the ring of radius 9 around (12,12).
    void arcsFollowSvgGeometry_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QRectF>("bounds");
        QTest::newRow("full circle")
            << "M3 12 A9 9 0 1 1 21 12 A9 9 0 1 1 3 12 Z" << QRectF(3, 3, 18, 18);
        // Sweep 1 from right to left goes through the bottom (y grows downwards).
        QTest::newRow("lower half")
            << "M18.5 14.5 A6.5 6.5 0 0 1 5.5 14.5" << QRectF(5.5, 14.5, 13, 6.5);
        QTest::newRow("upper half")
            << "M18.5 14.5 A6.5 6.5 0 0 0 5.5 14.5" << QRectF(5.5, 8, 13, 6.5);
        // A radius too small for the chord grows to half of it, as in SVG.
        QTest::newRow("radius scaled up") << "M0 10 A1 1 0 0 1 10 10" << QRectF(0, 5, 10, 5);
    }
    void arcsFollowSvgGeometry()
    {
        QFETCH(QString, path);
        QFETCH(QRectF, bounds);
        const QRectF actual = LineIcon::parsePath(path).boundingRect();
        const qreal tolerance = 0.05;
        QVERIFY2(std::abs(actual.left() - bounds.left()) < tolerance &&
                     std::abs(actual.top() - bounds.top()) < tolerance &&
                     std::abs(actual.right() - bounds.right()) < tolerance &&
                     std::abs(actual.bottom() - bounds.bottom()) < tolerance,
                 qPrintable(QStringLiteral("got %1,%2 %3x%4")
                                .arg(actual.left())
                                .arg(actual.top())
                                .arg(actual.width())
                                .arg(actual.height())));
    }

    void invalidTextGivesAnEmptyPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("line before move") << "L1 2";
        QTest::newRow("missing coordinate") << "M1";
        QTest::newRow("unknown command") << "M1 1 C 2 2 3 3 4 4";
        QTest::newRow("relative command") << "M1 1 l 2 2";
        QTest::newRow("ellipse") << "M1 1 A1 2 0 0 1 3 3";
        QTest::newRow("rotated arc") << "M1 1 A2 2 30 0 1 3 3";
        QTest::newRow("not a number") << "M1 x";
        QTest::newRow("close before move") << "Z";
    }
    void invalidTextGivesAnEmptyPath()
    {
        QFETCH(QString, path);
        QVERIFY(LineIcon::parsePath(path).isEmpty());
    }

    void paintsTheStrokeInItsColour()
    {
        const QImage image =
            LineIcon::image(QStringLiteral("add"), QSize(48, 48), QColor(200, 0, 0), 2);
        QCOMPARE(image.size(), QSize(48, 48));
        // The plus crosses at the middle; the corners stay empty.
        QCOMPARE(image.pixelColor(24, 24), QColor(200, 0, 0));
        QCOMPARE(image.pixelColor(24, 14), QColor(200, 0, 0));
        QCOMPARE(image.pixelColor(4, 4).alpha(), 0);
        QCOMPARE(image.pixelColor(40, 40).alpha(), 0);
    }

    // One image per look: asked again, it is the cached one; another colour is drawn.
    void drawsEachLookOnce()
    {
        const int before = LineIcon::drawnImageCount();
        const QImage first = LineIcon::image(QStringLiteral("check"), QSize(20, 20), Qt::red, 2);
        const QImage again = LineIcon::image(QStringLiteral("check"), QSize(20, 20), Qt::red, 2);
        QCOMPARE(LineIcon::drawnImageCount(), before + 1);
        QCOMPARE(again.cacheKey(), first.cacheKey());
        const QImage blue = LineIcon::image(QStringLiteral("check"), QSize(20, 20), Qt::blue, 2);
        QCOMPARE(LineIcon::drawnImageCount(), before + 2);
        // Every pixel the stroke touches is blue (at its coverage).
        int strokePixels = 0;
        for (int y = 0; y < blue.height(); ++y) {
            for (int x = 0; x < blue.width(); ++x) {
                const QColor pixel = blue.pixelColor(x, y);
                if (pixel.alpha() > 0) {
                    QCOMPARE(pixel.rgb(), QColor(Qt::blue).rgb());
                    ++strokePixels;
                }
            }
        }
        QVERIFY(strokePixels > 10);
    }

    // In a window, three items with one look draw it once and each shows it; a new colour
    // on one of them is drawn and shown.
    void itemsShareTheirImage()
    {
        QQuickWindow window;
        window.resize(100, 40);
        std::vector<std::unique_ptr<LineIcon>> icons;
        for (int i = 0; i < 3; ++i) {
            auto icon = std::make_unique<LineIcon>(window.contentItem());
            icon->setName(QStringLiteral("add"));
            icon->setColor(QColor(0, 120, 0));
            icon->setPosition(QPointF(i * 30, 0));
            icon->setSize(QSizeF(24, 24));
            icons.push_back(std::move(icon));
        }
        const int before = LineIcon::drawnImageCount();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QImage frame = window.grabWindow();
        QCOMPARE(LineIcon::drawnImageCount(), before + 1);
        const qreal ratio = window.effectiveDevicePixelRatio();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(frame.pixelColor(QPoint(i * 30 + 12, 12) * ratio), QColor(0, 120, 0));

        icons.at(1)->setColor(QColor(0, 0, 200));
        frame = window.grabWindow();
        QCOMPARE(LineIcon::drawnImageCount(), before + 2);
        QCOMPARE(frame.pixelColor(QPoint(42, 12) * ratio), QColor(0, 0, 200));
        QCOMPARE(frame.pixelColor(QPoint(12, 12) * ratio), QColor(0, 120, 0));
    }

    void changesNotifyOnce()
    {
        LineIcon icon;
        QSignalSpy name(&icon, &LineIcon::nameChanged);
        QSignalSpy color(&icon, &LineIcon::colorChanged);
        QSignalSpy width(&icon, &LineIcon::lineWidthChanged);
        icon.setName(QStringLiteral("check"));
        icon.setName(QStringLiteral("check"));
        icon.setColor(Qt::blue);
        icon.setColor(Qt::blue);
        icon.setLineWidth(3);
        icon.setLineWidth(3);
        QCOMPARE(name.count(), 1);
        QCOMPARE(color.count(), 1);
        QCOMPARE(width.count(), 1);
        QCOMPARE(icon.implicitWidth(), 24.0);
    }
};

QTEST_MAIN(TestLineIcon)
#include "tst_lineicon.moc"
