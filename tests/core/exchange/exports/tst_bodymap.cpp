#include "exchange/report/bodymap.h"

#include "model/vocabulary.h"
#include "sampledata.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace aftercare;
using report::BodyMapPainter;
using View = report::BodyMapPainter::View;

class TestBodyMap : public QObject
{
    Q_OBJECT
private slots:
    void everyRegionHasAShape();
    void shapesOfAViewDoNotOverlap();
    void sidesAreMirroredBetweenViews();
    void peakPerRegion();
    void coloursGrowWithIntensity();
    void paintsRegionsInTheirColour();
};

void TestBodyMap::everyRegionHasAShape()
{
    const QRectF figure(0, 0, 100, 210);
    int front = 0;
    int back = 0;
    for (const QString& region : vocabulary::ids(vocabulary::regions())) {
        const QPainterPath shape = BodyMapPainter::regionShape(region, figure);
        QVERIFY2(!shape.isEmpty(), qPrintable(region));
        QVERIFY2(figure.contains(shape.boundingRect()), qPrintable(region));
        (BodyMapPainter::viewOf(region) == View::Front ? front : back) += 1;
    }
    QCOMPARE(front + back, 25);
    QVERIFY(front > 8 && back > 8);
    QVERIFY(BodyMapPainter::regionShape(QStringLiteral("elbow"), figure).isEmpty());
}

void TestBodyMap::shapesOfAViewDoNotOverlap()
{
    const QRectF figure(0, 0, 1000, 2100);
    const QStringList regions = vocabulary::ids(vocabulary::regions());
    for (const QString& a : regions) {
        for (const QString& b : regions) {
            if (a >= b || BodyMapPainter::viewOf(a) != BodyMapPainter::viewOf(b))
                continue;
            const QPainterPath overlap = BodyMapPainter::regionShape(a, figure).intersected(
                BodyMapPainter::regionShape(b, figure));
            const QRectF r = overlap.boundingRect();
            QVERIFY2(r.width() * r.height() < 1.0, qPrintable(a + " / " + b));
        }
    }
}

void TestBodyMap::sidesAreMirroredBetweenViews()
{
    const QRectF figure(0, 0, 100, 210);
    const auto centreX = [&](const char* region) {
        return BodyMapPainter::regionShape(QString::fromLatin1(region), figure)
            .boundingRect()
            .center()
            .x();
    };
    // Front: the person faces you, their left is on your right.
    QVERIFY(centreX("arm-left") > centreX("arm-right"));
    QVERIFY(centreX("thigh-front-left") > centreX("thigh-front-right"));
    QVERIFY(centreX("foot-left") > centreX("foot-right"));
    // Back: their left is on your left.
    QVERIFY(centreX("shoulder-left") < centreX("shoulder-right"));
    QVERIFY(centreX("calf-left") < centreX("calf-right"));
    QVERIFY(centreX("gluteal-left") < centreX("gluteal-right"));
    // Front and back figures sit side by side, front first.
    const QRectF bounds(0, 0, 400, 300);
    QVERIFY(BodyMapPainter::figureRect(bounds, View::Front).right() <
            BodyMapPainter::figureRect(bounds, View::Back).left());
}

void TestBodyMap::peakPerRegion()
{
    const QHash<QString, int> peaks = BodyMapPainter::peakByRegion(testdata::shortSession());
    QCOMPARE(peaks.value(QStringLiteral("lower-back")), 7);
    QCOMPARE(peaks.value(QStringLiteral("gluteal-left")), 3);
    QCOMPARE(peaks.value(QStringLiteral("calf-left")), 4);
    QCOMPARE(peaks.size(), 3);
    QVERIFY(!peaks.contains(QStringLiteral("upper-back"))); // worked, never reported
}

void TestBodyMap::coloursGrowWithIntensity()
{
    // Four bands: 0, 1–3, 4–6, 7–10; each darker than the one before.
    QCOMPARE(BodyMapPainter::colourFor(1), BodyMapPainter::colourFor(3));
    QCOMPARE(BodyMapPainter::colourFor(4), BodyMapPainter::colourFor(6));
    QCOMPARE(BodyMapPainter::colourFor(7), BodyMapPainter::colourFor(10));
    const int bands[] = {0, 2, 5, 8};
    for (int i = 1; i < 4; ++i) {
        QVERIFY(BodyMapPainter::colourFor(bands[i]) != BodyMapPainter::colourFor(bands[i - 1]));
        QVERIFY(BodyMapPainter::colourFor(bands[i]).lightness() <
                BodyMapPainter::colourFor(bands[i - 1]).lightness());
    }
}

void TestBodyMap::paintsRegionsInTheirColour()
{
    const Session session = testdata::shortSession();
    QImage image(500, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    const QRectF bounds(0, 0, 500, 400);
    report::BodyMapStyle style;
    {
        QPainter painter(&image);
        BodyMapPainter::paint(&painter, bounds, session, style);
    }
    // Where the figures go once the caption line is taken off the top.
    const auto sample = [&](const char* region) {
        for (qreal caption = 0; caption < 40; caption += 0.5) {
            const QRectF figures = bounds.adjusted(0, caption, 0, 0);
            const QRectF r = BodyMapPainter::regionShape(
                                 QString::fromLatin1(region),
                                 BodyMapPainter::figureRect(
                                     figures, BodyMapPainter::viewOf(QString::fromLatin1(region))))
                                 .boundingRect();
            // Left of the centre, clear of the outline and of the number.
            const QPoint p(int(r.left() + r.width() * 0.22), int(r.center().y()));
            if (image.pixelColor(p) ==
                BodyMapPainter::colourFor(
                    BodyMapPainter::peakByRegion(session).value(QString::fromLatin1(region))))
                return true;
        }
        return false;
    };
    QVERIFY(sample("lower-back"));   // 7: severe
    QVERIFY(sample("gluteal-left")); // 3: mild
    QVERIFY(sample("calf-left"));    // 4: moderate
}

QTEST_MAIN(TestBodyMap)
#include "tst_bodymap.moc"
