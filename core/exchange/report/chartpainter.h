#pragma once

#include "analysis/analysis.h"
#include "model/session.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <optional>

class QPainter;
class QPaintDevice;

namespace aftercare::report {

// Colours and sizes of the soreness chart. Sizes are in points (1/72 inch), converted
// with the paint device's resolution, so the chart looks the same on screen and paper.
struct ChartStyle
{
    QColor background = QColor(0xff, 0xff, 0xff);
    QColor text = QColor(0x21, 0x21, 0x21);
    QColor axis = QColor(0x61, 0x61, 0x61);
    QColor grid = QColor(0xe4, 0xe4, 0xe4);
    QColor intensity = QColor(0x1e, 0x5a, 0xa0); // highest soreness at a check-in
    QColor excess = QColor(0xc4, 0x5a, 0x00);    // soreness above the pre-session level
    QColor onsetBand = QColor(0x4c, 0xaf, 0x50, 0x38);
    QColor onsetBandText = QColor(0x2e, 0x6b, 0x30);
    QColor threeDayLine = QColor(0x6a, 0x3d, 0x9a);
    QColor redFlag = QColor(0xc6, 0x28, 0x28);
    QFont font = defaultFont();
    qreal lineWidth = 1.4;  // points
    qreal markerSize = 3.2; // points, radius of a check-in dot
    bool showLegend = true;

    static QFont defaultFont();
};

// Where things go in a chart of a given size: the plot area and the scales.
struct ChartGeometry
{
    QRectF plot;                                   // the data area, inside the axes
    double maxHours = 72;                          // right end of the hour axis
    double hourStep = 12;                          // between hour ticks
    QRectF legend;                                 // empty when the legend is hidden
    QPointF map(double hours, double value) const; // value on the 0–10 scale
};

// The hour axis: from 0 to maxHours, a tick every `step` hours.
struct HourAxis
{
    double maxHours = 84;
    double step = 12;
    friend bool operator==(const HourAxis&, const HourAxis&) = default;
};

// One check-in as the chart draws it.
struct ChartPoint
{
    double hours = 0;     // since the session end (0 during the session)
    int maxIntensity = 0; // highest intensity over its regions
    int excess = 0;       // above the pre-session level
    bool redFlag = false; // a red flag was reported
};

// Paints soreness over the first 14 days since the session end (later check-ins are
// counted, not drawn, so that the cost follows the data and not the time span): the highest
// intensity and the excess over the pre-session level at each check-in, the usual onset window
// (6–24 h) shaded, the 72 h line, red-flag markers, axes with labels and a legend. A plain QPainter
// painter: the PDF report uses it, and the app through a QQuickPaintedItem.
class ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(ChartPainter)

public:
    static void paint(QPainter* painter, const QRectF& bounds, const Session& session,
                      const analysis::Result& result, const ChartStyle& style = {});

    // The hours after the session end that the chart shows at most.
    static constexpr double drawnHours = 14 * 24;

    // Every check-in, in time order, also those after drawnHours.
    static QList<ChartPoint> points(const Session& session);
    // The hour axis for a log whose last check-in is `lastHours` after the session end
    // (none: no check-ins). It fits the data: a little past the last check-in, at least
    // 12 h (so the start of the usual onset window shows), in whole ticks of a step chosen
    // for the span (2, 4, 6, 12, 24 or 48 h); from 36 h on it reaches past the 72 h line,
    // and it never goes beyond drawnHours. Without check-ins it shows the expected course,
    // 0–84 h. Pure.
    static HourAxis hourAxis(std::optional<double> lastHours);
    // How many of the points lie after drawnHours.
    static qsizetype notDrawn(const QList<ChartPoint>& points);
    static ChartGeometry geometry(const QPaintDevice* device, const QRectF& bounds,
                                  const QList<ChartPoint>& points, const ChartStyle& style);
};

} // namespace aftercare::report
