#include "lineicon.h"

#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <utility>

namespace aftercare {

namespace {
constexpr qreal grid = 24;

const std::pair<const char*, const char*> iconPaths[] = {
    {"back", "M20 12 L5 12 M11 6 L5 12 L11 18"},
    {"add", "M12 5 L12 19 M5 12 L19 12"},
    {"close", "M6 6 L18 18 M18 6 L6 18"},
    {"check", "M4 12.5 L9.5 18 L20 6.5"},
    {"edit", "M4 20 L5 15.5 L16 4.5 L19.5 8 L8.5 19 Z M14 6.5 L17.5 10"},
    {"delete", "M5 7 L19 7 M10 4 L14 4 M7 7 L8 20 L16 20 L17 7 M10.5 10.5 L10.5 16.5 M13.5 10.5 "
               "L13.5 16.5"},
    {"settings", "M4 7 L20 7 M4 17 L20 17 M9 4 L9 10 M15 14 L15 20"},
    {"warning", "M12 3 L22.5 20.5 L1.5 20.5 Z M12 9.5 L12 14.5 M12 17.3 L12 17.6"},
    {"emergency", "M8 2.5 L16 2.5 L21.5 8 L21.5 16 L16 21.5 L8 21.5 L2.5 16 L2.5 8 Z M12 7 L12 "
                  "13.5 M12 16.8 L12 17.1"},
    {"chat", "M3.5 4.5 L20.5 4.5 L20.5 16 L10 16 L5.5 20 L5.5 16 L3.5 16 Z M8 9 L16 9 M8 12 L13.5 "
             "12"},
    {"clock", "M3 12 A9 9 0 1 1 21 12 A9 9 0 1 1 3 12 Z M12 6.5 L12 12 L15.5 14.5"},
    {"info", "M3 12 A9 9 0 1 1 21 12 A9 9 0 1 1 3 12 Z M12 10.5 L12 17 M12 7.2 L12 7.5"},
    {"question", "M3 12 A9 9 0 1 1 21 12 A9 9 0 1 1 3 12 Z M9.3 9.5 A2.8 2.8 0 1 1 12 12.3 L12 "
                 "14 M12 16.8 L12 17.1"},
    {"drop", "M12 3 Q18.5 11 18.5 14.5 A6.5 6.5 0 0 1 5.5 14.5 Q5.5 11 12 3 Z"},
    {"walk", "M13 4.5 A1.5 1.5 0 1 1 13 4.49 M12 8 L10 14 L7 20 M12 8 L15 12 L18 13 M11 12 L14 "
             "16 L15 20 M12 8 L8.5 10.5 L7 13"},
    {"calendar", "M4 6 L20 6 L20 20 L4 20 Z M4 10 L20 10 M8 3.5 L8 7.5 M16 3.5 L16 7.5"},
    {"folder", "M3 6 L9.5 6 L11.5 8.5 L21 8.5 L21 19 L3 19 Z"},
    {"file", "M6 3 L14 3 L19 8 L19 21 L6 21 Z M14 3 L14 8 L19 8"},
    {"up", "M12 19 L12 5 M6 11 L12 5 L18 11"},
    {"unfold", "M6 9 L12 15 L18 9"}, // a folded section opens downwards
    {"fold", "M6 15 L12 9 L18 15"},
    {"more", "M11.2 5 A0.8 0.8 0 1 1 12.8 5 A0.8 0.8 0 1 1 11.2 5 Z M11.2 12 A0.8 0.8 0 1 1 "
             "12.8 12 A0.8 0.8 0 1 1 11.2 12 Z M11.2 19 A0.8 0.8 0 1 1 12.8 19 A0.8 0.8 0 1 1 "
             "11.2 19 Z"},
};

// Reads numbers from an SVG path one at a time (separated by spaces or commas).
class PathScanner
{
public:
    explicit PathScanner(QStringView text)
        : m_text(text)
    {}

