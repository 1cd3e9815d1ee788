#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// The app's type sizes, in pixels, in one place: Theme.qml takes them from here, and
// startup prepares these fonts while QML is still loading (prepareFirstFrameFonts).
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

    // Every size above in regular and bold, and the body size in medium (Material's
    // buttons), from the application font.
    static QList<QFont> fonts();
};

// Lays out sample text in every Typography font, so that the font engines, their
// shaping tables and the advances of common glyphs are ready before the first frame
// needs them. Call on the GUI thread (font engines are cached per thread).
void prepareFirstFrameFonts();

} // namespace aftercare
