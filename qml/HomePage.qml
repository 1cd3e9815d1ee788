pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models

// The sessions, newest first, or one clear first action when there are none.
AppPage {
    id: page

    required property AppController controller
    property string notice // e.g. an unknown session id given with --check-in

    signal sessionChosen(string sessionId)
    signal newSessionRequested()
    signal checkInRequested(string sessionId)

    pageName: "home"
    title: qsTr("Aftercare")

    readonly property bool dark: Material.theme === Material.Dark

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            objectName: "homeNotice"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.notice !== ""
            text: page.notice
            wrapMode: Text.WordWrap
            color: Theme.statusColor("see-doctor", page.dark)
        }

        // Created only while a check-in is due, like the empty state below: what is not
        // shown is not built before the first frame. (Loaded from files: an inline
        // component of a ComponentBehavior: Bound file cannot be a Loader's in Qt 6.4.)
        Loader {
            objectName: "promptBanner"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: Theme.margin
            active: page.controller.prompts.hasDue
            visible: active
            source: "PromptBanner.qml"
            onLoaded: {
                const banner = item as PromptBanner
                banner.detail = Qt.binding(() => page.controller.prompts.dueSessionText)
                banner.logNow.connect(() => page.checkInRequested(page.controller.prompts.dueSessionIds[0]))
            }
        }

        // (No ListView header: in Qt 6.4 a header component cannot be created
        // from a file with ComponentBehavior: Bound.)
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: Theme.margin
            visible: list.count > 0
            text: qsTr("Your sessions")
            font.pixelSize: Theme.titleSize
            font.bold: true
            Accessible.role: Accessible.Heading
        }

        ListView {
            id: list
            objectName: "sessionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: count > 0
            clip: true
            // Cards are made as they scroll into view, not a third of a screen ahead: the
            // first frame builds only what it shows.
            cacheBuffer: 0
            model: page.controller.sessions
            spacing: Theme.gap
            topMargin: Theme.gap
            bottomMargin: Theme.margin + newButton.height + Theme.margin
            leftMargin: Theme.margin
            rightMargin: Theme.margin
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Your massage sessions")
            // The next page of sessions once the end is less than a screen away.
            onContentYChanged: {
                const sessions = page.controller.sessions
                if (sessions.hasMore && contentY + 2 * height > contentHeight)
                    sessions.loadMore()
            }
            ScrollBar.vertical: ScrollBar {}

            // Loaded from its file: an inline Component in a ComponentBehavior:
            // Bound file cannot be a ListView footer in Qt 6.4.
            footer: Qt.createComponent("TechniqueCards.qml")
            onFooterItemChanged: {
                const cards = list.footerItem as TechniqueCards
                if (!cards)
                    return
                cards.objectName = "techniqueCards"
                cards.model = Qt.binding(() => page.controller.techniques)
                cards.width = Qt.binding(() => list.width - list.leftMargin - list.rightMargin)
            }

            delegate: ItemDelegate {
                id: card

                required property string sessionId
                required property string title
                required property string startText
                required property string details
                required property string checkInsText
                required property string status
                required property string statusTitle
                readonly property string nextCheckIn: page.controller.prompts.nextCheckInTexts[sessionId] ?? ""

                width: list.width - list.leftMargin - list.rightMargin
                padding: Theme.margin
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("%1, %2. %3. %4. Status: %5").arg(title).arg(startText).arg(details)
                                 .arg(checkInsText).arg(statusTitle) + (nextCheckIn !== "" ? " " + nextCheckIn : "")
                onClicked: page.sessionChosen(sessionId)

                background: Rectangle {
                    radius: Theme.radius
                    color: card.down ? Qt.alpha(card.Material.foreground, 0.08) : card.Material.dialogColor
                    border.width: card.activeFocus ? 2 : 1
                    border.color: card.activeFocus ? Theme.selection(page.dark) : Qt.alpha(card.Material.foreground, 0.15)
                }

                contentItem: ColumnLayout {
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: card.startText
                        font.pixelSize: Theme.captionSize
                        opacity: 0.8
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: card.title
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: card.details + " · " + card.checkInsText
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: card.statusTitle !== ""
                        spacing: 6
                        LineIcon {
                            name: Theme.statusIcon(card.status)
                            color: Theme.statusColor(card.status, page.dark)
                            Layout.preferredWidth: 20
                            Layout.preferredHeight: 20
                        }
                        Label {
                            Layout.fillWidth: true
                            text: card.statusTitle
                            color: Theme.statusColor(card.status, page.dark)
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                    }
                    Label {
                        objectName: "nextCheckIn"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: card.nextCheckIn
                        font.pixelSize: Theme.captionSize
                        opacity: 0.85
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }

        // No sessions yet: say what the app does and offer the one first step.
        Loader {
            objectName: "emptyState"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 2 * Theme.margin
            active: list.count === 0
            visible: active
            source: "EmptyHome.qml"
            onLoaded: (item as EmptyHome).newSessionRequested.connect(page.newSessionRequested)
        }
    }

    RoundButton {
        id: newButton
        objectName: "newSessionButton"
        visible: list.count > 0
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        highlighted: true
        // Flat like the app bar: the teal button stands out without a shadow layer.
        Material.elevation: 0
        padding: Theme.margin
        radius: Theme.radius
        Accessible.name: qsTr("Record a massage session")
        onClicked: page.newSessionRequested()

        contentItem: RowLayout {
            spacing: Theme.gap
            LineIcon {
                name: "add"
                color: newButton.Material.primaryHighlightedTextColor
            }
            Label {
                text: qsTr("New session")
                color: newButton.Material.primaryHighlightedTextColor
                font.bold: true
            }
        }
    }
}
