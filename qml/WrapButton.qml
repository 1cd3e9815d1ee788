import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A button whose text wraps onto more lines instead of being cut off: long German
// labels on a 360 px screen. Colours as Material's own button text.
Button {
    id: control

    contentItem: Label {
        text: control.text
        font.family: control.font.family
        font.pixelSize: control.font.pixelSize
        font.weight: control.font.weight
        font.letterSpacing: control.font.letterSpacing
        // As Material's own buttons in Qt 6.4 (their label applies it, not the font).
        font.capitalization: Font.AllUppercase
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !control.enabled ? control.Material.hintTextColor
             : control.flat && control.highlighted ? control.Material.accentColor
             : control.highlighted ? control.Material.primaryHighlightedTextColor
             : control.Material.foreground
    }

    FocusRing {
        target: control.background
        shown: control.visualFocus
    }
}
