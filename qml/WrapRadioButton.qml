import QtQuick
import QtQuick.Controls

// A radio button whose text wraps instead of being cut off.
RadioButton {
    id: control

    FocusRing {
        target: control.indicator
        itemRadius: control.indicator.width / 2
        shown: control.visualFocus
    }

    contentItem: Label {
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
