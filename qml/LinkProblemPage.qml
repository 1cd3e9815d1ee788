import QtQuick
import Aftercare.Items
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A session-card link that Aftercare refused: what is wrong in plain words, and the
// exact place for the therapist. Nothing was saved.
AppPage {
    id: page

    required property string problem
    // The located error (`duration: "0" is outside 1..600`), for the therapist.
    required property string detail

    pageName: "link-problem"
    title: qsTr("Session card")

    readonly property bool dark: Material.theme === Material.Dark

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 4 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: 2 * Theme.margin
            y: 2 * Theme.margin
            width: flick.width - 4 * Theme.margin
            spacing: Theme.margin

            LineIcon {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 64
                Layout.preferredHeight: 64
                name: "warning"
                color: Theme.statusColor("see-doctor", page.dark)
            }
            Label {
                objectName: "linkProblemTitle"
                Layout.fillWidth: true
                text: qsTr("This session card cannot be opened")
                font.pixelSize: Theme.headlineSize
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            Label {
                objectName: "linkProblem"
                Layout.fillWidth: true
                text: page.problem
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("For your therapist")
                font.bold: true
            }
            TextEdit {
                objectName: "linkProblemDetail"
                Layout.fillWidth: true
                text: page.detail
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                color: page.Material.foreground
                font.family: "monospace"
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("For your therapist: %1").arg(text)
            }
            WrapButton {
                objectName: "linkProblemDoneButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                highlighted: true
                text: qsTr("Back to your sessions")
                Accessible.name: text
                onClicked: page.goBack()
            }
        }
    }
}
