import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// What the person's own history shows per technique: one card each. (A Column, not a
// ColumnLayout: Home's first frame loads no Qt Quick Layouts.)
Column {
    id: root

    property var model // TechniqueHistoryModel

    topPadding: Theme.margin
    spacing: Theme.gap
    visible: repeater.count > 0

    Label {
        width: root.width
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
            // What helped most after sessions of this technique; empty when nothing did.
            required property string helpedText

            objectName: "techniqueCard-" + technique
            width: parent ? parent.width : 0
            height: cardText.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: card.Material.dialogColor
            border.width: 1
            border.color: Qt.alpha(card.Material.foreground, 0.15)
            Accessible.role: Accessible.StaticText
            Accessible.name: helpedText !== "" ? summary + ". " + helpedText : summary

            Column {
                id: cardText
                x: Theme.margin
                y: Theme.margin
                width: parent.width - 2 * Theme.margin
                spacing: 4

                Label {
                    width: parent.width
                    text: card.summary
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "helpedText"
                    width: parent.width
                    visible: text !== ""
                    text: card.helpedText
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
