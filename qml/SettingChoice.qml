pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aftercare.Models

// A reminder setting chosen in words ("Every 4 hours", "Stop after 7 days"): what it is
// on one line (when there is a label), the full-width box below, as phones are narrow.
ColumnLayout {
    id: root

    property string label
    required property ReminderChoiceModel choices

    Layout.fillWidth: true
    spacing: 2

    Label {
        Layout.fillWidth: true
        visible: root.label !== ""
        text: root.label
        wrapMode: Text.WordWrap
    }
    ComboBox {
        id: box
        objectName: root.objectName + "Box"
        Layout.fillWidth: true
        model: root.choices
        textRole: "text"
        valueRole: "value"
        currentIndex: root.choices.currentIndex
        Accessible.name: root.label !== "" ? root.label + " " + displayText : displayText
        onActivated: index => {
            root.choices.choose(index)
            // The stored choice wins (a refused one goes back).
            currentIndex = Qt.binding(() => root.choices.currentIndex)
        }

        FocusRing {
            target: box.background
            shown: box.visualFocus
        }
    }
}
