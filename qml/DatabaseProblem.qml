import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models
import Aftercare.Items

// Fills the window when the log file cannot be used: what is wrong, which
// file, what to do. The file is not touched.
Pane {
    id: root

    required property AppController controller

    objectName: "databaseProblem"
    visible: !controller.ready

    readonly property bool dark: Material.theme === Material.Dark

    padding: 2 * Theme.margin

    FocusScroller {
        scope: root
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight
        clip: true

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Theme.margin

            LineIcon {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 64
                Layout.preferredHeight: 64
                name: "warning"
                color: Theme.statusColor("see-doctor", root.dark)
            }
            Label {
                objectName: "problemTitle"
                Layout.fillWidth: true
                text: root.controller.problemTitle
                font.pixelSize: Theme.headlineSize
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            Label {
                Layout.fillWidth: true
                text: root.controller.problemMessage
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The file:")
                font.bold: true
            }
            TextEdit {
                objectName: "problemPath"
                Layout.fillWidth: true
                text: root.controller.databasePath
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                color: root.Material.foreground
                font.family: "monospace"
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("File: %1").arg(text)
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("What to do")
                font.bold: true
            }
            Label {
                objectName: "problemAdvice"
                Layout.fillWidth: true
                text: root.controller.problemAdvice
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                spacing: Theme.gap
                WrapButton {
                    objectName: "retryButton"
                    Layout.fillWidth: true
                    text: qsTr("Try again")
                    highlighted: true
                    Accessible.name: text
                    onClicked: root.controller.retryOpen()
                }
                WrapButton {
                    objectName: "quitButton"
                    Layout.fillWidth: true
                    text: qsTr("Quit")
                    Accessible.name: qsTr("Quit Aftercare")
                    onClicked: Qt.quit()
                }
            }
        }
    }
}
