#include "typography.h"

#include <QGuiApplication>

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

} // namespace aftercare
