pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A 0..10 rating: eleven buttons with the words at both ends. The chosen
// number is filled, bold and outlined, not only coloured. By keyboard and for screen
// readers it is one slider: the arrow keys move the value, Home and End go to the
// ends, a digit picks that number.
ColumnLayout {
    id: root

    property int value: -1 // -1: not rated yet
    property string subject: qsTr("Pain")
    signal picked(int value)

    // The range, under the names Qt's accessibility reads for a slider.
    readonly property int minimumValue: 0
    readonly property int maximumValue: 10
    readonly property int from: minimumValue
    readonly property int to: maximumValue
    readonly property int stepSize: 1

    // One step up or down; from "not rated" either way starts at 0.
    function step(by: int) {
        pick(root.value < 0 ? 0 : root.value + by)
    }
    function pick(wanted: int) {
        const next = Math.max(minimumValue, Math.min(maximumValue, wanted))
        if (next !== root.value)
            root.picked(next)
    }

    spacing: 2
    activeFocusOnTab: true
    Keys.onPressed: event => {
        switch (event.key) {
        case Qt.Key_Right:
        case Qt.Key_Up: root.step(1); break
        case Qt.Key_Left:
        case Qt.Key_Down: root.step(-1); break
        case Qt.Key_Home: root.pick(root.minimumValue); break
        case Qt.Key_End: root.pick(root.maximumValue); break
        default:
            if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9 && event.modifiers === Qt.NoModifier) {
                root.pick(event.key - Qt.Key_0)
                break
            }
            return
        }
        event.accepted = true
    }

    Accessible.role: Accessible.Slider
    Accessible.focusable: true
    Accessible.name: qsTr("%1, 0 to 10").arg(root.subject)
    Accessible.description: root.value < 0 ? qsTr("Not rated yet. 0 is no pain, 10 the worst imaginable.")
                                           : root.value === 0 ? qsTr("No pain")
                                           : root.value === 10 ? qsTr("Worst imaginable") : ""
    Accessible.onIncreaseAction: root.step(1)
    Accessible.onDecreaseAction: root.step(-1)

    Item {
        Layout.fillWidth: true
        implicitHeight: buttons.height

        Row {
            id: buttons
            width: parent.width
            spacing: 2

            Repeater {
                model: 11

                delegate: AbstractButton {
                    id: step

                    required property int index
                    readonly property bool chosen: root.value === index
                    readonly property bool dark: Material.theme === Material.Dark

                    objectName: "step-" + index
                    z: chosen ? 1 : 0
                    width: (buttons.width - 10 * buttons.spacing) / 11
                    height: Math.max(Theme.touch - 4, implicitContentHeight + 16)
                    checkable: false
                    // The scale takes the keyboard and speaks for the steps.
                    focusPolicy: Qt.NoFocus
                    Accessible.ignored: true
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
                        border.width: step.chosen ? 2 : 1
                        border.color: step.chosen ? step.Material.foreground
                                                  : Qt.alpha(step.Material.foreground, 0.3)
                    }
                    FocusRing {
                        target: step.background
                        itemRadius: 6
                        shown: root.activeFocus && step.chosen
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

        // Not rated yet: the ring goes round the whole scale.
        FocusRing {
            target: buttons
            shown: root.activeFocus && root.value < 0
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
