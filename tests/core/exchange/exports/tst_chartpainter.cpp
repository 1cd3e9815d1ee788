#include "exchange/report/chartpainter.h"

#include "sampledata.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace aftercare;
using report::ChartPainter;
using report::ChartStyle;

namespace {

// Distinct, saturated colours, easy to tell apart in pixels.
ChartStyle probeStyle()
{
    ChartStyle style;
    style.background = QColor(255, 255, 255);
    style.grid = QColor(250, 250, 250);
    style.intensity = QColor(0, 0, 255);
    style.excess = QColor(255, 128, 0);
    style.onsetBand = QColor(0, 200, 0, 255);
    style.threeDayLine = QColor(128, 0, 128);
    style.redFlag = QColor(255, 0, 0);
    return style;
}

bool near(QRgb a, const QColor& b, int tolerance = 40)
{
    return qAbs(qRed(a) - b.red()) <= tolerance && qAbs(qGreen(a) - b.green()) <= tolerance &&
           qAbs(qBlue(a) - b.blue()) <= tolerance;
}

} // namespace

class TestChartPainter : public QObject
{
    Q_OBJECT
private slots:
    void pointsFollowTheSession();
    void hourAxisCoversTheLog();
    void hourAxisFitsTheData_data();
    void hourAxisFitsTheData();
    void hourAxisTicksStayReadable();
    void earlyCheckInsSpreadOut();
    void legendFitsItsWidth_data();
    void legendFitsItsWidth();
    void paintsBandLineMarkersAndCourse();
    void staysInsideItsRectangle();
    void emptySession();
    void drawsTheFirstFourteenDays_data();
    void drawsTheFirstFourteenDays();
    void saysHowManyAreNotDrawn();
};

void TestChartPainter::pointsFollowTheSession()
{
    const Session session = testdata::shortSession();
    const QList<report::ChartPoint> points = ChartPainter::points(session);
    QCOMPARE(points.size(), session.checkIns.size());
    // In time order; the check-in during the session is hour 0.
    QCOMPARE(points.at(0).hours, 0.0);
    QCOMPARE(points.at(0).maxIntensity, 0);
    // 19:00, three hours after the 16:00 end: lower back 5 over a baseline of 3,
    // left buttock 3 over 0 → highest 5, excess 3.
    QCOMPARE(points.at(1).hours, 3.0);
    QCOMPARE(points.at(1).maxIntensity, 5);
    QCOMPARE(points.at(1).excess, 3);
    QVERIFY(!points.at(1).redFlag);
    // The bruising report the next morning.
    QCOMPARE(points.at(3).hours, 17.0);
    QVERIFY(points.at(3).redFlag);
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points.at(i - 1).hours <= points.at(i).hours);
}

void TestChartPainter::hourAxisCoversTheLog()
{
    QImage image(800, 400, QImage::Format_ARGB32);
    const QRectF bounds(0, 0, 800, 400);
    const auto shortGeometry = ChartPainter::geometry(
        &image, bounds, ChartPainter::points(testdata::shortSession()), ChartStyle());
    // At least three days, so the 72 h line shows, in whole ticks.
    QVERIFY(shortGeometry.maxHours > 72);
    QCOMPARE(std::fmod(shortGeometry.maxHours, shortGeometry.hourStep), 0.0);
    const auto weekGeometry = ChartPainter::geometry(
        &image, bounds, ChartPainter::points(testdata::weekLog()), ChartStyle());
    QVERIFY(weekGeometry.maxHours >= 169);
    QVERIFY(bounds.contains(weekGeometry.plot));
    QVERIFY(weekGeometry.plot.width() > 600);
    QCOMPARE(weekGeometry.map(0, 0), weekGeometry.plot.bottomLeft());
    QCOMPARE(weekGeometry.map(weekGeometry.maxHours, 10), weekGeometry.plot.topRight());
}

