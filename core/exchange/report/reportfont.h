#pragma once

#include <QFont>

namespace aftercare::report {

// The report's typeface at `points`: the PDF's text and the figures it shares with the app.
inline QFont reportFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // Any letter spacing turns ligatures off: "fl" stays two letters that search and
    // copy-and-paste find in the PDF.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace aftercare::report
