import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Items

// A checkable word (a pain quality). Checked shows a tick and a filled
// outline, so the state does not rest on colour.
AbstractButton {
    id: root

    checkable: true
    focusPolicy: Qt.StrongFocus
    leftPadding: 12
    rightPadding: 12
    topPadding: 6
    bottomPadding: 6
    implicitHeight: Math.max(36, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: checked

    contentItem: RowLayout {
        spacing: 4

        LineIcon {
            visible: root.checked
            name: "check"
            color: root.Material.foreground
            Layout.preferredWidth: 16
            Layout.preferredHeight: 16
        }
        Label {
            text: root.text
            font.bold: root.checked
        }
    }

    background: Rectangle {
        radius: height / 2
        color: root.checked ? Qt.alpha(Theme.selection(root.Material.theme === Material.Dark), 0.3)
                            : (root.down ? Qt.alpha(root.Material.foreground, 0.1) : "transparent")
        border.width: root.checked ? 2 : 1
        border.color: root.checked ? Theme.selection(root.Material.theme === Material.Dark)
                                   : Qt.alpha(root.Material.foreground, 0.35)
    }

    FocusRing {
        target: root.background
        shown: root.visualFocus
        itemRadius: root.height / 2
    }
}
