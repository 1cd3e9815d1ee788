#pragma once

#include <QFont>
#include <QList>
#include <QObject>

class QThread;
#include <QtQml/qqmlregistration.h>

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

    // The fonts of Home's first frame, from the application font: captions, body text
    // (regular, bold, and medium for Material's buttons), titles, the app bar's title and
    // the headline, the last three bold.
    static QList<QFont> fonts();
};

// Gets the Typography fonts ready for the first frame while QML loads: a thread of its
// own reads the system's fonts (fontconfig), then the GUI thread lays out and draws
// sample text in each font (engines, shaping tables, advances, and the glyph images at
// each quarter-pixel position the raster engine caches), a short step per event-loop
// turn. Between steps the GUI thread answers the QML type loader, which calls into it
// while importing plugins and would otherwise wait.
class FontPreparer : public QObject
{
    Q_OBJECT
public:
    explicit FontPreparer(QObject* parent = nullptr);
    ~FontPreparer() override;

    void start();
    // No more fonts (the first frame is being built); waits for the reading thread.
    void stop();

    // Lays out the sample text in `font` and draws it shifted by `quarter` / 4 pixel, on
    // the calling thread.
    static void prepare(const QFont& font, int quarter);

signals:
    void done();

private:
    void prepareNext();

    QThread* m_reader = nullptr;
    struct Step
    {
        QFont font;
        int quarter = 0;
    };
    QList<Step> m_pending;
    bool m_started = false;
};

} // namespace aftercare
