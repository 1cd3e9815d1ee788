pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models
import Aftercare.Items

// Where to save a file, or which file to open, on a phone screen: a few places to
// start from, the folder's contents (tap a folder to go in), the file name and the
// one button that does it, always in view at the bottom.
AppPage {
    id: page

    required property bool saving
    required property string suffix
    required property url startFolder
    property string suggestedName: ""
    property string actionText: saving ? qsTr("Save") : qsTr("Open")

    signal chosen(url file)

    pageName: "file-chooser"

    readonly property bool dark: Material.theme === Material.Dark

    function accept() {
        if (chooser.problem !== "")
            return
        const file = chooser.chosenFile()
        if (chooser.replaces && !replaceNote.visible) {
            replaceNote.visible = true
            return
        }
        page.chosen(file)
    }

    FileChooser {
        id: chooser
        objectName: "chooser"
        saving: page.saving
        suffix: page.suffix
        Component.onCompleted: {
            chooser.openFolderUrl(page.startFolder)
            chooser.fileName = page.suggestedName
        }
        onFolderChanged: replaceNote.visible = false
        onFileNameChanged: replaceNote.visible = false
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Flow {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: Theme.gap
            spacing: Theme.gap

            Repeater {
                model: chooser.places
                delegate: Chip {
                    id: place

                    required property var modelData

                    objectName: "place-" + place.modelData.path
                    checkable: false
                    text: place.modelData.label
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Go to %1").arg(place.modelData.label)
                    onClicked: chooser.folder = place.modelData.path
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.margin
            spacing: Theme.gap

            ToolButton {
                id: upButton
                objectName: "upButton"
                enabled: chooser.canGoUp
                Accessible.name: qsTr("Up to the folder above")
                onClicked: chooser.goUp()
                FocusRing {
                    target: upButton.background
                    shown: upButton.visualFocus
                }
                contentItem: LineIcon {
                    name: "up"
                    color: page.Material.foreground
                    opacity: parent.enabled ? 1 : 0.4
                }
            }
            Label {
                objectName: "folderName"
                Layout.fillWidth: true
                text: chooser.folderName
                font.bold: true
                elide: Text.ElideMiddle
                Accessible.role: Accessible.Heading
                Accessible.name: qsTr("In %1").arg(chooser.folder)
            }
        }

        ListView {
            id: entries
            objectName: "entryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: chooser
            keyNavigationEnabled: true
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Contents of %1").arg(chooser.folderName)

            delegate: ItemDelegate {
                id: entry

                required property int index
                required property string name
                required property bool isFolder
                required property string detail

                width: ListView.view.width
                highlighted: ListView.isCurrentItem && entries.activeFocus
                Accessible.name: entry.isFolder ? qsTr("Folder %1").arg(entry.name) : entry.name
                onClicked: chooser.choose(entry.index)
                Keys.onReturnPressed: chooser.choose(entry.index)

                contentItem: RowLayout {
                    spacing: Theme.gap
                    LineIcon {
                        name: entry.isFolder ? "folder" : "file"
                        color: entry.isFolder ? Theme.selection(page.dark) : entry.Material.foreground
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: entry.name
                            elide: Text.ElideMiddle
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: entry.detail !== ""
                            text: entry.detail
                            font.pixelSize: Theme.captionSize
                            opacity: 0.8
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: entries.count === 0
                text: page.saving ? qsTr("This folder is empty.")
                                  : qsTr("No %1 file in this folder.").arg(page.suffix.toUpperCase())
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                opacity: 0.8
            }
        }

        // The name and the button stay at the bottom, whatever the folder holds.
        Pane {
            Layout.fillWidth: true
            Material.elevation: 4
            padding: Theme.margin
            topPadding: Theme.gap

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.gap / 2

                TextField {
                    id: nameField
                    objectName: "fileNameField"
                    Layout.fillWidth: true
                    visible: page.saving
                    text: chooser.fileName
                    placeholderText: qsTr("File name")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    selectByMouse: true
                    Accessible.name: qsTr("File name")
                    onTextEdited: chooser.fileName = text
                    onAccepted: page.accept()
                }
                Label {
                    objectName: "fileProblem"
                    Layout.fillWidth: true
                    visible: text !== "" && (page.saving ? nameField.text !== "" : chooser.fileName !== "")
                    text: chooser.problem
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.captionSize
                    color: Theme.statusColor("see-doctor-today", page.dark)
                }
                Label {
                    id: replaceNote
                    objectName: "replaceNote"
                    Layout.fillWidth: true
                    visible: false
                    text: qsTr("A file with this name is already here. Tap “%1” again to replace it.").arg(page.actionText)
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.captionSize
                    Accessible.role: Accessible.AlertMessage
                }
                Label {
                    objectName: "chosenFileName"
                    Layout.fillWidth: true
                    visible: !page.saving
                    text: chooser.fileName !== "" ? chooser.fileName : qsTr("Tap a file to choose it.")
                    elide: Text.ElideMiddle
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Item {
                        Layout.fillWidth: true
                    }
                    WrapButton {
                        objectName: "cancelChooserButton"
                        flat: true
                        text: qsTr("Cancel")
                        Accessible.name: text
                        onClicked: page.goBack()
                    }
                    WrapButton {
                        objectName: "chooseButton"
                        highlighted: true
                        enabled: chooser.problem === ""
                        text: page.actionText
                        Accessible.name: page.saving ? qsTr("Save as %1").arg(chooser.fileName)
                                                     : qsTr("Open %1").arg(chooser.fileName)
                        onClicked: page.accept()
                    }
                }
            }
        }
    }
}
