import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A check-in prompt that is due: the question and the one action.
Rectangle {
    id: root

    property string detail // e.g. which session, on the home page
    signal logNow()

    readonly property bool dark: Material.theme === Material.Dark

    implicitHeight: content.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Qt.alpha(Theme.selection(dark), 0.14)
    border.width: 1
    border.color: Theme.selection(dark)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: question.text + (detail !== "" ? " " + detail : "")

    // A Column, not a ColumnLayout: Home's first frame loads no Qt Quick Layouts.
    Column {
        id: content
        x: Theme.margin
        y: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.gap

        Label {
            id: question
            width: parent.width
            text: qsTr("Time for a check-in: how do you feel?")
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label {
            width: parent.width
            visible: root.detail !== ""
            text: root.detail
            wrapMode: Text.WordWrap
            opacity: 0.85
        }
        // A flat button, like the app bar and the new-session button: a Button's shadow is
        // an offscreen layer on every Home that shows this banner.
        RoundButton {
            id: logNowButton
            objectName: "logNowButton"
            width: Math.min(implicitWidth, parent.width)
            radius: Theme.radius
            leftPadding: 2 * Theme.margin
            rightPadding: 2 * Theme.margin
            highlighted: true
            Material.elevation: 0
            text: qsTr("Log now")
            Accessible.name: qsTr("Log how you feel now")
            onClicked: root.logNow()

            FocusRing {
                target: logNowButton.background
                shown: logNowButton.visualFocus
                itemRadius: Theme.radius
            }
        }
    }
}
