import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Items

// A part of a page that opens with one tap on its header: the header shows the title and,
// folded, what was answered inside. Screen readers hear it as a button that is expanded
// or collapsed.
ColumnLayout {
    id: root

    property string title
    // A line under the title (what was answered, or what the section asks).
    property string summary
    property bool expanded: false
    default property alias content: body.data

    spacing: Theme.gap

    function focusHeader() {
        header.forceActiveFocus(Qt.TabFocusReason)
    }

    ItemDelegate {
        id: header
        objectName: root.objectName + "Header"
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        leftPadding: 0
        rightPadding: 0
        // Delegates take no Tab focus by default; this header must (as Chip does).
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Button
        Accessible.name: root.summary === "" ? root.title : root.title + ". " + root.summary
        Accessible.description: root.expanded ? qsTr("Expanded. Tap to fold.") : qsTr("Folded. Tap to open.")
        onClicked: root.expanded = !root.expanded

        contentItem: RowLayout {
            spacing: Theme.gap

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: root.title
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.summary !== ""
                    text: root.summary
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.WordWrap
                    opacity: 0.8
                }
            }
            LineIcon {
                Layout.alignment: Qt.AlignVCenter
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
                name: root.expanded ? "fold" : "unfold"
                color: header.Material.foreground
            }
        }

        FocusRing {
            target: header.background
            shown: header.visualFocus
        }
    }

    ColumnLayout {
        id: body
        Layout.fillWidth: true
        visible: root.expanded
        spacing: Theme.gap
    }
}
