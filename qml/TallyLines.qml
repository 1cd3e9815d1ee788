pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aftercare.Models

// One short line per entry of a TermListModel: "Heat: done 3 times, helped 2 times". For
// the session's totals (self-care, other reactions, good effects), compact beside the chart.
ColumnLayout {
    id: root

    property TermListModel model

    Layout.fillWidth: true
    spacing: 2
    visible: (model?.count ?? 0) > 0

    Repeater {
        model: root.model

        delegate: Label {
            id: line

            required property string label
            required property string detail

            Layout.fillWidth: true
            text: qsTr("%1: %2").arg(line.label).arg(line.detail)
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