// The hour axis fits the log: early check-ins do not pile up at 0, and the onset window
// and the 72 h line show where they matter.
void TestChartPainter::hourAxisFitsTheData_data()
{
    QTest::addColumn<bool>("any");
    QTest::addColumn<double>("lastHours");
    QTest::addColumn<double>("maxHours");
    QTest::addColumn<double>("step");
    QTest::newRow("no check-ins: the expected course") << false << 0.0 << 84.0 << 12.0;
    QTest::newRow("only during the session") << true << 0.0 << 12.0 << 2.0;
    QTest::newRow("first 3 hours") << true << 3.0 << 12.0 << 2.0;
    QTest::newRow("11.5 h: past the minimum") << true << 11.5 << 16.0 << 4.0;
    QTest::newRow("20 h") << true << 20.0 << 24.0 << 4.0;
    QTest::newRow("a day") << true << 24.0 << 30.0 << 6.0;
    QTest::newRow("30 h") << true << 30.0 << 36.0 << 6.0;
    QTest::newRow("35 h") << true << 35.0 << 42.0 << 6.0;
    QTest::newRow("a day and a half: the 72 h line") << true << 36.0 << 84.0 << 12.0;
    QTest::newRow("3 days") << true << 72.0 << 84.0 << 12.0;
    QTest::newRow("4 days") << true << 96.0 << 120.0 << 24.0;
    QTest::newRow("a week") << true << 168.0 << 192.0 << 24.0;
    QTest::newRow("10 days") << true << 240.0 << 288.0 << 48.0;
    QTest::newRow("14 days") << true << 336.0 << 336.0 << 48.0;
    QTest::newRow("a year") << true << 365.0 * 24 << 336.0 << 48.0;
    QTest::newRow("before the end (clock skew)") << true << -2.0 << 12.0 << 2.0;
}

void TestChartPainter::hourAxisFitsTheData()
{
    QFETCH(bool, any);
    QFETCH(double, lastHours);
    QFETCH(double, maxHours);
    QFETCH(double, step);
    const report::HourAxis axis =
        ChartPainter::hourAxis(any ? std::optional<double>(lastHours) : std::nullopt);
    QCOMPARE(axis.maxHours, maxHours);
    QCOMPARE(axis.step, step);
}

// Whatever the log, the axis reaches past its last drawn check-in in whole ticks, with
// 4 to 8 of them, so that the labels fit a phone-wide chart.
void TestChartPainter::hourAxisTicksStayReadable()
{
    for (double last = 0; last <= 400; last += 0.25) {
        const report::HourAxis axis = ChartPainter::hourAxis(last);
        const QString where = QStringLiteral("last check-in at %1 h").arg(last);
        QVERIFY2(axis.maxHours >= std::min(last, ChartPainter::drawnHours), qPrintable(where));
        QVERIFY2(axis.maxHours > last || axis.maxHours == ChartPainter::drawnHours,
                 qPrintable(where));
        QVERIFY2(std::fmod(axis.maxHours, axis.step) == 0, qPrintable(where));
        const double ticks = axis.maxHours / axis.step;
        QVERIFY2(ticks >= 4 && ticks <= 8, qPrintable(where + QStringLiteral(": %1").arg(ticks)));
        if (last >= 36)
            QVERIFY2(axis.maxHours > 72, qPrintable(where));
    }
}

// Check-ins in the first three hours use the width of the plot, not its first sliver.
void TestChartPainter::earlyCheckInsSpreadOut()
{
    Session session = testdata::shortSession();
    session.checkIns.resize(3); // 09:00 next day, 15:30 during, 19:00 (3 h)
    session.checkIns.removeAt(0);
    QImage image(360, 240, QImage::Format_ARGB32);
    const auto g = ChartPainter::geometry(&image, QRectF(0, 0, 360, 240),
                                          ChartPainter::points(session), ChartStyle());
    QCOMPARE(g.maxHours, 12.0);
    QVERIFY(g.map(3, 0).x() - g.map(0, 0).x() > g.plot.width() / 5);
}

