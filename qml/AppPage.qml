import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Aftercare.Items

// A page of the app's StackView, with its tool bar: back (when there is a page
// to go back to), the title, and on the home page the way to the settings.
Page {
    id: page

    // True for messages that take the whole window (no tool bar, no going back by key).
    property bool fullScreen: false
    // A name for tests and screenshots: "home", "session", …
    property string pageName
    property bool showsSettingsButton: false
    // What the page offers besides its main task ("Edit session", "Delete session"): a
    // "More options" menu at the right of the tool bar.
    property list<Action> menuActions
    // Room at the bottom of the page's scrolling view that a floating button covers.
    property real floatingBottom: 0
    signal settingsRequested()

    // A page with answers not yet saved asks first: Back (button, Esc or the phone's key)
    // then emits leaveAsked, and the page calls leave() once the person agrees.
    property bool asksBeforeLeaving: false
    signal leaveAsked()

    function goBack() {
        if (page.asksBeforeLeaving)
            page.leaveAsked()
        else
            page.leave()
    }
    function leave() {
        if (page.StackView.view && page.StackView.index > 0)
            page.StackView.view.pop()
    }

    // Shows the app's file chooser over this page; `onChosen(file)` runs once the person
    // has chosen and this page is back on top.
    function chooseFile(title: string, saving: bool, suffix: string, startFolder: url,
                        suggestedName: string, onChosen) {
        const view = page.StackView.view
        const chooser = view.push(Qt.resolvedUrl("FileChooserPage.qml"), {
            title: title, saving: saving, suffix: suffix, startFolder: startFolder,
            suggestedName: suggestedName
        })
        chooser.chosen.connect(file => {
            view.pop(page)
            onChosen(file)
        })
    }

    header: ToolBar {
        id: toolBar
        visible: !page.fullScreen
        // A flat app bar, as in Material 3: its shadow is a layer the size of the bar plus
        // its blur (600 KB of pixels in the software renderer) on every page.
        Material.elevation: 0

        // Anchors rather than a RowLayout: the first frame needs no Qt Quick Layouts.
        Item {
            anchors.fill: parent

            ToolButton {
                id: backButton
                objectName: "backButton"
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                visible: page.StackView.index > 0
                Accessible.name: qsTr("Back")
                onClicked: page.goBack()
                FocusRing {
                    target: backButton.background
                    shown: backButton.visualFocus
                }
                contentItem: LineIcon {
                    name: "back"
                    color: toolBar.Material.foreground
                }
            }
            Label {
                objectName: "pageTitle"
                anchors.left: backButton.visible ? backButton.right : parent.left
                anchors.right: settingsButton.visible ? settingsButton.left
                             : moreButton.visible ? moreButton.left : parent.right
                anchors.verticalCenter: parent.verticalCenter
                leftPadding: backButton.visible ? 0 : Theme.margin
                text: page.title
                font.pixelSize: Theme.appBarTitleSize
                font.bold: true
                // A long title (German "Sichern und wiederherstellen") shrinks before it is cut.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Math.round(Theme.appBarTitleSize * 0.75)
                elide: Text.ElideRight
                color: toolBar.Material.foreground
                Accessible.role: Accessible.TitleBar
            }
            ToolButton {
                id: settingsButton
                objectName: "settingsButton"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                visible: page.showsSettingsButton
                Accessible.name: qsTr("Settings")
                onClicked: page.settingsRequested()
                FocusRing {
                    target: settingsButton.background
                    shown: settingsButton.visualFocus
                }
                contentItem: LineIcon {
                    name: "settings"
                    color: toolBar.Material.foreground
                }
            }
            ToolButton {
                id: moreButton
                objectName: "moreButton"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                visible: page.menuActions.length > 0 && !page.showsSettingsButton
                Accessible.name: qsTr("More options")
                onClicked: moreMenu.open()
                contentItem: LineIcon {
                    name: "more"
                    color: toolBar.Material.foreground
                }

                Menu {
                    id: moreMenu
                    objectName: "moreMenu"
                    y: moreButton.height
                    Component.onCompleted: {
                        for (let i = 0; i < page.menuActions.length; ++i)
                            moreMenu.addAction(page.menuActions[i])
                    }
                }
            }
        }
    }

    // Tab and the arrow keys scroll what gets the focus into view.
    FocusScroller {
        scope: page
        bottomInset: page.floatingBottom
    }

    Shortcut {
        sequences: ["Esc", "Back"]
        enabled: !page.fullScreen && page.StackView.status === StackView.Active && page.StackView.index > 0
        onActivated: page.goBack()
    }
}
