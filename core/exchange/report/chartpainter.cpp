#include "exchange/report/chartpainter.h"

#include "exchange/report/reportfont.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace aftercare::report {

namespace {

constexpr double onsetFrom = 6;
constexpr double onsetTo = 24;
constexpr double threeDays = 72;

qreal pointUnit(const QPaintDevice* device)
{
    return device ? device->logicalDpiY() / 72.0 : 1.0;
}

QFont smaller(const QFont& font, qreal factor)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(std::max(1, int(f.pixelSize() * factor)));
    return f;
}

} // namespace

QFont ChartStyle::defaultFont()
{
    return reportFont(7.5);
}

QPointF ChartGeometry::map(double hours, double value) const
{
    const double x = plot.left() + plot.width() * std::clamp(hours, 0.0, maxHours) / maxHours;
    const double y = plot.bottom() - plot.height() * std::clamp(value, 0.0, 10.0) / 10.0;
    return {x, y};
}

QList<ChartPoint> ChartPainter::points(const Session& session)
{
    QList<ChartPoint> result;
    result.reserve(session.checkIns.size());
    for (const CheckIn& checkIn : session.checkIns) {
        ChartPoint point;
        point.hours = analysis::hoursSinceEnd(session, checkIn.at.utcMicros);
        for (const Symptom& symptom : checkIn.symptoms)
            point.maxIntensity = std::max(point.maxIntensity, symptom.intensity);
        point.excess = analysis::excessAt(session, checkIn);
        point.redFlag = !checkIn.redFlags.isEmpty();
        result << point;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ChartPoint& a, const ChartPoint& b) { return a.hours < b.hours; });
    return result;
}

qsizetype ChartPainter::notDrawn(const QList<ChartPoint>& points)
{
    return std::count_if(points.begin(), points.end(),
                         [](const ChartPoint& p) { return p.hours > drawnHours; });
}

HourAxis ChartPainter::hourAxis(std::optional<double> lastHours)
{
    if (!lastHours)
        return {threeDays + 12, 12}; // the expected course: onset window and 72 h line
    const double last = std::clamp(*lastHours, 0.0, drawnHours);
    // From a day and a half on, the question is whether it settles by 72 h: show the line.
    const double reach = last >= threeDays / 2 ? std::max(last, threeDays) + 1
                                               : std::max(last + std::max(1.0, last / 10), 12.0);
    HourAxis axis;
    axis.step = reach <= 12    ? 2
                : reach <= 24  ? 4
                : reach <= 48  ? 6
                : reach <= 96  ? 12
                : reach <= 192 ? 24
                               : 48;
    axis.maxHours = std::min(std::ceil(reach / axis.step) * axis.step, drawnHours);
    return axis;
}

namespace {

// The legend's entries: what each sample means and how wide the sample is.
struct LegendEntry
{
    QString label;
    qreal sampleWidth;
};

QList<LegendEntry> legendEntries(qreal u)
{
    return {{ChartPainter::tr("highest soreness"), 14 * u},
            {ChartPainter::tr("above the level before the session"), 14 * u},
            {ChartPainter::tr("usual onset"), 14 * u * 0.8},
            {ChartPainter::tr("red flag reported"), 8 * u}};
}

// Where each legend entry starts (its sample), flowing onto more lines when the width is
// short; returns the number of lines.
int layoutLegend(const QList<LegendEntry>& entries, const QFontMetricsF& fm, qreal u, qreal left,
                 qreal width, QList<QPointF>* at)
{
    const qreal gap = 10 * u;
    qreal x = 0;
    int line = 0;
    for (const LegendEntry& e : entries) {
        const qreal w = e.sampleWidth + 3 * u + fm.horizontalAdvance(e.label) + u;
        if (x > 0 && x + w > width) {
            x = 0;
            ++line;
        }
        if (at)
            *at << QPointF(left + x, line);
        x += w + gap;
    }
    return line + 1;
}

} // namespace

