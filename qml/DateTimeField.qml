pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Items

// Shows a time and lets the person change it: the day (today or up to two
// weeks back, not before `earliest` when it is set), the hour and the minute.
// Whether the time is acceptable is the form's decision (C++).
RowLayout {
    id: root

    property string label
    property string valueText
    property date value: new Date()
    // No day before this one is offered (a check-in is not before its session).
    property date earliest
    signal picked(date when)

    spacing: Theme.gap

    LineIcon {
        name: "calendar"
        color: root.Material.foreground
        // At the top, with the button: a row whose text first wraps in a narrow pass can
        // keep that taller height, and centred parts would then sit below their text.
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: 6
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Label {
            Layout.fillWidth: true
            text: root.label
            font.pixelSize: Theme.captionSize
            opacity: 0.75
        }
        Label {
            objectName: "timeValue"
            Layout.fillWidth: true
            text: root.valueText
            font.bold: true
            wrapMode: Text.WordWrap
        }
    }
    // A plain button ("Change" is short in every language), with the app's focus ring.
    Button {
        id: changeButton
        objectName: "changeTimeButton"
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: -6
        text: qsTr("Change")
        flat: true
        Accessible.name: qsTr("Change %1").arg(root.label)
        onClicked: {
            dialog.load()
            dialog.open()
        }
        FocusRing {
            target: changeButton.background
            shown: changeButton.visualFocus
        }
    }

    Dialog {
        id: dialog
        objectName: "timeDialog"

        function load() {
            const now = new Date()
            const chosen = root.value
            const startOfDay = d => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
            const ago = Math.round((startOfDay(now) - startOfDay(chosen)) / 86400000)
            day.currentIndex = Math.max(0, Math.min(days.length - 1, ago))
            hour.value = chosen.getHours()
            minute.value = chosen.getMinutes()
        }

        readonly property var days: {
            const list = []
            const now = new Date()
            const first = root.earliest
            const reach = isNaN(first.getTime()) ? 14
                : Math.round((new Date(now.getFullYear(), now.getMonth(), now.getDate())
                              - new Date(first.getFullYear(), first.getMonth(), first.getDate())) / 86400000)
            for (let i = 0; i <= Math.max(0, Math.min(14, reach)); ++i) {
                const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - i)
                list.push(i === 0 ? qsTr("Today") : i === 1 ? qsTr("Yesterday")
                                  : d.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
            }
            return list
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 380)
        modal: true
        title: root.label
        // The accent on a dark dialog: the default teal is about 1.9:1 there.
        Material.accent: Material.theme === Material.Dark ? "#80cbc4" : "#00796b"

        // Buttons of its own: Qt's standard ones stay English without Qt's catalogues.
        footer: DialogButtonBox {
            WrapButton {
                objectName: "timeCancelButton"
                flat: true
                text: qsTr("Cancel")
                onClicked: dialog.reject()
            }
            WrapButton {
                objectName: "timeOkButton"
                flat: true
                text: qsTr("OK")
                onClicked: dialog.accept()
            }
        }

        onAccepted: {
            const now = new Date()
            const when = new Date(now.getFullYear(), now.getMonth(), now.getDate() - day.currentIndex,
                                  hour.value, minute.value, 0, 0)
            root.picked(when)
        }

        // As wide as the dialog allows, never wider: at 360 px the spin boxes share it.
        ColumnLayout {
            width: dialog.availableWidth
            spacing: Theme.gap

            Label {
                text: qsTr("Day")
            }
            ComboBox {
                id: day
                objectName: "dayField"
                Layout.fillWidth: true
                model: dialog.days
                Accessible.name: qsTr("Day")

                FocusRing {
                    target: day.background
                    shown: day.visualFocus
                }
            }
            Label {
                text: qsTr("Time (hours and minutes)")
            }
            RowLayout {
                Layout.fillWidth: true
                SpinBox {
                    id: hour
                    objectName: "hourField"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    from: 0
                    to: 23
                    editable: true
                    Accessible.name: qsTr("Hour")
                }
                Label {
                    text: qsTr(":")
                }
                SpinBox {
                    id: minute
                    objectName: "minuteField"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    from: 0
                    to: 59
                    editable: true
                    Accessible.name: qsTr("Minute")
                    textFromValue: (v, locale) => String(v).padStart(2, "0")
                }
            }
        }
    }
}