    void skipSeparators()
    {
        while (m_pos < m_text.size() && (m_text[m_pos].isSpace() || m_text[m_pos] == u','))
            ++m_pos;
    }
    bool atEnd()
    {
        skipSeparators();
        return m_pos >= m_text.size();
    }
    std::optional<QChar> command()
    {
        skipSeparators();
        if (m_pos >= m_text.size() || !m_text[m_pos].isLetter())
            return std::nullopt;
        return m_text[m_pos++];
    }
    std::optional<qreal> number()
    {
        skipSeparators();
        qsizetype end = m_pos;
        while (end < m_text.size() &&
               (m_text[end].isDigit() || m_text[end] == u'.' || m_text[end] == u'-'))
            ++end;
        bool ok = false;
        const qreal value = m_text.mid(m_pos, end - m_pos).toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return std::nullopt;
        m_pos = end;
        return value;
    }
    std::optional<QPointF> point()
    {
        const auto x = number();
        const auto y = x ? number() : std::nullopt;
        if (!y)
            return std::nullopt;
        return QPointF(*x, *y);
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// SVG's endpoint arc (circular, unrotated) as a QPainterPath arc: find the centre from
// the two ends and the flags (SVG 1.1, appendix F.6.5), then the start angle and sweep.
void arcTo(QPainterPath& path, qreal radius, bool largeArc, bool sweep, QPointF end)
{
    const QPointF start = path.currentPosition();
    const QPointF half = (start - end) / 2;
    const qreal halfChord = std::hypot(half.x(), half.y());
    if (halfChord == 0)
        return;
    radius = std::max(std::abs(radius), halfChord);
    const qreal offset = std::sqrt(std::max<qreal>(0, radius * radius - halfChord * halfChord)) /
                         halfChord * (largeArc != sweep ? 1 : -1);
    const QPointF centre = QPointF(offset * half.y(), -offset * half.x()) + (start + end) / 2;
    const qreal startAngle = std::atan2(start.y() - centre.y(), start.x() - centre.x());
    qreal span = std::atan2(end.y() - centre.y(), end.x() - centre.x()) - startAngle;
    if (sweep && span <= 0)
        span += 2 * M_PI;
    else if (!sweep && span >= 0)
        span -= 2 * M_PI;
    // Qt measures angles counter-clockwise on screen, SVG clockwise (y grows downwards).
    const QRectF box(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    path.arcTo(box, -qRadiansToDegrees(startAngle), -qRadiansToDegrees(span));
}
} // namespace

LineIcon::LineIcon(QQuickItem* parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    setImplicitSize(grid, grid);
}

void LineIcon::setName(const QString& name)
{
    if (m_name == name)
        return;
    m_name = name;
    emit nameChanged();
    changeImage();
}

void LineIcon::setColor(const QColor& color)
{
    if (m_color == color)
        return;
    m_color = color;
    emit colorChanged();
    changeImage();
}

void LineIcon::setLineWidth(qreal width)
{
    if (qFuzzyCompare(m_lineWidth, width))
        return;
    m_lineWidth = width;
    emit lineWidthChanged();
    changeImage();
}

void LineIcon::changeImage()
{
    m_imageChanged = true;
    update();
}

void LineIcon::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        changeImage();
}

void LineIcon::itemChange(ItemChange change, const ItemChangeData& value)
{
    // Drawn in device pixels: another screen may need another image.
    if (change == ItemDevicePixelRatioHasChanged)
        changeImage();
    QQuickItem::itemChange(change, value);
}

QSGNode* LineIcon::updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData*)
{
    auto* node = static_cast<QSGImageNode*>(oldNode);
    const qreal ratio = window()->effectiveDevicePixelRatio();
    const QSize pixels(qCeil(width() * ratio), qCeil(height() * ratio));
    if (pixels.isEmpty()) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Linear);
        m_imageChanged = true;
    }
    if (m_imageChanged) {
        node->setTexture(
            window()->createTextureFromImage(image(m_name, pixels, m_color, m_lineWidth)));
        m_imageChanged = false;
    }
    node->setRect(boundingRect());
    return node;
}

namespace {
struct ImageKey
{
    QString name;
    QSize pixelSize;
    QRgb color;
    qreal lineWidth;
    friend bool operator==(const ImageKey&, const ImageKey&) = default;
};

size_t qHash(const ImageKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.name, key.pixelSize.width(), key.pixelSize.height(), key.color,
                      key.lineWidth);
}

