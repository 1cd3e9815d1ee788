pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models
import Aftercare.Items

// Takes the whole window when a check-in needs action now (emergency, or see a
// doctor today). The words come from the analysis (C++); in an emergency the page says
// which number to call and, where the device can, calls it.
AppPage {
    id: page

    required property CheckInForm form
    required property EmergencyCall emergencyCall
    signal acknowledged()

    pageName: "urgent"
    fullScreen: true
    title: form.resultTitle

    readonly property bool emergency: form.resultStatus === "emergency"
    readonly property bool dark: Material.theme === Material.Dark

    background: Rectangle {
        color: Theme.statusBackground(page.form.resultStatus, page.dark)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 4 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            x: 2 * Theme.margin
            y: 2 * Theme.margin
            width: flick.width - 4 * Theme.margin
            spacing: Theme.margin

            LineIcon {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 72
                Layout.preferredHeight: 72
                name: Theme.statusIcon(page.form.resultStatus)
                color: Theme.statusColor(page.form.resultStatus, page.dark)
                lineWidth: 2.5
            }
            Label {
                objectName: "urgentTitle"
                Layout.fillWidth: true
                text: page.form.resultTitle
                font.pixelSize: Theme.headlineSize + 3
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.statusColor(page.form.resultStatus, page.dark)
                Accessible.role: Accessible.AlertMessage
            }
            Label {
                objectName: "callNow"
                Layout.fillWidth: true
                visible: page.emergency
                //: %1 is the emergency number, e.g. 112
                text: qsTr("Call %1 now.").arg(page.emergencyCall.number)
                font.pixelSize: Theme.titleSize
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "otherNumber"
                Layout.fillWidth: true
                visible: page.emergency && page.emergencyCall.otherNumber !== ""
                //: %1 is a second emergency number, e.g. 112 in the UK next to 999
                text: qsTr("You can also call %1.").arg(page.emergencyCall.otherNumber)
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            // Only where an application can place the call; the phone app still asks.
            WrapButton {
                objectName: "callButton"
                Layout.fillWidth: true
                visible: page.emergency && page.emergencyCall.canCall
                highlighted: true
                //: %1 is the emergency number, e.g. 112
                text: qsTr("Call %1").arg(page.emergencyCall.number)
                Accessible.name: text
                onClicked: page.emergencyCall.call()
            }
            Label {
                Layout.fillWidth: true
                text: page.form.resultAdvice
                // A little larger than body text (16 px): what to do now.
                font.pixelSize: Theme.bodySize + 2
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: page.form.resultMessages
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                    wrapMode: Text.WordWrap
                }
            }
            Label {
                Layout.fillWidth: true
                text: (page.form.saved ? qsTr("Your check-in has been saved.") + " " : "")
                      + page.form.notADiagnosis
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.captionSize
            }
            WrapButton {
                objectName: "acknowledgeButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                // The call, when there is one, is the button that stands out.
                highlighted: !page.emergency || !page.emergencyCall.canCall
                text: qsTr("I have read this")
                Accessible.name: text
                onClicked: page.acknowledged()
            }
        }
    }
}
