#include "sorenesschart.h"

#include "analysis/analysis.h"
#include "exchange/report/chartpainter.h"
#include "sessiondetails.h"

#include <QPainter>

namespace aftercare {

namespace {
report::ChartStyle screenStyle(bool dark)
{
    report::ChartStyle style;
    style.font.setPointSizeF(8.5);
    if (dark) {
        style.background = QColor(0x30, 0x30, 0x30);
        style.text = QColor(0xee, 0xee, 0xee);
        style.axis = QColor(0xbd, 0xbd, 0xbd);
        style.grid = QColor(0x48, 0x48, 0x48);
        style.intensity = QColor(0x8a, 0xb4, 0xf8);
        style.excess = QColor(0xff, 0xb7, 0x4d);
        style.onsetBand = QColor(0x81, 0xc7, 0x84, 0x40);
        style.onsetBandText = QColor(0xa5, 0xd6, 0xa7);
        style.threeDayLine = QColor(0xce, 0x93, 0xd8);
        style.redFlag = QColor(0xff, 0x8a, 0x80);
    }
    return style;
}
} // namespace

SorenessChart::SorenessChart(QQuickItem* parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void SorenessChart::setDetails(SessionDetails* details)
{
    if (m_details == details)
        return;
    disconnect(m_connection);
    m_details = details;
    if (m_details)
        m_connection = connect(m_details, &SessionDetails::changed, this, [this] { update(); });
    emit detailsChanged();
    update();
}

void SorenessChart::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    emit darkChanged();
    update();
}

QColor SorenessChart::intensityColor() const
{
    return screenStyle(m_dark).intensity;
}

QColor SorenessChart::excessColor() const
{
    return screenStyle(m_dark).excess;
}

void SorenessChart::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    const bool before = oldGeometry.width() >= minimumLegendWidth;
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (before != legendInside())
        emit legendInsideChanged();
}

void SorenessChart::paint(QPainter* painter)
{
    if (!m_details || !m_details->session())
        return;
    const Session& session = *m_details->session();
    report::ChartStyle style = screenStyle(m_dark);
    style.showLegend = legendInside();
    report::ChartPainter::paint(painter, QRectF(0, 0, width(), height()), session,
                                analysis::analyze(session), style);
}

} // namespace aftercare