// The legend flows onto more lines instead of running past the chart's right edge.
void TestChartPainter::legendFitsItsWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("PDF half page") << 330;
    QTest::newRow("phone") << 360;
    QTest::newRow("PDF column") << 420;
    QTest::newRow("wide") << 900;
}

void TestChartPainter::legendFitsItsWidth()
{
    QFETCH(int, width);
    const Session session = testdata::shortSession();
    ChartStyle style = probeStyle();
    const QRectF bounds(0, 0, width, 300);
    QImage image(width, 300, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        ChartPainter::paint(&painter, bounds, session, analysis::analyze(session), style);
    }
    const auto g = ChartPainter::geometry(&image, bounds, ChartPainter::points(session), style);
    QVERIFY(!g.legend.isEmpty());
    // Nothing of the legend in the last few pixels of each of its rows.
    for (int y = int(g.legend.top()); y < int(g.legend.bottom()); ++y) {
        for (int x = width - 4; x < width; ++x)
            QVERIFY2(qGray(image.pixel(x, y)) > 200,
                     qPrintable(QStringLiteral("ink at %1,%2").arg(x).arg(y)));
    }
    // The legend stays above the plot.
    QVERIFY(g.legend.bottom() <= g.plot.top());
}

void TestChartPainter::paintsBandLineMarkersAndCourse()
{
    const Session session = testdata::shortSession();
    const ChartStyle style = probeStyle();
    QImage image(900, 450, QImage::Format_ARGB32);
    image.fill(Qt::white);
    const QRectF bounds(0, 0, 900, 450);
    {
        QPainter painter(&image);
        ChartPainter::paint(&painter, bounds, session, analysis::analyze(session), style);
    }
    const auto g = ChartPainter::geometry(&image, bounds, ChartPainter::points(session), style);
    const auto pixel = [&](double hours, double value) {
        return image.pixel(g.map(hours, value).toPoint());
    };
    // The usual onset window (6–24 h) is shaded, outside it not.
    QVERIFY(near(pixel(10, 9), style.onsetBand));
    QVERIFY(near(pixel(23, 9), style.onsetBand));
    QVERIFY(near(pixel(40, 9), style.background));
    QVERIFY(near(pixel(3, 9), style.background));
    // The 72 h line (dashed): some of its pixels on the way up.
    const auto purplish = [](QRgb c) {
        return qRed(c) > qGreen(c) + 50 && qBlue(c) > qGreen(c) + 50;
    };
    int purple = 0;
    const int x72 = int(g.map(72, 0).x());
    for (int y = int(g.map(0, 9).y()); y < int(g.map(0, 1).y()); ++y)
        purple += purplish(image.pixel(x72, y)) || purplish(image.pixel(x72 + 1, y)) ? 1 : 0;
    QVERIFY(purple > 20);
    // A red-flag marker at the top of the plot where bruising was reported (17 h).
    const QPoint flag = g.map(17, 10).toPoint() + QPoint(0, 3);
    QVERIFY(near(image.pixel(flag), style.redFlag, 60));
    QVERIFY(!near(pixel(40, 10), style.redFlag, 60));
    // The highest soreness at 7 h is 7: a dot of the intensity colour there.
    QVERIFY(near(pixel(7, 7), style.intensity, 60));
}

void TestChartPainter::staysInsideItsRectangle()
{
    const QColor outside(255, 0, 255);
    QImage image(1000, 600, QImage::Format_ARGB32);
    image.fill(outside);
    const QRect bounds(100, 80, 700, 360);
    {
        QPainter painter(&image);
        const Session week = testdata::weekLog();
        ChartPainter::paint(&painter, bounds, week, analysis::analyze(week), probeStyle());
    }
    int inside = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool in = bounds.contains(x, y);
            if (!in)
                QVERIFY2(image.pixel(x, y) == outside.rgb(),
                         qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
            else if (image.pixel(x, y) != outside.rgb())
                ++inside;
        }
    }
    QCOMPARE(inside, bounds.width() * bounds.height()); // the background covers it all
}