ChartGeometry ChartPainter::geometry(const QPaintDevice* device, const QRectF& bounds,
                                     const QList<ChartPoint>& points, const ChartStyle& style)
{
    ChartGeometry g;
    std::optional<double> last;
    for (const ChartPoint& p : points)
        last = std::max(last.value_or(0.0), std::min(p.hours, drawnHours));
    const HourAxis axis = hourAxis(last);
    g.hourStep = axis.step;
    g.maxHours = axis.maxHours;

    const qreal u = pointUnit(device);
    const QFontMetricsF fm(style.font, const_cast<QPaintDevice*>(device));
    const qreal left = fm.height() * 1.2 + fm.horizontalAdvance(QStringLiteral("10")) + 6 * u;
    const int legendLines = style.showLegend
                                ? layoutLegend(legendEntries(u), fm, u, bounds.left() + left,
                                               bounds.right() - bounds.left() - left, nullptr)
                                : 0;
    const qreal legendHeight = style.showLegend ? fm.height() * (0.5 + 1.2 * legendLines) : 0;
    const qreal right = fm.horizontalAdvance(QStringLiteral("000")) / 2 + 4 * u;
    const qreal top = legendHeight + fm.height() * 1.3 + 2 * u; // room for the band labels
    const qreal bottom = fm.height() * 2.4 + 5 * u;
    g.plot = bounds.adjusted(left, top, -right, -bottom);
    if (g.plot.width() < 1 || g.plot.height() < 1)
        g.plot = QRectF(bounds.center(), QSizeF(1, 1));
    if (style.showLegend)
        g.legend = QRectF(bounds.left(), bounds.top(), bounds.width(), legendHeight);
    return g;
}

