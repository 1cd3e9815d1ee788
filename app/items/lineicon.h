#pragma once

#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QQuickItem>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// A small line icon drawn on a 24×24 grid with QPainter, so it scales crisply without
// loading Qt Quick Shapes at startup. Each look (icon, pixel size, colour, line width) is
// drawn once and its image shared by every item showing it: a list of cards paints each
// status icon once. Decorative: the control that shows it carries the accessible name.
class LineIcon : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(qreal lineWidth READ lineWidth WRITE setLineWidth NOTIFY lineWidthChanged)
public:
    explicit LineIcon(QQuickItem* parent = nullptr);

    QString name() const { return m_name; }
    void setName(const QString& name);
    QColor color() const { return m_color; }
    void setColor(const QColor& color);
    qreal lineWidth() const { return m_lineWidth; }
    void setLineWidth(qreal width);

    // The icon drawn into an image of `pixelSize`, shared while it is cached.
    static QImage image(const QString& name, const QSize& pixelSize, const QColor& color,
                        qreal lineWidth);
    // How many images image() has drawn (not found in its cache) so far.
    static int drawnImageCount();

    // Every icon name there is, and the outline of one on the 24×24 grid (unknown
    // names get "info").
    static QStringList names();
    static QPainterPath outline(const QString& name);
    // The subset of SVG path syntax the icons use: absolute M, L, Q, A (circular) and Z.
    // An empty path when the text is not valid.
    static QPainterPath parsePath(QStringView svgPath);

signals:
    void nameChanged();
    void colorChanged();
    void lineWidthChanged();

protected:
    QSGNode* updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData* data) override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData& value) override;

private:
    void changeImage();

    bool m_imageChanged = true;
    QString m_name = QStringLiteral("info");
    QColor m_color = Qt::black;
    qreal m_lineWidth = 2;
};

} // namespace aftercare
