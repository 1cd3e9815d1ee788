#include "exchange/report/bodymap.h"

#include "exchange/report/reportfont.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace aftercare::report {

namespace {

// Figures are drawn in a 100 × 210 grid, scaled to the figure's rectangle.
constexpr qreal gridWidth = 100;
constexpr qreal gridHeight = 210;

enum class Shape
{
    Box,
    Ellipse
};

struct Part
{
    const char* region; // empty: a neutral part of the silhouette
    BodyMapPainter::View view;
    Shape shape;
    qreal x, y, w, h;
};

using View = BodyMapPainter::View;

// Front: the person faces you, their right side on your left. Back: their left on your left.
constexpr Part parts[] = {
    // Front view.
    {"", View::Front, Shape::Box, 43, 26, 14, 10}, // neck
    {"", View::Front, Shape::Box, 19, 33, 16, 12}, // shoulder caps
    {"", View::Front, Shape::Box, 65, 33, 16, 12},
    {"head", View::Front, Shape::Ellipse, 39, 1, 22, 25},
    {"chest", View::Front, Shape::Box, 35, 36, 30, 28},
    {"abdomen", View::Front, Shape::Box, 36, 65, 28, 27},
    {"arm-right", View::Front, Shape::Box, 18, 46, 14, 56},
    {"arm-left", View::Front, Shape::Box, 68, 46, 14, 56},
    {"hip-right", View::Front, Shape::Box, 34, 93, 15, 15},
    {"hip-left", View::Front, Shape::Box, 51, 93, 15, 15},
    {"thigh-front-right", View::Front, Shape::Box, 34, 109, 15, 42},
    {"thigh-front-left", View::Front, Shape::Box, 51, 109, 15, 42},
    {"shin-right", View::Front, Shape::Box, 35, 152, 13, 41},
    {"shin-left", View::Front, Shape::Box, 52, 152, 13, 41},
    {"foot-right", View::Front, Shape::Box, 29, 194, 19, 12},
    {"foot-left", View::Front, Shape::Box, 52, 194, 19, 12},
    // Back view.
    {"", View::Back, Shape::Ellipse, 39, 1, 22, 25}, // head
    {"", View::Back, Shape::Box, 18, 48, 14, 54},    // arms
    {"", View::Back, Shape::Box, 68, 48, 14, 54},
    {"", View::Back, Shape::Box, 31, 194, 17, 12}, // feet
    {"", View::Back, Shape::Box, 52, 194, 17, 12},
    {"neck", View::Back, Shape::Box, 42, 26, 16, 10},
    {"shoulder-left", View::Back, Shape::Box, 17, 33, 18, 14},
    {"shoulder-right", View::Back, Shape::Box, 65, 33, 18, 14},
    {"upper-back", View::Back, Shape::Box, 35, 37, 30, 19},
    {"mid-back", View::Back, Shape::Box, 35, 56, 30, 18},
    {"lower-back", View::Back, Shape::Box, 36, 74, 28, 18},
    {"gluteal-left", View::Back, Shape::Box, 34, 93, 15, 15},
    {"gluteal-right", View::Back, Shape::Box, 51, 93, 15, 15},
    {"thigh-back-left", View::Back, Shape::Box, 34, 109, 15, 42},
    {"thigh-back-right", View::Back, Shape::Box, 51, 109, 15, 42},
    {"calf-left", View::Back, Shape::Box, 35, 152, 13, 41},
    {"calf-right", View::Back, Shape::Box, 52, 152, 13, 41},
};

QRectF scaled(const Part& part, const QRectF& figure)
{
    const qreal sx = figure.width() / gridWidth;
    const qreal sy = figure.height() / gridHeight;
    return QRectF(figure.left() + part.x * sx, figure.top() + part.y * sy, part.w * sx,
                  part.h * sy);
}

QPainterPath shapeOf(const Part& part, const QRectF& figure)
{
    const QRectF r = scaled(part, figure);
    QPainterPath path;
    if (part.shape == Shape::Ellipse) {
        path.addEllipse(r);
    } else {
        const qreal radius = std::min(r.width(), r.height()) * 0.22;
        path.addRoundedRect(r, radius, radius);
    }
    return path;
}

// This file's texts. Named as its translation context, which lupdate files them under.
struct BodyMap
{
    Q_DECLARE_TR_FUNCTIONS(BodyMap)
};

qreal pointUnit(const QPaintDevice* device)
{
    return device ? device->logicalDpiY() / 72.0 : 1.0;
}

} // namespace

QFont BodyMapStyle::defaultFont()
{
    return reportFont(6.5, true);
}

QHash<QString, int> BodyMapPainter::peakByRegion(const Session& session)
{
    QHash<QString, int> peaks;
    for (const CheckIn& checkIn : session.checkIns) {
        for (const Symptom& symptom : checkIn.symptoms) {
            auto it = peaks.find(symptom.region);
            if (it == peaks.end())
                peaks.insert(symptom.region, symptom.intensity);
            else
                *it = std::max(*it, symptom.intensity);
        }
    }
    return peaks;
}

QColor BodyMapPainter::colourFor(int intensity)
{
    if (intensity <= 0)
        return QColor(0xe1, 0xea, 0xf2); // reported, no soreness
    if (intensity <= 3)
        return QColor(0xfd, 0xe3, 0x8e); // mild
    if (intensity <= 6)
        return QColor(0xf4, 0x98, 0x3e); // moderate
    return QColor(0xc6, 0x28, 0x28);     // severe
}

BodyMapPainter::View BodyMapPainter::viewOf(const QString& region)
{
    for (const Part& part : parts) {
        if (region == QLatin1String(part.region))
            return part.view;
    }
    return View::Front;
}