void ChartPainter::paint(QPainter* painter, const QRectF& bounds, const Session& session,
                         const analysis::Result& result, const ChartStyle& style)
{
    const QList<ChartPoint> all = points(session);
    const ChartGeometry g = geometry(painter->device(), bounds, all, style);
    const qreal u = pointUnit(painter->device());
    // Check-ins closer than half a point on the hour axis become one (the highest of
    // each), so that a dense log costs what the chart's width allows, not more.
    QList<ChartPoint> data;
    for (const ChartPoint& p : all) {
        if (p.hours > g.maxHours)
            break;
        if (!data.isEmpty() && g.map(p.hours, 0).x() - g.map(data.last().hours, 0).x() < 0.5 * u) {
            ChartPoint& merged = data.last();
            merged.maxIntensity = std::max(merged.maxIntensity, p.maxIntensity);
            merged.excess = std::max(merged.excess, p.excess);
            merged.redFlag = merged.redFlag || p.redFlag;
        } else {
            data << p;
        }
    }
    const qsizetype later = notDrawn(all);
    const QFont font = style.font;
    const QFont small = smaller(font, 0.9);
    const QFontMetricsF fm(font, painter->device());
    const QFontMetricsF smallFm(small, painter->device());

    painter->save();
    painter->setClipRect(bounds);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->fillRect(bounds, style.background);

    // The usual onset window, shaded, labelled above the plot.
    const QPointF bandLeft = g.map(onsetFrom, 10);
    const QPointF bandRight = g.map(onsetTo, 0);
    painter->fillRect(QRectF(bandLeft, bandRight), style.onsetBand);
    painter->setFont(small);
    painter->setPen(style.onsetBandText);
    const qreal labelTop = g.plot.top() - smallFm.height() - 2 * u;
    const QString bandLabel = ChartPainter::tr("usual onset 6–24 h");
    const qreal bandLabelWidth = smallFm.horizontalAdvance(bandLabel);
    qreal bandLabelX = (bandLeft.x() + bandRight.x() - bandLabelWidth) / 2;
    bandLabelX = std::max(bandLabelX, g.plot.left());
    painter->drawText(QRectF(bandLabelX, labelTop, bandLabelWidth + u, smallFm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, bandLabel);

    // Grid and the soreness axis.
    painter->setFont(font);
    for (int v = 0; v <= 10; v += 2) {
        const qreal y = g.map(0, v).y();
        painter->setPen(QPen(style.grid, 0.6 * u));
        if (v > 0)
            painter->drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        painter->setPen(style.text);
        painter->drawText(
            QRectF(g.plot.left() - 40 * u, y - fm.height() / 2, 40 * u - 4 * u, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    // Hour ticks and labels.
    for (double h = 0; h <= g.maxHours + 0.01; h += g.hourStep) {
        const qreal x = g.map(h, 0).x();
        painter->setPen(QPen(style.grid, 0.6 * u));
        if (h > 0)
            painter->drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
        painter->setPen(QPen(style.axis, 0.8 * u));
        painter->drawLine(QPointF(x, g.plot.bottom()), QPointF(x, g.plot.bottom() + 3 * u));
        painter->setPen(style.text);
        const QString label = QString::number(int(h));
        const qreal w = fm.horizontalAdvance(label) + 2 * u;
        painter->drawText(QRectF(x - w / 2, g.plot.bottom() + 4 * u, w, fm.height()),
                          Qt::AlignCenter, label);
    }
    // Axis lines.
    painter->setPen(QPen(style.axis, 0.9 * u));
    painter->drawLine(g.plot.bottomLeft(), g.plot.bottomRight());
    painter->drawLine(g.plot.bottomLeft(), g.plot.topLeft());
    // Axis titles.
    painter->setPen(style.text);
    painter->drawText(QRectF(g.plot.left(), g.plot.bottom() + 4 * u + fm.height(), g.plot.width(),
                             fm.height() * 1.3),
                      Qt::AlignCenter, ChartPainter::tr("Hours since the session ended"));
    painter->save();
    painter->translate(bounds.left() + fm.height() * 0.1, g.plot.center().y());
    painter->rotate(-90);
    painter->drawText(QRectF(-g.plot.height() / 2, 0, g.plot.height(), fm.height()),
                      Qt::AlignCenter, ChartPainter::tr("Soreness (0–10)"));
    painter->restore();

    // The 72 h line.
    if (threeDays <= g.maxHours) {
        const qreal x = g.map(threeDays, 0).x();
        QPen dashed(style.threeDayLine, 1.0 * u, Qt::DashLine);
        painter->setPen(dashed);
        painter->drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
        painter->setFont(small);
        painter->setPen(style.threeDayLine);
        const QString label = ChartPainter::tr("72 h (3 days)");
        const qreal w = smallFm.horizontalAdvance(label) + u;
        qreal lx = x - w / 2;
        const qreal bandEnd = bandLabelX + bandLabelWidth + 4 * u;
        lx = std::max(lx, bandEnd);
        lx = std::min(lx, bounds.right() - w);
        painter->drawText(QRectF(lx, labelTop, w, smallFm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, label);
        painter->setFont(font);
    }

    // Said where the hour axis ends: later check-ins exist but are not drawn.
    if (later > 0) {
        painter->setFont(small);
        painter->setPen(style.text);
        const QString label = ChartPainter::tr("after day 14: %1 not drawn").arg(later);
        const qreal w = smallFm.horizontalAdvance(label) + u;
        painter->drawText(QRectF(g.plot.right() - w, labelTop, w, smallFm.height()),
                          Qt::AlignRight | Qt::AlignVCenter, label);
        painter->setFont(font);
    }

    if (data.isEmpty()) {
        painter->setPen(style.text);
        painter->drawText(g.plot, Qt::AlignCenter, ChartPainter::tr("No check-ins yet"));
    } else {
        // Excess (dashed) under the highest intensity (solid, with a dot per check-in).
        QPainterPath excessPath;
        QPainterPath intensityPath;
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QPointF e = g.map(data.at(i).hours, data.at(i).excess);
            const QPointF m = g.map(data.at(i).hours, data.at(i).maxIntensity);
            if (i == 0) {
                excessPath.moveTo(e);
                intensityPath.moveTo(m);
            } else {
                excessPath.lineTo(e);
                intensityPath.lineTo(m);
            }
        }
        painter->setBrush(Qt::NoBrush);
        QPen intensityPen(style.intensity, style.lineWidth * u);
        intensityPen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(intensityPen);
        painter->drawPath(intensityPath);
        // On top: where the two coincide (no pain before), the dashes show on the line.
        QPen excessPen(style.excess, style.lineWidth * u, Qt::DashLine);
        excessPen.setCapStyle(Qt::FlatCap);
        painter->setPen(excessPen);
        painter->drawPath(excessPath);
        // Dots only where they stay apart; a dense log reads better as a line.
        const qreal r = style.markerSize * u;
        const qreal spacing = data.size() > 1 ? g.plot.width() / qreal(data.size()) : r * 4;
        if (spacing > r * 2.5) {
            painter->setPen(QPen(style.background, 0.8 * u));
            painter->setBrush(style.intensity);
            for (const ChartPoint& p : data)
                painter->drawEllipse(g.map(p.hours, p.maxIntensity), r, r);
        }

        // Onset and peak of the excess, from the analysis.
        painter->setFont(small);
        const auto annotate = [&](const analysis::CoursePoint& point, const QString& label) {
            if (point.hours > g.maxHours)
                return; // after the drawn days
            const QPointF at = g.map(point.hours, point.excess);
            painter->setPen(QPen(style.excess, 1.0 * u));
            painter->setBrush(style.background);
            painter->drawEllipse(at, r * 1.1, r * 1.1);
            // The label sits above and right of the ring, on a pale patch so lines under
            // it do not make it unreadable.
            const qreal w = smallFm.horizontalAdvance(label) + 3 * u;
            QRectF box(at.x() + r * 1.3, at.y() - r * 1.3 - smallFm.height(), w, smallFm.height());
            if (box.right() > g.plot.right())
                box.moveRight(at.x() - r * 1.3);
            if (box.top() < g.plot.top())
                box.moveTop(at.y() + r * 1.3);
            QColor patch = style.background;
            patch.setAlpha(215);
            painter->setPen(Qt::NoPen);
            painter->setBrush(patch);
            painter->drawRoundedRect(box, 2 * u, 2 * u);
            painter->setPen(style.excess);
            painter->drawText(box, Qt::AlignCenter, label);
        };
        const bool samePoint =
            result.onset && result.peak && result.onset->checkInIndex == result.peak->checkInIndex;
        if (result.onset)
            annotate(*result.onset,
                     samePoint ? ChartPainter::tr("onset and peak") : ChartPainter::tr("onset"));
        if (result.peak && !samePoint && result.peak->excess > 0)
            annotate(*result.peak, ChartPainter::tr("peak"));

        // Red flags: a triangle at the top of the plot, a thin line down to the axis.
        for (const ChartPoint& p : data) {
            if (!p.redFlag)
                continue;
            const qreal x = g.map(p.hours, 0).x();
            painter->setPen(QPen(style.redFlag, 0.7 * u, Qt::DotLine));
            painter->drawLine(QPointF(x, g.plot.top() + 5 * u), QPointF(x, g.plot.bottom()));
            QPainterPath triangle;
            const qreal s = 4.2 * u;
            triangle.moveTo(x - s, g.plot.top());
            triangle.lineTo(x + s, g.plot.top());
            triangle.lineTo(x, g.plot.top() + s * 1.5);
            triangle.closeSubpath();
            painter->setPen(Qt::NoPen);
            painter->setBrush(style.redFlag);
            painter->drawPath(triangle);
        }
    }

    // Legend: a sample of each mark and what it means, on as many lines as it needs.
    if (style.showLegend) {
        painter->setFont(font);
        const QList<LegendEntry> entries = legendEntries(u);
        QList<QPointF> at;
        layoutLegend(entries, fm, u, g.plot.left(), bounds.right() - g.plot.left(), &at);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const qreal y = g.legend.top() + fm.height() * (0.85 + 1.2 * at.at(i).y());
            qreal x = at.at(i).x();
            const LegendEntry& e = entries.at(i);
            switch (i) {
            case 0:
                painter->setPen(QPen(style.intensity, style.lineWidth * u));
                painter->drawLine(QPointF(x, y), QPointF(x + e.sampleWidth, y));
                break;
            case 1: {
                QPen dashed(style.excess, style.lineWidth * u, Qt::DashLine);
                painter->setPen(dashed);
                painter->drawLine(QPointF(x, y), QPointF(x + e.sampleWidth, y));
                break;
            }
            case 2:
                painter->fillRect(QRectF(x, y - 4 * u, e.sampleWidth, 8 * u), style.onsetBand);
                break;
            default: {
                QPainterPath triangle;
                const qreal s = e.sampleWidth / 2;
                triangle.moveTo(x, y - s * 0.75);
                triangle.lineTo(x + 2 * s, y - s * 0.75);
                triangle.lineTo(x + s, y + s * 0.75);
                triangle.closeSubpath();
                painter->setPen(Qt::NoPen);
                painter->setBrush(style.redFlag);
                painter->drawPath(triangle);
                break;
            }
            }
            x += e.sampleWidth + 3 * u;
            painter->setPen(style.text);
            const qreal w = fm.horizontalAdvance(e.label) + u;
            painter->drawText(QRectF(x, y - fm.height() / 2, w, fm.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, e.label);
        }
    }
    painter->restore();
}

} // namespace aftercare::report
