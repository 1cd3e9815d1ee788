#include "typography.h"

#include "appcontroller.h"
#include "promptwatcher.h"
#include "sessionlistmodel.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QQuickWindow>
#include <QTextLayout>
#include <QThread>
#include <QTimer>

namespace aftercare {

QFont Typography::font(int pixelSize, QFont::Weight weight)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    return f;
}

QList<QFont> Typography::fonts()
{
    return {font(caption, QFont::Normal), font(body, QFont::Normal), font(body, QFont::Bold),
            font(body, QFont::Medium),    font(title, QFont::Bold),  font(appBarTitle, QFont::Bold),
            font(headline, QFont::Bold)};
}

QList<ShownText> Typography::homeCardTexts(const AppController& controller, int rows)
{
    const SessionListModel& sessions = *controller.sessions();
    const QVariantMap nextCheckIns = controller.prompts()->nextCheckInTexts();
    QList<ShownText> texts;
    for (int row = 0; row < std::min(rows, sessions.rowCount()); ++row) {
        const QModelIndex index = sessions.index(row);
        const auto role = [&](SessionListModel::Role r) { return index.data(r).toString(); };
        texts << ShownText{role(SessionListModel::StartTextRole), font(caption, QFont::Normal)}
              << ShownText{role(SessionListModel::TitleRole), font(title, QFont::Bold)}
              << ShownText{role(SessionListModel::DetailsRole) + QStringLiteral(" · ") +
                               role(SessionListModel::CheckInsTextRole),
                           font(body, QFont::Normal)}
              << ShownText{role(SessionListModel::StatusTitleRole), font(body, QFont::Bold)};
        const QString next = nextCheckIns.value(role(SessionListModel::SessionIdRole)).toString();
        if (!next.isEmpty())
            texts << ShownText{next, font(caption, QFont::Normal)};
    }
    return texts;
}

namespace {
// The text laid out as one line (shaping, font engines, advances).
std::unique_ptr<QTextLayout> oneLine(const QString& text, const QFont& font)
{
    auto layout = std::make_unique<QTextLayout>(text, font);
    layout->beginLayout();
    layout->createLine();
    layout->endLayout();
    return layout;
}

// Whether Qt Quick will render in software. (Before a window exists, graphicsApi() only
// knows an API set in code; the software backend is usually chosen by QT_QUICK_BACKEND.)
bool rendersInSoftware()
{
    const QString backend = qEnvironmentVariable("QT_QUICK_BACKEND");
    return QQuickWindow::graphicsApi() == QSGRendererInterface::Software ||
           backend == QLatin1String("software") || backend == QLatin1String("softwarecontext");
}
} // namespace

FontPreparer::FontPreparer(QObject* parent)
    : QObject(parent)
    , m_drawsGlyphs(rendersInSoftware())
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
    m_pending = Typography::fonts();
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

void FontPreparer::addTexts(const QList<ShownText>& texts)
{
    if (m_drawsGlyphs)
        m_pendingTexts << texts;
}

void FontPreparer::stop()
{
    m_pending.clear();
    m_pendingTexts.clear();
    if (m_reader) {
        m_reader->wait();
        delete m_reader;
        m_reader = nullptr;
    }
}

void FontPreparer::prepareNext()
{
    if (!m_pending.isEmpty()) {
        prepare(m_pending.takeFirst());
    } else if (!m_pendingTexts.isEmpty()) {
        draw(m_pendingTexts.takeFirst());
    } else {
        emit done();
        return;
    }
    QTimer::singleShot(0, this, &FontPreparer::prepareNext);
}

void FontPreparer::draw(const ShownText& text)
{
    // One line from x = 0: the glyphs at the quarter-pixel positions a text item at a
    // whole-pixel x shows its first line at (later lines of a wrapped text may differ).
    // Below a one-pixel image: the font engine renders and keeps each glyph, and no pixel
    // is blended.
    // Any y past the image's one row; a whole pixel, as the cards' texts stand on.
    constexpr qreal belowTheImage = 64;
    QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&scratch);
    oneLine(text.text, text.font)->draw(&painter, QPointF(0, belowTheImage));
    m_drawn << text;
}

void FontPreparer::prepare(const QFont& font)
{
    // Letters (with German's), digits and the punctuation of dates, durations and the
    // cards' separators; glyphs not in here are loaded when first shown, as before.
    static const QString sample =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ ÄÖÜ abcdefghijklmnopqrstuvwxyz äöüß "
                       "0123456789 ,.:;·–-—()/%’“”„…");
    oneLine(sample, font);
}

} // namespace aftercare
