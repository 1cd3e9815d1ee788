import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Items

// The session card's QR code as large as the window allows, black on white with its
// white quiet zone in either theme, for the client's phone camera.
AppPage {
    id: page

    required property string link

    pageName: "session-card-code"
    title: qsTr("Session card")

    // Light in either theme: a reader needs dark modules on a white ground.
    Material.theme: Material.Light
    background: Rectangle {
        color: "white"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Item {
            Layout.fillHeight: true
        }
        QrCodeItem {
            id: code
            objectName: "cardCode"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(width, page.height - 160)
            text: page.link
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the session card")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Ask your client to scan this code with their phone's camera.")
            color: "#1f1f1f"
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        WrapButton {
            objectName: "codeDoneButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Done")
            Accessible.name: qsTr("Done: back to the session card")
            onClicked: page.goBack()
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
