import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// What the person's own history shows per technique: one card each.
ColumnLayout {
    id: root

    property var model // TechniqueHistoryModel

    spacing: Theme.gap
    visible: repeater.count > 0

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.margin
        text: qsTr("What your history shows")
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
    }
    Repeater {
        id: repeater
        model: root.model
        delegate: Rectangle {
            id: card

            required property string technique
            required property string summary

            objectName: "techniqueCard-" + technique
            Layout.fillWidth: true
            implicitHeight: text.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: card.Material.dialogColor
            border.width: 1
            border.color: Qt.alpha(card.Material.foreground, 0.15)
            Accessible.role: Accessible.StaticText
            Accessible.name: summary

            Label {
                id: text
                anchors.fill: parent
                anchors.margins: Theme.margin
                text: card.summary
                wrapMode: Text.WordWrap
            }
        }
    }
}
