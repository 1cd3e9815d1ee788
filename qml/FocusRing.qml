import QtQuick
import QtQuick.Controls.Material

// The keyboard-focus mark: a ring around a button (or any item it is laid over), drawn
// in black on a light page and white on a dark one, with a band of the page's colour
// between it and the item. Black and white stand out (at least 3:1) from the page and
// from the teal of a highlighted button in either theme.
Item {
    id: ring

    // The item to surround: the ring's parent or a sibling, as for anchors.
    required property Item target
    property real itemRadius: 4
    // Usually the control's visualFocus: it has the focus from the keyboard.
    required property bool shown
    readonly property bool dark: Material.theme === Material.Dark
    readonly property color ringColor: Theme.focusRing(dark)
    readonly property int gap: 2
    readonly property int thickness: 3

    anchors.fill: target
    anchors.margins: -(gap + thickness)
    z: 10
    visible: shown

    // The band between the item and the ring, in the page's colour.
    Rectangle {
        anchors.fill: parent
        anchors.margins: ring.thickness
        radius: ring.itemRadius + ring.gap
        color: "transparent"
        border.width: ring.gap
        border.color: ring.Material.background
    }
    Rectangle {
        objectName: "focusRing"
        anchors.fill: parent
        radius: ring.itemRadius + ring.gap + ring.thickness
        color: "transparent"
        border.width: ring.thickness
        border.color: ring.ringColor
    }
}
