pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A 0..10 rating: eleven buttons with the words at both ends. The chosen
// number is filled, bold and outlined, not only coloured.
ColumnLayout {
    id: root

    property int value: -1
    property string subject: qsTr("Pain")
    signal picked(int value)

    spacing: 2

    Row {
        id: buttons
        Layout.fillWidth: true
        spacing: 2

        Repeater {
            model: 11

            delegate: AbstractButton {
                id: step

                required property int index
                readonly property bool chosen: root.value === index
                readonly property bool dark: Material.theme === Material.Dark

                objectName: "step-" + index
                width: (buttons.width - 10 * buttons.spacing) / 11
                height: Math.max(Theme.touch - 4, implicitContentHeight + 16)
                checkable: false
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: chosen
                Accessible.name: index === 0 ? qsTr("%1 0 of 10, no pain").arg(root.subject)
                               : index === 10 ? qsTr("%1 10 of 10, worst imaginable").arg(root.subject)
                               : qsTr("%1 %2 of 10").arg(root.subject).arg(index)
                onClicked: root.picked(index)

                background: Rectangle {
                    radius: 6
                    color: step.chosen ? Theme.intensityColor(step.index, step.dark)
                                       : (step.down ? Qt.alpha(step.Material.foreground, 0.12) : "transparent")
                    border.width: step.chosen || step.activeFocus ? 2 : 1
                    border.color: step.chosen || step.activeFocus ? step.Material.foreground
                                                                  : Qt.alpha(step.Material.foreground, 0.3)
                }
                contentItem: Label {
                    text: String(step.index)
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.bold: step.chosen
                    font.underline: step.chosen
                    color: step.chosen ? Theme.intensityTextColor(step.index, step.dark) : step.Material.foreground
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: qsTr("No pain")
            font.pixelSize: Theme.captionSize
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: qsTr("Worst imaginable")
            font.pixelSize: Theme.captionSize
            wrapMode: Text.WordWrap
        }
    }
}