QMutex imagesMutex;
int drawnImages = 0;
} // namespace

QImage LineIcon::image(const QString& name, const QSize& pixelSize, const QColor& color,
                       qreal lineWidth)
{
    // Locked: a threaded render loop asks from its own thread, one per window.
    static QHash<ImageKey, QImage> images;
    const ImageKey key{name, pixelSize, color.rgba(), lineWidth};
    const QMutexLocker lock(&imagesMutex);
    if (const auto found = images.constFind(key); found != images.cend())
        return *found;
    QImage result(pixelSize, QImage::Format_ARGB32_Premultiplied);
    result.fill(Qt::transparent);
    {
        QPainter painter(&result);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(pixelSize.width() / grid, pixelSize.height() / grid);
        // The line keeps the width it is given on the 24×24 grid, like an SVG stroke.
        painter.setPen(QPen(color, lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(outline(name));
    }
    // A handful of icons in a few sizes and colours; the bound only guards against a
    // size animated through many values.
    if (images.size() >= 256)
        images.clear();
    images.insert(key, result);
    ++drawnImages;
    return result;
}

int LineIcon::drawnImageCount()
{
    const QMutexLocker lock(&imagesMutex);
    return drawnImages;
}

QStringList LineIcon::names()
{
    QStringList result;
    for (const auto& [name, path] : iconPaths)
        result.append(QString::fromLatin1(name));
    return result;
}

QPainterPath LineIcon::outline(const QString& name)
{
    // Unknown names get "info".
    const auto* icon =
        std::find_if(std::begin(iconPaths), std::end(iconPaths),
                     [&](const auto& entry) { return name == QLatin1String(entry.first); });
    if (icon == std::end(iconPaths)) {
        icon = std::find_if(std::begin(iconPaths), std::end(iconPaths), [](const auto& entry) {
            return QLatin1String(entry.first) == QLatin1String("info");
        });
    }
    // Each icon is parsed when first painted, then kept: the first frame parses the few
    // it shows, not all of them. (Locked: a threaded render loop paints on its own thread.)
    static QMutex mutex;
    static QHash<const char*, QPainterPath> parsed;
    const QMutexLocker lock(&mutex);
    auto found = parsed.find(icon->first);
    if (found == parsed.end())
        found = parsed.insert(icon->first, parsePath(QString::fromLatin1(icon->second)));
    return *found;
}

QPainterPath LineIcon::parsePath(QStringView svgPath)
{
    PathScanner scanner(svgPath);
    QPainterPath path;
    bool started = false;
    while (!scanner.atEnd()) {
        const auto command = scanner.command();
        if (!command)
            return {};
        switch (command->unicode()) {
        case u'M': {
            const auto to = scanner.point();
            if (!to)
                return {};
            path.moveTo(*to);
            started = true;
            break;
        }
        case u'L': {
            const auto to = scanner.point();
            if (!to || !started)
                return {};
            path.lineTo(*to);
            break;
        }
        case u'Q': {
            const auto control = scanner.point();
            const auto to = control ? scanner.point() : std::nullopt;
            if (!to || !started)
                return {};
            path.quadTo(*control, *to);
            break;
        }
        case u'A': {
            const auto rx = scanner.number();
            const auto ry = rx ? scanner.number() : std::nullopt;
            const auto rotation = ry ? scanner.number() : std::nullopt;
            const auto largeArc = rotation ? scanner.number() : std::nullopt;
            const auto sweep = largeArc ? scanner.number() : std::nullopt;
            const auto to = sweep ? scanner.point() : std::nullopt;
            // Only what the icons need: circles, not rotated ellipses.
            if (!to || !started || *rx != *ry || *rotation != 0)
                return {};
            arcTo(path, *rx, *largeArc != 0, *sweep != 0, *to);
            break;
        }
        case u'Z':
            if (!started)
                return {};
            path.closeSubpath();
            break;
        default:
            return {};
        }
    }
    return path;
}

} // namespace aftercare
