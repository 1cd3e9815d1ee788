#pragma once

#include "sessiondetails.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// The soreness chart of one session on screen: the same C++ painter as the PDF
// report (core/exchange/report/chartpainter.h), in the window's light or dark colours.
class SorenessChart : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        aftercare::SessionDetails* details READ details WRITE setDetails NOTIFY detailsChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    // The painter's legend needs room; below this width the page shows its own.
    Q_PROPERTY(bool legendInside READ legendInside NOTIFY legendInsideChanged)
    Q_PROPERTY(QColor intensityColor READ intensityColor NOTIFY darkChanged)
    Q_PROPERTY(QColor excessColor READ excessColor NOTIFY darkChanged)
public:
    explicit SorenessChart(QQuickItem* parent = nullptr);

    SessionDetails* details() const { return m_details; }
    void setDetails(SessionDetails* details);
    bool dark() const { return m_dark; }
    void setDark(bool dark);

    bool legendInside() const { return width() >= minimumLegendWidth; }
    QColor intensityColor() const;
    QColor excessColor() const;

    void paint(QPainter* painter) override;

    static constexpr qreal minimumLegendWidth = 520;

signals:
    void detailsChanged();
    void darkChanged();
    void legendInsideChanged();

protected:
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;

private:
    QPointer<SessionDetails> m_details;
    QMetaObject::Connection m_connection;
    bool m_dark = false;
};

} // namespace aftercare
