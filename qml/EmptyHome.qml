import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Home with no sessions yet: what the app does, and the one first step.
ColumnLayout {
    id: root

    signal newSessionRequested()

    spacing: Theme.margin

    Item {
        Layout.fillHeight: true
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("No massage sessions yet")
        font.pixelSize: Theme.headlineSize
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Record a session right after your massage. Aftercare then asks how you feel over the next days and tells you when soreness is normal and when to act.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
    Button {
        objectName: "firstSessionButton"
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: root.width
        text: qsTr("Record a massage session")
        highlighted: true
        Accessible.name: text
        onClicked: root.newSessionRequested()
    }
    Item {
        Layout.fillHeight: true
    }
}
