#include "fontpreparer.h"

#include "typography.h"

#include <QFontDatabase>
#include <QTextLayout>
#include <QThread>
#include <QTimer>

namespace aftercare {

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

} // namespace

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
    prepare(m_pending.takeFirst());
    QTimer::singleShot(0, this, &FontPreparer::prepareNext);
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
