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

    pageName: "settings"
    title: qsTr("Settings")

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

            Button {
                objectName: "exportAllButton"
                Layout.fillWidth: true
                flat: true
                text: qsTr("Export all sessions")
                Accessible.name: text
                onClicked: page.exportRequested()
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
