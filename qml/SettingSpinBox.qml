import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A number setting: what it is on one line, the box below (narrow screens).
ColumnLayout {
    id: root

    property string label
    property int value
    property int from: 0
    property int to: 100
    property int stepSize: 1
    signal modified(int value)

    Layout.fillWidth: true
    spacing: 2

    Label {
        Layout.fillWidth: true
        text: root.label
        wrapMode: Text.WordWrap
    }
    SpinBox {
        objectName: root.objectName + "Box"
        from: root.from
        to: root.to
        stepSize: root.stepSize
        value: root.value
        editable: true
        Accessible.name: root.label
        onValueModified: root.modified(value)
    }
}
