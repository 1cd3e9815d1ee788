#include "typography.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTextLayout>
#include <QThread>
#include <QTimer>

namespace aftercare {

QList<QFont> Typography::fonts()
{
    const auto font = [](int pixelSize, QFont::Weight weight) {
        QFont f = QGuiApplication::font();
        f.setPixelSize(pixelSize);
        f.setWeight(weight);
        return f;
    };
    return {font(caption, QFont::Normal), font(body, QFont::Normal), font(body, QFont::Bold),
            font(body, QFont::Medium),    font(title, QFont::Bold),  font(appBarTitle, QFont::Bold),
            font(headline, QFont::Bold)};
}

FontPreparer::FontPreparer(QObject* parent)
    : QObject(parent)
{}

FontPreparer::~FontPreparer()
{
    stop();
}

void FontPreparer::start()
{
    if (m_started)
        return;
    m_started = true;
    // Every font's first quarter before any font's others: layouts and engines first.
    for (int quarter = 0; quarter < 4; ++quarter) {
        for (const QFont& font : Typography::fonts())
            m_pending << Step{font, quarter};
    }
    m_reader = QThread::create([] { QFontDatabase::families(); });
    // finished() arrives on this object's thread: the fonts are prepared there.
    connect(m_reader, &QThread::finished, this, [this] {
        if (!m_reader) // stopped meanwhile
            return;
        m_reader->wait();
        delete m_reader;
        m_reader = nullptr;
        prepareNext();
    });
    m_reader->start();
}

void FontPreparer::stop()
{
    m_pending.clear();
    if (m_reader) {
        m_reader->wait();
        delete m_reader;
        m_reader = nullptr;
    }
}

void FontPreparer::prepareNext()
{
    if (m_pending.isEmpty()) {
        emit done();
        return;
    }
    const Step step = m_pending.takeFirst();
    prepare(step.font, step.quarter);
    QTimer::singleShot(0, this, &FontPreparer::prepareNext);
}

void FontPreparer::prepare(const QFont& font, int quarter)
{
    // Letters (with German's), digits and the punctuation of dates, durations and the
    // cards' separators; glyphs not in here are loaded when first shown, as before.
    static const QString sample =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ ÄÖÜ abcdefghijklmnopqrstuvwxyz äöüß "
                       "0123456789 ,.:;·–-—()/%’“”„…");
    QTextLayout layout(sample, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    // The raster engine caches a glyph's image per quarter pixel of horizontal position:
    // the text drawn at the four offsets fills every one. (The image is a tiny scratch
    // target; what is kept is the font engine's glyph cache.)
    QImage scratch(4, 4, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&scratch);
    layout.draw(&painter, QPointF(quarter / 4.0, 0));
}

} // namespace aftercare