QPainterPath BodyMapPainter::regionShape(const QString& region, const QRectF& figure)
{
    if (region.isEmpty())
        return {};
    for (const Part& part : parts) {
        if (region == QLatin1String(part.region))
            return shapeOf(part, figure);
    }
    return {};
}

QRectF BodyMapPainter::figureRect(const QRectF& bounds, View view)
{
    const qreal gap = bounds.width() * 0.08;
    const qreal halfWidth = (bounds.width() - gap) / 2;
    const qreal height = std::min(bounds.height(), halfWidth * gridHeight / gridWidth);
    const qreal width = height * gridWidth / gridHeight;
    const qreal halfLeft = view == View::Front ? bounds.left() : bounds.left() + halfWidth + gap;
    return QRectF(halfLeft + (halfWidth - width) / 2, bounds.top(), width, height);
}

void BodyMapPainter::paint(QPainter* painter, const QRectF& bounds, const Session& session,
                           const BodyMapStyle& style)
{
    const QHash<QString, int> peaks = peakByRegion(session);
    const qreal u = pointUnit(painter->device());
    QFont captionFont = style.font;
    captionFont.setBold(false);
    captionFont.setPointSizeF(style.font.pointSizeF() * 1.15);
    const QFontMetricsF captionFm(captionFont, painter->device());
    const qreal captionHeight = captionFm.height() * 1.4;
    const QRectF figures = bounds.adjusted(0, captionHeight, 0, 0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const View view : {View::Front, View::Back}) {
        const QRectF figure = figureRect(figures, view);
        // Caption with the sides, so left and right are never confused.
        painter->setFont(captionFont);
        painter->setPen(style.text);
        const QRectF caption(figure.left() - figure.width() * 0.3, bounds.top(),
                             figure.width() * 1.6, captionHeight);
        painter->drawText(caption, Qt::AlignHCenter | Qt::AlignTop,
                          view == View::Front ? BodyMap::tr("Front") : BodyMap::tr("Back"));
        // The person's sides, just outside the arms at shoulder height.
        const qreal sideTop = figure.top() + figure.height() * 34 / gridHeight;
        const QRectF sides(figure.left() + figure.width() * 0.04, sideTop, figure.width() * 0.92,
                           captionFm.height());
        const QString left = BodyMap::tr("L");
        const QString right = BodyMap::tr("R");
        painter->drawText(sides, Qt::AlignLeft | Qt::AlignTop, view == View::Front ? right : left);
        painter->drawText(sides, Qt::AlignRight | Qt::AlignTop, view == View::Front ? left : right);

        for (const Part& part : parts) {
            if (part.view != view)
                continue;
            const QPainterPath path = shapeOf(part, figure);
            const QString region = QString::fromLatin1(part.region);
            if (region.isEmpty()) {
                painter->setPen(QPen(style.outline, 0.5 * u));
                painter->setBrush(style.silhouette);
                painter->drawPath(path);
                continue;
            }
            const auto peak = peaks.constFind(region);
            const bool reported = peak != peaks.constEnd();
            painter->setBrush(reported ? colourFor(*peak) : style.notReported);
            if (session.areasWorked.contains(region))
                painter->setPen(QPen(style.worked, 1.6 * u));
            else
                painter->setPen(QPen(style.outline, 0.6 * u));
            painter->drawPath(path);
            if (reported) {
                painter->setFont(style.font);
                painter->setPen(*peak >= 7 ? QColor(Qt::white) : style.text);
                painter->drawText(path.boundingRect(), Qt::AlignCenter, QString::number(*peak));
            }
        }
    }
    painter->restore();
}

qreal BodyMapPainter::paintLegend(QPainter* painter, const QRectF& bounds,
                                  const BodyMapStyle& style)
{
    const qreal u = pointUnit(painter->device());
    QFont font = style.font;
    font.setBold(false);
    font.setPointSizeF(7.5);
    const QFontMetricsF fm(font, painter->device());
    const qreal row = fm.height() * 1.45;
    const qreal swatch = fm.height() * 1.05;
    struct Entry
    {
        QColor fill;
        QString sample;
        QString meaning;
        qreal outline;
    };
    const QList<Entry> entries{
        {colourFor(0), QStringLiteral("0"), BodyMap::tr("no soreness"), 0.6},
        {colourFor(2), QStringLiteral("1–3"), BodyMap::tr("mild"), 0.6},
        {colourFor(5), QStringLiteral("4–6"), BodyMap::tr("moderate"), 0.6},
        {colourFor(8), QStringLiteral("7–10"), BodyMap::tr("severe"), 0.6},
        {style.notReported, QString(), BodyMap::tr("not reported"), 0.6},
        {style.notReported, QString(), BodyMap::tr("bold outline: area worked"), 1.6},
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(font);
    qreal y = bounds.top();
    for (const Entry& entry : entries) {
        const QRectF box(bounds.left(), y + (row - swatch) / 2, swatch * 1.9, swatch);
        painter->setPen(QPen(entry.outline > 1 ? style.worked : style.outline, entry.outline * u));
        painter->setBrush(entry.fill);
        painter->drawRoundedRect(box, swatch * 0.2, swatch * 0.2);
        painter->setPen(entry.fill == colourFor(8) ? QColor(Qt::white) : style.text);
        if (!entry.sample.isEmpty())
            painter->drawText(box, Qt::AlignCenter, entry.sample);
        painter->setPen(style.text);
        painter->drawText(QRectF(box.right() + 5 * u, y, bounds.right() - box.right() - 5 * u, row),
                          Qt::AlignLeft | Qt::AlignVCenter, entry.meaning);
        y += row;
    }
    painter->restore();
    return y - bounds.top();
}

} // namespace aftercare::report
