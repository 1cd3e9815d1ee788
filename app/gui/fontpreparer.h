#pragma once

#include <QFont>
#include <QList>
#include <QObject>

class QThread;

namespace aftercare {

// Gets the Typography fonts ready for the first frame while QML loads: a thread of its
// own reads the system's fonts (fontconfig), then the GUI thread lays out sample text in
// each font (font engines, shaping tables, common glyphs' advances), one font per
// event-loop turn. Between turns the GUI thread answers the QML type loader, which calls
// into it while importing plugins and would otherwise wait. Glyph images are not drawn
// ahead: they depend on the scene graph backend (and, in software, on each glyph's
// quarter-pixel position), and drawing them here slowed the loader more than it saved.
class FontPreparer : public QObject
{
    Q_OBJECT
public:
    explicit FontPreparer(QObject* parent = nullptr);
    ~FontPreparer() override;

    void start();
    // No more fonts (the first frame is being built); waits for the reading thread.
    void stop();

    // Fonts still to prepare.
    int pendingCount() const { return int(m_pending.size()); }

    // Lays out the sample text in one font, on the calling thread.
    static void prepare(const QFont& font);

signals:
    void done();

private:
    void prepareNext();

    QThread* m_reader = nullptr;
    QList<QFont> m_pending;
    bool m_started = false;
};

} // namespace aftercare
