pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models
import Aftercare.Items

// Records a massage session: when, how long, technique, pressure, therapist,
// the areas worked and the pain before on the body map, and the screening
// questions (a yes shows its advice; the session can still be recorded).
AppPage {
    id: page

    required property NewSessionForm form

    signal saved(string sessionId)

    pageName: form.editing ? "edit-session" : "new-session"
    title: form.editing ? qsTr("Edit session") : qsTr("New session")

    readonly property bool dark: Material.theme === Material.Dark

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.gap

            // Filled in from a therapist's session card: say so, and show the advice.
            Rectangle {
                objectName: "fromTherapistPanel"
                Layout.fillWidth: true
                visible: page.form.fromCard
                implicitHeight: cardContent.implicitHeight + 2 * Theme.margin
                radius: Theme.radius
                color: Theme.statusBackground("watch", page.dark)
                border.width: 1
                border.color: Theme.statusColor("watch", page.dark)

                ColumnLayout {
                    id: cardContent
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
                            name: "chat"
                            color: Theme.statusColor("watch", page.dark)
                            lineWidth: 2.2
                        }
                        Label {
                            objectName: "fromTherapistTitle"
                            Layout.fillWidth: true
                            text: qsTr("From your therapist")
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                            color: Theme.statusColor("watch", page.dark)
                            wrapMode: Text.WordWrap
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Filled in from your therapist's session card. Check it, add any pain you had before the massage, answer the questions below, then save.")
                        color: page.dark ? "#ffffff" : "#1f1f1f"
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.gap
                        visible: page.form.advice !== ""
                        text: qsTr("Your therapist's advice")
                        color: Theme.statusColor("watch", page.dark)
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "cardAdvice"
                        Layout.fillWidth: true
                        visible: page.form.advice !== ""
                        text: page.form.advice
                        color: page.dark ? "#ffffff" : "#1f1f1f"
                        wrapMode: Text.WordWrap
                    }
                }
            }

            DateTimeField {
                objectName: "startField"
                Layout.fillWidth: true
                label: qsTr("Session started")
                valueText: page.form.startText
                value: page.form.start
                onPicked: when => page.form.start = when
            }

            Label {
                text: qsTr("Duration in minutes")
            }
            SpinBox {
                id: duration
                objectName: "durationField"
                Layout.fillWidth: true
                from: page.form.minDurationMinutes
                to: page.form.maxDurationMinutes
                stepSize: 5
                editable: true
                value: page.form.durationMinutes
                Accessible.name: qsTr("Duration in minutes")
                onValueModified: page.form.durationMinutes = value
            }

            Label {
                text: qsTr("Technique")
            }
            ComboBox {
                id: techniqueCombo
                objectName: "techniqueField"
                Layout.fillWidth: true
                model: page.form.techniques
                textRole: "label"
                valueRole: "termId"
                Accessible.name: qsTr("Technique")
                Component.onCompleted: currentIndex = indexOfValue(page.form.technique)
                onActivated: page.form.technique = currentValue

                FocusRing {
                    target: techniqueCombo.background
                    shown: techniqueCombo.visualFocus
                }
            }

            Label {
                text: qsTr("Pressure")
            }
            ComboBox {
                id: pressureCombo
                objectName: "pressureField"
                Layout.fillWidth: true
                model: page.form.pressures
                textRole: "label"
                valueRole: "termId"
                Accessible.name: qsTr("Pressure")
                Component.onCompleted: currentIndex = indexOfValue(page.form.pressure)
                onActivated: page.form.pressure = currentValue

                FocusRing {
                    target: pressureCombo.background
                    shown: pressureCombo.visualFocus
                }
            }

            TextField {
                objectName: "therapistField"
                Layout.fillWidth: true
                placeholderText: qsTr("Therapist (optional)")
                text: page.form.therapist
                Accessible.name: qsTr("Therapist (optional)")
                onTextEdited: page.form.therapist = text
            }

            SectionHeading {
                text: qsTr("Areas worked on and pain before")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Tap each area the therapist worked on. If it hurt before the massage, say how much: Aftercare compares later soreness with this.")
                wrapMode: Text.WordWrap
            }
            BodyMap {
                objectName: "bodyMap"
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
                regions: page.form.regions
                selectedRegion: page.form.selectedRegion
                markedWord: qsTr("worked on")
                onRegionTapped: regionId => page.form.selectRegion(regionId)
            }
            ComboBox {
                id: regionCombo
                objectName: "regionPicker"
                Layout.fillWidth: true
                model: page.form.regions
                textRole: "label"
                valueRole: "regionId"
                displayText: qsTr("Or choose an area from a list")
                Accessible.name: qsTr("Choose an area from a list")
                onActivated: page.form.selectRegion(currentValue)

                FocusRing {
                    target: regionCombo.background
                    shown: regionCombo.visualFocus
                }
            }

            Pane {
                objectName: "selectedRegionPanel"
                Layout.fillWidth: true
                visible: page.form.selectedRegion !== ""
                Material.elevation: 2
                padding: Theme.margin

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.gap

                    Label {
                        Layout.fillWidth: true
                        text: page.form.selectedLabel
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Switch {
                        id: workedSwitch
                        objectName: "workedSwitch"
                        Layout.fillWidth: true
                        text: qsTr("Worked on in this session")
                        checked: page.form.selectedWorked
                        Accessible.name: qsTr("%1 worked on in this session").arg(page.form.selectedLabel)
                        onToggled: page.form.setSelectedWorked(checked)

                        FocusRing {
                            target: workedSwitch.indicator
                            itemRadius: workedSwitch.indicator.height / 2
                            shown: workedSwitch.visualFocus
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Pain before the session")
                        wrapMode: Text.WordWrap
                    }
                    PainScale {
                        objectName: "baselineScale"
                        Layout.fillWidth: true
                        subject: qsTr("Pain before")
                        value: page.form.selectedBaseline
                        onPicked: v => page.form.setSelectedBaseline(v)
                    }
                    WrapButton {
                        objectName: "regionDoneButton"
                        Layout.alignment: Qt.AlignRight
                        text: qsTr("Done")
                        flat: true
                        Accessible.name: qsTr("Done with %1").arg(page.form.selectedLabel)
                        onClicked: page.form.clearSelection()
                    }
                }
            }

            SectionHeading {
                text: qsTr("Before the massage")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Does any of this apply to you? Some conditions make massage unsafe or need a doctor's advice first.")
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: page.form.screening

                delegate: ColumnLayout {
                    id: question

                    required property string termId
                    required property string label
                    required property string detail
                    required property bool chosen

                    Layout.fillWidth: true
                    spacing: 0

                    CheckBox {
                        id: box
                        objectName: "screening-" + question.termId
                        Layout.fillWidth: true
                        text: question.label
                        checked: question.chosen
                        Accessible.name: question.label
                        onToggled: page.form.setScreeningAnswer(question.termId, checked)

                        contentItem: Label {
                            leftPadding: box.indicator.width + box.spacing
                            text: box.text
                            wrapMode: Text.WordWrap
                            verticalAlignment: Text.AlignVCenter
                        }

                        FocusRing {
                            target: box.indicator
                            itemRadius: 2
                            shown: box.visualFocus
                        }
                    }
                    RowLayout {
                        objectName: "screeningAdvice"
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.margin
                        visible: question.chosen
                        spacing: Theme.gap
                        LineIcon {
                            Layout.alignment: Qt.AlignTop
                            name: "warning"
                            color: Theme.statusColor("see-doctor", page.dark)
                        }
                        Label {
                            objectName: "advice-" + question.termId
                            Layout.fillWidth: true
                            text: question.detail
                            wrapMode: Text.WordWrap
                            font.bold: true
                        }
                    }
                }
            }

            NoteArea {
                objectName: "notesField"
                Layout.fillWidth: true
                placeholderText: qsTr("Notes (optional)")
                text: page.form.notes
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Notes (optional)")
                onTextChanged: if (text !== page.form.notes) page.form.notes = text
            }

            Label {
                objectName: "formError"
                Layout.fillWidth: true
                visible: page.form.error !== ""
                text: page.form.error
                color: Theme.statusColor("emergency", page.dark)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }

            WrapButton {
                objectName: "saveSessionButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                highlighted: true
                text: page.form.editing ? qsTr("Save changes") : qsTr("Save session")
                Accessible.name: text
                onClicked: {
                    if (page.form.save())
                        page.saved(page.form.savedSessionId)
                }
            }
        }
    }
}
