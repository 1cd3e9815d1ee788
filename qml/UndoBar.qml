import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// "Check-in deleted — Undo" at the bottom of a page, for a few seconds.
Pane {
    id: root

    property string message
    property int timeout: 8000
    // A second, optional step below the message ("Any warning signs? Tap to answer").
    property string actionText
    signal actionRequested()
    signal undoRequested()
    signal expired()

    function show() {
        visible = true
        timer.restart()
    }
    function hide() {
        visible = false
        timer.stop()
    }

    readonly property bool dark: Material.theme === Material.Dark

    visible: false
    Material.elevation: 6
    padding: Theme.gap
    leftPadding: Theme.margin

    Timer {
        id: timer
        interval: root.timeout
        onTriggered: {
            root.visible = false
            root.expired()
        }
    }

    background: Rectangle {
        radius: 4
        color: root.dark ? "#e6e1e5" : "#313033"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.message
                wrapMode: Text.WordWrap
                color: root.dark ? "#1f1f1f" : "#f2f2f2"
                Accessible.role: Accessible.AlertMessage
            }
            WrapButton {
                objectName: "undoButton"
                text: qsTr("Undo")
                flat: true
                Material.foreground: root.dark ? "#6b4e00" : "#ffd57a"
                Accessible.name: qsTr("Undo: %1").arg(root.message)
                onClicked: {
                    root.hide()
                    root.undoRequested()
                }
            }
        }
        WrapButton {
            objectName: "undoBarAction"
            Layout.fillWidth: true
            visible: root.actionText !== ""
            text: root.actionText
            flat: true
            Material.foreground: root.dark ? "#6b4e00" : "#ffd57a"
            Accessible.name: text
            onClicked: {
                root.hide()
                root.actionRequested()
            }
        }
    }
}
