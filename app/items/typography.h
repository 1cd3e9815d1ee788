#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QThread;

namespace aftercare {

// The app's type sizes, in pixels, in one place: Theme.qml takes them from here, and
// startup prepares these fonts while QML is still loading (FontPreparer).
class Typography : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int caption MEMBER caption CONSTANT)
    Q_PROPERTY(int body MEMBER body CONSTANT)
    Q_PROPERTY(int title MEMBER title CONSTANT)
    Q_PROPERTY(int appBarTitle MEMBER appBarTitle CONSTANT)
    Q_PROPERTY(int headline MEMBER headline CONSTANT)
public:
    using QObject::QObject;

    static constexpr int caption = 12;
    // Material's size for Label and controls' text.
    static constexpr int body = 14;
    static constexpr int title = 18;
    static constexpr int appBarTitle = 20;
    static constexpr int headline = 23;

    // The application font in a size and weight.
    static QFont font(int pixelSize, QFont::Weight weight);
    // The fonts of Home's first frame, from the application font: captions, body text
    // (regular, bold, and medium for Material's buttons), titles, the app bar's title and
    // the headline, the last three bold.
    static QList<QFont> fonts();
};

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
