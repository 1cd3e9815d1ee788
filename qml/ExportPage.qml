pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models
import Aftercare.Items

// Saves one session or all of them as a PDF report, the Aftercare log, a CSV
// table or a FHIR bundle. The writing is done in C++ (core/exchange).
AppPage {
    id: page

    required property ExportForm form
    // Opens the file chooser as soon as the page is shown (the screenshots' tour).
    property bool choosesFileAtStart: false

    pageName: "export"
    title: qsTr("Export")

    readonly property bool dark: Material.theme === Material.Dark

    // The file chooser's answer; also what tests call with a file of their own.
    function saveTo(file: url): bool {
        return page.form.exportTo(file)
    }

    // Shows the file chooser with the suggested name; saves where the person chooses.
    function saveAs() {
        const name = page.form.suggestedFileName
        page.chooseFile(qsTr("Save the export"), true, name.slice(name.lastIndexOf(".") + 1),
                        page.form.defaultFolder, name, file => page.saveTo(file))
    }

    StackView.onActivated: {
        if (choosesFileAtStart) {
            choosesFileAtStart = false
            chooserAtStart.start()
        }
    }
    // A turn later: not while the stack is still finishing this page's push.
    Timer {
        id: chooserAtStart
        interval: 0
        onTriggered: page.saveAs()
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

            SectionHeading {
                Layout.topMargin: 0
                text: qsTr("What to export")
            }
            ButtonGroup {
                id: scopeGroup
            }
            WrapRadioButton {
                objectName: "scopeSession"
                Layout.fillWidth: true
                visible: page.form.sessionId !== ""
                text: qsTr("This session: %1").arg(page.form.sessionText)
                checked: !page.form.allSessions
                ButtonGroup.group: scopeGroup
                Accessible.name: text
                onClicked: page.form.allSessions = false
            }
            WrapRadioButton {
                objectName: "scopeAll"
                Layout.fillWidth: true
                text: qsTr("All sessions")
                checked: page.form.allSessions
                ButtonGroup.group: scopeGroup
                Accessible.name: text
                onClicked: page.form.allSessions = true
            }

            SectionHeading {
                text: qsTr("Format")
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
                        objectName: "format-" + choice.termId
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

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("The file holds health information about you. Aftercare sends it nowhere: you choose where it goes and whom you give it to.")
                wrapMode: Text.WordWrap
            }

            WrapButton {
                objectName: "saveAsButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                highlighted: true
                enabled: page.form.sessionCount > 0
                text: qsTr("Save as…")
                Accessible.name: qsTr("Choose where to save the export")
                onClicked: page.saveAs()
            }
            Label {
                Layout.fillWidth: true
                visible: page.form.sessionCount === 0
                text: qsTr("There is nothing to export yet.")
                wrapMode: Text.WordWrap
            }

            RowLayout {
                Layout.fillWidth: true
                visible: page.form.savedText !== ""
                spacing: Theme.gap
                LineIcon {
                    name: "check"
                    color: Theme.statusColor("resolved", page.dark)
                }
                Label {
                    objectName: "savedText"
                    Layout.fillWidth: true
                    text: page.form.savedText
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                }
            }
            WrapButton {
                objectName: "openFolderButton"
                visible: page.form.savedFolder !== ""
                flat: true
                text: qsTr("Open folder")
                Accessible.name: qsTr("Open the folder that holds the export")
                onClicked: page.form.openFolder()
            }
            Label {
                objectName: "exportError"
                Layout.fillWidth: true
                visible: page.form.error !== ""
                text: page.form.error
                color: Theme.statusColor("emergency", page.dark)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
        }
    }
}
