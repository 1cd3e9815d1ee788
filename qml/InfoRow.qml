import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Label: value" as two lines, so long values wrap instead of clipping.
ColumnLayout {
    id: root

    property string label
    property string value

    Layout.fillWidth: true
    spacing: 0
    visible: value !== ""

    Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.captionSize
        opacity: 0.75
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        text: root.value
        wrapMode: Text.WordWrap
    }
}