void TestChartPainter::emptySession()
{
    Session session = testdata::shortSession();
    session.checkIns.clear();
    QImage image(600, 300, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        ChartPainter::paint(&painter, QRectF(0, 0, 600, 300), session, analysis::analyze(session),
                            probeStyle());
    }
    const auto g = ChartPainter::geometry(&image, QRectF(0, 0, 600, 300), {}, probeStyle());
    QCOMPARE(g.maxHours, 84.0);
    const QRgb p = image.pixel(g.map(15, 9).toPoint()); // between grid lines
    QVERIFY2(near(p, probeStyle().onsetBand), qPrintable(QColor(p).name()));
}

// The hour axis ends at 14 days however far the log reaches, so that a check-in years
// after its session costs no more than one a day after it.
void TestChartPainter::drawsTheFirstFourteenDays_data()
{
    QTest::addColumn<double>("lastHours");
    QTest::addColumn<double>("maxHours");
    QTest::addColumn<qsizetype>("notDrawn");
    QTest::newRow("a week") << 168.0 << 192.0 << qsizetype(0);
    QTest::newRow("day 14 exactly") << 336.0 << 336.0 << qsizetype(0);
    QTest::newRow("day 15") << 360.0 << 336.0 << qsizetype(1);
    QTest::newRow("1,000 years") << 1000.0 * 365.25 * 24 << 336.0 << qsizetype(1);
}

void TestChartPainter::drawsTheFirstFourteenDays()
{
    QFETCH(double, lastHours);
    QFETCH(double, maxHours);
    QFETCH(qsizetype, notDrawn);
    Session session = testdata::shortSession();
    CheckIn last = session.checkIns.last();
    last.at =
        Timestamp::fromUtcMicros(session.endUtcMicros() + qint64(lastHours * 3600) * 1000000, 0);
    session.checkIns << last;
    const QList<report::ChartPoint> points = ChartPainter::points(session);
    QCOMPARE(ChartPainter::notDrawn(points), notDrawn);
    QImage image(800, 400, QImage::Format_ARGB32);
    const auto g = ChartPainter::geometry(&image, QRectF(0, 0, 800, 400), points, ChartStyle());
    QCOMPARE(g.maxHours, maxHours);
}

void TestChartPainter::saysHowManyAreNotDrawn()
{
    // Both logs reach day 13 (the same hour axis); one has three more check-ins later.
    Session session = testdata::shortSession();
    const CheckIn sore = session.checkIns.at(1);
    const auto addOnDay = [&](int day) {
        CheckIn later = sore;
        later.at = Timestamp::fromUtcMicros(session.endUtcMicros() + qint64(day) * 86400000000, 0);
        session.checkIns << later;
    };
    addOnDay(13);
    const ChartStyle style = probeStyle();
    const QRectF bounds(0, 0, 900, 450);
    const auto draw = [&] {
        QImage image(900, 450, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        ChartPainter::paint(&painter, bounds, session, analysis::analyze(session), style);
        return image;
    };
    const QImage withoutLater = draw();
    for (int day = 20; day < 23; ++day)
        addOnDay(day);
    const QImage withLater = draw();
    const auto g = ChartPainter::geometry(&withLater, bounds, ChartPainter::points(session), style);
    QCOMPARE(g.maxHours, ChartPainter::drawnHours);
    // The note sits between the legend and the plot, at the plot's right end.
    const QRect strip = QRectF(QPointF(g.plot.right() - 250, g.legend.bottom()),
                               QPointF(g.plot.right(), g.plot.top() - 2))
                            .toRect();
    const auto inked = [&](const QImage& image) {
        int dark = 0;
        for (int y = strip.top(); y <= strip.bottom(); ++y)
            for (int x = strip.left(); x <= strip.right(); ++x)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        return dark;
    };
    QVERIFY2(
        inked(withLater) > inked(withoutLater) + 20,
        qPrintable(
            QStringLiteral("%1 vs %2 dark pixels").arg(inked(withLater)).arg(inked(withoutLater))));
}

QTEST_MAIN(TestChartPainter)
#include "tst_chartpainter.moc"
