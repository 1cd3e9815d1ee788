pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Aftercare.Models

ApplicationWindow {
    id: window

    required property AppController controller

    width: 412
    height: 915
    minimumWidth: 360
    minimumHeight: 640
    visible: true
    title: qsTr("Aftercare")

    Material.theme: Material.System

    Label {
        anchors.centerIn: parent
        text: qsTr("Aftercare")
    }
}
