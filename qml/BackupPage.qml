pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models
import Aftercare.Items

// Backs up every session to a file the person chooses, and restores such a
// file: checked and previewed first, then added all or nothing. The reading,
// checking and writing are done in C++ (BackupForm).
AppPage {
    id: page

    required property AppController controller
    readonly property BackupForm form: BackupForm {
        app: page.controller
    }

    pageName: "backup"
    title: qsTr("Back up and restore")

    readonly property bool dark: Material.theme === Material.Dark

    // The file chooser's answers; also what tests call with files of their own.
    function backUpTo(file: url): bool {
        return page.form.backUpTo(file)
    }
    function chooseRestoreFile(file: url): bool {
        return page.form.chooseRestoreFile(file)
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
                text: qsTr("Back up")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Saves every session and check-in in one Aftercare log file. Keep it somewhere safe: it holds health information about you, and Aftercare sends it nowhere.")
                wrapMode: Text.WordWrap
            }
            WrapButton {
                objectName: "backupButton"
                Layout.fillWidth: true
                highlighted: true
                enabled: page.form.sessionCount > 0
                text: qsTr("Back up everything")
                Accessible.name: qsTr("Back up everything: choose where to save the backup")
                onClicked: page.chooseFile(qsTr("Save the backup"), true, "json", page.form.defaultFolder,
                                           page.form.suggestedFileName, file => page.backUpTo(file))
            }
            Label {
                Layout.fillWidth: true
                visible: page.form.sessionCount === 0
                text: qsTr("There is nothing to back up yet.")
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.form.backupText !== ""
                spacing: Theme.gap
                LineIcon {
                    name: "check"
                    color: Theme.statusColor("resolved", page.dark)
                }
                Label {
                    objectName: "backupText"
                    Layout.fillWidth: true
                    text: page.form.backupText
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                }
            }
            WrapButton {
                objectName: "backupOpenFolder"
                visible: page.form.savedFolder !== ""
                flat: true
                text: qsTr("Open folder")
                Accessible.name: qsTr("Open the folder that holds the backup")
                onClicked: page.form.openFolder()
            }
            Label {
                objectName: "backupError"
                Layout.fillWidth: true
                visible: page.form.backupError !== ""
                text: page.form.backupError
                color: Theme.statusColor("emergency", page.dark)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }

            SectionHeading {
                text: qsTr("Restore")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Adds the sessions and check-ins of a backup to your log. Nothing already here is changed or removed, and you see what would be added before anything is.")
                wrapMode: Text.WordWrap
            }
            WrapButton {
                objectName: "restoreChooseButton"
                Layout.fillWidth: true
                text: qsTr("Restore from a backup…")
                Accessible.name: qsTr("Restore from a backup: choose the file")
                onClicked: page.chooseFile(qsTr("Choose a backup to restore"), false, "json",
                                           page.form.defaultFolder, "", file => page.chooseRestoreFile(file))
            }
            Label {
                objectName: "restoreFileName"
                Layout.fillWidth: true
                visible: page.form.restoreState !== BackupForm.NoFile && page.form.restoreFileName !== ""
                text: qsTr("File: %1").arg(page.form.restoreFileName)
                wrapMode: Text.WrapAnywhere
                font.pixelSize: Theme.captionSize
            }
            Label {
                objectName: "restorePreview"
                Layout.fillWidth: true
                visible: page.form.restoreState === BackupForm.Ready
                text: qsTr("In this backup: %1.").arg(page.form.restoreText)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.form.restoreState === BackupForm.Ready
                spacing: Theme.gap
                WrapButton {
                    objectName: "restoreButton"
                    Layout.fillWidth: true
                    highlighted: true
                    text: qsTr("Restore")
                    Accessible.name: qsTr("Restore this backup into your log")
                    onClicked: page.form.restore()
                }
                WrapButton {
                    objectName: "restoreCancelButton"
                    Layout.fillWidth: true
                    flat: true
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Do not restore this backup")
                    onClicked: page.form.clearRestore()
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.form.restoreState === BackupForm.Restored
                spacing: Theme.gap
                LineIcon {
                    name: "check"
                    color: Theme.statusColor("resolved", page.dark)
                }
                Label {
                    objectName: "restoreResult"
                    Layout.fillWidth: true
                    text: page.form.restoreText
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                }
            }
            Label {
                objectName: "restoreError"
                Layout.fillWidth: true
                visible: page.form.restoreError !== ""
                text: page.form.restoreError
                color: Theme.statusColor("emergency", page.dark)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
        }
    }
}
