#include "typography.h"

#include <QGuiApplication>
#include <QTextLayout>

namespace aftercare {

QList<QFont> Typography::fonts()
{
    QList<QFont> fonts;
    for (const int pixelSize : {caption, body, title, appBarTitle, headline}) {
        for (const bool bold : {false, true}) {
            QFont font = QGuiApplication::font();
            font.setPixelSize(pixelSize);
            font.setBold(bold);
            fonts << font;
        }
    }
    QFont button = QGuiApplication::font();
    button.setPixelSize(body);
    button.setWeight(QFont::Medium);
    fonts << button;
    return fonts;
}

void prepareFirstFrameFonts()
{
    // Letters, digits and the punctuation of dates, durations and the cards' separators;
    // glyphs not in here are loaded when first shown, as before.
    const QString sample = QStringLiteral(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 ,.:;·–-—()/%’“”…");
    for (const QFont& font : Typography::fonts()) {
        QTextLayout layout(sample, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
    }
}

} // namespace aftercare
