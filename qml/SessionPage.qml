pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models

// One session: its status (from the analysis), what was noticed and when, the
// check-ins (edit; delete with undo), the session's details and aftercare tips.
AppPage {
    id: page

    required property SessionDetails details

    signal checkInRequested(string sessionId)
    signal editRequested(CheckInForm form)
    // The check-in just saved with "No soreness", opened at its warning signs.
    signal warningSignsRequested(CheckInForm form)
    signal exportRequested(string sessionId)
    signal editSessionRequested(string sessionId)
    signal removeRequested(string sessionId)

    pageName: "session"
    title: details.exists ? details.title : qsTr("Session")

    readonly property bool dark: Material.theme === Material.Dark

    // After a "No soreness" check-in: Undo, and a way to the warning signs it skipped.
    function offerUndoOfSave(form: CheckInForm) {
        page.details.offerUndoOfSave(form)
        if (page.details.canUndo)
            undoBar.show()
    }

    menuActions: [
        Action {
            objectName: "editSessionAction"
            text: qsTr("Edit session")
            enabled: page.details.exists
            onTriggered: page.editSessionRequested(page.details.sessionId)
        },
        Action {
            objectName: "deleteSessionAction"
            text: qsTr("Delete session")
            enabled: page.details.exists
            onTriggered: confirmDelete.open()
        }
    ]

    Dialog {
        id: confirmDelete
        objectName: "confirmDeleteSession"
        parent: Overlay.overlay
        anchors.centerIn: parent
        // The accent on a dark dialog: the default teal is about 1.9:1 there.
        Material.accent: Material.theme === Material.Dark ? "#80cbc4" : "#00796b"
        width: Math.min(parent.width - 2 * Theme.margin, 400)
        modal: true
        title: qsTr("Delete this session?")
        contentItem: Label {
            text: qsTr("The session and its check-ins (%n) will be deleted. You can undo this for a few seconds.", "",
                       list.count)
            wrapMode: Text.WordWrap
        }
        footer: DialogButtonBox {
            WrapButton {
                objectName: "cancelDeleteSession"
                text: qsTr("Cancel")
                flat: true
                onClicked: confirmDelete.close()
            }
            WrapButton {
                objectName: "confirmDeleteSessionButton"
                text: qsTr("Delete")
                flat: true
                onClicked: {
                    confirmDelete.close()
                    page.removeRequested(page.details.sessionId)
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "checkInList"
        anchors.fill: parent
        clip: true
        // Only the check-ins on screen exist as items: a week of hourly check-ins
        // would otherwise build (and keep) a card for each one.
        model: page.details.checkIns
        spacing: Theme.gap
        topMargin: Theme.margin
        bottomMargin: Theme.margin + (undoBar.visible ? undoBar.height : 0)
        ScrollBar.vertical: ScrollBar {}

        // Everything above the check-ins: status, what was noticed, the chart.
        header: Qt.createComponent("SessionOverview.qml")
        onHeaderItemChanged: {
            const overview = headerItem as SessionOverview
            if (!overview)
                return
            overview.details = Qt.binding(() => page.details)
            overview.checkInRequested.connect(page.checkInRequested)
        }
        // The list puts its first check-in at the top before the header above it has its
        // height; until the person scrolls, the page shows its top.
        property bool scrolledByPerson: false
        onMovementStarted: scrolledByPerson = true
        Connections {
            target: list.headerItem
            function onHeightChanged() {
                if (!list.scrolledByPerson)
                    list.contentY = list.originY - list.topMargin
            }
        }

        delegate: Item {
            id: checkInCard

            required property int index
            required property string atText
            required property string hoursText
            required property string summary
            required property string redFlagsText
            required property string note
            required property string flagsText
            required property bool enteredLater
            required property string impactText
            required property string reactionsText
            required property string benefitsText

            width: ListView.view.width
            implicitHeight: cardPane.implicitHeight

            Pane {
                id: cardPane
                x: Theme.margin
                width: parent.width - 2 * Theme.margin
                padding: Theme.margin
                Material.elevation: 1

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4

                    Label {
                        objectName: "checkInWhen"
                        Layout.fillWidth: true
                        text: checkInCard.enteredLater
                              ? qsTr("%1 · %2 · entered later").arg(checkInCard.atText).arg(checkInCard.hoursText)
                              : qsTr("%1 · %2").arg(checkInCard.atText).arg(checkInCard.hoursText)
                        font.pixelSize: Theme.captionSize
                        opacity: 0.8
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "checkInSummary"
                        Layout.fillWidth: true
                        text: checkInCard.summary
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    // The rest of the reaction, one short line each when answered.
                    Label {
                        objectName: "checkInImpact"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: checkInCard.impactText
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "checkInReactions"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: checkInCard.reactionsText !== "" && checkInCard.benefitsText !== ""
                              ? qsTr("%1 · %2").arg(checkInCard.reactionsText).arg(checkInCard.benefitsText)
                              : checkInCard.reactionsText + checkInCard.benefitsText
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: checkInCard.redFlagsText !== ""
                        text: qsTr("Warning signs: %1").arg(checkInCard.redFlagsText)
                        color: Theme.statusColor("emergency", page.dark)
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: checkInCard.flagsText !== ""
                        text: checkInCard.flagsText
                        wrapMode: Text.WordWrap
                        font.italic: true
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: checkInCard.note !== ""
                        text: qsTr("Note: %1").arg(checkInCard.note)
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        Layout.alignment: Qt.AlignRight
                        WrapButton {
                            objectName: "editCheckInButton"
                            flat: true
                            text: qsTr("Edit")
                            Accessible.name: qsTr("Edit the check-in of %1").arg(checkInCard.atText)
                            onClicked: {
                                const form = page.details.editForm(checkInCard.index)
                                if (form)
                                    page.editRequested(form)
                            }
                        }
                        WrapButton {
                            objectName: "deleteCheckInButton"
                            flat: true
                            text: qsTr("Delete")
                            Accessible.name: qsTr("Delete the check-in of %1").arg(checkInCard.atText)
                            onClicked: {
                                if (page.details.removeCheckIn(checkInCard.index))
                                    undoBar.show()
                            }
                        }
                    }
                }
            }
        }

        // The session's details, the screening answers and the tips.
        footer: Qt.createComponent("SessionFacts.qml")
        onFooterItemChanged: {
            const facts = footerItem as SessionFacts
            if (!facts)
                return
            facts.details = Qt.binding(() => page.details)
            facts.exportRequested.connect(page.exportRequested)
        }
    }

    UndoBar {
        id: undoBar
        objectName: "undoBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        message: page.details.undoText
        actionText: page.details.undoAsksWarningSigns ? qsTr("Any warning signs? Tap to answer") : ""
        onActionRequested: {
            const form = page.details.justSavedForm()
            if (form)
                page.warningSignsRequested(form)
        }
        onUndoRequested: page.details.undoRemove()
        onExpired: page.details.discardUndo()
    }
}
