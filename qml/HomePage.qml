pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Aftercare.Models
import Aftercare.Items

// The sessions, newest first, or one clear first action when there are none.
AppPage {
    id: page

    required property AppController controller
    property string notice // e.g. an unknown session id given with --check-in

    signal sessionChosen(string sessionId)
    signal newSessionRequested()
    signal checkInRequested(string sessionId)

    pageName: "home"
    floatingBottom: newButton.visible ? newButton.height + 2 * Theme.margin : 0
    title: qsTr("Aftercare")

    readonly property bool dark: Material.theme === Material.Dark

    // Positioners and anchors, not Qt Quick Layouts: the first frame loads no Layouts
    // module, and a card is laid out in one pass (a Layout with wrapped text polishes
    // each card several times).
    Column {
        id: top
        anchors.left: parent.left
        anchors.right: parent.right
        topPadding: Theme.margin
        spacing: Theme.margin

        Label {
            objectName: "homeNotice"
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
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
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
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
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
            visible: list.count > 0
            text: qsTr("Your sessions")
            font.pixelSize: Theme.titleSize
            font.bold: true
            Accessible.role: Accessible.Heading
        }
    }

    // The first frame that shows the page (not one of a page above it, as with a check-in
    // opened at start) is on screen; `done` a turn after it, once that frame's handlers ran.
    Connections {
        target: page.Window.window
        enabled: page.visible && !afterFirstFrame.done && !afterFirstFrame.running
        function onFrameSwapped() { afterFirstFrame.start() }
    }
    Timer {
        id: afterFirstFrame
        property bool done: false
        interval: 0
        onTriggered: done = true
    }

    // Once the layout has settled: while the first cards are made, the content's height
    // is not yet known, and the first frame would read a page it does not show.
    Timer {
        id: pageCheck
        interval: 0
        onTriggered: list.loadMoreIfNearTheEnd()
    }

    ListView {
        id: list
        objectName: "sessionList"
        anchors.top: top.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
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
        // The next page of sessions once the end is less than a screen away: on scrolling,
        // and when a page does not fill a tall window (which cannot scroll).
        function loadMoreIfNearTheEnd() {
            const sessions = page.controller.sessions
            // (contentY counts from originY, which moves as cards' heights become known.)
            if (sessions.hasMore && contentY - originY + 2 * height > contentHeight)
                sessions.loadMore()
        }
        onContentYChanged: loadMoreIfNearTheEnd()
        onContentHeightChanged: pageCheck.restart()
        onHeightChanged: pageCheck.restart()
        ScrollBar.vertical: ScrollBar {}

        // The technique cards follow the last session: built once every page of sessions
        // is in, so that a long history does not build them on every start, and after the
        // first frame, which they are below with more than a few sessions. (Loaded from
        // its file: an inline Component in a ComponentBehavior: Bound file cannot be a
        // ListView footer in Qt 6.4.)
        readonly property bool showsTechniques: afterFirstFrame.done
                                                && page.controller.sessions.count > 0
                                                && !page.controller.sessions.hasMore
        // Changes only when showsTechniques does: a save does not rebuild the cards.
        footer: showsTechniques ? Qt.createComponent("TechniqueCards.qml") : null
        onFooterItemChanged: {
            const cards = list.footerItem as TechniqueCards
            if (!cards)
                return
            cards.objectName = "techniqueCards"
            cards.model = Qt.binding(() => page.controller.techniques)
            cards.width = Qt.binding(() => list.width - list.leftMargin - list.rightMargin)
        }

        // A button without a style's delegate: its text has its final width when it is
        // created, so each card is laid out once (a Control's deferred contentItem starts
        // at width 0 and wraps every word first).
        delegate: AbstractButton {
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
            implicitHeight: content.implicitHeight + 2 * Theme.margin
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("%1, %2. %3. %4. Status: %5").arg(title).arg(startText).arg(details)
                             .arg(checkInsText).arg(statusTitle) + (nextCheckIn !== "" ? " " + nextCheckIn : "")
            onClicked: page.sessionChosen(sessionId)

            Rectangle {
                anchors.fill: parent
                radius: Theme.radius
                color: card.down ? Qt.alpha(page.Material.foreground, 0.08) : page.Material.dialogColor
                border.width: card.visualFocus ? 2 : 1
                border.color: card.visualFocus ? Theme.selection(page.dark) : Qt.alpha(page.Material.foreground, 0.15)
            }

            // Text, not Label: a Label makes an accessibility object for its text whether or
            // not a screen reader runs (the card names itself). Font family and colour are
            // the page's, as a Label's would be.
            Column {
                id: content
                x: Theme.margin
                y: Theme.margin
                width: card.width - 2 * Theme.margin
                spacing: 4

                Text {
                    width: content.width
                    text: card.startText
                    font.family: page.font.family
                    font.pixelSize: Theme.captionSize
                    color: page.Material.foreground
                    opacity: 0.8
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: content.width
                    text: card.title
                    font.family: page.font.family
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: page.Material.foreground
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: content.width
                    text: card.details + " · " + card.checkInsText
                    font.family: page.font.family
                    font.pixelSize: Theme.bodySize
                    color: page.Material.foreground
                    wrapMode: Text.WordWrap
                }
                Row {
                    visible: card.statusTitle !== ""
                    spacing: 6
                    LineIcon {
                        width: 20
                        height: 20
                        anchors.verticalCenter: parent.verticalCenter
                        name: Theme.statusIcon(card.status)
                        color: Theme.statusColor(card.status, page.dark)
                    }
                    Text {
                        width: content.width - 26
                        text: card.statusTitle
                        font.family: page.font.family
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.statusColor(card.status, page.dark)
                        wrapMode: Text.WordWrap
                    }
                }
                Text {
                    objectName: "nextCheckIn"
                    width: content.width
                    visible: text !== ""
                    text: card.nextCheckIn
                    font.family: page.font.family
                    font.pixelSize: Theme.captionSize
                    color: page.Material.foreground
                    opacity: 0.85
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    // No sessions yet: say what the app does and offer the one first step.
    Loader {
        objectName: "emptyState"
        anchors.top: top.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 2 * Theme.margin
        active: list.count === 0
        visible: active
        source: "EmptyHome.qml"
        onLoaded: (item as EmptyHome).newSessionRequested.connect(page.newSessionRequested)
    }

    // "Session of … deleted — Undo" for a few seconds after a delete; the session leaves
    // the database only when the bar has gone without Undo.
    Loader {
        id: removalUndo
        objectName: "removalUndo"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        active: page.controller.removalText !== ""
        visible: active
        source: "UndoBar.qml"
        onLoaded: {
            const bar = removalUndo.item as UndoBar
            bar.objectName = "undoBar"
            bar.message = Qt.binding(() => page.controller.removalText)
            bar.undoRequested.connect(() => page.controller.undoRemoval())
            bar.expired.connect(() => page.controller.finishRemoval())
            bar.show()
        }
        // A second delete within the Undo time starts the time again.
        Connections {
            target: page.controller
            function onRemovalChanged() {
                const bar = removalUndo.item as UndoBar
                if (bar && page.controller.removalText !== "")
                    bar.show()
            }
        }
    }

    RoundButton {
        id: newButton
        objectName: "newSessionButton"
        visible: list.count > 0
        anchors.right: parent.right
        anchors.bottom: removalUndo.active ? removalUndo.top : parent.bottom
        anchors.margins: Theme.margin
        highlighted: true
        // Flat like the app bar: the teal button stands out without a shadow layer.
        Material.elevation: 0
        padding: Theme.margin
        radius: Theme.radius
        text: qsTr("New session")
        // The words on the button, so that voice control finds it by what it shows.
        Accessible.name: text
        onClicked: page.newSessionRequested()

        FocusRing {
            target: newButton.background
            shown: newButton.visualFocus
            itemRadius: newButton.radius
        }

        contentItem: Row {
            spacing: Theme.gap
            LineIcon {
                anchors.verticalCenter: parent.verticalCenter
                name: "add"
                color: newButton.Material.primaryHighlightedTextColor
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: newButton.text
                color: newButton.Material.primaryHighlightedTextColor
                font.bold: true
            }
        }
    }
}
