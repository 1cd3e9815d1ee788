#pragma once

#include "cli/qrcode.h"

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace aftercare {

// A QR code on screen (the same libqrencode code as `aftercare card`): black modules on
// white with the 4-module quiet zone, in both themes, as large as the item allows in whole
// device pixels a module, centred.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // False when the text does not fit in a QR code (or is empty).
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)
public:
    explicit QrCodeItem(QQuickItem* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    bool valid() const { return m_code.has_value(); }

    void paint(QPainter* painter) override;

signals:
    void textChanged();

private:
    QString m_text;
    std::optional<cli::QrCode> m_code;
};

} // namespace aftercare
