import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Home with no sessions yet: what the app does, and the one first step, centred.
// (Positioned, not a ColumnLayout: Home's first frame loads no Qt Quick Layouts.)
Item {
    id: root

    signal newSessionRequested()

    Column {
        width: parent.width
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.margin

        Label {
            width: parent.width
            text: qsTr("No massage sessions yet")
            font.pixelSize: Theme.headlineSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
        }
        Label {
            width: parent.width
            text: qsTr("Record a session right after your massage. Aftercare then asks how you feel over the next days and tells you when soreness is normal and when to act.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        // Flat, like the app bar and the new-session button (a Button's shadow is an
        // offscreen layer).
        RoundButton {
            id: firstButton
            objectName: "firstSessionButton"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, parent.width)
            radius: Theme.radius
            leftPadding: 2 * Theme.margin
            rightPadding: 2 * Theme.margin
            Material.elevation: 0
            text: qsTr("Record a massage session")
            highlighted: true
            Accessible.name: text
            onClicked: root.newSessionRequested()

            FocusRing {
                target: firstButton.background
                shown: firstButton.visualFocus
                itemRadius: Theme.radius
            }
        }
    }
}
