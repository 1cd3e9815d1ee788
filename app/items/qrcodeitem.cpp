#include "qrcodeitem.h"

#include <QPainter>
#include <QQuickWindow>

namespace aftercare {

QrCodeItem::QrCodeItem(QQuickItem* parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString& text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_code = text.isEmpty() ? std::nullopt : cli::encodeQrCode(text.toUtf8());
    emit textChanged();
    update();
}

void QrCodeItem::paint(QPainter* painter)
{
    if (!m_code)
        return;
    // Whole device pixels a module: blurred edges make a code harder to read.
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const int sideModules = cli::qrSideModules(*m_code);
    const int available = int(qMin(width(), height()) * ratio);
    const int module = qMax(1, available / sideModules);
    const qreal side = qreal(module * sideModules) / ratio;
    const QPointF origin((width() - side) / 2, (height() - side) / 2);
    const qreal step = qreal(module) / ratio;
    painter->fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    for (int y = 0; y < m_code->size; ++y) {
        for (int x = 0; x < m_code->size; ++x) {
            if (m_code->dark(x, y))
                painter->fillRect(QRectF(origin.x() + (x + cli::qrQuietZoneModules) * step,
                                         origin.y() + (y + cli::qrQuietZoneModules) * step, step,
                                         step),
                                  Qt::black);
        }
    }
}

} // namespace aftercare
