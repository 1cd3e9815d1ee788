#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// The app's type sizes, in pixels, in one place: Theme.qml takes them from here, and
// startup prepares these fonts while QML is still loading (app/gui/fontpreparer.h).
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

} // namespace aftercare
