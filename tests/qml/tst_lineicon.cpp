// LineIcon: the icon outlines parse, arcs land where SVG puts them, and painting draws
// the stroke in the given colour at any size.
#include "lineicon.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using aftercare::LineIcon;

class TestLineIcon : public QObject
{
    Q_OBJECT

private slots:
    void everyIconParsesInsideTheGrid()
    {
        const QStringList names = LineIcon::names();
        QCOMPARE(names.size(), 16);
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
        LineIcon icon;
        icon.setName(QStringLiteral("add"));
        icon.setColor(QColor(200, 0, 0));
        icon.setSize(QSizeF(48, 48));
        QImage image(48, 48, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            icon.paint(&painter);
        }
        // The plus crosses at the middle; the corners stay empty.
        QCOMPARE(image.pixelColor(24, 24), QColor(200, 0, 0));
        QCOMPARE(image.pixelColor(24, 14), QColor(200, 0, 0));
        QCOMPARE(image.pixelColor(4, 4).alpha(), 0);
        QCOMPARE(image.pixelColor(40, 40).alpha(), 0);
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
