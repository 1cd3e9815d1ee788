pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models

// For therapists: the session's facts and the advice as a session card. Shows the
// QR code full screen for the client's camera, or saves it as PNG, SVG or a
// printable PDF card. The link is made in C++ (core/exchange, as `aftercare card`).
AppPage {
    id: page

    required property SessionCardForm form

    signal showCodeRequested(string link)

    pageName: "session-card"
    title: qsTr("Give a session card")

    readonly property bool dark: Material.theme === Material.Dark

    // The file dialog's answer; also what tests call with a file of their own.
    function saveTo(file: url): bool {
        return page.form.saveTo(file)
    }

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

            Label {
                Layout.fillWidth: true
                text: qsTr("Fill in what you did and what you advise. Your client scans the code with their phone's camera: Aftercare opens with the session filled in, and they add how they felt before. Nothing here is stored in this app's log.")
                wrapMode: Text.WordWrap
            }

            Switch {
                id: startGivenSwitch
                objectName: "cardStartGiven"
                Layout.fillWidth: true
                text: qsTr("Say when the session started")
                checked: page.form.startGiven
                Accessible.name: text
                onToggled: page.form.startGiven = checked

                FocusRing {
                    target: startGivenSwitch.indicator
                    itemRadius: startGivenSwitch.indicator.height / 2
                    shown: startGivenSwitch.visualFocus
                }
            }
            DateTimeField {
                objectName: "cardStartField"
                Layout.fillWidth: true
                visible: page.form.startGiven
                label: qsTr("Session started")
                valueText: page.form.startText
                value: page.form.start
                onPicked: when => page.form.start = when
            }

            Label {
                text: qsTr("Duration in minutes")
            }
            SpinBox {
                objectName: "cardDurationField"
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
                objectName: "cardTechniqueField"
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
                objectName: "cardPressureField"
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

            SectionHeading {
                text: qsTr("Areas worked on")
            }
            BodyMap {
                objectName: "cardBodyMap"
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
                regions: page.form.regions
                markedWord: qsTr("worked on")
                onRegionTapped: regionId => page.form.toggleArea(regionId)
            }
            ComboBox {
                id: regionCombo
                objectName: "cardRegionPicker"
                Layout.fillWidth: true
                model: page.form.regions
                textRole: "label"
                valueRole: "regionId"
                displayText: qsTr("Add or remove an area from a list")
                Accessible.name: qsTr("Add or remove an area from a list")
                onActivated: page.form.toggleArea(currentValue)

                FocusRing {
                    target: regionCombo.background
                    shown: regionCombo.visualFocus
                }
            }
            Label {
                objectName: "cardAreas"
                Layout.fillWidth: true
                text: page.form.areasText
                wrapMode: Text.WordWrap
            }

            SectionHeading {
                text: qsTr("You and your advice")
            }
            TextField {
                objectName: "cardTherapistField"
                Layout.fillWidth: true
                placeholderText: qsTr("Your name (optional)")
                text: page.form.therapist
                Accessible.name: qsTr("Your name (optional)")
                onTextEdited: page.form.therapist = text
            }
            TextArea {
                objectName: "cardAdviceField"
                Layout.fillWidth: true
                placeholderText: qsTr("Advice for afterwards (optional)")
                text: page.form.advice
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Advice for afterwards (optional)")
                KeyNavigation.priority: KeyNavigation.BeforeItem
                KeyNavigation.tab: showCodeButton
                onTextChanged: if (text !== page.form.advice) page.form.advice = text
            }

            Label {
                objectName: "cardProblem"
                Layout.fillWidth: true
                visible: page.form.problem !== ""
                text: page.form.problem
                color: Theme.statusColor("emergency", page.dark)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }

            WrapButton {
                id: showCodeButton
                objectName: "showCodeButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                highlighted: true
                enabled: page.form.link !== ""
                text: qsTr("Show the code")
                Accessible.name: qsTr("Show the code full screen")
                onClicked: page.showCodeRequested(page.form.link)
            }

            SectionHeading {
                text: qsTr("Save the card")
            }
            ButtonGroup {
                id: formatGroup
            }
            Repeater {
                model: page.form.formats

                delegate: ColumnLayout {
                    id: choice

                    required property string termId
                    required property string label
                    required property string detail
                    required property bool chosen

                    Layout.fillWidth: true
                    spacing: 0

                    WrapRadioButton {
                        objectName: "cardFormat-" + choice.termId
                        Layout.fillWidth: true
                        text: choice.label
                        checked: choice.chosen
                        ButtonGroup.group: formatGroup
                        Accessible.name: choice.label
                        Accessible.description: choice.detail
                        onClicked: page.form.format = choice.termId
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 48
                        text: choice.detail
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.captionSize
                        opacity: 0.8
                    }
                }
            }
            WrapButton {
                objectName: "cardSaveAsButton"
                Layout.fillWidth: true
                enabled: page.form.link !== ""
                text: qsTr("Save as…")
                Accessible.name: qsTr("Choose where to save the session card")
                onClicked: {
                    const name = page.form.suggestedFileName
                    page.chooseFile(qsTr("Save the session card"), true,
                                    name.slice(name.lastIndexOf(".") + 1), page.form.defaultFolder,
                                    name, file => page.saveTo(file))
                }
            }
            Label {
                objectName: "cardSavedText"
                Layout.fillWidth: true
                visible: page.form.savedText !== ""
                text: page.form.savedText
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            Label {
                objectName: "cardSaveError"
                Layout.fillWidth: true
                visible: page.form.saveError !== ""
                text: page.form.saveError
                color: Theme.statusColor("emergency", page.dark)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
        }
    }
}
