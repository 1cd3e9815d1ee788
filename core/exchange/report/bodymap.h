#pragma once

#include "model/session.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPainterPath>
#include <QRectF>
#include <QString>

class QPainter;

namespace aftercare::report {

struct BodyMapStyle
{
    QColor outline = QColor(0x75, 0x75, 0x75);
    QColor silhouette = QColor(0xf3, 0xf3, 0xf3); // body parts that are no region of a view
    QColor notReported = QColor(0xff, 0xff, 0xff);
    QColor worked = QColor(0x21, 0x21, 0x21); // outline of the areas worked
    QColor text = QColor(0x21, 0x21, 0x21);
    QFont font = defaultFont();
    static QFont defaultFont();
};

// Front and back silhouettes with the 25 regions as simple shapes, each filled by the
// region's peak soreness, with the number written in it so that colour is not the only
// signal; the areas worked are outlined. The legend is drawn separately.
class BodyMapPainter
{
public:
    enum class View
    {
        Front,
        Back
    };

    // The highest intensity each region reached over the session's check-ins; regions
    // never reported are absent.
    static QHash<QString, int> peakByRegion(const Session& session);
    // The fill for a peak intensity (0–10), from pale to dark red in four bands.
    static QColor colourFor(int intensity);
    // The view a region is drawn in, and its shape in a figure occupying `figure`
    // (front view: the person faces you, so their left is on your right).
    static View viewOf(const QString& region);
    static QPainterPath regionShape(const QString& region, const QRectF& figure);
    // The two figures side by side in `bounds`, keeping the body's proportions.
    static QRectF figureRect(const QRectF& bounds, View view);

    static void paint(QPainter* painter, const QRectF& bounds, const Session& session,
                      const BodyMapStyle& style = {});
    // Swatches for 0, 1–3, 4–6, 7–10 and "not reported", with their meaning; returns the
    // height used.
    static qreal paintLegend(QPainter* painter, const QRectF& bounds,
                             const BodyMapStyle& style = {});
};

} // namespace aftercare::report
