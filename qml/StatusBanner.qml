import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Items

// A session's status: icon, colour and words (what it means, what to do),
// and the sentence that this is guidance, not a diagnosis.
Rectangle {
    id: root

    property string status
    property string title
    property string advice
    // How strong the reaction was, one plain sentence; empty: not shown.
    property string grade
    property string disclaimer

    readonly property bool dark: Material.theme === Material.Dark

    Layout.fillWidth: true
    implicitHeight: content.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.statusBackground(status, dark)
    border.width: 1
    border.color: Theme.statusColor(status, dark)
    Accessible.role: Accessible.StaticText
    Accessible.name: title + ". " + advice + (grade !== "" ? " " + grade : "") + " " + disclaimer

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap + 4

            LineIcon {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
                name: Theme.statusIcon(root.status)
                color: Theme.statusColor(root.status, root.dark)
                lineWidth: 2.2
            }
            Label {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.WordWrap
                color: Theme.statusColor(root.status, root.dark)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.advice
            wrapMode: Text.WordWrap
            color: root.dark ? "#ffffff" : "#1f1f1f"
        }
        Label {
            objectName: "gradeText"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.grade
            wrapMode: Text.WordWrap
            font.bold: true
            color: root.dark ? "#ffffff" : "#1f1f1f"
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.disclaimer
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.captionSize
            font.italic: true
            color: root.dark ? "#e0e0e0" : "#3c3c3c"
        }
    }
}
