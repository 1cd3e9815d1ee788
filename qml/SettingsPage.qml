pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models

// Appearance, where the log lives, and what the app is (and is not).
AppPage {
    id: page

    required property AppController controller
    signal exportRequested()
    signal backupRequested()
    signal sessionCardRequested()

    pageName: "settings"
    title: qsTr("Settings")

    // Probed when the page opens; again from its button and when it comes back on top.
    readonly property ReminderPanel reminders: controller.reminderPanel()
    StackView.onActivated: reminders.refresh()

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

            SectionHeading {
                Layout.topMargin: 0
                text: qsTr("Appearance")
            }
            ButtonGroup {
                id: themeGroup
            }
            Repeater {
                model: [
                    { value: AppController.System, text: qsTr("Follow the system") },
                    { value: AppController.Light, text: qsTr("Light") },
                    { value: AppController.Dark, text: qsTr("Dark") }
                ]
                delegate: WrapRadioButton {
                    id: choice

                    required property var modelData

                    objectName: "theme-" + modelData.value
                    Layout.fillWidth: true
                    text: modelData.text
                    checked: page.controller.theme === modelData.value
                    enabled: !page.controller.themeFixedByEnvironment
                    ButtonGroup.group: themeGroup
                    Accessible.name: qsTr("Theme: %1").arg(text)
                    onClicked: page.controller.theme = modelData.value
                }
            }
            Label {
                Layout.fillWidth: true
                visible: page.controller.themeFixedByEnvironment
                text: qsTr("The theme is fixed for this run by the AFTERCARE_THEME environment variable.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.captionSize
            }

            SectionHeading {
                text: qsTr("Reminders")
            }
            Rectangle {
                objectName: "reminderHealth"
                Layout.fillWidth: true
                implicitHeight: health.implicitHeight + 2 * Theme.margin
                radius: Theme.radius
                color: "transparent"
                border.width: 1
                border.color: Qt.alpha(page.Material.foreground, 0.2)

                ColumnLayout {
                    id: health
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.gap

                    Label {
                        objectName: "reminderAgent"
                        Layout.fillWidth: true
                        text: page.reminders.agentText
                        font.bold: true
                        wrapMode: Text.WordWrap
                        color: page.reminders.agentRunning ? page.Material.foreground
                                                           : Theme.statusColor("contact-therapist", page.Material.theme === Material.Dark)
                    }
                    Label {
                        objectName: "reminderAgentAdvice"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: page.reminders.agentAdvice
                        wrapMode: Text.WordWrap
                    }
                    WrapButton {
                        objectName: "turnOnRemindersButton"
                        Layout.fillWidth: true
                        visible: page.reminders.canTurnOn
                        highlighted: true
                        text: qsTr("Turn reminders on")
                        Accessible.name: text
                        onClicked: page.reminders.turnOnReminders()
                    }
                    Label {
                        objectName: "turnOnMessage"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: page.reminders.turnOnMessage
                        wrapMode: Text.WordWrap
                        font.bold: true
                        color: page.reminders.turnOnFailed
                               ? Theme.statusColor("emergency", page.Material.theme === Material.Dark)
                               : page.Material.foreground
                    }
                    Label {
                        objectName: "reminderServer"
                        Layout.fillWidth: true
                        text: page.reminders.serverText
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "reminderActions"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: page.reminders.actionsText
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "reminderWake"
                        Layout.fillWidth: true
                        text: page.reminders.wakeText
                        wrapMode: Text.WordWrap
                    }
                    InfoRow {
                        objectName: "reminderNext"
                        label: qsTr("Next reminder")
                        value: page.reminders.nextPromptText
                    }
                    InfoRow {
                        objectName: "reminderRecent"
                        label: qsTr("Last reminders shown")
                        value: page.reminders.recentText
                    }
                    Label {
                        objectName: "reminderQuiet"
                        Layout.fillWidth: true
                        text: page.reminders.quietHoursText
                        wrapMode: Text.WordWrap
                    }
                    WrapButton {
                        objectName: "refreshRemindersButton"
                        Layout.maximumWidth: health.width
                        flat: true
                        text: qsTr("Check again")
                        Accessible.name: qsTr("Check the reminders again")
                        onClicked: page.reminders.refresh()
                    }
                }
            }

            Switch {
                id: remindersSwitch
                objectName: "remindersEnabled"
                Layout.fillWidth: true
                text: qsTr("Remind me to check in")
                checked: page.reminders.remindersEnabled
                Accessible.name: text
                onToggled: page.reminders.remindersEnabled = checked

                FocusRing {
                    target: remindersSwitch.indicator
                    itemRadius: remindersSwitch.indicator.height / 2
                    shown: remindersSwitch.visualFocus
                }
            }
            Switch {
                id: quietSwitch
                objectName: "quietHoursEnabled"
                Layout.fillWidth: true
                text: qsTr("Quiet hours (no reminders)")
                checked: page.reminders.quietHoursEnabled
                Accessible.name: text
                onToggled: page.reminders.quietHoursEnabled = checked

                FocusRing {
                    target: quietSwitch.indicator
                    itemRadius: quietSwitch.indicator.height / 2
                    shown: quietSwitch.visualFocus
                }
            }
            GridLayout {
                Layout.fillWidth: true
                enabled: page.reminders.quietHoursEnabled
                columns: 2
                columnSpacing: Theme.gap
                Label {
                    text: qsTr("From")
                }
                ComboBox {
                    id: quietStartCombo
                    objectName: "quietStart"
                    Layout.fillWidth: true
                    model: page.reminders.timeChoices
                    currentIndex: page.reminders.quietStartIndex
                    Accessible.name: qsTr("Quiet hours start at %1").arg(currentText)
                    onActivated: index => page.reminders.quietStart = textAt(index)

                    FocusRing {
                        target: quietStartCombo.background
                        shown: quietStartCombo.visualFocus
                    }
                }
                Label {
                    text: qsTr("Until")
                }
                ComboBox {
                    id: quietEndCombo
                    objectName: "quietEnd"
                    Layout.fillWidth: true
                    model: page.reminders.timeChoices
                    currentIndex: page.reminders.quietEndIndex
                    Accessible.name: qsTr("Quiet hours end at %1").arg(currentText)
                    onActivated: index => page.reminders.quietEnd = textAt(index)

                    FocusRing {
                        target: quietEndCombo.background
                        shown: quietEndCombo.visualFocus
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Snooze a reminder for")
                wrapMode: Text.WordWrap
            }
            ButtonGroup {
                id: snoozeGroup
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: [15, 30, 60]
                    delegate: RadioButton {
                        id: snoozeChoice
                        required property int modelData
                        objectName: "snooze-" + modelData
                        text: qsTr("%1 min").arg(modelData)
                        checked: page.reminders.snoozeMinutes === modelData
                        ButtonGroup.group: snoozeGroup
                        Accessible.name: qsTr("Snooze for %1 minutes").arg(modelData)
                        onClicked: page.reminders.snoozeMinutes = modelData

                        FocusRing {
                            target: snoozeChoice.indicator
                            itemRadius: snoozeChoice.indicator.width / 2
                            shown: snoozeChoice.visualFocus
                        }
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("How often to remind you")
                font.bold: true
                wrapMode: Text.WordWrap
            }
            SettingChoice {
                objectName: "firstPromptMinutes"
                label: qsTr("First reminder")
                choices: page.reminders.firstPromptChoices
            }
            SettingChoice {
                objectName: "hourlyIntervalMinutes"
                label: qsTr("Then")
                choices: page.reminders.hourlyIntervalChoices
            }
            SettingChoice {
                objectName: "hourlyUntilHours"
                choices: page.reminders.hourlyUntilChoices
            }
            SettingChoice {
                objectName: "taperIntervalMinutes"
                label: qsTr("Then")
                choices: page.reminders.taperIntervalChoices
            }
            SettingChoice {
                objectName: "taperUntilHours"
                choices: page.reminders.taperUntilChoices
            }
            SettingChoice {
                objectName: "dailyIntervalMinutes"
                label: qsTr("Then")
                choices: page.reminders.dailyIntervalChoices
            }
            SettingChoice {
                objectName: "stopAfterHours"
                label: qsTr("At the end")
                choices: page.reminders.stopAfterChoices
            }
            Label {
                objectName: "reminderError"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.reminders.error
                wrapMode: Text.WordWrap
                color: Theme.statusColor("emergency", page.Material.theme === Material.Dark)
            }

            SectionHeading {
                text: qsTr("Your log")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Everything you record stays on this device, in this file:")
                wrapMode: Text.WordWrap
            }
            TextEdit {
                objectName: "databasePath"
                Layout.fillWidth: true
                text: page.controller.databasePath
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                color: page.Material.foreground
                font.family: "monospace"
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Log file: %1").arg(text)
            }

            WrapButton {
                objectName: "exportAllButton"
                Layout.fillWidth: true
                flat: true
                text: qsTr("Export all sessions")
                Accessible.name: text
                onClicked: page.exportRequested()
            }

            WrapButton {
                objectName: "backupRestoreButton"
                Layout.fillWidth: true
                flat: true
                text: qsTr("Back up and restore")
                Accessible.name: text
                onClicked: page.backupRequested()
            }

            SectionHeading {
                text: qsTr("For therapists")
            }
            WrapButton {
                objectName: "sessionCardButton"
                Layout.fillWidth: true
                flat: true
                text: qsTr("Give a session card")
                Accessible.name: qsTr("For therapists: give a session card")
                onClicked: page.sessionCardRequested()
            }

            SectionHeading {
                text: qsTr("About Aftercare")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Aftercare %1 helps you tell normal soreness after a massage from signs that need your therapist or a doctor.").arg(page.controller.version)
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: page.controller.notADiagnosis
                wrapMode: Text.WordWrap
                font.italic: true
            }
        }
    }
}
