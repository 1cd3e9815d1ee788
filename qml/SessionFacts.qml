pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models
import Aftercare.Items

// The bottom of a session's page, below its check-ins: the session's details, what was
// said before it, and the aftercare tips. SessionPage's list footer (see SessionOverview).
Item {
    id: root

    // Set by the page once the list has made this item (null until then).
    property SessionDetails details
    readonly property bool dark: Material.theme === Material.Dark

    signal exportRequested(string sessionId)

    width: ListView.view ? ListView.view.width : 0
    implicitHeight: column.y + column.implicitHeight + Theme.gap

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.gap
        width: parent.width - 2 * Theme.margin
        spacing: Theme.gap

        SectionHeading {
            visible: root.details?.exists ?? false
            text: qsTr("The session")
        }
        InfoRow {
            label: qsTr("When")
            value: root.details?.whenText ?? ""
        }
        InfoRow {
            label: qsTr("Duration")
            value: root.details?.durationText ?? ""
        }
        InfoRow {
            label: qsTr("Technique")
            value: root.details?.techniqueText ?? ""
        }
        InfoRow {
            label: qsTr("Pressure")
            value: (root.details?.exists ?? false) ? (root.details?.pressureText ?? "") : ""
        }
        InfoRow {
            label: qsTr("Therapist")
            value: root.details?.therapist ?? ""
        }
        InfoRow {
            label: qsTr("Areas worked on")
            value: (root.details?.exists ?? false) ? (root.details?.areasText ?? "") : ""
        }
        InfoRow {
            label: qsTr("Pain before the session")
            value: (root.details?.exists ?? false) ? (root.details?.baselineText ?? "") : ""
        }
        InfoRow {
            label: qsTr("Notes")
            value: root.details?.notes ?? ""
        }
        WrapButton {
            objectName: "exportSessionButton"
            Layout.fillWidth: true
            visible: root.details?.exists ?? false
            flat: true
            text: qsTr("Export or print this session")
            Accessible.name: text
            onClicked: root.exportRequested(root.details?.sessionId ?? "")
        }

        SectionHeading {
            visible: (root.details?.screening.checkedCount ?? 0) > 0
            text: qsTr("Before the session you said yes to")
        }
        Repeater {
            model: root.details?.screening ?? null

            delegate: ColumnLayout {
                id: screeningRow

                required property string label
                required property string detail
                required property bool chosen

                Layout.fillWidth: true
                visible: chosen
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: screeningRow.label
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: screeningRow.detail
                    wrapMode: Text.WordWrap
                }
            }
        }

        SectionHeading {
            visible: root.details?.exists ?? false
            text: qsTr("Looking after yourself")
        }
        Repeater {
            model: (root.details?.exists ?? false) ? [
                { icon: "drop", text: qsTr("Drink plenty of water over the next hours.") },
                { icon: "walk", text: qsTr("Take a short, gentle walk rather than strenuous exercise: it helps the worked muscles adjust and keeps them from stiffening.") },
                { icon: "chat", text: qsTr("Tell your therapist about any sharp, burning or electric feeling, during or after the massage.") }
            ] : []

            delegate: RowLayout {
                id: tip

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.gap
                LineIcon {
                    Layout.alignment: Qt.AlignTop
                    name: tip.modelData.icon
                    color: Theme.selection(root.dark)
                }
                Label {
                    Layout.fillWidth: true
                    text: tip.modelData.text
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
